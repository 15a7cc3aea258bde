import type { dossierTransitionBody, nomineeAppraiseBody } from '@vinhdanh/contracts';
import { dossierActions, dossierStatuses } from '@vinhdanh/contracts';
import {
  addWorkingDays,
  appraisalNeedsReason,
  appraisalWorkingDays,
  appraiserMayAppraise,
  checkDossierStep,
  type DossierFacts,
  type DossierStatus,
} from '@vinhdanh/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rolePermissions, type Role } from '@vinhdanh/contracts';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx, Tx } from '../../db/client.ts';
import { appUser, dossier, dossierEvent, nominee, roleGrant, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { notify } from '../notifications/notify.ts';
import { assertDossierReadable, requireDossierRole } from './dossier.policy.ts';
import { checkVersion, dossierDetail, lockDossier } from './dossier.service.ts';
import { loadWorkingCalendar } from './working-calendar.ts';

const APPRAISER_ROLES = (Object.keys(rolePermissions) as Role[]).filter(
  (r) => r !== 'admin' && rolePermissions[r].includes('dossier.appraise'),
);

/** Active users who appraise for a unit (granted an appraising role on that very unit). */
export async function appraisersOf(db: DbOrTx, unitId: number) {
  return db
    .selectDistinct({ id: appUser.id, name: appUser.displayName })
    .from(roleGrant)
    .innerJoin(appUser, eq(appUser.id, roleGrant.userId))
    .where(
      and(eq(roleGrant.unitId, unitId), inArray(roleGrant.role, APPRAISER_ROLES), eq(appUser.isActive, true)),
    )
    .orderBy(appUser.displayName);
}

export async function listAppraisers(db: DbOrTx, ctx: Ctx, id: number) {
  const [d] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  assertDossierReadable(ctx.actor, d);
  return { data: await appraisersOf(db, d.addresseeUnitId) };
}

async function dossierFacts(tx: Tx, id: number, hasAssignee: boolean): Promise<DossierFacts> {
  const [f] = await tx
    .select({
      active: sql<number>`count(*) filter (where ${nominee.removedAt} is null)`,
      unjustified: sql<number>`count(*) filter (where ${nominee.removedAt} is null and ${nominee.verdictOutcome} in ('not_eligible', 'deferred') and coalesce(btrim(${nominee.justification}), '') = '')`,
      unappraised: sql<number>`count(*) filter (where ${nominee.removedAt} is null and (${nominee.appraisal} is null or ${nominee.appraisal} = 'needs_information'))`,
    })
    .from(nominee)
    .where(eq(nominee.dossierId, id));
  return {
    activeNominees: Number(f?.active ?? 0),
    unjustifiedIneligible: Number(f?.unjustified ?? 0),
    unappraised: Number(f?.unappraised ?? 0),
    hasAssignee,
  };
}

const FAILURE_DETAILS: Record<string, string> = {
  DOSSIER_INVALID_TRANSITION: 'Không thể thực hiện thao tác này với hồ sơ ở trạng thái hiện tại.',
};

/**
 * One hand-off of the workflow, under a row lock on the dossier and a check of the version the actor
 * saw: of two appraisers acting at once, the second gets VERSION_CONFLICT and nothing is lost.
 */
export async function transitionDossier(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof dossierTransitionBody>,
) {
  const { db } = database;
  const [config, calendar] = await Promise.all([loadRuleConfiguration(db), loadWorkingCalendar(db)]);
  await db.transaction(async (tx) => {
    const d = await lockDossier(tx, id);
    const roles = assertDossierReadable(ctx.actor, d);
    checkVersion(d, body.version);
    const from = d.status as DossierStatus;
    const facts = await dossierFacts(tx, id, d.assigneeUserId != null || body.action === 'assign');
    const verdict = checkDossierStep({ action: body.action, from, roles, facts, note: body.note });
    if (!verdict.ok) {
      if (verdict.code === 'FORBIDDEN')
        throw new AppError(
          'FORBIDDEN',
          { action: body.action },
          'Bạn không có quyền thực hiện thao tác này với hồ sơ.',
        );
      if (verdict.code === 'NOTE_REQUIRED')
        throw new AppError(
          'NOTE_REQUIRED',
          { field: 'note' },
          `“${dossierActions.vi[body.action]}” phải ghi rõ lý do.`,
        );
      throw new AppError(
        verdict.code,
        { action: body.action, status: from, facts },
        verdict.code === 'DOSSIER_INVALID_TRANSITION'
          ? `Không thể “${dossierActions.vi[body.action]}” khi hồ sơ đang ở trạng thái “${dossierStatuses.vi[from]}”.`
          : FAILURE_DETAILS[verdict.code],
      );
    }
    const to = verdict.to;
    const today = vnDate(ctx.now);
    const set: Partial<typeof dossier.$inferInsert> = {
      status: to,
      version: d.version + 1,
      updatedAt: ctx.now,
    };
    let toUserId: number | null = null;
    let toUnitId: number | null = null;
    switch (body.action) {
      case 'submit':
        set.submittedAt = ctx.now;
        toUnitId = d.addresseeUnitId;
        break;
      case 'receive': {
        set.receivedAt = ctx.now;
        const days = appraisalWorkingDays(d.targetLevel as 'unit', config.parametersOn(today));
        set.dueDate = addWorkingDays(today, days, calendar);
        break;
      }
      case 'assign': {
        if (!body.assigneeUserId)
          throw new AppError(
            'VALIDATION_FAILED',
            { field: 'assigneeUserId' },
            'Hãy chọn chuyên viên thẩm định.',
          );
        const allowed = await appraisersOf(tx, d.addresseeUnitId);
        if (!allowed.some((u) => u.id === body.assigneeUserId))
          throw new AppError(
            'VALIDATION_FAILED',
            { field: 'assigneeUserId' },
            'Người được phân công phải là chuyên viên thẩm định của cơ quan nhận hồ sơ.',
          );
        set.assigneeUserId = body.assigneeUserId;
        toUserId = body.assigneeUserId;
        break;
      }
      case 'return':
        // The time limit runs again from the next receipt of the completed dossier.
        set.dueDate = null;
        toUnitId = d.unitId;
        break;
      case 'complete_appraisal':
        set.appraisedAt = ctx.now;
        break;
      case 'reopen_appraisal':
        set.appraisedAt = null;
        break;
      default:
        break;
    }
    await tx.update(dossier).set(set).where(eq(dossier.id, id));
    await tx.insert(dossierEvent).values({
      dossierId: id,
      at: ctx.now,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      action: body.action,
      fromStatus: from,
      toStatus: to,
      toUserId,
      toUnitId,
      note: body.note?.trim() || null,
    });
    await recordAudit(tx, ctx, {
      action: `dossier.${body.action}`,
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      before: { status: from, assigneeUserId: d.assigneeUserId },
      after: { status: to, assigneeUserId: set.assigneeUserId ?? d.assigneeUserId, note: body.note ?? null },
    });
    await notifyHandOff(tx, ctx, d, body.action, body.note ?? null, set.assigneeUserId ?? d.assigneeUserId);
  });
  return dossierDetail(db, ctx, id);
}

/** The proposer side to tell: whoever created the dossier and whoever sent it. */
async function proposerUsers(tx: Tx, id: number, createdBy: number | null): Promise<number[]> {
  const senders = await tx
    .selectDistinct({ id: dossierEvent.actorUserId })
    .from(dossierEvent)
    .where(and(eq(dossierEvent.dossierId, id), eq(dossierEvent.action, 'submit')));
  return [createdBy, ...senders.map((s) => s.id)].filter((x): x is number => x != null);
}

async function notifyHandOff(
  tx: Tx,
  ctx: Ctx,
  d: typeof dossier.$inferSelect,
  action: string,
  note: string | null,
  assignee: number | null,
) {
  const link = `/dossiers/${d.id}`;
  const base = { link, entityType: 'dossier', entityId: d.id };
  const [u] = await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, d.unitId));
  if (action === 'submit') {
    const to = assignee ? [assignee] : (await appraisersOf(tx, d.addresseeUnitId)).map((a) => a.id);
    await notify(tx, ctx, {
      ...base,
      userIds: to,
      kind: 'dossier.submitted',
      title: `Hồ sơ mới gửi đến: ${d.title}`,
      body: `${u?.name ?? ''} đã gửi hồ sơ đề nghị khen thưởng năm ${d.year}.`,
    });
  } else if (action === 'return') {
    await notify(tx, ctx, {
      ...base,
      userIds: await proposerUsers(tx, d.id, d.createdBy),
      kind: 'dossier.returned',
      title: `Hồ sơ bị trả lại: ${d.title}`,
      body: note ? `Lý do: ${note}` : null,
    });
  } else if (action === 'assign' && assignee) {
    await notify(tx, ctx, {
      ...base,
      userIds: [assignee],
      kind: 'dossier.assigned',
      title: `Bạn được phân công thẩm định: ${d.title}`,
      body: `Hồ sơ của ${u?.name ?? ''}, năm ${d.year}.`,
    });
  } else if (action === 'complete_appraisal') {
    await notify(tx, ctx, {
      ...base,
      userIds: await proposerUsers(tx, d.id, d.createdBy),
      kind: 'dossier.appraised',
      title: `Hồ sơ đã thẩm định xong: ${d.title}`,
      body: 'Danh sách đã được chốt để trình Hội đồng Thi đua – Khen thưởng.',
    });
  }
}

