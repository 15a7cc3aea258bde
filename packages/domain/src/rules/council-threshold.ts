/**
 * Council arithmetic shared by the ballot and the eligibility rule: which threshold applies to a target
 * (parameters first, then the catalog's NĐ 98 Art. 30.7 value) and exact percentage comparison.
 */
import { getCatalogEntry } from './catalog/lookup.ts';
import type { CouncilVoteInput } from './council-vote.ts';
import type { RuleParameters } from './parameter-defaults.ts';

/** Threshold for a target: the parameter (province override or national default), else the catalog. */
export function councilThresholdFor(target: string, params: RuleParameters): number | null {
  return params.councilThresholdPercent[target] ?? getCatalogEntry(target)?.council?.thresholdPercent ?? null;
}

/** `part / whole >= percent %` without division. */
export function meetsPercent(part: number, whole: number, percent: number): boolean {
  return part * 100 >= percent * whole;
}

/** Non-negative integers that fit together: yes ≤ present ≤ total, written ≤ absent. */
export function isValidVoteInput(v: CouncilVoteInput, written: number, writtenYes: number): boolean {
  const ints = [v.totalMembers, v.present, v.yesPresent, written, writtenYes];
  if (!ints.every((n) => Number.isInteger(n) && n >= 0)) return false;
  return (
    v.totalMembers > 0 &&
    v.present <= v.totalMembers &&
    v.yesPresent <= v.present &&
    writtenYes <= written &&
    written <= v.totalMembers - v.present
  );
}
