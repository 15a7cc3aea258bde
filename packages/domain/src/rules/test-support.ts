/**
 * Builders for rule tests and seeds: a plausible subject whose every field can be overridden, so each
 * table row states only the facts its case is about.
 */
import type { AwardRecord, InitiativeRecord, SubjectCase } from './subject-case.ts';
import type { AwardKind, IssuerLevel, Reason, RecognitionLevel, Verdict } from './types.ts';

export function individualCase(overrides: Partial<SubjectCase> = {}): SubjectCase {
  return {
    subjectId: 'p-1',
    kind: 'individual',
    targetYear: 2025,
    asOfDate: '2025-12-15',
    attributes: { sex: 'male', staffCategory: 'cong_chuc' },
    registration: { registered: true },
    ratings: [{ year: 2025, rating: 'HTT' }],
    awards: [],
    ...overrides,
  };
}

export function collectiveCase(overrides: Partial<SubjectCase> = {}): SubjectCase {
  return {
    subjectId: 'u-1',
    kind: 'collective',
    targetYear: 2025,
    asOfDate: '2025-12-15',
    registration: { registered: true },
    ratings: [{ year: 2025, rating: 'HTT' }],
    awards: [],
    collective: {
      members: 20,
      completedTasks: 20,
      ldttCount: 15,
      cstdcsCount: 1,
      worstMemberDiscipline: null,
    },
    ...overrides,
  };
}

export function award(
  code: string,
  year: number,
  kind: AwardKind = 'regular',
  issuerLevel: IssuerLevel = 'unit',
): AwardRecord {
  return { code, year, kind, issuerLevel };
}

export function awards(code: string, years: readonly number[], kind: AwardKind = 'regular'): AwardRecord[] {
  return years.map((y) => award(code, y, kind));
}

export function initiative(
  id: string,
  level: RecognitionLevel,
  recognisedDate: string,
  extra: Partial<InitiativeRecord> = {},
): InitiativeRecord {
  return { id, kind: 'initiative', level, recognisedDate, appliedEffectively: true, ...extra };
}

/** Outcome plus the ids of failed reasons that can change it: what a table row asserts. */
export function summarize(v: Verdict): { outcome: string; failed: string[] } {
  return {
    outcome: v.outcome,
    failed: v.reasons.filter((r: Reason) => !r.passed && r.effect !== 'info').map((r) => r.ruleId),
  };
}
