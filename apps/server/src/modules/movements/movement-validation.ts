import { getCatalogEntry } from '@vinhdanh/domain';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/context.ts';
import { canReadMovement } from './movement.policy.ts';
import { findMovement, findNational } from './movement.repository.ts';

const invalid = (path: string, message: string) =>
  new AppError(
    'VALIDATION_FAILED',
    [{ path, message }],
    `Dữ liệu không hợp lệ ở trường "${path}": ${message}`,
  );

interface Links {
  parentId?: number | null;
  nationalMovementId?: number | null;
  fromDate?: string | null;
  toDate?: string | null;
  planDate?: string | null;
  participants?: { unitIds?: number[] };
  offers?: { code: string }[];
}

/**
 * Checks what a movement points at: an implementing movement hangs under a launched movement of a higher
 * unit; participants are units below the launching unit; offered titles and forms exist in the catalog.
 */
export async function validateMovementLinks(tx: DbOrTx, actor: Actor, unitPath: string, body: Links) {
  if (body.fromDate && body.toDate && body.fromDate > body.toDate)
    throw invalid('body.toDate', 'Ngày kết thúc phải sau ngày bắt đầu');
  if (body.parentId) {
    const parent = await findMovement(tx, body.parentId).catch(() => null);
    if (!parent || !canReadMovement(actor, parent.unitPath))
      throw invalid('body.parentId', 'Không tìm thấy phong trào cấp trên');
    if (!unitPath.startsWith(parent.unitPath) || unitPath === parent.unitPath)
      throw invalid('body.parentId', 'Phong trào cấp trên phải do đơn vị cấp trên phát động');
    if (parent.status === 'draft' || parent.status === 'closed')
      throw new AppError(
        'MOVEMENT_NOT_READY',
        { parentId: parent.id, status: parent.status },
        'Phong trào cấp trên chưa được phát động hoặc đã kết thúc.',
      );
  }
  if (body.nationalMovementId && !(await findNational(tx, body.nationalMovementId)))
    throw invalid('body.nationalMovementId', 'Không có trong danh mục phong trào toàn quốc');
  const ids = [...new Set(body.participants?.unitIds ?? [])];
  if (ids.length) {
    const rows = await tx.select({ id: unit.id, path: unit.path }).from(unit).where(inArray(unit.id, ids));
    const ok = new Set(
      rows.filter((r) => r.path.startsWith(unitPath) && r.path !== unitPath).map((r) => r.id),
    );
    const bad = ids.find((id) => !ok.has(id));
    if (bad) throw invalid('body.participants.unitIds', `Đơn vị ${bad} không thuộc đơn vị phát động`);
  }
  body.offers?.forEach((o, i) => {
    if (!getCatalogEntry(o.code))
      throw invalid(`body.offers.${i}.code`, `Mã "${o.code}" không có trong danh mục danh hiệu, hình thức`);
  });
}
