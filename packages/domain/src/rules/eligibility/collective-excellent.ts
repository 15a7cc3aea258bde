/**
 * "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng" (Law 06/2022 Art. 27, restated in QĐ 86/2025 Bắc
 * Ninh Art. 3.2 [V-P]): excellent fulfilment (HTXS); 100 % of members completed their tasks, of whom at
 * least 70 % hold LĐTT; at least one member holds CSTĐCS. §9 trap: "≥ 70 % HTXS members" is false.
 */
import { type EligibilityRule, makeReason, ratingOf } from './context.ts';

const OK = {
  vi: 'Hoàn thành xuất sắc nhiệm vụ; 100% thành viên hoàn thành nhiệm vụ, từ 70% đạt Lao động tiên tiến, có cá nhân đạt Chiến sĩ thi đua cơ sở.',
  en: 'Excellent rating; all members completed their tasks, at least 70 % Advanced Workers, at least one base-level Emulation Fighter.',
};
const NO_RATING = {
  vi: 'Tập thể chưa được đánh giá hoàn thành xuất sắc nhiệm vụ.',
  en: 'The collective was not rated excellent.',
};
const NO_ALL = {
  vi: 'Chưa đạt 100% thành viên hoàn thành nhiệm vụ.',
  en: 'Not every member completed their tasks.',
};
const NO_SHARE = {
  vi: 'Dưới 70% thành viên đạt danh hiệu Lao động tiên tiến.',
  en: 'Fewer than 70 % of members are Advanced Workers.',
};
const NO_CSTDCS = {
  vi: 'Không có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.',
  en: 'No member holds the base-level Emulation Fighter title.',
};
const NO_FACTS = {
  vi: 'Thiếu số liệu thành viên của tập thể.',
  en: 'Member figures of the collective are missing.',
};
const CITATION = 'Luật TĐKT Điều 27; QĐ 86/2025 Bắc Ninh Điều 3.2';

export const collectiveExcellentRule: EligibilityRule = {
  id: 'collective-excellent-standard',
  evaluate(ctx) {
    const c = ctx.subject.collective;
    if (!c || c.members <= 0) return makeReason(this.id, false, NO_FACTS, CITATION, 'V-P', {});
    const rating = ratingOf(ctx.subject, ctx.subject.targetYear);
    const facts = {
      rating: rating ?? null,
      members: c.members,
      completedTasks: c.completedTasks,
      ldttCount: c.ldttCount,
      cstdcsCount: c.cstdcsCount,
    };
    if (rating !== 'HTXS') return makeReason(this.id, false, NO_RATING, CITATION, 'V-P', facts);
    if (c.completedTasks < c.members) return makeReason(this.id, false, NO_ALL, CITATION, 'V-P', facts);
    if (c.ldttCount * 100 < 70 * c.members)
      return makeReason(this.id, false, NO_SHARE, CITATION, 'V-P', facts);
    if (c.cstdcsCount < 1) return makeReason(this.id, false, NO_CSTDCS, CITATION, 'V-P', facts);
    return makeReason(this.id, true, OK, CITATION, 'V-P', facts);
  },
};
