/**
 * A title or form is conferred once for the same year and achievements: emulation titles are awarded
 * each year (NĐ 98/2023 Art. 34.1 [V-Q]; carry-over into NĐ 152 unverified), and one achievement earns
 * one form (Law 06/2022 Art. 5.2(c) [V-Q]). A subject whose history already holds the merit (regular)
 * award of the target for the target year is not proposed for it again. Ad-hoc, campaign and thematic
 * awards of the same code reward other achievements and do not count here.
 */
import { byRegime, type EligibilityRule, makeReason } from './context.ts';

const OK = {
  vi: 'Chưa được tặng danh hiệu, hình thức này (khen thưởng thường xuyên) cho năm xét.',
  en: 'Not yet conferred this title or form (regular award) for the year under review.',
};

export const alreadyConferredRule: EligibilityRule = {
  id: 'already-conferred',
  evaluate(ctx) {
    const year = ctx.subject.targetYear;
    const held = ctx.subject.awards.find(
      (a) => a.code === ctx.target && a.year === year && a.kind === 'regular',
    );
    const citation = byRegime(
      ctx,
      'NĐ 98/2023 Điều 34.1; Luật TĐKT Điều 5.2(c)',
      'Luật TĐKT Điều 5.2(c); NĐ 98/2023 Điều 34.1 (chưa đối chiếu NĐ 152/2025)',
    );
    if (!held) return makeReason(this.id, true, OK, citation, 'V-Q', { year });
    const name = ctx.entry.name;
    return makeReason(
      this.id,
      false,
      {
        vi: `Đã được tặng "${name.vi}" năm ${year} (khen thưởng thường xuyên); không đề nghị lần thứ hai cho cùng năm và thành tích.`,
        en: `Already conferred "${name.en}" for ${year} (regular award); not proposed a second time for the same year and achievements.`,
      },
      citation,
      'V-Q',
      { year, code: held.code, ...(held.decisionDate ? { decisionDate: held.decisionDate } : {}) },
    );
  },
};
