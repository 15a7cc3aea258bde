/**
 * Which leading units of a bloc are proposed for the provincial Emulation Flag (Cờ thi đua của UBND
 * tỉnh, CO_TINH; Law 06/2022 Art. 26.1, legal-rules.md §1.7 and §5) and for the chairman's Bằng khen
 * (BK_TINH; Law Art. 74). How many per bloc is province configuration [M]: `flagCount` units from the
 * top of the final ranking, then `certificateCount` more. A unit skipped by a filter does not use a place:
 * the next unit moves up.
 *
 * Filters (both optional, from the table's settings):
 * - `maxPenalty`: a unit with more penalty points than this is not proposed (e.g. a violation found in
 *   the year), whatever its total;
 * - `minBand` ranking: a unit must be classified at least in the named band (e.g. 'Xuất sắc' for the flag).
 */
import type { Hundredths } from './points.ts';
import type { Band } from './types.ts';
import { classify } from './bands.ts';

export type ProposalAward = 'CO_TINH' | 'BK_TINH';

export interface ProposalRules {
  readonly flagCount: number;
  readonly certificateCount: number;
  readonly maxPenalty?: Hundredths | null;
  readonly flagMinBand?: string | null;
  readonly bands?: readonly Band[];
}

export interface ProposalCandidate {
  readonly unitId: number;
  readonly rank: number;
  readonly total: Hundredths;
  readonly penalty: Hundredths;
}

export interface ProposalResult<T extends ProposalCandidate> {
  readonly proposed: { candidate: T; award: ProposalAward }[];
  readonly skipped: { candidate: T; reason: string }[];
}

export function proposeLeaders<T extends ProposalCandidate>(
  ranking: readonly T[],
  rules: ProposalRules,
): ProposalResult<T> {
  const proposed: { candidate: T; award: ProposalAward }[] = [];
  const skipped: { candidate: T; reason: string }[] = [];
  const flagFloor = rules.flagMinBand ? rules.bands?.find((b) => b.name === rules.flagMinBand) : undefined;
  let flags = 0;
  let certificates = 0;
  for (const c of [...ranking].sort((a, b) => a.rank - b.rank)) {
    if (flags >= rules.flagCount && certificates >= rules.certificateCount) break;
    if (rules.maxPenalty != null && c.penalty > rules.maxPenalty) {
      skipped.push({
        candidate: c,
        reason: `Bị trừ ${c.penalty / 100} điểm, vượt mức ${rules.maxPenalty / 100} điểm cho phép để được đề nghị.`,
      });
      continue;
    }
    const flagBandOk =
      !flagFloor || (classify(c.total, rules.bands ?? [])?.minPoints ?? -1) >= flagFloor.minPoints;
    if (flags < rules.flagCount && flagBandOk) {
      proposed.push({ candidate: c, award: 'CO_TINH' });
      flags++;
    } else if (certificates < rules.certificateCount) {
      if (flags < rules.flagCount && !flagBandOk)
        skipped.push({ candidate: c, reason: `Chưa đạt mức "${rules.flagMinBand}" để đề nghị Cờ thi đua.` });
      proposed.push({ candidate: c, award: 'BK_TINH' });
      certificates++;
    }
  }
  return { proposed, skipped };
}
