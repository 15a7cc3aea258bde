/**
 * The secret ballot. Two tables that share nothing but the agenda item:
 * - ballot_participation: THAT member M voted on item I (so nobody votes twice), never how;
 * - ballot: the choice, its source ('cast' | 'written') and the SHA-256 of the voter's receipt code,
 *   with a random id, no member, no time.
 * Both rows are written in the same transaction, but nothing stored or returned ties one to the other;
 * the audit log says "member voted on item" without the choice, and the tally rewrites an item's
 * ballots in random order. Request bodies of these endpoints are never logged (Fastify logs no bodies
 * and the error handler does not echo them into the log).
 */
import type { receiptVerifyBody, voteBody, writtenOpinionBody } from '@vinhdanh/contracts';
import { encodeReceiptCode, normaliseReceiptCode, RECEIPT_BYTES } from '@vinhdanh/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import {
  ballot,
  ballotParticipation,
  councilSession,
  sessionAttendance,
  sessionItem,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission } from '../../lib/policy.ts';
import { reshuffleBallots } from './ballot-shuffle.ts';
import { requireCouncil } from './council.policy.ts';
import { loadSession, readableSession, sittingMembers, targetName } from './council-session.service.ts';
import { loadCouncil } from './council.service.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The logged-in user's seat on the council on the session date, or 403. */
async function ownSeat(db: DbOrTx, ctx: Ctx, councilId: number, date: string) {
  const members = await sittingMembers(db, councilId, date);
  const me = members.find((m) => m.userId === ctx.actor.userId);
  if (!me) throw new AppError('COUNCIL_NOT_MEMBER');
  return me;
}

/**
 * A present member casts their own ballot on one item. Returns the receipt code ONCE; only its hash
 * is kept. A second ballot by the same member on the item is refused by the participation table.
 */
export async function castBallot(
  database: Database,
  ctx: Ctx,
  sessionId: number,
  itemId: number,
  body: z.infer<typeof voteBody>,
) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.vote');
  const me = await ownSeat(db, ctx, c.id, s.sessionDate);
  const code = encodeReceiptCode(randomBytes(RECEIPT_BYTES));
  const receiptHash = sha256(normaliseReceiptCode(code)!);
  await db.transaction(async (tx) => {
    // Shared lock: votes go in concurrently, the tally (exclusive) waits for them or refuses them.
    const locked = await loadSession(tx, sessionId, 'share');
    if (locked.status !== 'open') throw new AppError('COUNCIL_SESSION_NOT_OPEN', { status: locked.status });
    const [item] = await tx
      .select({ id: sessionItem.id })
      .from(sessionItem)
      .where(and(eq(sessionItem.id, itemId), eq(sessionItem.sessionId, sessionId)));
    if (!item) throw new AppError('NOT_FOUND', { entity: 'session_item', id: itemId });
    const [seat] = await tx
      .select()
      .from(sessionAttendance)
      .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.memberId, me.id)));
    if (!seat?.present) throw new AppError('COUNCIL_NOT_PRESENT');
    const inserted = await tx
      .insert(ballotParticipation)
      .values({ sessionId, itemId, memberId: me.id })
      .onConflictDoNothing()
      .returning({ id: ballotParticipation.id });
    if (inserted.length === 0) throw new AppError('COUNCIL_ALREADY_VOTED', { itemId });
    await tx.insert(ballot).values({ itemId, choice: body.choice, source: 'cast', receiptHash });
    await reshuffleBallots(tx, itemId);
    // WHO voted on WHAT item — never the choice.
    await recordAudit(tx, ctx, {
      action: 'council.vote',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      after: { sessionId, itemId, memberId: me.id },
    });
  });
  return { receiptCode: code };
}

/**
 * The secretary records an absent member's written opinion: the attendance row is marked, one
 * participation row per item says the member took part, and each choice goes into the anonymous
 * ballot table as source 'written' — with no link back to the member.
 */
