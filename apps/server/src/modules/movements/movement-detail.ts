import type { MovementDetail } from '@vinhdanh/contracts';
import type { DbOrTx } from '../../db/client.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { movementAbilities } from './movement-abilities.ts';
import { assertMovementReadable, canReadMovement } from './movement.policy.ts';
import {
  type MovementRow,
  presentAttachment,
  presentMilestone,
  presentMovement,
  presentNational,
  presentOffer,
  presentTask,
} from './movement.presenter.ts';
import {
  cascadeTargets,
  findChildren,
  findMovement,
  findNational,
  loadMovementParts,
  unitNames,
} from './movement.repository.ts';

const ref = (m: MovementRow, names: Map<number, string>) => ({
  id: m.id,
  name: m.name,
  unitId: m.unitId,
  unitName: names.get(m.unitId) ?? '',
  status: m.status as MovementDetail['status'],
});

const RANK = { launched: 2, draft: 1, none: 0 } as const;

/**
 * The cascade: for each unit the movement addresses, whether it has launched its own implementing
 * movement. A reader from below sees only the units in their own scope.
 */
async function loadCascade(tx: DbOrTx, ctx: Ctx, m: MovementRow, children: MovementRow[]) {
  const seeAll = hasPermission(ctx.actor, 'movement.read', m.unitPath);
  const targets = (await cascadeTargets(tx, m)).filter(
    (t) => seeAll || hasPermission(ctx.actor, 'movement.read', t.path),
  );
  const rows = targets.map((t) => {
    let state: keyof typeof RANK = 'none';
    let movementId: number | null = null;
    for (const c of children) {
      const under = c.unitPath.startsWith(t.path);
      const s = c.status === 'draft' ? 'draft' : 'launched';
      if (under && RANK[s] > RANK[state]) {
        state = s;
        movementId = c.id;
      }
    }
    return { unitId: t.id, unitName: t.name, state, movementId };
  });
  const launched = rows.filter((r) => r.state === 'launched').length;
  return { targets: rows, launched, notLaunched: rows.length - launched };
}

export async function loadMovementDetail(tx: DbOrTx, ctx: Ctx, m: MovementRow) {
  assertMovementReadable(ctx.actor, m.unitPath, m.id);
  const [parts, parentRow, national, allChildren] = await Promise.all([
    loadMovementParts(tx, m.id),
    m.parentId ? findMovement(tx, m.parentId).catch(() => null) : null,
    findNational(tx, m.nationalMovementId),
    findChildren(tx, m.id),
  ]);
  const parent = parentRow && canReadMovement(ctx.actor, parentRow.unitPath) ? parentRow : null;
  const children = allChildren.filter((c) => canReadMovement(ctx.actor, c.unitPath));
  const names = await unitNames(tx, [
    m.unitId,
    ...(parent ? [parent.unitId] : []),
    ...children.map((c) => c.unitId),
  ]);
  const data: MovementDetail = {
    ...presentMovement(m, names.get(m.unitId) ?? ''),
    sourceText: m.sourceText,
    extraction: m.extraction ?? null,
    milestones: parts.milestones.map(presentMilestone),
    tasks: parts.tasks.map(presentTask),
    offers: parts.offers.map(presentOffer),
    attachments: parts.files.map(presentAttachment),
    parent: parent ? ref(parent, names) : null,
    national: national ? presentNational(national) : null,
    children: children.map((c) => ref(c, names)),
    cascade: await loadCascade(tx, ctx, m, allChildren),
  };
  return { data, abilities: movementAbilities(ctx, m) };
}
