/**
 * LĐTT exclusion [M]: recruited less than 10 months before the year's end (TT 12/2019/TT-BNV, possibly
 * kept by TT 15/2025/TT-BNV). Unverified, so the month count is the parameter `ldttMinServiceMonths`
 * (null disables the rule). Maternity leave is service time (NĐ 152/2025 Art. 4.5 [V-Q]).
 */
import { addMonths, yearStart } from '../dates.ts';
import { type EligibilityRule, makeReason } from './context.ts';

const OK = { vi: 'Đủ thời gian công tác trong năm.', en: 'Served long enough in the year.' };
const NO = {
  vi: 'Thời gian công tác trong năm chưa đủ số tháng tối thiểu.',
  en: 'Served fewer than the minimum months in the year.',
};
const CITATION = 'TT 12/2019/TT-BNV (chưa kiểm chứng theo TT 15/2025/TT-BNV)';

export const ldttServicePeriodRule: EligibilityRule = {
  id: 'ldtt-service-period',
  evaluate(ctx) {
    const months = ctx.params.ldttMinServiceMonths;
    const start = ctx.subject.attributes?.employmentStartDate;
    if (months === null || start === undefined) return null;
    // Served ≥ N months by 31/12 ⇔ start + N months ≤ 01/01 of the next year.
    const passed = addMonths(start, months) <= yearStart(ctx.subject.targetYear + 1);
    return makeReason(this.id, passed, passed ? OK : NO, CITATION, 'M', {
      employmentStartDate: start,
      minMonths: months,
    });
  },
};
