/**
 * Shared vocabulary of the rules engine. The string values match the enums in @vinhdanh/contracts
 * (enums.ts) so a server can pass stored values straight through; they are redeclared here because the
 * domain package has zero runtime dependencies.
 */

/** ISO calendar date 'YYYY-MM-DD'. Compared as strings: the format sorts chronologically. */
export type IsoDate = string;

/** Confidence tags of legal-rules.md: verified (P: official text, Q: quoted), secondary, memory, derived. */
export type Confidence = 'V-P' | 'V-Q' | 'S' | 'M' | 'D';

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** cá nhân / tập thể / hộ gia đình (Law 06/2022 Art. 19–20). */
export type SubjectKind = 'individual' | 'collective' | 'household';

/** HTXS > HTT > HT > KHT (glossary `rating`). */
export type Rating = 'HTXS' | 'HTT' | 'HT' | 'KHT';

/** Ordered by severity, lightest first (contracts `disciplineLevels`). */
export type DisciplineLevel =
  | 'khien_trach'
  | 'canh_cao'
  | 'ha_bac_luong'
  | 'giang_chuc'
  | 'cach_chuc'
  | 'buoc_thoi_viec';

/** loại hình khen thưởng (Law Art. 8); 'regular' is the merit (công trạng) kind. */
export type AwardKind = 'regular' | 'campaign' | 'thematic' | 'adhoc' | 'career' | 'seniority' | 'foreign';

/** Who signs the decision. 'district' exists for history only (abolished 01/07/2025). */
export type IssuerLevel =
  | 'president'
  | 'prime_minister'
  | 'ministry'
  | 'province'
  | 'district'
  | 'commune'
  | 'unit';

/** Level that recognised an initiative or research work (contracts `recognitionLevels`). */
export type RecognitionLevel = 'unit' | 'commune' | 'district' | 'province' | 'ministry' | 'national';

export type StaffCategory =
  | 'can_bo'
  | 'cong_chuc'
  | 'vien_chuc'
  | 'nguoi_lao_dong'
  | 'luc_luong_vu_trang'
  | 'khac';

export type Sex = 'male' | 'female';

export type LeaveKind = 'maternity' | 'sick' | 'study' | 'other';

/** Decree regimes the engine knows; see regimes.ts for their effective dates. */
export type RegimeId = 'ND98_2023' | 'ND152_2025';

/** What a failed reason does to the verdict. 'info' reasons never change it. */
export type ReasonEffect = 'block' | 'defer' | 'council' | 'info';

export interface Reason {
  readonly ruleId: string;
  readonly passed: boolean;
  readonly message: Bilingual;
  readonly citation: string;
  readonly confidence: Confidence;
  /** The numbers and dates the rule looked at, for display and audit. */
  readonly facts: Readonly<Record<string, unknown>>;
  readonly effect: ReasonEffect;
}

export type Outcome = 'eligible' | 'not_eligible' | 'needs_council_vote' | 'deferred';

export interface Verdict {
  readonly outcome: Outcome;
  readonly target: string;
  readonly regime: RegimeId;
  readonly reasons: readonly Reason[];
}
