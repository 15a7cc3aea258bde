import type {
  councilBody,
  councilMemberBody,
  councilMemberUpdateBody,
  councilUpdateBody,
} from '@vinhdanh/contracts';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import {
  appUser,
  council,
  councilMember,
  councilSession,
  roleGrant,
  sessionAttendance,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import {
  assertCouncilReadable,
  councilAbilities,
  readableCouncils,
  requireCouncil,
} from './council.policy.ts';

export type CouncilRow = typeof council.$inferSelect;

export async function loadCouncil(db: DbOrTx, id: number): Promise<CouncilRow> {
  const [c] = await db.select().from(council).where(eq(council.id, id));
  if (!c) throw new AppError('NOT_FOUND', { entity: 'council', id });
  return c;
}

const ROLE_ORDER = sql`case ${councilMember.role} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary' then 2 else 3 end`;

export async function councilMembers(db: DbOrTx, councilId: number) {
  return db
    .select({
      id: councilMember.id,
      fullName: councilMember.fullName,
      title: councilMember.title,
      role: councilMember.role,
      userId: councilMember.userId,
      userName: appUser.displayName,
      fromDate: councilMember.fromDate,
      toDate: councilMember.toDate,
    })
    .from(councilMember)
    .leftJoin(appUser, eq(appUser.id, councilMember.userId))
    .where(eq(councilMember.councilId, councilId))
    .orderBy(ROLE_ORDER, asc(councilMember.id));
}

type MemberRole = 'chair' | 'vice_chair' | 'secretary' | 'member';

export async function listCouncils(db: DbOrTx, ctx: Ctx, q: { unitId?: number }) {
  const where = [readableCouncils(ctx.actor, council.unitPath)];
  if (q.unitId) where.push(eq(council.unitId, q.unitId));
  const rows = await db
    .select({
      id: council.id,
      unitId: council.unitId,
      unitName: unit.name,
      name: council.name,
      termFrom: council.termFrom,
      termTo: council.termTo,
      memberCount: sql<number>`(select count(*)::int from council_member m where m.council_id = "council"."id")`,
    })
    .from(council)
    .innerJoin(unit, eq(unit.id, council.unitId))
    .where(and(...where))
    .orderBy(asc(council.unitPath), asc(council.id));
  return { data: rows.map((r) => ({ ...r, memberCount: Number(r.memberCount) })) };
}

export async function councilDetail(db: DbOrTx, ctx: Ctx, id: number) {
  const c = await loadCouncil(db, id);
  assertCouncilReadable(ctx.actor, c);
  const [u] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, c.unitId));
  const members = (await councilMembers(db, id)).map((m) => ({ ...m, role: m.role as MemberRole }));
  const mine = members.find((m) => m.userId === ctx.actor.userId);
  return {
    data: {
      id: c.id,
      unitId: c.unitId,
      unitName: u?.name ?? '',
      name: c.name,
      termFrom: c.termFrom,
      termTo: c.termTo,
      memberCount: members.length,
      members,
      myMemberId: mine?.id ?? null,
    },
    abilities: councilAbilities(ctx.actor, c),
  };
}

function checkTerm(from: string | null | undefined, to: string | null | undefined, field: string) {
  if (from && to && from > to)
    throw new AppError('VALIDATION_FAILED', { field }, 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.');
}

export async function createCouncil(database: Database, ctx: Ctx, body: z.infer<typeof councilBody>) {
  const { db } = database;
  const [u] = await db.select().from(unit).where(eq(unit.id, body.unitId));
  if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', field: 'unitId' });
  requireCouncil(ctx.actor, { unitPath: u.path }, 'council.manage');
  checkTerm(body.termFrom, body.termTo, 'termTo');
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(council)
      .values({
        unitId: u.id,
        unitPath: u.path,
        name: body.name,
        termFrom: body.termFrom ?? null,
        termTo: body.termTo ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'council.create',
      entityType: 'council',
      entityId: row!.id,
      unitPath: u.path,
      after: { name: body.name, termFrom: body.termFrom ?? null, termTo: body.termTo ?? null },
    });
    return row!.id;
  });
  return councilDetail(db, ctx, id);
}

export async function updateCouncil(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof councilUpdateBody>,
) {
  const { db } = database;
  const c = await loadCouncil(db, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  const next = {
    name: body.name ?? c.name,
    termFrom: body.termFrom === undefined ? c.termFrom : body.termFrom,
    termTo: body.termTo === undefined ? c.termTo : body.termTo,
  };
  checkTerm(next.termFrom, next.termTo, 'termTo');
  await db.transaction(async (tx) => {
    await tx
      .update(council)
      .set({ ...next, updatedAt: ctx.now, version: c.version + 1 })
      .where(eq(council.id, id));
    await recordAudit(tx, ctx, {
      action: 'council.update',
      entityType: 'council',
      entityId: id,
      unitPath: c.unitPath,
      before: { name: c.name, termFrom: c.termFrom, termTo: c.termTo },
      after: next,
    });
  });
  return councilDetail(db, ctx, id);
}

async function checkMemberUser(db: DbOrTx, councilId: number, userId: number | null, memberId?: number) {
  if (userId == null) return;
  const [u] = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, userId));
  if (!u) throw new AppError('VALIDATION_FAILED', { field: 'userId' }, 'Tài khoản người dùng không tồn tại.');
  const taken = await db
    .select({ id: councilMember.id })
    .from(councilMember)
    .where(and(eq(councilMember.councilId, councilId), eq(councilMember.userId, userId)));
  if (taken.some((m) => m.id !== memberId))
    throw new AppError(
      'CONFLICT',
      { field: 'userId' },
      'Tài khoản này đã gắn với một thành viên khác của Hội đồng.',
    );
}

