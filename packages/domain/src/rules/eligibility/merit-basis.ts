/**
 * Ad-hoc (đột xuất) and movement (theo đợt, chuyên đề) awards can never be the basis of a merit award
 * (NĐ 152/2025 Art. 4.3 [V-Q]; legal-rules.md §10 case 28). The chain rules already ignore them; this
 * rule names the ones that were set aside so the verdict explains why they did not count.
 */
import { byRegime, type EligibilityRule, makeReason } from './context.ts';

/** Awards that serve as the basis (prior step) of each merit target. */
const PREREQUISITES: Readonly<Record<string, readonly string[]>> = {
  CSTD_TINH: ['CSTDCS'],
  CSTDTQ: ['CSTD_TINH'],
  BK_TINH: ['CSTDCS', 'TTLDXS', 'DVQT'],
  BK_TTG: ['BK_TINH'],
};

const OK = {
  vi: 'Không có khen thưởng đột xuất, theo đợt hoặc chuyên đề bị dùng làm căn cứ.',
  en: 'No ad-hoc, campaign or thematic award relied upon.',
};
const NO = {
  vi: 'Khen thưởng đột xuất, theo đợt hoặc chuyên đề không được dùng làm căn cứ đề nghị khen thưởng công trạng; các khen thưởng này đã bị loại khỏi căn cứ xét.',
  en: 'Ad-hoc, campaign and thematic awards cannot ground a merit award; they were left out of the basis.',
};

export const meritBasisRule: EligibilityRule = {
  id: 'merit-basis-kind',
  evaluate(ctx) {
    const codes = PREREQUISITES[ctx.target];
    if (!codes) return null;
    const excluded: { code: string; year: number; kind: string }[] = [];
    for (const a of ctx.subject.awards) {
      if (a.kind === 'regular' || !codes.includes(a.code)) continue;
      if (a.year < ctx.windowStartYear - 1 || a.year > ctx.subject.targetYear) continue;
      excluded.push({ code: a.code, year: a.year, kind: a.kind });
    }
    const passed = excluded.length === 0;
    const citation = byRegime(ctx, 'NĐ 98/2023 (tương đương NĐ 152 Điều 4.3)', 'NĐ 152/2025 Điều 4.3');
    return makeReason(
      this.id,
      passed,
      passed ? OK : NO,
      citation,
      byRegime(ctx, 'M', 'V-Q'),
      { excluded },
      'info',
    );
  },
};
