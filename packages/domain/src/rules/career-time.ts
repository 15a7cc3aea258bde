/**
 * Career commendation (khen thưởng quá trình cống hiến, NĐ 152/2025 Art. 9 [V-Q]): women leaders need
 * one third less time in post, unless they belong to a group with a higher retirement age (Art. 4.7
 * [V-Q]; §10 case 36). The per-post thresholds themselves are [M] and are inputs here.
 */

export interface CareerTimeInput {
  /** Months in post the general rule requires. */
  readonly requiredMonths: number;
  readonly isWoman: boolean;
  readonly inHigherRetirementAgeGroup?: boolean;
}

/** Months required for this person: ⅔ of the general figure for women leaders, rounded up [D]. */
export function requiredCareerMonths(input: CareerTimeInput): number {
  if (!input.isWoman || input.inHigherRetirementAgeGroup) return input.requiredMonths;
  return Math.ceil((input.requiredMonths * 2) / 3);
}

/** Whether months already served in leadership posts reach the (possibly reduced) requirement. */
export function meetsCareerTime(monthsServed: number, input: CareerTimeInput): boolean {
  return monthsServed >= requiredCareerMonths(input);
}