export async function recordWrittenOpinion(
  database: Database,
  ctx: Ctx,
  sessionId: number,
  body: z.infer<typeof writtenOpinionBody>,
) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  const members = await sittingMembers(db, c.id, s.sessionDate);
  if (!members.some((m) => m.id === body.memberId))
    throw new AppError('NOT_FOUND', { entity: 'council_member', id: body.memberId });
  const itemIds = [...new Set(body.choices.map((x) => x.itemId))];
  if (itemIds.length !== body.choices.length)
    throw new AppError('VALIDATION_FAILED', { field: 'choices' }, 'Mỗi nội dung chỉ ghi một ý kiến.');
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'share');
    if (locked.status !== 'open') throw new AppError('COUNCIL_SESSION_NOT_OPEN', { status: locked.status });
    const items = await tx
      .select({ id: sessionItem.id })
      .from(sessionItem)
      .where(and(eq(sessionItem.sessionId, sessionId), inArray(sessionItem.id, itemIds)));
    if (items.length !== itemIds.length)
      throw new AppError('NOT_FOUND', { entity: 'session_item', field: 'choices' });
    const [seat] = await tx
      .select()
      .from(sessionAttendance)
      .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.memberId, body.memberId)));
    if (!seat || seat.present) throw new AppError('COUNCIL_NOT_ABSENT', { field: 'memberId' });
    const inserted = await tx
      .insert(ballotParticipation)
      .values(itemIds.map((itemId) => ({ sessionId, itemId, memberId: body.memberId })))
      .onConflictDoNothing()
      .returning({ id: ballotParticipation.id });
    if (inserted.length !== itemIds.length) throw new AppError('COUNCIL_ALREADY_VOTED', { field: 'choices' });
    await tx
      .insert(ballot)
      .values(body.choices.map((x) => ({ itemId: x.itemId, choice: x.choice, source: 'written' })));
    for (const itemId of itemIds) await reshuffleBallots(tx, itemId);
    await tx.update(sessionAttendance).set({ writtenOpinion: true }).where(eq(sessionAttendance.id, seat.id));
    await recordAudit(tx, ctx, {
      action: 'council.written_opinion',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      after: { sessionId, memberId: body.memberId, itemIds },
    });
  });
  return { ok: true as const };
}

/**
 * Checks a receipt code: whether a ballot with its hash is in an item, and whether the item has been
 * tallied. The choice is NOT returned (see receiptVerifySchema): a receipt that shows the choice would
 * let a voter prove their vote to whoever pressures or pays them. Only councils the caller may read.
 */
export async function verifyReceipt(db: DbOrTx, ctx: Ctx, body: z.infer<typeof receiptVerifyBody>) {
  const none = {
    found: false,
    sessionId: null,
    sessionTitle: null,
    sessionDate: null,
    itemSubjectName: null,
    itemTargetName: null,
    tallied: false,
  };
  if (!hasPermission(ctx.actor, 'council.read'))
    throw new AppError('FORBIDDEN', { permission: 'council.read' });
  const normal = normaliseReceiptCode(body.code);
  if (!normal) return none;
  const [hit] = await db
    .select({
      sessionId: councilSession.id,
      councilId: councilSession.councilId,
      sessionTitle: councilSession.title,
      sessionDate: councilSession.sessionDate,
      subjectName: sessionItem.subjectName,
      target: sessionItem.target,
      result: sessionItem.result,
    })
    .from(ballot)
    .innerJoin(sessionItem, eq(sessionItem.id, ballot.itemId))
    .innerJoin(councilSession, eq(councilSession.id, sessionItem.sessionId))
    .where(eq(ballot.receiptHash, sha256(normal)));
  if (!hit) return none;
  const c = await loadCouncil(db, hit.councilId);
  if (!hasPermission(ctx.actor, 'council.read', c.unitPath)) return none;
  return {
    found: true,
    sessionId: hit.sessionId,
    sessionTitle: hit.sessionTitle,
    sessionDate: hit.sessionDate,
    itemSubjectName: hit.subjectName,
    itemTargetName: targetName(hit.target),
    tallied: hit.result !== null,
  };
}
