/**
 * Targets listed in NĐ 98/2023 Art. 30.7 [V-Q] (CSTĐCS, CSTĐ tỉnh, CSTĐTQ, flags, Heroes) need the
 * council's ballot on the TOTAL membership. Without a ballot the verdict stops at `needs_council_vote`;
 * with one, the ballot decides (see council-vote.ts). Carry-over into NĐ 152 is unverified [M].
 */
import { councilThresholdFor, evaluateCouncilVote } from '../council-vote.ts';
import { byRegime, type EligibilityRule, makeReason } from './context.ts';

const PENDING = {
  vi: 'Đủ tiêu chuẩn để đưa ra Hội đồng Thi đua – Khen thưởng bỏ phiếu.',
  en: 'Ready for the Emulation-Commendation Council’s ballot.',
};
const PASSED = {
  vi: 'Hội đồng đã bỏ phiếu đạt tỷ lệ quy định.',
  en: 'The council ballot reached the threshold.',
};
const FAILED = {
  vi: 'Kết quả bỏ phiếu của Hội đồng không đạt tỷ lệ quy định.',
  en: 'The council ballot fell short of the threshold.',
};
const INVALID = {
  vi: 'Phiên họp Hội đồng không hợp lệ; cần tổ chức bỏ phiếu lại.',
  en: 'The council session was invalid; the ballot must be held again.',
};

export const councilRequiredRule: EligibilityRule = {
  id: 'council-vote',
  skipWhenBlocked: true,
  evaluate(ctx) {
    const threshold = councilThresholdFor(ctx.target, ctx.params);
    if (threshold === null) return null;
    const citation = 'NĐ 98/2023 Điều 30.7';
    const confidence = byRegime(ctx, 'V-Q' as const, 'M' as const);
    const vote = ctx.options.councilVote;
    if (!vote)
      return makeReason(
        this.id,
        false,
        PENDING,
        citation,
        confidence,
        { thresholdPercent: threshold },
        'council',
      );
    const r = evaluateCouncilVote(vote, ctx.target, { parameters: ctx.params, date: ctx.subject.asOfDate });
    const facts = {
      thresholdPercent: threshold,
      agree: r.agree,
      totalMembers: r.totalMembers,
      outcome: r.outcome,
    };
    if (r.outcome === 'invalid_session')
      return makeReason(this.id, false, INVALID, citation, confidence, facts, 'council');
    return makeReason(this.id, r.passed, r.passed ? PASSED : FAILED, citation, confidence, facts);
  },
};
