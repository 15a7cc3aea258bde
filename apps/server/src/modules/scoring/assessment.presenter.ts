import type { SheetSettings } from '@vinhdanh/contracts';
import { classify, totalScore } from '@vinhdanh/domain/scoring/index';
import type { Ctx } from '../../lib/context.ts';
import { bandsOf } from './sheet.presenter.ts';
import { canReview, canSelfScore } from './scoring.policy.ts';
import {
  hundredths,
  type LoadedAssessment,
  type loadCriteria,
  pointsMap,
  type ScoreRow,
  type SheetScope,
} from './scoring.repository.ts';

type Criteria = Awaited<ReturnType<typeof loadCriteria>>;
const num = (h: number | null) => (h === null ? null : h / 100);

/** Totals of an assessment from its stored scores (reviewed over self), with the band. */
export function totalsOf(criteria: Criteria, scores: readonly ScoreRow[], settings: SheetSettings) {
  const t = totalScore(criteria, pointsMap(scores));
  return {
    breakdown: t,
    totals: {
      total: t.total / 100,
      normal: t.normal / 100,
      bonus: t.bonus / 100,
      penalty: t.penalty / 100,
      band: classify(t.total, bandsOf(settings))?.name ?? null,
    },
  };
}

export function assessmentAbilities(ctx: Ctx, scope: SheetScope, a: LoadedAssessment) {
  const self = canSelfScore(ctx.actor, a.unitPath) && scope.sheet.status === 'open';
  const review = canReview(ctx.actor, scope, a.unitId, a.unitPath) && scope.sheet.status === 'open';
  return {
    selfScore: self && a.status === 'draft',
    submit: self && a.status === 'draft',
    review: review && (a.status === 'submitted' || a.status === 'reviewed'),
    approve: review && a.status === 'submitted',
    finalise: review && a.status === 'reviewed',
    return: review && (a.status === 'submitted' || a.status === 'reviewed'),
  };
}

export function presentAssessment(
  a: LoadedAssessment,
  criteria: Criteria,
  scores: ScoreRow[],
  settings: SheetSettings,
) {
  const codes = new Map(criteria.map((c) => [c.id, c.code]));
  const order = new Map(criteria.map((c, i) => [c.id, i]));
  return {
    id: a.id,
    sheetId: a.sheetId,
    unitId: a.unitId,
    unitName: a.unitName,
    status: a.status as 'draft' | 'submitted' | 'reviewed' | 'final',
    submittedAt: a.submittedAt?.toISOString() ?? null,
    reviewedAt: a.reviewedAt?.toISOString() ?? null,
    version: a.version,
    totals: totalsOf(criteria, scores, settings).totals,
    scores: [...scores]
      .sort((x, y) => (order.get(x.criterionId) ?? 0) - (order.get(y.criterionId) ?? 0))
      .map((s) => {
        const self = hundredths(s.selfPoints);
        const reviewed = hundredths(s.reviewedPoints);
        return {
          criterionId: s.criterionId,
          code: codes.get(s.criterionId) ?? '',
          selfPoints: num(self),
          reviewedPoints: num(reviewed),
          points: num(reviewed ?? self),
          evidenceIds: s.evidenceIds,
          comment: s.comment,
        };
      }),
  };
}
