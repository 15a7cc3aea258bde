import {
  availableMovementTransitions,
  isMovementEditable,
  type MovementStatus,
} from '@vinhdanh/domain/movements/index';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { movementCapabilities } from './movement.policy.ts';
import type { MovementRow } from './movement.presenter.ts';

/** What the actor may do on a movement; the web enables buttons from these, never from roles. */
export function movementAbilities(ctx: Ctx, m: MovementRow): Record<string, boolean> {
  const caps = movementCapabilities(ctx.actor, m.unitPath);
  const status = m.status as MovementStatus;
  const editable = caps.manage && isMovementEditable(status);
  const steps = availableMovementTransitions(status, caps);
  const abilities: Record<string, boolean> = {
    update: editable,
    manageParts: editable,
    manageAttachments: editable,
    // A unit below may launch its own movement under a running one.
    implement:
      (status === 'launched' || status === 'in_progress') &&
      ctx.actor.grants.some((g) => g.unitPath.startsWith(m.unitPath) && g.unitPath !== m.unitPath) &&
      hasPermission(ctx.actor, 'movement.write'),
  };
  for (const to of ['launched', 'in_progress', 'reviewed', 'closed', 'draft'] as const)
    abilities[`to_${to}`] = steps.some((s) => s.to === to);
  return abilities;
}
