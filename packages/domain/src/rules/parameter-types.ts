/**
 * Types of the tunable rule parameters (see parameter-defaults.ts for the national values and their
 * citations, parameters.ts for province overrides).
 */
import type { Bilingual, Confidence } from './types.ts';

export type RoundingRule = 'up-10000' | 'none' | 'nearest-1000';

export interface QuotaRule {
  readonly percent: number;
  /** What the percentage is taken of: LĐTT holders (old NĐ 91 style) or all staff. */
  readonly of: 'ldtt_holders' | 'staff';
}

export interface ExtraCriterion {
  readonly id: string;
  readonly target: string;
  readonly description: Bilingual;
}

export interface RuleParameters {
  readonly registrationRequired: boolean;
  readonly councilThresholdPercent: Readonly<Record<string, number>>;
  /** Attendance needed for any valid session, as an exact fraction of total membership. */
  readonly councilQuorum: { readonly numerator: number; readonly denominator: number };
  readonly awardSessionMinAttendancePercent: number | null;
  readonly writtenOpinionsCountTowardAttendance: boolean;
  readonly absentWrittenOpinionsCount: boolean;
  readonly roundingRule: RoundingRule;
  readonly ldttMinServiceMonths: number | null;
  readonly ldttMaxAbsenceWorkingDays: number | null;
  readonly flagLeadersPerBloc: number;
  readonly thematicFlagMinYears: number;
  readonly allowInitiativeReuseBetweenTitles: boolean;
  readonly bkTtgHtxsYears: number;
  readonly bkTtgInitiatives: number;
  readonly quotas: Readonly<Record<string, QuotaRule>>;
  readonly disclosurePeriodDays: number | null;
  readonly deadlineCommuneCstdcsWorkingDays: number;
  readonly deadlineCentralReturnWorkingDays: number;
  readonly deadlineCentralAppraisalWorkingDays: number;
  readonly deadlineForwardDecisionWorkingDays: number;
  /** 'MM-DD' of the year's closing date for annual dossiers; null = no national date. */
  readonly annualDossierDeadline: string | null;
  readonly educationDossierDeadline: string | null;
  readonly extraCriteria: readonly ExtraCriterion[];
}

export type ParameterKey = keyof RuleParameters;

export interface ParameterDefault<K extends ParameterKey = ParameterKey> {
  readonly value: RuleParameters[K];
  readonly citation: string;
  readonly confidence: Confidence;
}

export type ParameterDefaults = { readonly [K in ParameterKey]: ParameterDefault<K> };
