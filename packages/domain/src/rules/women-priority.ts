/**
 * Tie-break among equally qualified candidates: choose the woman, or the collective whose members are
 * at least 70 % women (NĐ 152/2025 Art. 4.6 [V-Q]; §10 case 27). Further ties prefer direct workers
 * (Law 06/2022 Art. 5.2(d) [V-Q]) and then non-leaders (CV 2902/BNV-VP 2025 [V-Q]). Pure comparator:
 * sort with it, then take the first N slots.
 */
import type { Sex } from './types.ts';

export interface PriorityCandidate {
  readonly id: string | number;
  /** Qualification score from the review (higher is better); equal scores trigger the tie-breaks. */
  readonly score: number;
  readonly sex?: Sex;
  /** For collectives: members and female members. */
  readonly members?: number;
  readonly femaleMembers?: number;
  readonly isDirectWorker?: boolean;
  readonly isLeader?: boolean;
}

/** Woman, or collective with ≥ 70 % women (integer comparison). */
export function hasWomenPriority(c: PriorityCandidate): boolean {
  if (c.members !== undefined && c.members > 0) return (c.femaleMembers ?? 0) * 100 >= 70 * c.members;
  return c.sex === 'female';
}

function flag(b: boolean | undefined): number {
  return b ? 1 : 0;
}

/** Negative when `a` should come first. Deterministic: the last tie-break is the id. */
export function comparePriority(a: PriorityCandidate, b: PriorityCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const women = flag(hasWomenPriority(b)) - flag(hasWomenPriority(a));
  if (women !== 0) return women;
  const direct = flag(b.isDirectWorker) - flag(a.isDirectWorker);
  if (direct !== 0) return direct;
  const nonLeader = flag(a.isLeader) - flag(b.isLeader);
  if (nonLeader !== 0) return nonLeader;
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

/** The `slots` candidates chosen in priority order. */
export function pickByPriority<T extends PriorityCandidate>(candidates: readonly T[], slots: number): T[] {
  return [...candidates].sort(comparePriority).slice(0, Math.max(0, slots));
}
