/**
 * CSTĐCS standard 2 (Law 06/2022 Art. 23.2 [V-Q]), any one of: rated HTXS; an initiative recognised at
 * base level; an accepted research topic or scheme; combat ingenuity recognised by the unit. No
 * initiative is needed with an HTXS rating (a change from the 2003 law). Standard 1 (the LĐTT standard)
 * is checked by the LĐTT rules in the same rule set.
 */
import { type EligibilityRule, makeReason, ratingOf } from './context.ts';
import { countUsableInitiatives, SCOPE_BASE } from './initiatives.ts';

const BY_RATING = {
  vi: 'Được đánh giá hoàn thành xuất sắc nhiệm vụ (không cần sáng kiến).',
  en: 'Rated excellent (no initiative needed).',
};
const BY_INITIATIVE = {
  vi: 'Có sáng kiến, đề tài hoặc giải pháp được công nhận cấp cơ sở.',
  en: 'Has an initiative or research work recognised at base level.',
};
const NO = {
  vi: 'Không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài được công nhận trong năm.',
  en: 'Neither rated excellent nor holding an initiative or research work recognised in the year.',
};

export const cstdcsStandardRule: EligibilityRule = {
  id: 'cstdcs-standard',
  evaluate(ctx) {
    const year = ctx.subject.targetYear;
    const rating = ratingOf(ctx.subject, year);
    if (rating === 'HTXS')
      return makeReason(this.id, true, BY_RATING, 'Luật TĐKT Điều 23.2', 'V-Q', {
        rating,
        initiatives: null,
      });
    const initiatives = countUsableInitiatives(ctx, SCOPE_BASE, year, year, false);
    const passed = initiatives > 0;
    return makeReason(this.id, passed, passed ? BY_INITIATIVE : NO, 'Luật TĐKT Điều 23.2', 'V-Q', {
      rating: rating ?? null,
      initiatives,
    });
  },
};
