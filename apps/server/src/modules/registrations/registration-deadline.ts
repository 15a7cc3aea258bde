import { isPastRegistrationDeadline } from '@vinhdanh/domain/movements/index';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { movement } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { canReadMovement } from '../movements/movement.policy.ts';

export interface Deadline {
  movementId: number | null;
  deadline: string | null;
  pastDeadline: boolean;
}

/** The registration deadline set by a movement the actor can read; none without a movement. */
export async function deadlineOf(
  tx: DbOrTx,
  ctx: Ctx,
  movementId: number | null | undefined,
): Promise<Deadline> {
  if (!movementId) return { movementId: null, deadline: null, pastDeadline: false };
  const [m] = await tx
    .select({ path: movement.unitPath, deadline: movement.registrationDeadline })
    .from(movement)
    .where(eq(movement.id, movementId));
  if (!m || !canReadMovement(ctx.actor, m.path))
    throw new AppError('NOT_FOUND', { entity: 'movement', id: movementId });
  return {
    movementId,
    deadline: m.deadline,
    pastDeadline: isPastRegistrationDeadline(m.deadline, vnDate(ctx.now)),
  };
}

/** Caches deadlines for a batch touching rows of several movements. */
export function deadlineCache(tx: DbOrTx, ctx: Ctx) {
  const seen = new Map<number, Promise<Deadline>>();
  return (id: number | null | undefined) => {
    if (!id) return deadlineOf(tx, ctx, null);
    if (!seen.has(id)) seen.set(id, deadlineOf(tx, ctx, id));
    return seen.get(id)!;
  };
}
