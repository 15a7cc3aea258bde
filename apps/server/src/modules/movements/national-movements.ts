import type { nationalMovementCreateBody } from '@vinhdanh/contracts';
import { asc } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, Tx } from '../../db/client.ts';
import { nationalMovement } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { requirePermission } from '../../lib/policy.ts';
import { canManageNationalCatalog } from './movement.policy.ts';
import { presentNational } from './movement.presenter.ts';

/**
 * The Prime Minister's movements that provincial plans cite (e.g. Hậu Giang, Kế hoạch 04/KH-UBND
 * ngày 13/01/2021). Document references are given only where known; the others stay null to be filled in.
 */
export const NATIONAL_MOVEMENTS: (typeof nationalMovement.$inferInsert)[] = [
  {
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    launchedBy: 'Thủ tướng Chính phủ',
    launchedDate: '2011-09-20',
    documentRef: 'Quyết định số 1620/QĐ-TTg ngày 20/9/2011',
  },
  { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển', launchedBy: 'Thủ tướng Chính phủ' },
  {
    name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    launchedBy: 'Thủ tướng Chính phủ',
    launchedDate: '2016-09-05',
    documentRef: 'Quyết định số 1730/QĐ-TTg ngày 05/9/2016',
  },
  {
    name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
    launchedBy: 'Thủ tướng Chính phủ',
  },
];

/** Adds the national movements missing from the catalog (by name); safe to run again. */
export async function seedNationalMovements(tx: Tx): Promise<number> {
  const existing = new Set(
    (await tx.select({ name: nationalMovement.name }).from(nationalMovement)).map((r) => r.name),
  );
  const missing = NATIONAL_MOVEMENTS.filter((n) => !existing.has(n.name));
  if (missing.length) await tx.insert(nationalMovement).values(missing);
  return missing.length;
}

export async function listNationalMovements(db: Db, ctx: Ctx) {
  requirePermission(ctx.actor, 'movement.read');
  const rows = await db.select().from(nationalMovement).orderBy(asc(nationalMovement.id));
  return { data: rows.map(presentNational) };
}

export async function createNationalMovement(
  db: Db,
  ctx: Ctx,
  body: z.infer<typeof nationalMovementCreateBody>,
) {
  if (!canManageNationalCatalog(ctx.actor))
    throw new AppError(
      'FORBIDDEN',
      { permission: 'movement.write' },
      'Chỉ cấp tỉnh được sửa danh mục phong trào toàn quốc.',
    );
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(nationalMovement)
      .values({ ...body, createdAt: ctx.now })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'national_movement.create',
      entityType: 'national_movement',
      entityId: row!.id,
      after: presentNational(row!),
    });
    return { data: presentNational(row!) };
  });
}
