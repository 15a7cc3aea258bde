/**
 * Provincial chairman's Bằng khen for a collective (Law 06/2022 Art. 74, as restated in QĐ 86/2025 Bắc
 * Ninh Art. 3.3(c) [V-P]), any one of: outstanding achievement in a movement; an ad-hoc outstanding
 * achievement; a contribution; or 02 consecutive HTXS years (or the TTLĐXS title) together with good
 * grassroots democracy, care for members, thrift and anti-corruption work (§10 case 20). Households
 * (Art. 74 [V-P]): contributions of labour, land or assets to the locality.
 */
import { equivalentCodes } from '../catalog/lookup.ts';
import {
  attested,
  consecutiveYearsEndingAt,
  type EligibilityRule,
  hasMeritAward,
  makeReason,
  ratingOf,
} from './context.ts';

const TTLDXS = equivalentCodes('TTLDXS');
const CITATION = 'Luật TĐKT Điều 74; QĐ 86/2025 Bắc Ninh Điều 3.3';

const BY_RECORD = {
  vi: 'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu Tập thể lao động xuất sắc, thực hiện tốt dân chủ cơ sở.',
  en: 'Two consecutive excellent years or the Excellent Collective title, with good grassroots democracy.',
};
const BY_ATTESTED = {
  vi: 'Có thành tích xuất sắc, đột xuất hoặc đóng góp được xác nhận.',
  en: 'Has an attested outstanding or ad-hoc achievement or contribution.',
};
const NO = {
  vi: 'Không đáp ứng tiêu chí nào của Bằng khen cấp tỉnh đối với tập thể.',
  en: 'Meets no collective criterion of the provincial Certificate of Merit.',
};
const HOUSEHOLD_OK = {
  vi: 'Hộ gia đình có đóng góp công sức, đất đai, tài sản cho địa phương.',
  en: 'The household contributed labour, land or assets locally.',
};
const HOUSEHOLD_NO = {
  vi: 'Chưa có đóng góp được xác nhận của hộ gia đình.',
  en: 'No attested contribution by the household.',
};

export const bkTinhCollectiveRule: EligibilityRule = {
  id: 'bk-tinh-collective-criteria',
  evaluate(ctx) {
    const s = ctx.subject;
    const a = s.attestations;
    if (s.kind === 'household') {
      const ok = a?.socioEconomicContribution === true;
      return makeReason(this.id, ok, ok ? HOUSEHOLD_OK : HOUSEHOLD_NO, CITATION, 'V-P', { contribution: ok });
    }
    if (s.kind !== 'collective') return null;
    const y = s.targetYear;
    const htxsRun = consecutiveYearsEndingAt(y, 2, (year) => ratingOf(s, year) === 'HTXS');
    const hasTtldxs = hasMeritAward(s, TTLDXS, y);
    const quality =
      attested(a?.grassrootsDemocracy) && attested(a?.thriftAndAntiCorruption) && attested(a?.solidarity);
    const facts = { htxsRun, hasTtldxs, quality };
    if ((htxsRun >= 2 || hasTtldxs) && quality)
      return makeReason(this.id, true, BY_RECORD, CITATION, 'V-P', { criterion: 'record', ...facts });
    if (a?.movementAchievement || a?.adhocAchievement || a?.socioEconomicContribution) {
      return makeReason(this.id, true, BY_ATTESTED, CITATION, 'V-P', { criterion: 'attested', ...facts });
    }
    return makeReason(this.id, false, NO, CITATION, 'V-P', facts);
  },
};
