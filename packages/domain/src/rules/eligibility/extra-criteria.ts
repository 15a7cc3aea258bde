/**
 * Criteria a province or ministry adds for its own titles and forms (Law 06/2022 Art. 74.6 lets them
 * detail standards [S]; e.g. Bắc Ninh's extra LĐTT wording, QĐ 86/2025 Art. 4.1 [V-P]). Configured in the
 * parameters `extraCriteria`; the subject lists the ids it meets in `attestations.extraCriteriaMet`.
 */
import { type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Đáp ứng các tiêu chí bổ sung của địa phương.',
  en: 'Meets the province’s additional criteria.',
};
const NO = {
  vi: 'Chưa đáp ứng tiêu chí bổ sung của địa phương.',
  en: 'Misses an additional criterion of the province.',
};

export const extraCriteriaRule: EligibilityRule = {
  id: 'province-extra-criteria',
  evaluate(ctx) {
    const list = ctx.params.extraCriteria;
    if (list.length === 0) return null;
    const met = ctx.subject.attestations?.extraCriteriaMet ?? [];
    const missing: string[] = [];
    for (const c of list) if (c.target === ctx.target && !met.includes(c.id)) missing.push(c.id);
    const applies = list.some((c) => c.target === ctx.target);
    if (!applies) return null;
    return makeReason(
      this.id,
      missing.length === 0,
      missing.length === 0 ? OK : NO,
      'Luật TĐKT Điều 74.6',
      'S',
      { missing },
    );
  },
};