/**
 * The appraiser's outcome for one nominee. The dossier row is share-locked (so it cannot be frozen
 * meanwhile) and the nominee row locked and version-checked: appraisers can work on different nominees
 * at once, and two acting on the same nominee get a clear conflict.
 */
export async function appraiseNominee(
  database: Database,
  ctx: Ctx,
  id: number,
  nomineeId: number,
  body: z.infer<typeof nomineeAppraiseBody>,
) {
  const { db } = database;
  await db.transaction(async (tx) => {
    const d = await lockDossier(tx, id, 'share');
    requireDossierRole(ctx.actor, d, 'appraiser');
    if (!appraiserMayAppraise(d.status as DossierStatus))
      throw new AppError(
        'DOSSIER_LOCKED',
        { status: d.status },
        d.status === 'appraised'
          ? 'Danh sách đã được chốt sau thẩm định; không thể sửa kết quả.'
          : 'Chỉ ghi kết quả thẩm định khi hồ sơ đang được thẩm định.',
      );
    const [n] = await tx
      .select()
      .from(nominee)
      .where(and(eq(nominee.id, nomineeId), eq(nominee.dossierId, id)))
      .for('update');
    if (!n) throw new AppError('NOT_FOUND', { entity: 'nominee', id: nomineeId });
    checkVersion(n, body.version, 'nominee');
    if (n.removedAt) throw new AppError('DOSSIER_LOCKED', { nomineeId }, 'Đối tượng đã bị bỏ khỏi hồ sơ.');
    const reason = body.reason?.trim() || null;
    if (appraisalNeedsReason(body.outcome) && !reason)
      throw new AppError('APPRAISAL_REASON_REQUIRED', { field: 'reason', nomineeId });
    await tx
      .update(nominee)
      .set({
        appraisal: body.outcome,
        appraisalReason: reason,
        appraisedBy: ctx.actor.userId,
        appraisedAt: ctx.now,
        version: n.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(nominee.id, nomineeId));
    await recordAudit(tx, ctx, {
      action: 'dossier.nominee.appraise',
      entityType: 'nominee',
      entityId: nomineeId,
      unitPath: d.unitPath,
      before: { appraisal: n.appraisal, reason: n.appraisalReason },
      after: { appraisal: body.outcome, reason },
    });
  });
  return dossierDetail(db, ctx, id);
}
