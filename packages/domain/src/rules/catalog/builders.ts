/** Small constructors that keep the catalog data files readable. */
import type { Confidence, IsoDate, IssuerLevel } from '../types.ts';
import type { CouncilRequirement, IssuerGrant, RewardMultiple } from './types.ts';

/** The day before the two-tier reform: last day of district powers (NĐ 129/2025 Art. 59). */
export const LAST_DISTRICT_DAY: IsoDate = '2025-06-30';
export const REFORM_DAY: IsoDate = '2025-07-01';

export function grant(
  level: IssuerLevel,
  citation: string,
  confidence: Confidence,
  from: IsoDate | null = null,
  to: IsoDate | null = null,
): IssuerGrant {
  return { level, from, to, citation, confidence };
}

export function times(milli: number, citation: string, confidence: Confidence): RewardMultiple {
  return { milli, citation, confidence };
}

/** NĐ 98 Art. 30.7 [V-Q]; its NĐ 152 equivalent is unverified, so parameters may override it. */
export function council(thresholdPercent: number): CouncilRequirement {
  return { thresholdPercent, citation: 'NĐ 98/2023 Điều 30.7', confidence: 'V-Q' };
}

/** NĐ 152/2025 Art. 50 amount table [V-Q S9]. */
export const ART50 = 'NĐ 152/2025 Điều 50';
/** NĐ 152/2025 Art. 51–52 tables, seen only as summaries [S S10]. */
export const ART51 = 'NĐ 152/2025 Điều 51';

/** Issuer citations shared by the title files: Law Art. 80.1–80.3 [V-Q], NĐ 129/2025 Art. 59 [V-Q]. */
export const A80_1 = 'Luật TĐKT Điều 80.1';
export const A80_2 = 'Luật TĐKT Điều 80.2';
export const A80_3 = 'Luật TĐKT Điều 80.3';
export const ND129 = 'NĐ 129/2025 Điều 59';
