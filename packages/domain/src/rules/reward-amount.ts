/**
 * Reward amounts in integer VND (NĐ 152/2025 Art. 49–50 [V-Q]): multiple × base salary on the decision
 * date, rounded up to the next 10,000 VND as Art. 49.2 reads ("làm tròn số lên hàng chục nghìn đồng";
 * how it is applied in practice is [D], hence the `rounding` option). Several titles for the same period
 * pay only the highest (Art. 49.5 ¶2); forms and a title-plus-form are all paid (Art. 49.6–49.7).
 */
import { type BaseSalaryStep, baseSalaryOn } from './base-salary.ts';
import { getCatalogEntry } from './catalog/lookup.ts';
import type { RewardMultiple } from './catalog/types.ts';
import type { RoundingRule } from './parameter-defaults.ts';
import type { IsoDate, SubjectKind } from './types.ts';

export interface RewardOptions {
  readonly rounding?: RoundingRule;
  readonly baseSalaryTimeline?: readonly BaseSalaryStep[];
}

export interface RewardAmount {
  readonly code: string;
  readonly subjectKind: SubjectKind;
  readonly baseSalary: number;
  readonly multipleMilli: number;
  /** base × multiple before rounding, in VND (may be fractional only for exotic inputs). */
  readonly raw: number;
  readonly amount: number;
  readonly rounding: RoundingRule;
  readonly multiple: RewardMultiple;
  readonly baseSalaryCitation: string;
}

/** Rounds an amount given as `numerator / 1000` VND, integer arithmetic only. */
export function roundVnd(milliVnd: number, rule: RoundingRule): number {
  if (rule === 'up-10000') return Math.ceil(milliVnd / 10_000_000) * 10_000;
  if (rule === 'nearest-1000') return Math.round(milliVnd / 1_000_000) * 1_000;
  return Math.ceil(milliVnd / 1000);
}

/** Amount for one title or form; null when the catalog lists no amount (e.g. Gia đình văn hóa). */
export function computeRewardAmount(
  code: string,
  subjectKind: SubjectKind,
  decisionDate: IsoDate,
  options: RewardOptions = {},
): RewardAmount | null {
  const multiple = getCatalogEntry(code)?.reward[subjectKind];
  const salary = baseSalaryOn(decisionDate, options.baseSalaryTimeline);
  if (!multiple || !salary) return null;
  const rounding = options.rounding ?? 'up-10000';
  const milliVnd = salary.amount * multiple.milli;
  return {
    code,
    subjectKind,
    baseSalary: salary.amount,
    multipleMilli: multiple.milli,
    raw: milliVnd / 1000,
    amount: roundVnd(milliVnd, rounding),
    rounding,
    multiple,
    baseSalaryCitation: salary.citation,
  };
}

export interface RewardItem {
  readonly code: string;
  readonly subjectKind: SubjectKind;
  readonly decisionDate: IsoDate;
  /** Counting period of a title, e.g. '2025'; titles sharing it pay only the highest. */
  readonly period: string;
}

export interface RewardLine {
  readonly item: RewardItem;
  readonly amount: RewardAmount | null;
  readonly paid: number;
  readonly note: 'paid' | 'superseded_same_period' | 'no_amount';
}

/** Pays a batch for one subject: per period only the highest title; every form in full. */
export function computeRewardBatch(
  items: readonly RewardItem[],
  options: RewardOptions = {},
): { lines: RewardLine[]; total: number } {
  const amounts = items.map((it) => computeRewardAmount(it.code, it.subjectKind, it.decisionDate, options));
  const bestTitleOfPeriod = new Map<string, number>();
  items.forEach((it, i) => {
    const a = amounts[i];
    if (!a || getCatalogEntry(it.code)?.category !== 'title') return;
    const best = bestTitleOfPeriod.get(it.period);
    if (best === undefined || a.amount > (amounts[best]?.amount ?? 0)) bestTitleOfPeriod.set(it.period, i);
  });
  let total = 0;
  const lines = items.map((item, i): RewardLine => {
    const amount = amounts[i] ?? null;
    if (!amount) return { item, amount, paid: 0, note: 'no_amount' };
    const isTitle = getCatalogEntry(item.code)?.category === 'title';
    if (isTitle && bestTitleOfPeriod.get(item.period) !== i)
      return { item, amount, paid: 0, note: 'superseded_same_period' };
    total += amount.amount;
    return { item, amount, paid: amount.amount, note: 'paid' };
  });
  return { lines, total };
}
