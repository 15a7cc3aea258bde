import type { SheetSettings, selfScoresBody } from '@vinhdanh/contracts';
import {
  applyAssessmentEvent,
  type SheetState,
  checkPoints,
  shouldLockOnSubmit,
  toDecimalString,
  toHundredths,
} from '@vinhdanh/domain/scoring/index';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { assessment, attachment, score, scoreSheet, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { loadUnit } from '../blocs/bloc.repository.ts';
import { assessmentAbilities, presentAssessment } from './assessment.presenter.ts';
import { authorizeScoring, canManageSheet, canReadAssessment, canSelfScore } from './scoring.policy.ts';
import {
  hundredths,
  type LoadedAssessment,
  loadAssessment,
  loadCriteria,
  loadScores,
  loadSheet,
  type SheetScope,
  scopeOf,
} from './scoring.repository.ts';
import { sheetInScope } from './sheet.service.ts';

/** An assessment the actor may read (else 404), with its table's scope, optionally locked. */
export async function assessmentInScope(tx: DbOrTx, ctx: Ctx, id: number, lock = false) {
  const a = await loadAssessment(tx, id, lock);
  const scope = await scopeOf(tx, await loadSheet(tx, a.sheetId, lock));
  if (!canReadAssessment(ctx.actor, scope, a.unitId, a.unitPath))
    throw new AppError('NOT_FOUND', { entity: 'assessment', id });
  return { a, scope };
}

export async function respondAssessment(tx: DbOrTx, ctx: Ctx, scope: SheetScope, a: LoadedAssessment) {
  const [criteria, scores] = await Promise.all([loadCriteria(tx, a.sheetId), loadScores(tx, a.id)]);
  return {
    data: presentAssessment(a, criteria, scores, scope.sheet.settings as SheetSettings),
    abilities: assessmentAbilities(ctx, scope, a),
  };
}

export async function getAssessment(db: Db, ctx: Ctx, id: number) {
  const { a, scope } = await assessmentInScope(db, ctx, id);
  return respondAssessment(db, ctx, scope, a);
}

/** The assessments of a table the actor may read (their own unit's, or all for reviewers and organisers). */
export async function listAssessments(db: Db, ctx: Ctx, sheetId: number) {
  const scope = await sheetInScope(db, ctx, sheetId);
  const rows = await db
    .select({ a: assessment, unitName: unit.name, unitPath: unit.path })
    .from(assessment)
    .innerJoin(unit, eq(unit.id, assessment.unitId))
    .where(eq(assessment.sheetId, sheetId))
    .orderBy(asc(unit.name));
  const criteria = await loadCriteria(db, sheetId);
  const visible = rows
    .map((r) => ({ ...r.a, unitName: r.unitName, unitPath: r.unitPath }))
    .filter((a) => canReadAssessment(ctx.actor, scope, a.unitId, a.unitPath));
  const scores = visible.length
    ? await db
        .select()
        .from(score)
        .where(
          inArray(
            score.assessmentId,
            visible.map((a) => a.id),
          ),
        )
    : [];
  return {
    data: visible.map((a) =>
      presentAssessment(
        a,
        criteria,
        scores.filter((s) => s.assessmentId === a.id),
        scope.sheet.settings as SheetSettings,
      ),
    ),
  };
}

/** Opens (or returns) a unit's assessment on an open table; the unit must be a member for the year. */
export async function createAssessment(db: Db, ctx: Ctx, sheetId: number, unitId: number) {
  return db.transaction(async (tx) => {
    const scope = await sheetInScope(tx, ctx, sheetId);
    const u = await loadUnit(tx, unitId);
    const allowed = canSelfScore(ctx.actor, u.path) || canManageSheet(ctx.actor, scope);
    authorizeScoring(hasPermission(ctx.actor, 'bloc.read', u.path) || allowed, allowed, 'score.self');
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN');
    if (
      scope.bloc ? !scope.members.some((m) => m.unitId === unitId) : !u.path.startsWith(scope.organiserPath)
    )
      throw new AppError('NOT_BLOC_MEMBER', { unitId, year: scope.sheet.year });
    const [created] = await tx
      .insert(assessment)
      .values({ sheetId, unitId, createdAt: ctx.now, updatedAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: assessment.id });
    if (created)
      await recordAudit(tx, ctx, {
        action: 'assessment.create',
        entityType: 'assessment',
        entityId: created.id,
        unitPath: u.path,
      });
    const [row] = await tx
      .select({ id: assessment.id })
      .from(assessment)
      .where(and(eq(assessment.sheetId, sheetId), eq(assessment.unitId, unitId)));
    return respondAssessment(tx, ctx, scope, await loadAssessment(tx, row!.id));
  });
}

/** Evidence files must be the unit's own (uploaded on any of its assessments). */
async function assertOwnEvidence(tx: DbOrTx, unitId: number, ids: number[]) {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: attachment.id })
    .from(attachment)
    .where(
      and(
        inArray(attachment.id, ids),
        eq(attachment.ownerType, 'assessment'),
        sql`${attachment.ownerId} in (select id from assessment where unit_id = ${unitId})`,
      ),
    );
  const found = new Set(rows.map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new AppError(
      'BAD_REQUEST',
      { evidenceIds: missing },
      'Tệp minh chứng không thuộc kết quả chấm của đơn vị.',
    );
}

