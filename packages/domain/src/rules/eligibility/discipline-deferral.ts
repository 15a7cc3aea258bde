/**
 * No award or proposal while the subject is under disciplinary review, investigation, inspection or
 * audit with signs of violation, or while a complaint or press-reported corruption is being verified;
 * once cleared, the award proceeds. NĐ 152/2025 Art. 4.4 [V-Q]; NĐ 98 equivalent [M].
 */
import { byRegime, type EligibilityRule, makeReason } from './context.ts';

const CLEAR = {
  vi: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra.',
  en: 'Not under discipline review, investigation or inspection.',
};
const DEFER = {
  vi: 'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư: tạm hoãn xét khen thưởng đến khi có kết luận.',
  en: 'Under discipline review, investigation, inspection or complaint verification: deferred until cleared.',
};

export const disciplineDeferralRule: EligibilityRule = {
  id: 'discipline-deferral',
  evaluate(ctx) {
    const list = ctx.subject.investigations;
    const asOf = ctx.subject.asOfDate;
    let open = 0;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const v = list[i]!;
        if (v.openedDate <= asOf && (v.resolvedDate === null || v.resolvedDate > asOf)) open++;
      }
    }
    const citation = byRegime(ctx, 'NĐ 98/2023 (tương đương NĐ 152 Điều 4.4)', 'NĐ 152/2025 Điều 4.4');
    return makeReason(
      this.id,
      open === 0,
      open === 0 ? CLEAR : DEFER,
      citation,
      byRegime(ctx, 'M', 'V-Q'),
      { openCases: open },
      'defer',
    );
  },
};
