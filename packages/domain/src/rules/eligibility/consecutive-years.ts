/**
 * Consecutive-title chains: CSTĐ tỉnh needs 03 consecutive CSTĐCS (Law 06/2022 Art. 22.1(a) [V-Q]);
 * CSTĐTQ needs 02 consecutive CSTĐ tỉnh (Art. 21.1(a) [V-Q]). The chain must end in the target year and
 * a gap year breaks it. Only merit (regular) awards count (NĐ 152/2025 Art. 4.3). §9 traps: "2 CSTĐCS"
 * and "3 CSTĐ tỉnh" are wrong.
 */
import { equivalentCodes } from '../catalog/lookup.ts';
import type { Bilingual, Confidence } from '../types.ts';
import { consecutiveYearsEndingAt, type EligibilityRule, hasMeritAward, makeReason } from './context.ts';

export function consecutiveTitlesRule(
  id: string,
  requiredCode: string,
  count: number,
  citation: string,
  confidence: Confidence,
  ok: Bilingual,
  no: Bilingual,
): EligibilityRule {
  const codes = equivalentCodes(requiredCode);
  return {
    id,
    evaluate(ctx) {
      const s = ctx.subject;
      const run = consecutiveYearsEndingAt(s.targetYear, count, (y) => hasMeritAward(s, codes, y));
      const passed = run >= count;
      return makeReason(id, passed, passed ? ok : no, citation, confidence, {
        required: count,
        consecutive: run,
        code: requiredCode,
      });
    },
  };
}

export const threeConsecutiveCstdcsRule = consecutiveTitlesRule(
  'consecutive-cstdcs',
  'CSTDCS',
  3,
  'Luật TĐKT Điều 22.1(a)',
  'V-Q',
  {
    vi: 'Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.',
    en: 'Holds 3 consecutive base-level Emulation Fighter titles.',
  },
  {
    vi: 'Chưa có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở tính đến năm xét.',
    en: 'Lacks 3 consecutive base-level Emulation Fighter titles up to the year.',
  },
);

export const twoConsecutiveCstdTinhRule = consecutiveTitlesRule(
  'consecutive-cstd-tinh',
  'CSTD_TINH',
  2,
  'Luật TĐKT Điều 21.1(a)',
  'V-Q',
  {
    vi: 'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh (bộ, ngành).',
    en: 'Holds 2 consecutive provincial Emulation Fighter titles.',
  },
  {
    vi: 'Chưa có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh (bộ, ngành) tính đến năm xét.',
    en: 'Lacks 2 consecutive provincial Emulation Fighter titles up to the year.',
  },
);
