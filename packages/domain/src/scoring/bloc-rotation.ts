/**
 * Yearly rotation of a bloc's leader and deputy (trưởng khối, phó khối luân phiên; legal-rules.md §5,
 * [M], term configurable). Rotation order is the members' names in Vietnamese alphabetical order. The
 * default rule, common in provincial guidance: last year's deputy becomes the leader; the deputy is the
 * next member after the new leader in rotation order, skipping last year's leader. When last year's
 * deputy is no longer a member, the leader passes to the member after last year's leader.
 */
export type BlocRole = 'leader' | 'deputy' | 'member';

export interface RotationMember {
  readonly unitId: number;
  readonly name: string;
  readonly role: BlocRole;
}

const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });

export function proposeRotation(
  previous: readonly RotationMember[],
  next: readonly { unitId: number; name: string }[],
): RotationMember[] {
  const order = [...next].sort((a, b) => collator.compare(a.name, b.name) || a.unitId - b.unitId);
  if (order.length === 0) return [];
  const prevLeader = previous.find((m) => m.role === 'leader')?.unitId;
  const prevDeputy = previous.find((m) => m.role === 'deputy')?.unitId;
  const indexOf = (id: number | undefined) => order.findIndex((m) => m.unitId === id);
  let leaderIdx = indexOf(prevDeputy);
  if (leaderIdx < 0) {
    const fromPrev = prevLeader === undefined ? -1 : afterInOrder(previous, order, prevLeader);
    leaderIdx = Math.max(fromPrev, 0);
  }
  let deputyIdx = -1;
  for (let step = 1; step < order.length; step++) {
    const i = (leaderIdx + step) % order.length;
    if (order[i]!.unitId !== prevLeader || order.length <= 2) {
      deputyIdx = i;
      break;
    }
  }
  return order.map((m, i) => ({
    unitId: m.unitId,
    name: m.name,
    role: i === leaderIdx ? 'leader' : i === deputyIdx ? 'deputy' : 'member',
  }));
}

/** Index in `order` of the first member after `unitId` in the rotation (it may have left the bloc). */
function afterInOrder(
  previous: readonly RotationMember[],
  order: readonly { unitId: number; name: string }[],
  unitId: number,
): number {
  const name = previous.find((m) => m.unitId === unitId)?.name ?? '';
  const i = order.findIndex((m) => collator.compare(m.name, name) > 0 && m.unitId !== unitId);
  return Math.max(i, 0);
}
