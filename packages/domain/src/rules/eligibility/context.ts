/**
 * What every eligibility rule receives, and the small history queries they share. Queries scan the
 * subject's short arrays in place (no maps, no allocation) because the engine runs ~1,000,000 times in
 * one batch.
 */
import type { CatalogEntry } from '../catalog/types.ts';
import type { CouncilVoteInput } from '../council-vote.ts';
import type { RuleParameters } from '../parameter-defaults.ts';
import type { SubjectCase } from '../subject-case.ts';
import type { Bilingual, Confidence, Rating, Reason, ReasonEffect, RegimeId } from '../types.ts';

export interface EvaluateOptions {
  /** Effective parameters (from `resolveParameters(...).values`); national defaults of the regime if absent. */
  readonly parameters?: RuleParameters;
  /** Date that selects the regime: the dossier's receipt date (§8). Defaults to `asOfDate`. */
  readonly regimeDate?: string;
  /** Council ballot for targets that need one; without it the verdict stops at `needs_council_vote`. */
  readonly councilVote?: CouncilVoteInput;
  /** Initiatives the proposal cites as its basis (checked for one-time use). */
  readonly citedInitiativeIds?: readonly string[];
  /** Achievements the proposal cites (checked against other proposals and awards). */
  readonly achievementIds?: readonly string[];
}

export interface RuleContext {
  readonly subject: SubjectCase;
  readonly target: string;
  readonly entry: CatalogEntry;
  readonly regime: RegimeId;
  readonly params: RuleParameters;
  readonly options: EvaluateOptions;
  /** First emulation year whose achievements the target relies on (3 years for CSTĐ tỉnh…). */
  readonly windowStartYear: number;
}

export interface EligibilityRule {
  readonly id: string;
  /** Skip the rule once a standard has failed (a council ballot is moot for an ineligible subject). */
  readonly skipWhenBlocked?: boolean;
  /** Returns null when the rule does not apply to this subject or target. */
  evaluate(ctx: RuleContext): Reason | null;
}

export function makeReason(
  ruleId: string,
  passed: boolean,
  message: Bilingual,
  citation: string,
  confidence: Confidence,
  facts: Readonly<Record<string, unknown>>,
  effect: ReasonEffect = 'block',
): Reason {
  return { ruleId, passed, message, citation, confidence, facts, effect };
}

/** Citation and confidence that differ by regime (NĐ 98 text vs NĐ 152 text). */
export function byRegime<T>(ctx: RuleContext, nd98: T, nd152: T): T {
  return ctx.regime === 'ND98_2023' ? nd98 : nd152;
}

const RATING_RANK: Readonly<Record<Rating, number>> = { HTXS: 3, HTT: 2, HT: 1, KHT: 0 };

export function ratingOf(subject: SubjectCase, year: number): Rating | undefined {
  const list = subject.ratings;
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    if (r.year === year) return r.rating;
  }
  return undefined;
}

export function isRatingAtLeast(rating: Rating | undefined, min: Rating): boolean {
  return rating !== undefined && RATING_RANK[rating] >= RATING_RANK[min];
}

/**
 * A merit (regular) award of one of `codes` in `year`. Ad-hoc, campaign and thematic awards never ground
 * a merit award (NĐ 152/2025 Art. 4.3 [V-Q]), so they are not counted here.
 */
export function hasMeritAward(subject: SubjectCase, codes: readonly string[], year: number): boolean {
  const list = subject.awards;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.year === year && a.kind === 'regular' && codes.includes(a.code)) return true;
  }
  return false;
}

/** Length of the unbroken run of years ending at `endYear` where `test(year)` holds; a gap breaks it. */
export function consecutiveYearsEndingAt(
  endYear: number,
  maxYears: number,
  test: (year: number) => boolean,
): number {
  let n = 0;
  while (n < maxYears && test(endYear - n)) n++;
  return n;
}

export function attested(value: boolean | undefined): boolean {
  return value !== false;
}
