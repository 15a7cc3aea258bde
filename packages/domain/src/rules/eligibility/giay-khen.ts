/**
 * Giấy khen (Law 06/2022 Art. 75, restated in QĐ 86/2025 Bắc Ninh Art. 4.3 [V-P]). Individuals and
 * collectives: exemplary compliance, tasks done well, plus an achievement reviewed in an emulation
 * movement or many / ad-hoc achievements in the issuer's field. Households: a contribution of labour,
 * land or assets, or an achievement in a movement. No council ballot (not in NĐ 98 Art. 30.7 [D]).
 */
import { type EligibilityRule, isRatingAtLeast, makeReason, ratingOf } from './context.ts';

const OK = {
  vi: 'Có thành tích được bình xét trong phong trào thi đua hoặc thành tích đột xuất.',
  en: 'Has an achievement reviewed in a movement or an ad-hoc achievement.',
};
const NO_ACH = {
  vi: 'Chưa có thành tích được bình xét trong phong trào thi đua hoặc thành tích đột xuất.',
  en: 'No achievement reviewed in a movement and no ad-hoc achievement.',
};
const NO_RATING = { vi: 'Chưa hoàn thành tốt nhiệm vụ được giao.', en: 'Tasks were not done well.' };
const CITATION = 'Luật TĐKT Điều 75; QĐ 86/2025 Bắc Ninh Điều 4.3';

export const giayKhenRule: EligibilityRule = {
  id: 'giay-khen-criteria',
  evaluate(ctx) {
    const s = ctx.subject;
    const a = s.attestations;
    const rating = ratingOf(s, s.targetYear);
    if (s.kind !== 'household' && rating !== undefined && !isRatingAtLeast(rating, 'HTT')) {
      return makeReason(this.id, false, NO_RATING, CITATION, 'V-P', { rating });
    }
    const achievement =
      a?.movementAchievement === true ||
      a?.manyAchievements === true ||
      a?.adhocAchievement === true ||
      (s.kind === 'household' && a?.socioEconomicContribution === true);
    return makeReason(this.id, achievement, achievement ? OK : NO_ACH, CITATION, 'V-P', {
      rating: rating ?? null,
      achievement,
    });
  },
};
