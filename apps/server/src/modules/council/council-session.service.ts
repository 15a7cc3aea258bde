import type { attendanceBody, councilSessionBody, councilSessionUpdateBody } from '@vinhdanh/contracts';
import {
  checkQuorum,
  countBallots,
  getCatalogEntry,
  itemOutcome,
  membersOn,
  requiredAgree,
} from '@vinhdanh/domain';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import {
  ballot,
  ballotParticipation,
  councilMember,
  councilSession,
  sessionAttendance,
  sessionItem,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { reshuffleBallots } from './ballot-shuffle.ts';
import { assertCouncilReadable, councilAbilities, requireCouncil } from './council.policy.ts';
import { loadCouncil } from './council.service.ts';

type SessionRow = typeof councilSession.$inferSelect;
type MemberRole = 'chair' | 'vice_chair' | 'secretary' | 'member';
type ItemResult = 'passed' | 'not_passed' | 'invalid_session' | 'not_required';
type SessionStatus = 'draft' | 'open' | 'closed';

export const targetName = (code: string) => getCatalogEntry(code)?.name.vi ?? code;

export async function loadSession(db: DbOrTx, id: number, lock?: 'update' | 'share') {
  const q = db.select().from(councilSession).where(eq(councilSession.id, id));
  const [s] = lock ? await q.for(lock) : await q;
  if (!s) throw new AppError('NOT_FOUND', { entity: 'council_session', id });
  return s;
}

/** The session and its council, the actor allowed to read both (404 otherwise). */
export async function readableSession(db: DbOrTx, ctx: Ctx, id: number) {
  const s = await loadSession(db, id);
  const c = await loadCouncil(db, s.councilId);
  assertCouncilReadable(ctx.actor, c);
  return { s, c };
}

/** Members sitting on the council on a date (the denominator of every threshold). */
export async function sittingMembers(db: DbOrTx, councilId: number, date: string) {
  const all = await db
    .select()
    .from(councilMember)
    .where(eq(councilMember.councilId, councilId))
    .orderBy(
      sql`case ${councilMember.role} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary' then 2 else 3 end`,
      asc(councilMember.id),
    );
  return membersOn(all, date);
}

export async function listSessions(db: DbOrTx, ctx: Ctx, councilId: number) {
  const c = await loadCouncil(db, councilId);
  assertCouncilReadable(ctx.actor, c);
  const rows = await db
    .select({
      id: councilSession.id,
      councilId: councilSession.councilId,
      title: councilSession.title,
      sessionDate: councilSession.sessionDate,
      status: councilSession.status,
      totalMembers: councilSession.totalMembers,
      presentCount: councilSession.presentCount,
      quorumMet: councilSession.quorumMet,
      itemCount: sql<number>`(select count(*)::int from session_item i where i.session_id = "council_session"."id")`,
    })
    .from(councilSession)
    .where(eq(councilSession.councilId, councilId))
    .orderBy(desc(councilSession.sessionDate), desc(councilSession.id));
  return {
    data: rows.map((r) => ({ ...r, status: r.status as SessionStatus, itemCount: Number(r.itemCount) })),
  };
}

export async function createSession(
  database: Database,
  ctx: Ctx,
  councilId: number,
  body: z.infer<typeof councilSessionBody>,
) {
  const { db } = database;
  const c = await loadCouncil(db, councilId);
  requireCouncil(ctx.actor, c, 'council.manage');
  const id = await db.transaction(async (tx) => {
    const [s] = await tx
      .insert(councilSession)
      .values({
        councilId,
        unitPath: c.unitPath,
        title: body.title,
        sessionDate: body.sessionDate,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'council.session_create',
      entityType: 'council_session',
      entityId: s!.id,
      unitPath: c.unitPath,
      after: { councilId, title: body.title, sessionDate: body.sessionDate },
    });
    return s!.id;
  });
  return sessionDetail(db, ctx, id);
}

export function requireDraft(s: SessionRow) {
  if (s.status !== 'draft') throw new AppError('COUNCIL_SESSION_LOCKED', { status: s.status });
}

export async function updateSession(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof councilSessionUpdateBody>,
) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  requireDraft(s);
  const next = { title: body.title ?? s.title, sessionDate: body.sessionDate ?? s.sessionDate };
  await db.transaction(async (tx) => {
    await tx
      .update(councilSession)
      .set({ ...next, updatedAt: ctx.now, version: s.version + 1 })
      .where(eq(councilSession.id, id));
    // The members sitting may differ on another date: attendance is taken again.
    if (next.sessionDate !== s.sessionDate)
      await tx.delete(sessionAttendance).where(eq(sessionAttendance.sessionId, id));
    await recordAudit(tx, ctx, {
      action: 'council.session_update',
      entityType: 'council_session',
      entityId: id,
      unitPath: c.unitPath,
      before: { title: s.title, sessionDate: s.sessionDate },
      after: next,
    });
  });
  return sessionDetail(db, ctx, id);
}

