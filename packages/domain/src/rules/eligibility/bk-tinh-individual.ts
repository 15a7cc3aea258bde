/**
 * Provincial chairman's Bằng khen for an individual (Law 06/2022 Art. 74, as restated in QĐ 86/2025 Bắc
 * Ninh Art. 3.3(a) [V-P]), any one of: outstanding achievement in a movement the province launched; many
 * or ad-hoc achievements with influence in the province's field; a socio-economic, scientific, social or
 * charitable contribution; 02 consecutive CSTĐCS; or ≥ 2 consecutive HTXS years in which 2 initiatives
 * (or research works) were recognised at base level and applied effectively (§10 cases 18–19).
 */
import { equivalentCodes } from '../catalog/lookup.ts';
import {
  consecutiveYearsEndingAt,
  type EligibilityRule,
  hasMeritAward,
  makeReason,
  ratingOf,
} from './context.ts';
import { countUsableInitiatives, SCOPE_BASE } from './initiatives.ts';

const CSTDCS = equivalentCodes('CSTDCS');
const CITATION = 'Luật TĐKT Điều 74; QĐ 86/2025 Bắc Ninh Điều 3.3(a)';

const BY_CSTDCS = {
  vi: 'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.',
  en: 'Holds 2 consecutive base-level Emulation Fighter titles.',
};
const BY_HTXS = {
  vi: 'Có từ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả.',
  en: 'Two or more consecutive excellent years with 2 recognised, effectively applied initiatives.',
};
const BY_ATTESTED = {
  vi: 'Có thành tích xuất sắc, thành tích đột xuất hoặc đóng góp được xác nhận.',
  en: 'Has an attested outstanding achievement, ad-hoc achievement or contribution.',
};
const NO = {
  vi: 'Không đáp ứng tiêu chí nào của Bằng khen cấp tỉnh (02 lần liên tục CSTĐCS, hoặc 02 năm HTXS kèm 02 sáng kiến, hoặc thành tích, đóng góp được xác nhận).',
  en: 'Meets no provincial Certificate of Merit criterion (2 consecutive CSTĐCS, or 2 excellent years with 2 initiatives, or an attested achievement).',
};

export const bkTinhIndividualRule: EligibilityRule = {
  id: 'bk-tinh-individual-criteria',
  evaluate(ctx) {
    if (ctx.subject.kind !== 'individual') return null;
    const s = ctx.subject;
    const y = s.targetYear;
    const cstdcsRun = consecutiveYearsEndingAt(y, 2, (year) => hasMeritAward(s, CSTDCS, year));
    if (cstdcsRun >= 2)
      return makeReason(this.id, true, BY_CSTDCS, CITATION, 'V-P', {
        criterion: 'cstdcs_2_consecutive',
        cstdcsRun,
      });
    const htxsRun = consecutiveYearsEndingAt(y, 50, (year) => ratingOf(s, year) === 'HTXS');
    const initiatives = htxsRun >= 2 ? countUsableInitiatives(ctx, SCOPE_BASE, y - htxsRun + 1, y, true) : 0;
    const facts = { cstdcsRun, htxsRun, initiatives };
    if (htxsRun >= 2 && initiatives >= 2)
      return makeReason(this.id, true, BY_HTXS, CITATION, 'V-P', {
        criterion: 'htxs_2_initiatives',
        ...facts,
      });
    const a = s.attestations;
    if (
      a?.movementAchievement ||
      a?.manyAchievements ||
      a?.adhocAchievement ||
      a?.socioEconomicContribution
    ) {
      return makeReason(this.id, true, BY_ATTESTED, CITATION, 'V-P', { criterion: 'attested', ...facts });
    }
    return makeReason(this.id, false, NO, CITATION, 'V-P', facts);
  },
};
