/**
 * Prime Minister's Bằng khen, merit route, as remembered [M] (Law 06/2022 Art. 73; legal-rules.md §2.3):
 * already holding a ministry/province Bằng khen, followed by N consecutive HTXS years with N base-level
 * initiatives (N = 5, parameters `bkTtgHtxsYears`, `bkTtgInitiatives`). Unverified: treat verdicts as
 * advice. Only a merit (regular) Bằng khen counts as the prior step (NĐ 152/2025 Art. 4.3; §10 case 28).
 */
import { equivalentCodes } from '../catalog/lookup.ts';
import { consecutiveYearsEndingAt, type EligibilityRule, makeReason, ratingOf } from './context.ts';
import { countUsableInitiatives, SCOPE_BASE } from './initiatives.ts';

const BK_TINH = equivalentCodes('BK_TINH');
const OK = {
  vi: 'Đã có Bằng khen cấp bộ, tỉnh (khen công trạng) và sau đó có đủ số năm liên tục hoàn thành xuất sắc nhiệm vụ kèm sáng kiến.',
  en: 'Holds a merit ministry/province Certificate of Merit followed by enough consecutive excellent years with initiatives.',
};
const NO_BASIS = {
  vi: 'Chưa có Bằng khen cấp bộ, tỉnh theo loại hình công trạng làm căn cứ (khen đột xuất, theo đợt, chuyên đề không được tính).',
  en: 'No merit ministry/province Certificate of Merit as basis (ad-hoc, campaign and thematic awards do not count).',
};
const NO_RECORD = {
  vi: 'Sau Bằng khen cấp bộ, tỉnh chưa đủ số năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc chưa đủ số sáng kiến.',
  en: 'Not enough consecutive excellent years or initiatives since the ministry/province Certificate of Merit.',
};
const CITATION = 'Luật TĐKT Điều 73 (chưa kiểm chứng)';

export const bkTtgRule: EligibilityRule = {
  id: 'bk-ttg-merit',
  evaluate(ctx) {
    const s = ctx.subject;
    const years = ctx.params.bkTtgHtxsYears;
    const y = s.targetYear;
    let basisYear: number | null = null;
    for (const a of s.awards) {
      if (
        a.kind === 'regular' &&
        BK_TINH.includes(a.code) &&
        a.year <= y - years &&
        (basisYear === null || a.year > basisYear)
      )
        basisYear = a.year;
    }
    if (basisYear === null) return makeReason(this.id, false, NO_BASIS, CITATION, 'M', { basisYear });
    const run = consecutiveYearsEndingAt(y, y - basisYear, (year) => ratingOf(s, year) === 'HTXS');
    // Collectives need the HTXS run only; the initiative count is an individual criterion [M].
    const initiatives =
      s.kind === 'individual' ? countUsableInitiatives(ctx, SCOPE_BASE, y - run + 1, y, true) : null;
    const passed = run >= years && (initiatives === null || initiatives >= ctx.params.bkTtgInitiatives);
    return makeReason(this.id, passed, passed ? OK : NO_RECORD, CITATION, 'M', {
      basisYear,
      htxsRun: run,
      initiatives,
      requiredYears: years,
    });
  },
};
