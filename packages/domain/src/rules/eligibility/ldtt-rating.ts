/**
 * LĐTT / CSTT standard (a): rated "hoàn thành tốt nhiệm vụ" or higher in the target year
 * (Law 06/2022 Art. 24.1(a) [V-Q]). Workers and farmers outside the staff groups (Art. 24.3) are judged
 * on productive work instead, so a missing rating does not fail them.
 */
import { attested, type EligibilityRule, isRatingAtLeast, makeReason, ratingOf } from './context.ts';

const OK = {
  vi: 'Được đánh giá hoàn thành tốt nhiệm vụ trở lên.',
  en: 'Rated "fulfilled duties well" or higher.',
};
const NO = {
  vi: 'Chưa đạt mức đánh giá "hoàn thành tốt nhiệm vụ" trở lên trong năm xét.',
  en: 'Not rated "fulfilled duties well" or higher in the year.',
};
const WORKER = {
  vi: 'Người lao động ngoài khu vực công: xét theo năng suất, hiệu quả lao động.',
  en: 'Worker outside the public staff groups: judged on productive work.',
};

export const ldttRatingRule: EligibilityRule = {
  id: 'ldtt-rating',
  evaluate(ctx) {
    const rating = ratingOf(ctx.subject, ctx.subject.targetYear);
    if (rating === undefined && ctx.subject.attributes?.staffCategory === 'khac') {
      const passed = attested(ctx.subject.attestations?.manyAchievements);
      return makeReason(this.id, passed, WORKER, 'Luật TĐKT Điều 24.3', 'V-Q', { rating: null });
    }
    const passed = isRatingAtLeast(rating, 'HTT');
    return makeReason(this.id, passed, passed ? OK : NO, 'Luật TĐKT Điều 24.1(a)', 'V-Q', {
      rating: rating ?? null,
    });
  },
};
