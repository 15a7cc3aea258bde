/**
 * After a discipline period ends, achievements count only from its end date (NĐ 152/2025 Art. 4.4
 * [V-Q]). A title covering the whole window from 01/01 of its first year is therefore barred when any
 * discipline period ends after that day, or is still open. Example: period ended 30/06/2025 → no
 * full-year 2025 title (legal-rules.md §10 case 25).
 */
import { yearStart } from '../dates.ts';
import { byRegime, type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Không có thời hạn kỷ luật ảnh hưởng đến thời gian tính thành tích.',
  en: 'No discipline period overlaps the achievement period.',
};
const NO = {
  vi: 'Thành tích chỉ được tính từ ngày hết thời hạn kỷ luật; không đủ thời gian tính thành tích cho danh hiệu, hình thức này.',
  en: 'Achievements count only from the end of the discipline period, which leaves this award’s period short.',
};

export const disciplinePeriodRule: EligibilityRule = {
  id: 'discipline-period',
  evaluate(ctx) {
    const list = ctx.subject.disciplines;
    const windowStart = yearStart(ctx.windowStartYear);
    const asOf = ctx.subject.asOfDate;
    let countingFrom: string | null = null;
    let open = false;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        if (d.fromDate > asOf) continue;
        if (d.toDate === null) open = true;
        else if (d.toDate > windowStart && (countingFrom === null || d.toDate > countingFrom))
          countingFrom = d.toDate;
      }
    }
    const passed = !open && countingFrom === null;
    const citation = byRegime(ctx, 'NĐ 98/2023 (tương đương NĐ 152 Điều 4.4)', 'NĐ 152/2025 Điều 4.4');
    return makeReason(this.id, passed, passed ? OK : NO, citation, byRegime(ctx, 'M', 'V-Q'), {
      windowStart,
      countingFrom: open ? null : countingFrom,
      openDiscipline: open,
    });
  },
};
