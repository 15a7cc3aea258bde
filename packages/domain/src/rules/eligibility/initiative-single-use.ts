/**
 * One initiative grounds one award: an initiative used for a title cannot be cited for a form, and vice
 * versa (CV 5007/BNV-TĐKT 2023 [V-Q]; legal-rules.md §3, §10 case 39). Checks the initiatives the
 * proposal explicitly cites; uncited ones are filtered in `initiatives.ts`.
 */
import { type EligibilityRule, makeReason } from './context.ts';
import { isUsedUp } from './initiatives.ts';

const OK = {
  vi: 'Sáng kiến viện dẫn chưa được dùng làm căn cứ khen thưởng khác.',
  en: 'Cited initiatives have not grounded another award.',
};
const NO = {
  vi: 'Sáng kiến viện dẫn đã được dùng làm căn cứ cho danh hiệu hoặc hình thức khen thưởng khác; mỗi sáng kiến chỉ được sử dụng một lần.',
  en: 'A cited initiative already grounded another title or form; an initiative may be used only once.',
};
const UNKNOWN = {
  vi: 'Sáng kiến viện dẫn không có trong hồ sơ của đối tượng.',
  en: 'A cited initiative is not on the subject’s record.',
};

export const initiativeSingleUseRule: EligibilityRule = {
  id: 'initiative-single-use',
  evaluate(ctx) {
    const cited = ctx.options.citedInitiativeIds;
    if (!cited || cited.length === 0) return null;
    const list = ctx.subject.initiatives ?? [];
    const usedUp: string[] = [];
    const missing: string[] = [];
    for (const id of cited) {
      const it = list.find((x) => x.id === id);
      if (!it) missing.push(id);
      else if (isUsedUp(it, ctx)) usedUp.push(id);
    }
    const passed = usedUp.length === 0 && missing.length === 0;
    const message = passed ? OK : usedUp.length > 0 ? NO : UNKNOWN;
    return makeReason(this.id, passed, message, 'CV 5007/BNV-TĐKT (2023); Luật TĐKT Điều 5.2(c)', 'V-Q', {
      usedUp,
      missing,
    });
  },
};