export async function sessionDetail(db: DbOrTx, ctx: Ctx, id: number) {
  const { s, c } = await readableSession(db, ctx, id);
  const [u] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, c.unitId));
  const { parametersOn } = await loadRuleConfiguration(db);
  const params = parametersOn(s.sessionDate);
  const members = await sittingMembers(db, c.id, s.sessionDate);
  const attendance = await db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, id));
  const items = await db
    .select()
    .from(sessionItem)
    .where(eq(sessionItem.sessionId, id))
    .orderBy(asc(sessionItem.position), asc(sessionItem.id));
  // How many ballots each item has received: counts of participation, nothing about contents.
  const received = await db
    .select({ itemId: ballotParticipation.itemId, n: sql<number>`count(*)::int` })
    .from(ballotParticipation)
    .where(eq(ballotParticipation.sessionId, id))
    .groupBy(ballotParticipation.itemId);
  const me = members.find((m) => m.userId === ctx.actor.userId) ?? null;
  const mine = me
    ? await db
        .select({ itemId: ballotParticipation.itemId })
        .from(ballotParticipation)
        .where(and(eq(ballotParticipation.sessionId, id), eq(ballotParticipation.memberId, me.id)))
    : [];
  const total = s.totalMembers ?? members.length;
  const presentNow = attendance.filter((a) => a.present).length;
  const quorum = checkQuorum(total, s.presentCount ?? presentNow, params);
  const abilities = councilAbilities(ctx.actor, c);
  const myAttendance = me ? attendance.find((a) => a.memberId === me.id) : undefined;
  return {
    data: {
      id: s.id,
      councilId: c.id,
      councilName: c.name,
      unitName: u?.name ?? '',
      title: s.title,
      sessionDate: s.sessionDate,
      status: s.status as SessionStatus,
      itemCount: items.length,
      totalMembers: s.totalMembers,
      presentCount: s.presentCount,
      quorumMet: s.quorumMet,
      quorumRequired: total > 0 ? quorum.required : null,
      openedAt: s.openedAt?.toISOString() ?? null,
      closedAt: s.closedAt?.toISOString() ?? null,
      items: items.map((i) => ({
        id: i.id,
        nomineeId: i.nomineeId,
        dossierId: i.dossierId,
        target: i.target,
        targetName: targetName(i.target),
        subjectName: i.subjectName,
        position: i.position,
        thresholdPercent: i.thresholdPercent,
        requiredAgree: i.thresholdPercent == null ? null : requiredAgree(total, i.thresholdPercent),
        ballotsReceived: received.find((r) => r.itemId === i.id)?.n ?? 0,
        agree: i.agree,
        disagree: i.disagree,
        writtenAgree: i.writtenAgree,
        writtenTotal: i.writtenTotal,
        result: (i.result as ItemResult | null) ?? null,
        votedByMe: mine.some((m) => m.itemId === i.id),
      })),
      attendance: members.map((m) => {
        const a = attendance.find((x) => x.memberId === m.id);
        return {
          memberId: m.id,
          fullName: m.fullName,
          role: m.role as MemberRole,
          present: a ? a.present : null,
          writtenOpinion: a?.writtenOpinion ?? false,
        };
      }),
      me: me ? { memberId: me.id, present: myAttendance ? myAttendance.present : null } : null,
    },
    abilities: {
      manage: abilities.manage,
      editAgenda: abilities.manage && s.status === 'draft',
      open: abilities.manage && s.status === 'draft',
      recordWritten: abilities.manage && s.status === 'open',
      tally: abilities.manage && s.status === 'open',
      vote: Boolean(me) && abilities.vote && s.status === 'open' && myAttendance?.present === true,
      minutes: s.status === 'closed',
    },
  };
}

export async function setAttendance(
  database: Database,
  ctx: Ctx,
  sessionId: number,
  body: z.infer<typeof attendanceBody>,
) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  requireDraft(s);
  const members = await sittingMembers(db, c.id, s.sessionDate);
  const unknown = body.entries.filter((e) => !members.some((m) => m.id === e.memberId));
  if (unknown.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      { field: 'entries', memberIds: unknown.map((e) => e.memberId) },
      'Chỉ điểm danh thành viên Hội đồng trong nhiệm kỳ vào ngày họp.',
    );
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'update');
    requireDraft(locked);
    for (const e of body.entries)
      await tx
        .insert(sessionAttendance)
        .values({ sessionId, memberId: e.memberId, present: e.present })
        .onConflictDoUpdate({
          target: [sessionAttendance.sessionId, sessionAttendance.memberId],
          set: { present: e.present },
        });
    await recordAudit(tx, ctx, {
      action: 'council.attendance',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      after: { entries: body.entries },
    });
  });
  return sessionDetail(db, ctx, sessionId);
}