/** Self-scoring (tự chấm): upserts the given leaves; every value within [0, max]; evidence where required. */
export async function putSelfScores(db: Db, ctx: Ctx, id: number, body: z.infer<typeof selfScoresBody>) {
  return db.transaction(async (tx) => {
    const { a, scope } = await assessmentInScope(tx, ctx, id, true);
    authorizeScoring(true, canSelfScore(ctx.actor, a.unitPath), 'score.self');
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN');
    if (a.status !== 'draft') throw new AppError('ASSESSMENT_INVALID_TRANSITION', { status: a.status });
    if (a.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const criteria = await loadCriteria(tx, a.sheetId);
    const byId = new Map(criteria.map((c) => [c.id, c]));
    await assertOwnEvidence(tx, a.unitId, [...new Set(body.scores.flatMap((s) => s.evidenceIds))]);
    for (const s of body.scores) {
      const c = byId.get(s.criterionId);
      const value = s.points === null ? null : toHundredths(s.points)!;
      const issue = value === null ? (c ? null : 'UNKNOWN') : checkPoints(criteria, s.criterionId, value);
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
          'Chỉ chấm điểm cho tiêu chí chi tiết (không có tiêu chí con) của bảng điểm này.',
        );
      if (c!.evidenceRequired && (value ?? 0) > 0 && s.evidenceIds.length === 0)
        throw new AppError(
          'EVIDENCE_REQUIRED',
          { criterion: c!.code },
          `Tiêu chí "${c!.code}" bắt buộc có tệp minh chứng.`,
        );
      const values = {
        selfPoints: value === null ? null : toDecimalString(value),
        evidenceIds: s.evidenceIds,
        comment: s.comment ?? null,
        updatedAt: ctx.now,
      };
      await tx
        .insert(score)
        .values({ assessmentId: a.id, criterionId: s.criterionId, ...values })
        .onConflictDoUpdate({ target: [score.assessmentId, score.criterionId], set: values });
    }
    await tx
      .update(assessment)
      .set({ version: a.version + 1, updatedAt: ctx.now })
      .where(eq(assessment.id, a.id));
    await recordAudit(tx, ctx, {
      action: 'assessment.self_score',
      entityType: 'assessment',
      entityId: a.id,
      unitPath: a.unitPath,
      after: { scores: body.scores.map((s) => ({ criterionId: s.criterionId, points: s.points })) },
    });
    return respondAssessment(tx, ctx, scope, await loadAssessment(tx, a.id));
  });
}

/** draft → submitted. The first submission on a table locks it (scoring has started). */
export async function submitAssessment(db: Db, ctx: Ctx, id: number, version: number) {
  return db.transaction(async (tx) => {
    const { a, scope } = await assessmentInScope(tx, ctx, id, true);
    authorizeScoring(true, canSelfScore(ctx.actor, a.unitPath), 'score.self');
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN');
    const result = applyAssessmentEvent(a.status as 'draft', 'submit');
    if (!result.ok) throw new AppError(result.code, { status: a.status });
    if (a.version !== version) throw new AppError('VERSION_CONFLICT');
    const criteria = await loadCriteria(tx, a.sheetId);
    for (const s of await loadScores(tx, a.id)) {
      const c = criteria.find((x) => x.id === s.criterionId);
      if (c?.evidenceRequired && (hundredths(s.selfPoints) ?? 0) > 0 && s.evidenceIds.length === 0)
        throw new AppError(
          'EVIDENCE_REQUIRED',
          { criterion: c.code },
          `Tiêu chí "${c.code}" bắt buộc có tệp minh chứng.`,
        );
    }
    if (shouldLockOnSubmit(scope.sheet as SheetState))
      await tx
        .update(scoreSheet)
        .set({ lockedAt: ctx.now, updatedAt: ctx.now })
        .where(eq(scoreSheet.id, a.sheetId));
    await tx
      .update(assessment)
      .set({ status: result.to, submittedAt: ctx.now, version: a.version + 1, updatedAt: ctx.now })
      .where(eq(assessment.id, a.id));
    await recordAudit(tx, ctx, {
      action: 'assessment.submit',
      entityType: 'assessment',
      entityId: a.id,
      unitPath: a.unitPath,
      before: { status: a.status },
      after: { status: result.to },
    });
    const fresh = await scopeOf(tx, await loadSheet(tx, a.sheetId));
    return respondAssessment(tx, ctx, fresh, await loadAssessment(tx, a.id));
  });
}
