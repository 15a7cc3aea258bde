/**
 * "Tập thể lao động tiên tiến" / "Đơn vị tiên tiến" (Law 06/2022 Art. 28, restated in QĐ 86/2025 Bắc
 * Ninh Art. 4.2 [V-P]): tasks completed well (rating HT tốt or higher); at least 70 % of members hold
 * LĐTT (inclusive, integer arithmetic); no member disciplined with a warning (cảnh cáo) or heavier — a
 * reprimand (khiển trách) is lighter and does not bar it (§10 cases 15–17).
 */
import type { DisciplineLevel } from '../types.ts';
import { type EligibilityRule, isRatingAtLeast, makeReason, ratingOf } from './context.ts';

const SEVERITY: Readonly<Record<DisciplineLevel, number>> = {
  khien_trach: 1,
  canh_cao: 2,
  ha_bac_luong: 3,
  giang_chuc: 4,
  cach_chuc: 5,
  buoc_thoi_viec: 6,
};

export function isAtLeastWarning(level: DisciplineLevel | null | undefined): boolean {
  return level != null && SEVERITY[level] >= SEVERITY.canh_cao;
}

const OK = {
  vi: 'Hoàn thành tốt nhiệm vụ; từ 70% thành viên đạt Lao động tiên tiến; không có thành viên bị kỷ luật từ cảnh cáo trở lên.',
  en: 'Tasks done well; at least 70 % of members are Advanced Workers; no member disciplined with a warning or heavier.',
};
const NO_RATING = {
  vi: 'Tập thể chưa đạt mức hoàn thành tốt nhiệm vụ trở lên.',
  en: 'The collective was not rated "tasks done well" or higher.',
};
const NO_SHARE = {
  vi: 'Dưới 70% thành viên đạt danh hiệu Lao động tiên tiến.',
  en: 'Fewer than 70 % of members are Advanced Workers.',
};
const NO_DISCIPLINE = {
  vi: 'Có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.',
  en: 'A member was disciplined with a warning or heavier.',
};
const NO_FACTS = {
  vi: 'Thiếu số liệu thành viên của tập thể.',
  en: 'Member figures of the collective are missing.',
};
const CITATION = 'Luật TĐKT Điều 28; QĐ 86/2025 Bắc Ninh Điều 4.2';

export const collectiveAdvancedRule: EligibilityRule = {
  id: 'collective-advanced-standard',
  evaluate(ctx) {
    const c = ctx.subject.collective;
    if (!c || c.members <= 0) return makeReason(this.id, false, NO_FACTS, CITATION, 'V-P', {});
    const rating = ratingOf(ctx.subject, ctx.subject.targetYear);
    const facts = {
      rating: rating ?? null,
      members: c.members,
      ldttCount: c.ldttCount,
      worstMemberDiscipline: c.worstMemberDiscipline,
    };
    if (!isRatingAtLeast(rating, 'HTT')) return makeReason(this.id, false, NO_RATING, CITATION, 'V-P', facts);
    if (c.ldttCount * 100 < 70 * c.members)
      return makeReason(this.id, false, NO_SHARE, CITATION, 'V-P', facts);
    if (isAtLeastWarning(c.worstMemberDiscipline))
      return makeReason(this.id, false, NO_DISCIPLINE, CITATION, 'V-P', facts);
    return makeReason(this.id, true, OK, CITATION, 'V-P', facts);
  },
};
