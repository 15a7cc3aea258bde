/**
 * Optional quotas. The national law sets none for CSTĐCS since 01/01/2024 (Law 06/2022 Art. 23; the
 * old ≤ 15 % of LĐTT cap of NĐ 91/2017 Art. 9.3 lapsed [V-Q/S]; §9 trap, §10 case 7). A province or
 * ministry may still configure one in the parameters `quotas`.
 */
import type { RuleParameters } from './parameter-defaults.ts';

export interface QuotaBase {
  readonly ldttHolders: number;
  readonly staff: number;
}

/** Maximum number that may be proposed for `target`; null when no quota applies. Rounded down. */
export function maxProposable(target: string, base: QuotaBase, params: RuleParameters): number | null {
  const q = params.quotas[target];
  if (!q) return null;
  const of = q.of === 'ldtt_holders' ? base.ldttHolders : base.staff;
  return Math.floor((of * q.percent) / 100);
}

/** How many of `candidates` may go forward: all of them without a quota. */
export function allowedProposals(
  target: string,
  candidates: number,
  base: QuotaBase,
  params: RuleParameters,
): number {
  const max = maxProposable(target, base, params);
  return max === null ? candidates : Math.min(candidates, max);
}
