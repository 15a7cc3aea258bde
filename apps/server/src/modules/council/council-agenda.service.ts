import type { agendaAddBody } from '@vinhdanh/contracts';
import { getCatalogEntry } from '@vinhdanh/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, recordAudits } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import { councilSession, dossier, dossierEvent, nominee, sessionItem, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { requireCouncil } from './council.policy.ts';

import {
  loadSession,
  readableSession,
  requireDraft,
  sessionDetail,
  targetName,
} from './council-session.service.ts';

/** The agenda of a council session: the nominees it may take up, adding them, removing one. */
/**
 * The agenda the council may take up: nominees of dossiers addressed to the council's unit that are
 * appraised (or already at the council), not removed, appraised 'eligible', whose title or form needs
 * the council's vote, and not already on an agenda (unless that session was invalid).
 */
export async function agendaCandidates(db: DbOrTx, ctx: Ctx, sessionId: number) {
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  return { data: await candidatesFor(db, c.unitId, s.sessionDate) };
}

async function candidatesFor(db: DbOrTx, unitId: number, date: string) {
  const { parametersOn } = await loadRuleConfiguration(db);
  const params = parametersOn(date);
  const proposing = sql`(select name from ${unit} pu where pu.id = ${dossier.unitId})`;
  const rows = await db
    .select({
      nomineeId: nominee.id,
      dossierId: dossier.id,
      dossierTitle: dossier.title,
      proposingUnitName: sql<string>`${proposing}`,
      subjectName: nominee.displayName,
      target: nominee.target,
    })
    .from(nominee)
    .innerJoin(dossier, eq(dossier.id, nominee.dossierId))
    .where(
      and(
        eq(dossier.addresseeUnitId, unitId),
        inArray(dossier.status, ['appraised', 'in_council']),
        sql`${nominee.removedAt} is null`,
        eq(nominee.appraisal, 'eligible'),
        sql`not exists (select 1 from ${sessionItem} si join ${councilSession} cs on cs.id = si.session_id
          where si.nominee_id = ${nominee.id} and (cs.status <> 'closed' or si.result <> 'invalid_session'))`,
      ),
    )
    .orderBy(asc(dossier.id), asc(nominee.position), asc(nominee.id));
  return rows.flatMap((r) => {
    const threshold =
      params.councilThresholdPercent[r.target] ??
      getCatalogEntry(r.target)?.council?.thresholdPercent ??
      null;
    return threshold == null ? [] : [{ ...r, targetName: targetName(r.target), thresholdPercent: threshold }];
  });
}

/** Puts nominees on the agenda; their dossiers move from 'appraised' to 'in_council'. */
export async function addAgendaItems(
  database: Database,
  ctx: Ctx,
  sessionId: number,
  body: z.infer<typeof agendaAddBody>,
) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  requireDraft(s);
  const candidates = await candidatesFor(db, c.unitId, s.sessionDate);
  const wanted = [...new Set(body.nomineeIds)];
  const chosen = wanted.map((id) => candidates.find((x) => x.nomineeId === id));
  const missing = wanted.filter((_, i) => !chosen[i]);
  if (missing.length > 0)
    throw new AppError('COUNCIL_NOT_CANDIDATE', { field: 'nomineeIds', nomineeIds: missing });
  const picked = chosen.filter((x): x is NonNullable<typeof x> => Boolean(x));
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'update');
    requireDraft(locked);
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${sessionItem.position}), 0)::int` })
      .from(sessionItem)
      .where(eq(sessionItem.sessionId, sessionId));
    let position = Number(last?.max ?? 0);
    await tx.insert(sessionItem).values(
      picked.map((p) => ({
        sessionId,
        nomineeId: p.nomineeId,
        dossierId: p.dossierId,
        target: p.target,
        subjectName: p.subjectName,
        position: ++position,
        thresholdPercent: p.thresholdPercent,
      })),
    );
    const dossierIds = [...new Set(picked.map((p) => p.dossierId))];
    const dossiers = await tx.select().from(dossier).where(inArray(dossier.id, dossierIds)).for('update');
    for (const d of dossiers) {
      if (d.status !== 'appraised') continue;
      await tx
        .update(dossier)
        .set({ status: 'in_council', version: d.version + 1, updatedAt: ctx.now })
        .where(eq(dossier.id, d.id));
      await tx.insert(dossierEvent).values({
        dossierId: d.id,
        at: ctx.now,
        actorUserId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        action: 'to_council',
        fromStatus: 'appraised',
        toStatus: 'in_council',
        toUnitId: c.unitId,
        note: `Đưa vào chương trình phiên họp “${s.title}” ngày ${s.sessionDate.split('-').reverse().join('/')}`,
      });
    }
    await recordAudits(tx, ctx, [
      {
        action: 'council.agenda_add',
        entityType: 'council_session',
        entityId: sessionId,
        unitPath: c.unitPath,
        after: { nominees: picked.map((p) => ({ nomineeId: p.nomineeId, target: p.target })) },
      },
      ...dossiers
        .filter((d) => d.status === 'appraised')
        .map((d) => ({
          action: 'dossier.to_council',
          entityType: 'dossier',
          entityId: d.id,
          unitPath: d.unitPath,
          before: { status: 'appraised' },
          after: { status: 'in_council', sessionId },
        })),
    ]);
  });
  return sessionDetail(db, ctx, sessionId);
}

/** Takes an item off a draft agenda; a dossier left with nothing at the council goes back to 'appraised'. */
export async function removeAgendaItem(database: Database, ctx: Ctx, sessionId: number, itemId: number) {
  const { db } = database;
  const { s, c } = await readableSession(db, ctx, sessionId);
  requireCouncil(ctx.actor, c, 'council.manage');
  requireDraft(s);
  await db.transaction(async (tx) => {
    const locked = await loadSession(tx, sessionId, 'update');
    requireDraft(locked);
    const [item] = await tx
      .delete(sessionItem)
      .where(and(eq(sessionItem.id, itemId), eq(sessionItem.sessionId, sessionId)))
      .returning();
    if (!item) throw new AppError('NOT_FOUND', { entity: 'session_item', id: itemId });
    const [left] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(sessionItem)
      .where(eq(sessionItem.dossierId, item.dossierId));
    const [d] = await tx.select().from(dossier).where(eq(dossier.id, item.dossierId)).for('update');
    if (d && d.status === 'in_council' && Number(left?.n ?? 0) === 0) {
      await tx
        .update(dossier)
        .set({ status: 'appraised', version: d.version + 1, updatedAt: ctx.now })
        .where(eq(dossier.id, d.id));
      await tx.insert(dossierEvent).values({
        dossierId: d.id,
        at: ctx.now,
        actorUserId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        action: 'from_council',
        fromStatus: 'in_council',
        toStatus: 'appraised',
        note: `Rút khỏi chương trình phiên họp “${s.title}”`,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'council.agenda_remove',
      entityType: 'council_session',
      entityId: sessionId,
      unitPath: c.unitPath,
      before: { itemId, nomineeId: item.nomineeId, target: item.target },
    });
  });
  return sessionDetail(db, ctx, sessionId);
}
