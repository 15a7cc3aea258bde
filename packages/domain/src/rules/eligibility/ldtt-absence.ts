/**
 * LĐTT exclusion [M]: absent 40 working days or more in the year (TT 12/2019/TT-BNV; carry-over
 * unverified), parameter `ldttMaxAbsenceWorkingDays`. Maternity leave is never absence: it counts as
 * time for titles and forms (NĐ 152/2025 Art. 4.5 [V-Q]; legal-rules.md §10 case 26). Working days are
 * approximated as Mondays–Fridays so the hot path needs no holiday calendar.
 */
import { countWeekdaysInclusive, maxIso, minIso, yearEnd, yearStart } from '../dates.ts';
import { type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Số ngày nghỉ trong năm không vượt mức (nghỉ thai sản được tính là thời gian công tác).',
  en: 'Absence within the limit (maternity leave counts as service).',
};
const NO = {
  vi: 'Nghỉ quá số ngày làm việc tối đa trong năm (không kể nghỉ thai sản).',
  en: 'Absent more than the maximum working days in the year (maternity excluded).',
};
const CITATION = 'TT 12/2019/TT-BNV (chưa kiểm chứng); NĐ 152/2025 Điều 4.5';

export const ldttAbsenceRule: EligibilityRule = {
  id: 'ldtt-absence',
  evaluate(ctx) {
    const max = ctx.params.ldttMaxAbsenceWorkingDays;
    const leaves = ctx.subject.leaves;
    if (max === null || !leaves || leaves.length === 0) return null;
    const from = yearStart(ctx.subject.targetYear);
    const to = yearEnd(ctx.subject.targetYear);
    let absent = 0;
    let maternity = 0;
    for (let i = 0; i < leaves.length; i++) {
      const l = leaves[i]!;
      if (l.toDate < from || l.fromDate > to) continue;
      const days = countWeekdaysInclusive(maxIso(l.fromDate, from), minIso(l.toDate, to));
      if (l.kind === 'maternity') maternity += days;
      else absent += days;
    }
    const passed = absent < max;
    return makeReason(this.id, passed, passed ? OK : NO, CITATION, 'M', {
      absentWorkingDays: absent,
      maternityWorkingDays: maternity,
      max,
    });
  },
};