/**
 * Opens the ballot: fixes the membership on the session date (the denominator), the members present
 * and whether the quorum is met. A session below quorum may still sit, but the tally finds it invalid
 * for awards (the rules engine), so nothing passes.
 */
export async function openSession(database: Database, ctx: Ctx, sessionId: number) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  requireDraft(s);
  const members = await sittingMembers(db, c.id, s.sessionDate);
  const { parametersOn } = await loadRuleConfiguration(db);
  const params = parametersOn(s.sessionDate);
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'update');
    requireDraft(locked);
    const [items] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(sessionItem)
      .where(eq(sessionItem.sessionId, sessionId));
    if (Number(items?.n ?? 0) === 0) throw new AppError('COUNCIL_EMPTY_AGENDA', { sessionId });
    const attendance = await tx
      .select()
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, sessionId));
    const unmarked = members.filter((m) => !attendance.some((a) => a.memberId === m.id));
    if (members.length === 0 || unmarked.length > 0)
      throw new AppError('COUNCIL_ATTENDANCE_MISSING', { memberIds: unmarked.map((m) => m.id) });
    const present = attendance.filter((a) => a.present && members.some((m) => m.id === a.memberId)).length;
    const quorum = checkQuorum(members.length, present, params);
    await tx
      .update(councilSession)
      .set({
        status: 'open',
        totalMembers: members.length,
        presentCount: present,
        quorumMet: quorum.met,
        openedAt: ctx.now,
        updatedAt: ctx.now,
        version: locked.version + 1,
      })
      .where(eq(councilSession.id, sessionId));
    await recordAudit(tx, ctx, {
      action: 'council.session_open',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      after: {
        totalMembers: members.length,
        present,
        quorumMet: quorum.met,
        quorumRequired: quorum.required,
      },
    });
  });
  return sessionDetail(db, ctx, sessionId);
}

/**
 * The tally (kiểm phiếu): for each item, the counts of its ballots against the threshold on the TOTAL
 * membership (rules engine), written into the item; then the item's ballots are rewritten in random
 * order. Closes the session: no ballot is accepted afterwards.
 */
export async function tallySession(database: Database, ctx: Ctx, sessionId: number) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  if (s.status !== 'open') throw new AppError('COUNCIL_SESSION_NOT_OPEN', { status: s.status });
  const { parametersOn } = await loadRuleConfiguration(db);
  const params = parametersOn(s.sessionDate);
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'update');
    if (locked.status !== 'open') throw new AppError('COUNCIL_SESSION_NOT_OPEN', { status: locked.status });
    const items = await tx.select().from(sessionItem).where(eq(sessionItem.sessionId, sessionId));
    const results: { itemId: number; target: string; result: string; agree: number; writtenAgree: number }[] =
      [];
    for (const item of items) {
      const ballots = await tx
        .select({ choice: ballot.choice, source: ballot.source })
        .from(ballot)
        .where(eq(ballot.itemId, item.id));
      const count = countBallots(ballots);
      const verdict = itemOutcome({
        target: item.target,
        totalMembers: locked.totalMembers ?? 0,
        present: locked.presentCount ?? 0,
        count,
        date: locked.sessionDate,
        parameters: params,
      });
      await tx
        .update(sessionItem)
        .set({
          agree: count.agree,
          disagree: count.disagree,
          writtenAgree: count.writtenAgree,
          writtenTotal: count.writtenTotal,
          thresholdPercent: verdict.thresholdPercent ?? item.thresholdPercent,
          result: verdict.outcome,
          resultReasons: verdict.reasons,
        })
        .where(eq(sessionItem.id, item.id));
      await reshuffleBallots(tx, item.id);
      results.push({
        itemId: item.id,
        target: item.target,
        result: verdict.outcome,
        agree: count.agree,
        writtenAgree: count.writtenAgree,
      });
    }
    await tx
      .update(councilSession)
      .set({ status: 'closed', closedAt: ctx.now, updatedAt: ctx.now, version: locked.version + 1 })
      .where(eq(councilSession.id, sessionId));
    await recordAudit(tx, ctx, {
      action: 'council.tally',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      after: { totalMembers: locked.totalMembers, present: locked.presentCount, items: results },
    });
  });
  return sessionDetail(db, ctx, sessionId);
}
