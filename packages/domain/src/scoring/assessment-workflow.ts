/**
 * The life of an assessment (tự chấm điểm → thẩm định điểm): the unit self-scores in `draft` and
 * submits; the bloc leader or an appraiser adjusts scores (each change with a reason) while `submitted`,
 * approves (`reviewed`) and finalises (`final`). A submitted or reviewed assessment can be returned to
 * the unit with a reason; a final one is closed.
 */
export type AssessmentStatus = 'draft' | 'submitted' | 'reviewed' | 'final';
export type AssessmentEvent = 'submit' | 'approve' | 'finalise' | 'return';

const transitions: Record<AssessmentEvent, { from: readonly AssessmentStatus[]; to: AssessmentStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'reviewed' },
  finalise: { from: ['reviewed'], to: 'final' },
  return: { from: ['submitted', 'reviewed'], to: 'draft' },
};

export type TransitionResult =
  | { ok: true; to: AssessmentStatus }
  | { ok: false; code: 'ASSESSMENT_INVALID_TRANSITION' | 'SCORE_REASON_REQUIRED' };

/** `reason` is required to return an assessment; blank reasons do not count. */
export function applyAssessmentEvent(
  from: AssessmentStatus,
  event: AssessmentEvent,
  reason?: string | null,
): TransitionResult {
  const t = transitions[event];
  if (!t.from.includes(from)) return { ok: false, code: 'ASSESSMENT_INVALID_TRANSITION' };
  if (event === 'return' && !hasReason(reason)) return { ok: false, code: 'SCORE_REASON_REQUIRED' };
  return { ok: true, to: t.to };
}

export function hasReason(reason: string | null | undefined): boolean {
  return (reason ?? '').trim().length >= 3;
}

/** The unit edits its own scores only in draft; reviewers change scores while submitted or reviewed. */
export function canSelfScore(status: AssessmentStatus): boolean {
  return status === 'draft';
}
export function canReviewScores(status: AssessmentStatus): boolean {
  return status === 'submitted' || status === 'reviewed';
}

/** Points in force for a score: the reviewed value once a reviewer set one, else the unit's own. */
export function effectivePoints(self: number | null, reviewed: number | null): number | null {
  return reviewed ?? self;
}
