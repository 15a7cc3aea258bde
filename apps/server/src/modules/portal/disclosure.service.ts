import { disclosurePeriod, disclosureState } from '@vinhdanh/domain';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { disclosureCreateBody } from '@vinhdanh/contracts';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, Db } from '../../db/client.ts';
import {
  appUser,
  disclosure,
  disclosureItem,
  dossier,
  nominee,
  person,
  publicComment,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize, hasPermission, scopeCondition } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { iso } from './portal.presenter.ts';
import { disclosureItems } from './public.service.ts';

/** Dossiers whose appraised list may be disclosed: appraisal done, before the decision. */
export const DISCLOSABLE_STATUSES = ['appraised', 'in_council'] as const;
const MANAGE = 'disclosure.manage' as const;

const notFound = () => new AppError('NOT_FOUND', { entity: 'disclosure' });

/** The unit of a disclosure: the commendation office must hold disclosure.manage on it (404 otherwise). */
async function manageableUnit(db: Db, ctx: Ctx, unitId: number) {
  const [u] = await db
    .select({ id: unit.id, path: unit.path, name: unit.name })
    .from(unit)
    .where(eq(unit.id, unitId));
  if (!u || !hasPermission(ctx.actor, MANAGE, u.path)) throw new AppError('NOT_FOUND', { entity: 'unit' });
  return u;
}

/** Dossiers addressed to the unit that can be disclosed, with how many nominees are proposed. */
export async function disclosureCandidates(database: Database, ctx: Ctx, unitId: number) {
  const u = await manageableUnit(database.db, ctx, unitId);
  const proposer = alias(unit, 'proposer');
  const rows = await database.db
    .select({
      id: dossier.id,
      title: dossier.title,
      unitName: proposer.name,
      status: dossier.status,
      year: dossier.year,
      eligibleCount: sql<number>`(select count(*)::int from nominee n where n.dossier_id = ${dossier.id} and n.removed_at is null and n.appraisal = 'eligible')`,
    })
    .from(dossier)
    .innerJoin(proposer, eq(proposer.id, dossier.unitId))
    .where(and(eq(dossier.addresseeUnitId, u.id), inArray(dossier.status, [...DISCLOSABLE_STATUSES])))
    .orderBy(desc(dossier.year), desc(dossier.id))
    .limit(500);
  return { data: rows.map((r) => ({ ...r, eligibleCount: Number(r.eligibleCount) })) };
}

/**
 * Publishes the proposed list of some appraised dossiers: a snapshot of each nominee kept by the
 * appraisal (name, unit, proposed title — nothing private) for the period of the province parameter.
 */
