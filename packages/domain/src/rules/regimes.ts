/**
 * Decree regimes under Law 06/2022/QH15 (effective 01/01/2024). NĐ 98/2023 was repealed and replaced by
 * NĐ 152/2025 on 01/07/2025 (NĐ 152 Art. 59 [V-Q]); the two-tier local government (NĐ 129/2025, Luật
 * 72/2025) starts the same day. A dossier is judged by the regime in force on its relevant date, which
 * legal-rules.md §8 reads as the date the dossier was received [S].
 *
 * Not modelled: the claimed amending Luật 06/2026/QH16 (effective 01/10/2026 per S32 [S]); no text of it
 * could be found when this was written (legal-rules.md §0.3 item 1), so no regime is invented for it.
 */
import type { Bilingual, IsoDate, RegimeId } from './types.ts';

export interface Regime {
  readonly id: RegimeId;
  readonly name: Bilingual;
  readonly effectiveFrom: IsoDate;
  /** Last day in force, inclusive; null while in force. */
  readonly effectiveTo: IsoDate | null;
  readonly citation: string;
  /** The district tier still exists and the commune chairman has only Law Art. 80.3 powers. */
  readonly hasDistrictLevel: boolean;
}

/** The day the two-tier reform and NĐ 152/2025 take effect. */
export const REFORM_DATE: IsoDate = '2025-07-01';

/** Law 06/2022/QH15 effective date; earlier dossiers belong to the 2003 Law and NĐ 91/2017, not modelled. */
export const LAW_2022_EFFECTIVE: IsoDate = '2024-01-01';

export const REGIMES: readonly Regime[] = [
  {
    id: 'ND98_2023',
    name: { vi: 'Nghị định 98/2023/NĐ-CP', en: 'Decree 98/2023/ND-CP' },
    effectiveFrom: LAW_2022_EFFECTIVE,
    effectiveTo: '2025-06-30',
    citation: 'Luật TĐKT 06/2022/QH15; NĐ 98/2023/NĐ-CP',
    hasDistrictLevel: true,
  },
  {
    id: 'ND152_2025',
    name: { vi: 'Nghị định 152/2025/NĐ-CP', en: 'Decree 152/2025/ND-CP' },
    effectiveFrom: REFORM_DATE,
    effectiveTo: null,
    citation: 'Luật TĐKT 06/2022/QH15; NĐ 152/2025/NĐ-CP Điều 59; NĐ 129/2025/NĐ-CP Điều 59',
    hasDistrictLevel: false,
  },
];

const ND98 = REGIMES[0]!;
const ND152 = REGIMES[1]!;

/**
 * The regime in force on a date. Dates before 01/01/2024 fall back to NĐ 98 (the closest modelled
 * regime); callers can detect that with `isBeforeModelledRange`.
 */
export function selectRegime(date: IsoDate): Regime {
  return date >= REFORM_DATE ? ND152 : ND98;
}

export function getRegime(id: RegimeId): Regime {
  return id === 'ND152_2025' ? ND152 : ND98;
}

export function isBeforeModelledRange(date: IsoDate): boolean {
  return date < LAW_2022_EFFECTIVE;
}
