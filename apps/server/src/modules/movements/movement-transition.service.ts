import type { movementTransitionBody } from '@vinhdanh/contracts';
import { checkMovementTransition, type MovementStatus } from '@vinhdanh/domain/movements/index';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { movement } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadMovementDetail } from './movement-detail.ts';
import { assertMovementReadable, movementCapabilities } from './movement.policy.ts';
import { countLaunchedChildren, findMovement } from './movement.repository.ts';

const NOT_READY: Record<string, string> = {
  'no-name': 'Phong trào chưa có tên.',
  'no-time-span': 'Phong trào chưa có thời gian thực hiện (ngày bắt đầu).',
  'children-launched': 'Đã có đơn vị cấp dưới phát động phong trào thực hiện, không thể thu hồi.',
};

/** Moves a movement along its lifecycle (POST /movements/:id/transitions), checked by the pure machine. */
export async function transitionMovement(
  db: Db,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof movementTransitionBody>,
) {
  return db.transaction(async (tx) => {
    const m = await findMovement(tx, id, true);
    assertMovementReadable(ctx.actor, m.unitPath, id);
    const from = m.status as MovementStatus;
    const verdict = checkMovementTransition({
      from,
      to: body.to,
      note: body.note,
      capabilities: movementCapabilities(ctx.actor, m.unitPath),
      facts: {
        hasName: m.name.trim().length > 0,
        hasTimeSpan: !!m.fromDate,
        launchedChildren: await countLaunchedChildren(tx, id),
      },
    });
    if (!verdict.ok) {
      const details = { from, to: body.to, reason: verdict.reason };
      if (verdict.code === 'MOVEMENT_NOT_READY')
        throw new AppError(verdict.code, details, NOT_READY[verdict.reason]);
      if (verdict.code === 'NOTE_REQUIRED')
        throw new AppError(verdict.code, details, 'Cần ghi rõ lý do khi thu hồi hoặc mở lại phong trào.');
      throw new AppError(verdict.code, details);
    }
    const [row] = await tx
      .update(movement)
      .set({
        status: body.to,
        ...(verdict.transition.action === 'launch' ? { launchedAt: ctx.now } : {}),
        updatedAt: ctx.now,
        version: m.version + 1,
      })
      .where(eq(movement.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `movement.${verdict.transition.action}`,
      entityType: 'movement',
      entityId: id,
      unitPath: m.unitPath,
      before: { status: from },
      after: { status: body.to, note: body.note ?? null },
    });
    return loadMovementDetail(tx, ctx, row!);
  });
}