export async function createDisclosure(
  database: Database,
  ctx: Ctx,
  body: z.infer<typeof disclosureCreateBody>,
) {
  const { db } = database;
  const u = await manageableUnit(db, ctx, body.unitId);
  const ids = [...new Set(body.dossierIds)];
  const dossiers = await db
    .select({ id: dossier.id, status: dossier.status, addresseeUnitId: dossier.addresseeUnitId })
    .from(dossier)
    .where(inArray(dossier.id, ids));
  const bad = ids.filter((id) => {
    const d = dossiers.find((x) => x.id === id);
    return (
      !d || d.addresseeUnitId !== u.id || !(DISCLOSABLE_STATUSES as readonly string[]).includes(d.status)
    );
  });
  if (bad.length) throw new AppError('DISCLOSURE_INVALID_DOSSIER', { dossierIds: bad });

  const config = await loadRuleConfiguration(db);
  const period = disclosurePeriod({
    startsOn: body.startsOn,
    parameterDays: config.parametersOn(body.startsOn).disclosurePeriodDays,
    days: body.days,
    endsOn: body.endsOn,
  });
  if (!period.ok) {
    if (period.reason === 'period_required') throw new AppError('DISCLOSURE_PERIOD_REQUIRED');
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.endsOn', message: 'Thời gian công khai không hợp lệ' }],
      period.reason === 'too_long'
        ? 'Thời gian công khai quá dài (tối đa 90 ngày).'
        : 'Ngày kết thúc công khai phải từ ngày bắt đầu trở đi.',
    );
  }

  const personUnit = alias(unit, 'person_unit');
  const dossierUnit = alias(unit, 'dossier_unit');
  const nominees = await db
    .select({
      id: nominee.id,
      name: nominee.displayName,
      target: nominee.target,
      unitName: sql<string | null>`coalesce(${personUnit.name}, ${dossierUnit.name})`,
    })
    .from(nominee)
    .innerJoin(dossier, eq(dossier.id, nominee.dossierId))
    .innerJoin(dossierUnit, eq(dossierUnit.id, dossier.unitId))
    .leftJoin(person, eq(person.id, nominee.personId))
    .leftJoin(personUnit, eq(personUnit.id, person.unitId))
    .where(and(inArray(nominee.dossierId, ids), isNull(nominee.removedAt), eq(nominee.appraisal, 'eligible')))
    .orderBy(asc(nominee.dossierId), asc(nominee.position), asc(nominee.id));
  if (nominees.length === 0) throw new AppError('DOSSIER_NO_NOMINEES');

  const id = await db.transaction(async (tx) => {
    const [d] = await tx
      .insert(disclosure)
      .values({
        unitId: u.id,
        unitPath: u.path,
        title: body.title,
        dossierIds: ids,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        status: 'published',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: disclosure.id });
    await tx.insert(disclosureItem).values(
      nominees.map((n, i) => ({
        disclosureId: d!.id,
        nomineeId: n.id,
        name: n.name,
        unitName: n.unitName,
        target: n.target,
        position: i,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'disclosure.create',
      entityType: 'disclosure',
      entityId: d!.id,
      unitPath: u.path,
      after: {
        title: body.title,
        dossierIds: ids,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        items: nominees.length,
      },
    });
    return d!.id;
  });
  return staffDisclosure(database, ctx, id);
}

const summaryCols = {
  id: disclosure.id,
  title: disclosure.title,
  unitName: unit.name,
  unitPath: disclosure.unitPath,
  startsOn: disclosure.startsOn,
  endsOn: disclosure.endsOn,
  status: disclosure.status,
  dossierIds: disclosure.dossierIds,
  createdAt: disclosure.createdAt,
  itemCount: sql<number>`(select count(*)::int from disclosure_item i where i.disclosure_id = ${disclosure.id})`,
  pendingComments: sql<number>`(select count(*)::int from public_comment c where c.disclosure_id = ${disclosure.id} and c.status = 'pending')`,
  unansweredComments: sql<number>`(select count(*)::int from public_comment c where c.disclosure_id = ${disclosure.id} and c.status <> 'rejected' and c.answer is null)`,
};

function presentSummary(r: Awaited<ReturnType<typeof summaryRows>>[number], today: string) {
  const { unitPath: _p, ...rest } = r;
  return {
    ...rest,
    itemCount: Number(r.itemCount),
    pendingComments: Number(r.pendingComments),
    unansweredComments: Number(r.unansweredComments),
    createdAt: iso(r.createdAt)!,
    state: disclosureState(r, today),
  };
}

const summaryRows = (db: Db) =>
  db.select(summaryCols).from(disclosure).innerJoin(unit, eq(unit.id, disclosure.unitId));

export async function listDisclosures(database: Database, ctx: Ctx, q: { page: number; pageSize: number }) {
  const where = scopeCondition(ctx.actor, MANAGE, disclosure.unitPath);
  const rows = await summaryRows(database.db)
    .where(where)
    .orderBy(desc(disclosure.startsOn), desc(disclosure.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = (await database.db.select({ n: count() }).from(disclosure).where(where)) as [{ n: number }];
  const today = vnDate(ctx.now);
  return {
    data: rows.map((r) => presentSummary(r, today)),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(n),
  };
}

async function loadInScope(db: Db, ctx: Ctx, id: number) {
  const [d] = await db
    .select({ id: disclosure.id, unitPath: disclosure.unitPath, status: disclosure.status })
    .from(disclosure)
    .where(eq(disclosure.id, id));
  if (!d || !hasPermission(ctx.actor, MANAGE, d.unitPath)) throw notFound();
  return d;
}

export async function staffDisclosure(database: Database, ctx: Ctx, id: number) {
  const { db } = database;
  await loadInScope(db, ctx, id);
  const [r] = await summaryRows(db).where(eq(disclosure.id, id));
  if (!r) throw notFound();
  const moderator = alias(appUser, 'moderator');
  const answerer = alias(appUser, 'answerer');
  const comments = await db
    .select({
      id: publicComment.id,
      itemId: publicComment.itemId,
      authorName: publicComment.authorName,
      contact: publicComment.contact,
      body: publicComment.body,
      status: publicComment.status,
      createdAt: publicComment.createdAt,
      moderatedAt: publicComment.moderatedAt,
      moderatedByName: moderator.displayName,
      answer: publicComment.answer,
      answeredAt: publicComment.answeredAt,
      answeredByName: answerer.displayName,
    })
    .from(publicComment)
    .leftJoin(moderator, eq(moderator.id, publicComment.moderatedBy))
    .leftJoin(answerer, eq(answerer.id, publicComment.answeredBy))
    .where(eq(publicComment.disclosureId, id))
    .orderBy(asc(publicComment.createdAt), asc(publicComment.id));
  const today = vnDate(ctx.now);
  const withdrawn = r.status === 'withdrawn';
  return {
    data: {
      ...presentSummary(r, today),
      items: await disclosureItems(database, id),
      comments: comments.map((c) => ({
        ...c,
        status: c.status as 'pending' | 'approved' | 'rejected',
        createdAt: iso(c.createdAt)!,
        moderatedAt: iso(c.moderatedAt),
        answeredAt: iso(c.answeredAt),
      })),
    },
    abilities: { moderate: true, answer: true, withdraw: !withdrawn },
  };
}

async function loadComment(db: Db, ctx: Ctx, id: number, commentId: number) {
  const d = await loadInScope(db, ctx, id);
  authorize(ctx.actor, MANAGE, d.unitPath, MANAGE);
  const [c] = await db
    .select()
    .from(publicComment)
    .where(and(eq(publicComment.id, commentId), eq(publicComment.disclosureId, id)));
  if (!c) throw new AppError('NOT_FOUND', { entity: 'comment' });
  return { d, c };
}

/** Approves (shown publicly) or rejects (never shown) a citizen's comment. */
export async function moderateComment(
  database: Database,
  ctx: Ctx,
  id: number,
  commentId: number,
  status: 'approved' | 'rejected',
) {
  const { db } = database;
  const { d, c } = await loadComment(db, ctx, id, commentId);
  await db.transaction(async (tx) => {
    await tx
      .update(publicComment)
      .set({ status, moderatedBy: ctx.actor.userId, moderatedAt: ctx.now })
      .where(eq(publicComment.id, c.id));
    await recordAudit(tx, ctx, {
      action: `public_comment.${status === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'public_comment',
      entityId: c.id,
      unitPath: d.unitPath,
      before: { status: c.status },
      after: { status },
    });
  });
  return staffDisclosure(database, ctx, id);
}

/** The appraisers' answer to a comment; public together with the comment once approved. */
export async function answerComment(
  database: Database,
  ctx: Ctx,
  id: number,
  commentId: number,
  answer: string,
) {
  const { db } = database;
  const { d, c } = await loadComment(db, ctx, id, commentId);
  if (c.status === 'rejected')
    throw new AppError('CONFLICT', { status: c.status }, 'Góp ý đã bị từ chối duyệt, không cần trả lời.');
  await db.transaction(async (tx) => {
    await tx
      .update(publicComment)
      .set({ answer, answeredBy: ctx.actor.userId, answeredAt: ctx.now })
      .where(eq(publicComment.id, c.id));
    await recordAudit(tx, ctx, {
      action: 'public_comment.answer',
      entityType: 'public_comment',
      entityId: c.id,
      unitPath: d.unitPath,
      before: { answer: c.answer },
      after: { answer },
    });
  });
  return staffDisclosure(database, ctx, id);
}

/** Takes a disclosure off the portal (e.g. published by mistake). */
export async function withdrawDisclosure(database: Database, ctx: Ctx, id: number) {
  const { db } = database;
  const d = await loadInScope(db, ctx, id);
  if (d.status === 'withdrawn')
    throw new AppError('CONFLICT', undefined, 'Danh sách đã được rút khỏi cổng công khai.');
  await db.transaction(async (tx) => {
    await tx.update(disclosure).set({ status: 'withdrawn', updatedAt: ctx.now }).where(eq(disclosure.id, id));
    await recordAudit(tx, ctx, {
      action: 'disclosure.withdraw',
      entityType: 'disclosure',
      entityId: id,
      unitPath: d.unitPath,
      before: { status: d.status },
      after: { status: 'withdrawn' },
    });
  });
  return staffDisclosure(database, ctx, id);
}