export async function addCouncilMember(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof councilMemberBody>,
) {
  const { db } = database;
  const c = await loadCouncil(db, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  checkTerm(body.fromDate, body.toDate, 'toDate');
  await checkMemberUser(db, id, body.userId ?? null);
  await db.transaction(async (tx) => {
    const [m] = await tx
      .insert(councilMember)
      .values({
        councilId: id,
        userId: body.userId ?? null,
        fullName: body.fullName,
        title: body.title?.trim() || null,
        role: body.role,
        fromDate: body.fromDate ?? c.termFrom ?? null,
        toDate: body.toDate ?? c.termTo ?? null,
        createdAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'council.member_add',
      entityType: 'council',
      entityId: id,
      unitPath: c.unitPath,
      after: { memberId: m!.id, fullName: m!.fullName, role: m!.role, userId: m!.userId },
    });
  });
  return councilDetail(db, ctx, id);
}

export async function updateCouncilMember(
  database: Database,
  ctx: Ctx,
  id: number,
  memberId: number,
  body: z.infer<typeof councilMemberUpdateBody>,
) {
  const { db } = database;
  const c = await loadCouncil(db, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  const [m] = await db
    .select()
    .from(councilMember)
    .where(and(eq(councilMember.id, memberId), eq(councilMember.councilId, id)));
  if (!m) throw new AppError('NOT_FOUND', { entity: 'council_member', id: memberId });
  const next = {
    fullName: body.fullName ?? m.fullName,
    title: body.title === undefined ? m.title : body.title?.trim() || null,
    role: body.role ?? m.role,
    userId: body.userId === undefined ? m.userId : body.userId,
    fromDate: body.fromDate === undefined ? m.fromDate : body.fromDate,
    toDate: body.toDate === undefined ? m.toDate : body.toDate,
  };
  checkTerm(next.fromDate, next.toDate, 'toDate');
  await checkMemberUser(db, id, next.userId, memberId);
  await db.transaction(async (tx) => {
    await tx.update(councilMember).set(next).where(eq(councilMember.id, memberId));
    await recordAudit(tx, ctx, {
      action: 'council.member_update',
      entityType: 'council',
      entityId: id,
      unitPath: c.unitPath,
      before: {
        memberId,
        fullName: m.fullName,
        role: m.role,
        userId: m.userId,
        fromDate: m.fromDate,
        toDate: m.toDate,
      },
      after: { memberId, ...next },
    });
  });
  return councilDetail(db, ctx, id);
}

/** A member who has sat in a session stays (end their term instead): the minutes name them. */
export async function removeCouncilMember(database: Database, ctx: Ctx, id: number, memberId: number) {
  const { db } = database;
  const c = await loadCouncil(db, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  const [m] = await db
    .select()
    .from(councilMember)
    .where(and(eq(councilMember.id, memberId), eq(councilMember.councilId, id)));
  if (!m) throw new AppError('NOT_FOUND', { entity: 'council_member', id: memberId });
  const sessions = await db
    .select({ id: councilSession.id })
    .from(councilSession)
    .where(eq(councilSession.councilId, id));
  if (sessions.length > 0) {
    const [sat] = await db
      .select({ n: count() })
      .from(sessionAttendance)
      .where(
        and(
          eq(sessionAttendance.memberId, memberId),
          inArray(
            sessionAttendance.sessionId,
            sessions.map((s) => s.id),
          ),
        ),
      );
    if (Number(sat?.n ?? 0) > 0)
      throw new AppError(
        'CONFLICT',
        { memberId },
        'Thành viên đã dự phiên họp nên không thể xóa; hãy ghi ngày kết thúc nhiệm kỳ.',
      );
  }
  await db.transaction(async (tx) => {
    await tx.delete(councilMember).where(eq(councilMember.id, memberId));
    await recordAudit(tx, ctx, {
      action: 'council.member_remove',
      entityType: 'council',
      entityId: id,
      unitPath: c.unitPath,
      before: { memberId, fullName: m.fullName, role: m.role },
    });
  });
  return councilDetail(db, ctx, id);
}

/** Users granted a role on the council's unit: who can be tied to a member so they vote in the app. */
export async function councilUserOptions(db: DbOrTx, ctx: Ctx, id: number) {
  const c = await loadCouncil(db, id);
  requireCouncil(ctx.actor, c, 'council.manage');
  const rows = await db
    .selectDistinct({ id: appUser.id, name: appUser.displayName })
    .from(roleGrant)
    .innerJoin(appUser, eq(appUser.id, roleGrant.userId))
    .where(and(eq(roleGrant.unitId, c.unitId), eq(appUser.isActive, true)))
    .orderBy(appUser.displayName);
  return { data: rows };
}
