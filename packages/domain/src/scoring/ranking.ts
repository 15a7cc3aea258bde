/**
 * Ranking of the units of a bloc on one scoring table (xếp hạng). Rules for breaking ties are not set by
 * the national texts (legal-rules.md §5, [M]); this is the documented order, applied step by step until
 * two units differ:
 *
 * 1. the higher total (tổng điểm);
 * 2. the fewer penalty points (điểm trừ) — a unit that lost fewer points ranks first;
 * 3. the higher score on the first-level normal criteria, compared one by one in table order
 *    (section I, then II, …): the core tasks weigh before the rest;
 * 4. the more bonus points (điểm thưởng);
 * 5. the unit name in Vietnamese alphabetical order (Intl 'vi' collation), then the unit id, so the
 *    order is always total and repeatable.
 *
 * Every row carries the step that separated it from the row above (`decidedBy`).
 */
import type { Hundredths } from './points.ts';

export interface RankInput {
  readonly unitId: number;
  readonly unitName: string;
  readonly total: Hundredths;
  readonly penalty: Hundredths;
  readonly bonus: Hundredths;
  readonly sections: readonly Hundredths[];
}

export type TieBreakStep = 'total' | 'penalty' | 'sections' | 'bonus' | 'name';

export interface RankedRow<T extends RankInput> {
  readonly row: T;
  /** 1-based, strict: no two rows share a rank. */
  readonly rank: number;
  /** The step that put this row below the previous one; null for the first row. */
  readonly decidedBy: TieBreakStep | null;
  /** Index of the deciding first-level criterion when decidedBy is 'sections'. */
  readonly sectionIndex: number | null;
}

export const tieBreakOrder: readonly TieBreakStep[] = ['total', 'penalty', 'sections', 'bonus', 'name'];

const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });

function compareWithStep(
  a: RankInput,
  b: RankInput,
): { cmp: number; step: TieBreakStep; sectionIndex: number | null } {
  if (a.total !== b.total) return { cmp: b.total - a.total, step: 'total', sectionIndex: null };
  if (a.penalty !== b.penalty) return { cmp: a.penalty - b.penalty, step: 'penalty', sectionIndex: null };
  const n = Math.max(a.sections.length, b.sections.length);
  for (let i = 0; i < n; i++) {
    const x = a.sections[i] ?? 0;
    const y = b.sections[i] ?? 0;
    if (x !== y) return { cmp: y - x, step: 'sections', sectionIndex: i };
  }
  if (a.bonus !== b.bonus) return { cmp: b.bonus - a.bonus, step: 'bonus', sectionIndex: null };
  const byName = collator.compare(a.unitName, b.unitName);
  return { cmp: byName !== 0 ? byName : a.unitId - b.unitId, step: 'name', sectionIndex: null };
}

export function compareRankInputs(a: RankInput, b: RankInput): number {
  return compareWithStep(a, b).cmp;
}

export function rankAssessments<T extends RankInput>(rows: readonly T[]): RankedRow<T>[] {
  const sorted = [...rows].sort(compareRankInputs);
  return sorted.map((row, i) => {
    if (i === 0) return { row, rank: 1, decidedBy: null, sectionIndex: null };
    const { step, sectionIndex } = compareWithStep(sorted[i - 1]!, row);
    return { row, rank: i + 1, decidedBy: step, sectionIndex };
  });
}

/** A Vietnamese sentence saying why a row sits below the one above it. */
export function explainTieBreak(step: TieBreakStep | null, sectionName?: string): string {
  switch (step) {
    case null:
      return 'Đứng đầu bảng xếp hạng.';
    case 'total':
      return 'Xếp sau đơn vị liền trên do tổng điểm thấp hơn.';
    case 'penalty':
      return 'Bằng tổng điểm; xếp sau do bị trừ nhiều điểm hơn.';
    case 'sections':
      return `Bằng tổng điểm và điểm trừ; xếp sau do điểm tiêu chí "${sectionName ?? ''}" thấp hơn.`;
    case 'bonus':
      return 'Bằng tổng điểm, điểm trừ và điểm từng tiêu chí lớn; xếp sau do ít điểm thưởng hơn.';
    case 'name':
      return 'Bằng điểm ở mọi bước; xếp theo thứ tự chữ cái tiếng Việt của tên đơn vị.';
  }
}
