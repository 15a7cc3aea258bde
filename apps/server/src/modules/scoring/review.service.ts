import type { reviewScoresBody } from '@vinhdanh/contracts';
import {
  type AssessmentEvent,
  type AssessmentStatus,
  applyAssessmentEvent,
  canReviewScores,
  checkPoints,
  hasReason,
  toDecimalString,
  toHundredths,
} from '@vinhdanh/domain/scoring/index';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { appUser, assessment, auditEvent, criterion, score, scoreChange } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { assessmentInScope, respondAssessment } from './assessment.service.ts';
import { authorizeScoring, canReview } from './scoring.policy.ts';
import { hundredths, loadAssessment, loadCriteria, loadScores } from './scoring.repository.ts';

/**
 * Review (thẩm định điểm) by the bloc leader or an appraiser, while submitted or reviewed: each score
 * that changes needs a reason, kept in score_change with the old and new points and the actor.
 * Scores sent unchanged are accepted silently.
 */
export async function reviewScores(db: Db, ctx: Ctx, id: number, body: z.infer<typeof reviewScoresBody>) {
  return db.transaction(async (tx) => {
    const { a, scope } = await assessmentInScope(tx, ctx, id, true);
    authorizeScoring(true, canReview(ctx.actor, scope, a.unitId, a.unitPath), 'score.review');
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN');
    if (!canReviewScores(a.status as AssessmentStatus))
      throw new AppError('ASSESSMENT_INVALID_TRANSITION', { status: a.status });
    if (a.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const criteria = await loadCriteria(tx, a.sheetId);
    const current = new Map((await loadScores(tx, a.id)).map((s) => [s.criterionId, s]));
    const changes: { code: string; from: number | null; to: number }[] = [];
    for (const s of body.scores) {
      const c = criteria.find((x) => x.id === s.criterionId);
      const value = toHundredths(s.points)!;
      const issue = checkPoints(criteria, s.criterionId, value);
      if (issue === 'OVER_MAX')
        throw new AppError(
          'SCORE_OVER_MAX',
          { criterion: c!.code, maxPoints: c!.maxPoints / 100 },
          `Điểm của tiêu chí "${c!.code}" vượt quá ${c!.maxPoints / 100} điểm tối đa.`,
        );
      if (issue)
        throw new AppError(
          'BAD_REQUEST',
          { criterionId: s.criterionId, issue },
          'Chỉ chấm điểm cho tiêu chí chi tiết của bảng điểm này.',
        );
      const existing = current.get(s.criterionId);
      const from = existing ? (hundredths(existing.reviewedPoints) ?? hundredths(existing.selfPoints)) : null;
      if (from === value) continue;
      if (!hasReason(s.reason))
        throw new AppError(
          'SCORE_REASON_REQUIRED',
          { criterion: c!.code },
          `Phải nêu lý do khi thay đổi điểm tiêu chí "${c!.code}".`,
        );
      const [row] = await tx
        .insert(score)
        .values({
          assessmentId: a.id,
          criterionId: s.criterionId,
          reviewedPoints: toDecimalString(value),
          updatedAt: ctx.now,
        })
        .onConflictDoUpdate({
          target: [score.assessmentId, score.criterionId],
          set: { reviewedPoints: toDecimalString(value), updatedAt: ctx.now },
        })
        .returning({ id: score.id });
      await tx.insert(scoreChange).values({
        scoreId: row!.id,
        fromPoints: from === null ? null : toDecimalString(from),
        toPoints: toDecimalString(value),
        reason: s.reason!.trim(),
        actorUserId: ctx.actor.userId,
        createdAt: ctx.now,
      });
      changes.push({ code: c!.code, from: from === null ? null : from / 100, to: value / 100 });
    }
    await tx
      .update(assessment)
      .set({ version: a.version + 1, updatedAt: ctx.now })
      .where(eq(assessment.id, a.id));
    await recordAudit(tx, ctx, {
      action: 'assessment.review_scores',
      entityType: 'assessment',
      entityId: a.id,
      unitPath: a.unitPath,
      after: { changes },
    });
    return respondAssessment(tx, ctx, scope, await loadAssessment(tx, a.id));
  });
}

/** approve (submitted → reviewed), finalise (reviewed → final), return (→ draft, with a reason). */
export async function transitionAssessment(
  db: Db,
  ctx: Ctx,
  id: number,
  event: Exclude<AssessmentEvent, 'submit'>,
  body: { version: number; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const { a, scope } = await assessmentInScope(tx, ctx, id, true);
    authorizeScoring(true, canReview(ctx.actor, scope, a.unitId, a.unitPath), 'score.review');
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN');
    const result = applyAssessmentEvent(a.status as AssessmentStatus, event, body.reason);
    if (!result.ok) throw new AppError(result.code, { status: a.status, event });
    if (a.version !== body.version) throw new AppError('VERSION_CONFLICT');
    await tx
      .update(assessment)
      .set({
        status: result.to,
        reviewedAt: event === 'return' ? a.reviewedAt : ctx.now,
        version: a.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(assessment.id, a.id));
    await recordAudit(tx, ctx, {
      action: `assessment.${event}`,
      entityType: 'assessment',
      entityId: a.id,
      unitPath: a.unitPath,
      before: { status: a.status },
      after: { status: result.to, reason: body.reason?.trim() || null },
    });
    return respondAssessment(tx, ctx, scope, await loadAssessment(tx, a.id));
  });
}

/** Every reviewed change of a score with its reason, and the status events (submit, return …). */
export async function assessmentHistory(db: Db, ctx: Ctx, id: number) {
  await assessmentInScope(db, ctx, id);
  const changes = await db
    .select({
      c: scoreChange,
      criterionId: score.criterionId,
      code: criterion.code,
      actorName: appUser.displayName,
    })
    .from(scoreChange)
    .innerJoin(score, eq(score.id, scoreChange.scoreId))
    .innerJoin(criterion, eq(criterion.id, score.criterionId))
    .leftJoin(appUser, eq(appUser.id, scoreChange.actorUserId))
    .where(eq(score.assessmentId, id))
    .orderBy(asc(scoreChange.createdAt), asc(scoreChange.id));
  const events = await db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, 'assessment'), eq(auditEvent.entityId, String(id))))
    .orderBy(asc(auditEvent.id));
  return {
    changes: changes.map((r) => ({
      criterionId: r.criterionId,
      code: r.code,
      fromPoints: r.c.fromPoints === null ? null : hundredths(r.c.fromPoints)! / 100,
      toPoints: r.c.toPoints === null ? null : hundredths(r.c.toPoints)! / 100,
      reason: r.c.reason,
      actorUserId: r.c.actorUserId,
      actorName: r.actorName,
      at: r.c.createdAt.toISOString(),
    })),
    events: events
      .filter((e) =>
        ['submit', 'approve', 'finalise', 'return', 'create'].some((k) => e.action === `assessment.${k}`),
      )
      .map((e) => ({
        action: e.action,
        at: new Date(e.occurredAt).toISOString(),
        actorName: e.actorName,
        reason: ((e.after as { reason?: string } | null)?.reason ?? null) || null,
      })),
  };
}
