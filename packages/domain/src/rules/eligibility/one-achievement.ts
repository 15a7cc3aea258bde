/**
 * One achievement earns one form: the same achievement cannot ground two titles or forms, in the same
 * dossier or across awards (Law 06/2022 Art. 5.2(c) [V-Q]; legal-rules.md §10 case 40). Runs only when
 * the proposal names the achievements it relies on.
 */
import { type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Thành tích viện dẫn chưa được dùng cho khen thưởng khác.',
  en: 'The cited achievements ground no other award.',
};
const NO = {
  vi: 'Một thành tích chỉ được đề nghị một hình thức khen thưởng; thành tích này đã được dùng cho đề nghị hoặc khen thưởng khác.',
  en: 'One achievement earns one award; this achievement already grounds another proposal or award.',
};

export const oneAchievementOneAwardRule: EligibilityRule = {
  id: 'one-achievement-one-award',
  evaluate(ctx) {
    const cited = ctx.options.achievementIds;
    if (!cited || cited.length === 0) return null;
    const year = ctx.subject.targetYear;
    const duplicates: { achievementId: string; code: string; year: number }[] = [];
    for (const p of ctx.subject.pendingProposals ?? []) {
      if (p.code === ctx.target && p.year === year) continue;
      for (const id of p.achievementIds)
        if (cited.includes(id)) duplicates.push({ achievementId: id, code: p.code, year: p.year });
    }
    for (const a of ctx.subject.awards) {
      if (!a.achievementIds || (a.code === ctx.target && a.year === year)) continue;
      for (const id of a.achievementIds)
        if (cited.includes(id)) duplicates.push({ achievementId: id, code: a.code, year: a.year });
    }
    const passed = duplicates.length === 0;
    return makeReason(this.id, passed, passed ? OK : NO, 'Luật TĐKT Điều 5.2(c)', 'V-Q', { duplicates });
  },
};
