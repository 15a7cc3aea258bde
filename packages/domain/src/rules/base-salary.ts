/**
 * Base salary (mức lương cơ sở) as a dated timeline: rewards use the value in force on the decision date
 * (NĐ 152/2025 Art. 49.1 [V-Q]). 2,340,000 VND from 01/07/2024 (NĐ 73/2024 [V-Q]); earlier values are
 * from memory [M]. Later changes are unknown (legal-rules.md §0.3 item 4): pass an extended timeline.
 */
import type { Confidence, IsoDate } from './types.ts';

export interface BaseSalaryStep {
  readonly from: IsoDate;
  readonly amount: number;
  readonly citation: string;
  readonly confidence: Confidence;
}

export const BASE_SALARY_TIMELINE: readonly BaseSalaryStep[] = [
  { from: '2019-07-01', amount: 1_490_000, citation: 'NĐ 38/2019/NĐ-CP', confidence: 'M' },
  { from: '2023-07-01', amount: 1_800_000, citation: 'NĐ 24/2023/NĐ-CP', confidence: 'M' },
  { from: '2024-07-01', amount: 2_340_000, citation: 'NĐ 73/2024/NĐ-CP', confidence: 'V-Q' },
];

/** The step in force on `date` (timeline sorted by `from`); undefined before the first step. */
export function baseSalaryOn(
  date: IsoDate,
  timeline: readonly BaseSalaryStep[] = BASE_SALARY_TIMELINE,
): BaseSalaryStep | undefined {
  let found: BaseSalaryStep | undefined;
  for (const step of timeline) if (step.from <= date && (!found || step.from >= found.from)) found = step;
  return found;
}
