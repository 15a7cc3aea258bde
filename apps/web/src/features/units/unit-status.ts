import type { Unit } from '@vinhdanh/contracts';

/** A unit that has ended or been merged into a successor. */
export function isInactive(u: Unit): boolean {
  return u.validTo !== null || u.successorId !== null;
}
