import type {
  decisionCreateBody,
  decisionListQuery,
  decisionUpdateBody,
  DecisionDetail,
} from '@vinhdanh/contracts';
import {
  baseSalaryOn,
  checkDisclosureGate,
  type IssuerLevel,
  issuerLevelOfUnit,
  issuerSymbol,
} from '@vinhdanh/domain';
import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import {
  decision,
  decisionAward,
  disclosure,
  dossier,
  nominee,
  revocation,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission, scopeCondition } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { draftAwardees, issuedAwardees } from './decision-awardees.ts';
import { assertDecisionReadable, assertDecisionWritable, decisionAbilities } from './decision.policy.ts';

export type DecisionRow = typeof decision.$inferSelect;
type RuleConfiguration = Awaited<ReturnType<typeof loadRuleConfiguration>>;
type UnitRow = typeof unit.$inferSelect;

/** Dossier statuses a decision may draw from. */
export const DRAFTABLE_STATUSES = ['appraised', 'in_council'] as const;

export function issuerFacts(u: UnitRow): { level: IssuerLevel; symbol: string } {
  const level = issuerLevelOfUnit({ isRoot: u.parentId == null, kind: u.kind, level: u.level });
  return { level, symbol: issuerSymbol(level, u) };
}

export async function loadUnit(db: DbOrTx, id: number): Promise<UnitRow> {
  const [u] = await db.select().from(unit).where(eq(unit.id, id));
  if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  return u;
}

export async function loadDecision(db: DbOrTx, id: number): Promise<DecisionRow> {
  const [d] = await db.select().from(decision).where(eq(decision.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'decision', id });
  return d;
}

/** Dossiers addressed to the issuer and ready for a decision; others refused naming the first. */
export async function checkDossiers(db: DbOrTx, issuerUnitId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  const rows = await db.select().from(dossier).where(inArray(dossier.id, unique));
  for (const id of unique) {
    const d = rows.find((r) => r.id === id);
    if (
      !d ||
      d.addresseeUnitId !== issuerUnitId ||
      !(DRAFTABLE_STATUSES as readonly string[]).includes(d.status)
    )
      throw new AppError(
        'DECISION_DOSSIER_INVALID',
        { field: 'dossierIds', dossierId: id, status: d?.status ?? null },
        d
          ? `Hồ sơ “${d.title}” không thể đưa vào quyết định: hồ sơ phải gửi đến cơ quan ban hành và đã thẩm định xong hoặc đang trình Hội đồng.`
          : undefined,
      );
  }
  return rows;
}

/** Units where the actor prepares decisions (decision.write granted on the very unit). */
export async function listIssuers(db: DbOrTx, ctx: Ctx) {
  const ids = [
    ...new Set(
      ctx.actor.grants
        .filter((g) => hasPermission({ ...ctx.actor, grants: [g] }, 'decision.write'))
        .map((g) => g.unitId),
    ),
  ];
  if (ids.length === 0) return { data: [] };
  const units = await db.select().from(unit).where(inArray(unit.id, ids)).orderBy(unit.path);
  return {
    data: units.map((u) => {
      const f = issuerFacts(u);
      return {
        id: u.id,
        name: u.name,
        level: f.level,
        symbol: f.symbol,
        canIssue: hasPermission(ctx.actor, 'decision.issue', u.path),
      };
    }),
  };
}

/** Dossiers the issuer can put in a decision now. */
export async function listCandidates(db: DbOrTx, ctx: Ctx, issuerUnitId: number) {
  const issuer = await loadUnit(db, issuerUnitId);
  assertDecisionWritable(ctx.actor, issuer.path);
  const rows = await db
    .select({
      id: dossier.id,
      title: dossier.title,
      kind: dossier.kind,
      year: dossier.year,
      status: dossier.status,
      unitName: unit.name,
      nomineeCount: sql<number>`(select count(*) from ${nominee} where ${nominee.dossierId} = ${dossier.id} and ${nominee.removedAt} is null)`,
    })
    .from(dossier)
    .innerJoin(unit, eq(unit.id, dossier.unitId))
    .where(and(eq(dossier.addresseeUnitId, issuerUnitId), inArray(dossier.status, [...DRAFTABLE_STATUSES])))
    .orderBy(desc(dossier.year), dossier.title);
  return { data: rows.map((r) => ({ ...r, nomineeCount: Number(r.nomineeCount) })) };
}

const yearOf = (date: string | null | undefined, now: Date) => Number((date ?? vnDate(now)).slice(0, 4));

export async function createDecisionDraft(
  database: Database,
  ctx: Ctx,
  body: z.infer<typeof decisionCreateBody>,
) {
  const { db } = database;
  const issuer = await loadUnit(db, body.issuerUnitId);
  assertDecisionWritable(ctx.actor, issuer.path);
  const dossiers = await checkDossiers(db, issuer.id, body.dossierIds);
  const f = issuerFacts(issuer);
  const year = yearOf(body.decisionDate, ctx.now);
  const title =
    body.title?.trim() ||
    `Về việc khen thưởng ${[...new Set(dossiers.map((d) => d.year))].map((y) => `năm ${y}`).join(', ')}`;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(decision)
      .values({
        issuerUnitId: issuer.id,
        issuerPath: issuer.path,
        issuerLevel: f.level,
        kind: 'award',
        year,
        symbol: f.symbol,
        decisionDate: body.decisionDate ?? null,
        title,
        signerName: body.signerName ?? null,
        signerTitle: body.signerTitle ?? null,
        status: 'draft',
        dossierIds: [...new Set(body.dossierIds)],
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: decision.id });
    await recordAudit(tx, ctx, {
      action: 'decision.create',
      entityType: 'decision',
      entityId: row!.id,
      unitPath: issuer.path,
      after: { dossierIds: body.dossierIds, title },
    });
    return row!.id;
  });
  return decisionDetail(db, ctx, id);
}

export async function updateDecisionDraft(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof decisionUpdateBody>,
) {
  const { db } = database;
  const current = await loadDecision(db, id);
  assertDecisionWritable(ctx.actor, current.issuerPath);
  if (body.dossierIds) await checkDossiers(db, current.issuerUnitId, body.dossierIds);
  await db.transaction(async (tx) => {
    const [d] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (!d) throw new AppError('NOT_FOUND', { entity: 'decision', id });
    if (d.status !== 'draft') throw new AppError('DECISION_NOT_DRAFT', { status: d.status });
    if (d.version !== body.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'decision',
        expected: body.version,
        actual: d.version,
      });
    const set: Partial<typeof decision.$inferInsert> = { version: d.version + 1, updatedAt: ctx.now };
    if (body.dossierIds) set.dossierIds = [...new Set(body.dossierIds)];
    if (body.title !== undefined) set.title = body.title;
    if (body.decisionDate !== undefined) {
      set.decisionDate = body.decisionDate;
      set.year = yearOf(body.decisionDate, ctx.now);
    }
    if (body.signerName !== undefined) set.signerName = body.signerName || null;
    if (body.signerTitle !== undefined) set.signerTitle = body.signerTitle || null;
    await tx.update(decision).set(set).where(eq(decision.id, id));
    await recordAudit(tx, ctx, {
      action: 'decision.update',
      entityType: 'decision',
      entityId: id,
      unitPath: d.issuerPath,
      before: { dossierIds: d.dossierIds, decisionDate: d.decisionDate, signerName: d.signerName },
      after: body,
    });
  });
  return decisionDetail(db, ctx, id);
}

export async function deleteDecisionDraft(database: Database, ctx: Ctx, id: number) {
  const { db } = database;
  const current = await loadDecision(db, id);
  assertDecisionWritable(ctx.actor, current.issuerPath);
  await db.transaction(async (tx) => {
    const [d] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (d?.status !== 'draft') throw new AppError('DECISION_NOT_DRAFT', { status: d?.status });
    await tx.delete(decision).where(eq(decision.id, id));
    await recordAudit(tx, ctx, {
      action: 'decision.delete',
      entityType: 'decision',
      entityId: id,
      unitPath: d.issuerPath,
      before: { title: d.title, dossierIds: d.dossierIds },
    });
  });
  return { ok: true as const };
}

export async function listDecisions(db: DbOrTx, ctx: Ctx, q: z.infer<typeof decisionListQuery>) {
  const where = and(
    scopeCondition(ctx.actor, 'decision.read', decision.issuerPath),
    q.status ? eq(decision.status, q.status) : undefined,
    q.kind ? eq(decision.kind, q.kind) : undefined,
    q.year ? eq(decision.year, q.year) : undefined,
    q.issuerUnitId ? eq(decision.issuerUnitId, q.issuerUnitId) : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(decision).where(where);
  const rows = await db
    .select({
      d: decision,
      issuerName: unit.name,
      awards: sql<number>`(select count(*) from ${decisionAward} where ${decisionAward.decisionId} = ${decision.id})`,
      revoked: sql<number>`(select count(*) from ${revocation} where ${revocation.decisionId} = ${decision.id})`,
    })
    .from(decision)
    .innerJoin(unit, eq(unit.id, decision.issuerUnitId))
    .where(where)
    .orderBy(
      sql`${decision.status} = 'draft' desc`,
      desc(decision.year),
      desc(decision.seq),
      desc(decision.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    data: rows.map(({ d, issuerName, awards, revoked }) => ({
      id: d.id,
      kind: d.kind as 'award',
      status: d.status as 'draft',
      number: d.number,
      year: d.year,
      title: d.title,
      decisionDate: d.decisionDate,
      signerName: d.signerName,
      issuer: { id: d.issuerUnitId, name: issuerName, level: d.issuerLevel },
      // A draft has no decision_award rows yet: its count is shown on the page, computed live.
      awardeeCount: d.kind === 'revocation' ? Number(revoked) : Number(awards),
      issuedAt: d.issuedAt?.toISOString() ?? null,
    })),
    page: q.page,
    pageSize: q.pageSize,
    total: Number(total),
  };
}

/** Published disclosures covering any of the dossiers. */
export async function disclosuresOf(db: DbOrTx, dossierIds: number[]) {
  if (dossierIds.length === 0) return [];
  return db
    .select({ dossierIds: disclosure.dossierIds, endsOn: disclosure.endsOn })
    .from(disclosure)
    .where(
      and(
        ne(disclosure.status, 'withdrawn'),
        sql`(${sql.join(
          dossierIds.map((i) => sql`${disclosure.dossierIds} @> ${JSON.stringify([i])}::jsonb`),
          sql` or `,
        )})`,
      ),
    );
}

/**
 * Everything the detail page and the issue step need, read with one handle: awardees (live for a
 * draft), amounts, authority per awardee, disclosure gate, and the blockers that stop an issue now.
 */
export async function evaluateDecision(
  db: DbOrTx,
  d: DecisionRow,
  now: Date,
  /** Loaded beforehand when `db` is a transaction (its loader runs queries in parallel). */
  preloaded?: RuleConfiguration,
) {
  const config = preloaded ?? (await loadRuleConfiguration(db));
  const date = d.decisionDate ?? vnDate(now);
  const params = config.parametersOn(date);
  const level = d.issuerLevel as IssuerLevel;
  const dossiers = d.dossierIds.length
    ? await db
        .select({
          id: dossier.id,
          title: dossier.title,
          kind: dossier.kind,
          year: dossier.year,
          status: dossier.status,
          unitName: unit.name,
          addresseeUnitId: dossier.addresseeUnitId,
        })
        .from(dossier)
        .innerJoin(unit, eq(unit.id, dossier.unitId))
        .where(inArray(dossier.id, d.dossierIds))
        .orderBy(dossier.id)
    : [];
  const draft = d.status === 'draft';
  const { awardees, excluded, total } = draft
    ? await draftAwardees(db, d.dossierIds, { issuerLevel: level, date, params, timeline: config.timeline })
    : { ...(await issuedAwardees(db, d.id, level, date, d.year)), excluded: [] };
  const gate = checkDisclosureGate({
    dossiers,
    disclosures: await disclosuresOf(db, d.dossierIds),
    decisionDate: date,
    periodDays: params.disclosurePeriodDays,
  });
  const blockers: string[] = [];
  if (draft) {
    if (!d.decisionDate || !d.signerName?.trim() || !d.signerTitle?.trim())
      blockers.push('Chưa nhập đủ ngày quyết định, họ tên và chức vụ người ký.');
    if (d.kind === 'award' && awardees.length === 0)
      blockers.push('Chưa có cá nhân, tập thể nào đủ điều kiện đưa vào quyết định.');
    for (const a of awardees.filter((x) => !x.authority.allowed))
      blockers.push(`${a.name} – ${a.targetName}: ${a.authority.message}`);
    for (const x of dossiers.filter(
      (x) =>
        x.addresseeUnitId !== d.issuerUnitId || !(DRAFTABLE_STATUSES as readonly string[]).includes(x.status),
    ))
      blockers.push(`Hồ sơ “${x.title}” không còn ở trạng thái chờ quyết định.`);
    if (!gate.allowed)
      for (const i of gate.items.filter((x) => x.state === 'running' || x.state === 'missing')) {
        const t = dossiers.find((x) => x.id === i.dossierId)?.title ?? `#${i.dossierId}`;
        blockers.push(
          i.state === 'running'
            ? `Hồ sơ “${t}” đang công khai đến hết ngày ${i.endsOn!.split('-').reverse().join('/')}; chỉ ban hành từ ngày ${i.issuableFrom!.split('-').reverse().join('/')}.`
            : `Hồ sơ “${t}” chưa được công khai danh sách đề nghị khen thưởng.`,
        );
      }
  }
  return {
    date,
    dossiers,
    awardees,
    excluded,
    total,
    baseSalary: baseSalaryOn(date, config.timeline)?.amount ?? null,
    gate: { ...gate, periodDays: params.disclosurePeriodDays },
    blockers,
  };
}

export async function decisionDetail(db: DbOrTx, ctx: Ctx, id: number): Promise<DecisionDetail> {
  const d = await loadDecision(db, id);
  assertDecisionReadable(ctx.actor, d.issuerPath);
  const [issuer] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, d.issuerUnitId));
  const e = await evaluateDecision(db, d, ctx.now);
  let revokes: DecisionDetail['data']['revokes'] = null;
  if (d.kind === 'revocation') {
    const rows = await db
      .select({ id: decisionAward.id, name: decisionAward.subjectName, number: decision.number })
      .from(revocation)
      .innerJoin(decisionAward, eq(decisionAward.id, revocation.decisionAwardId))
      .innerJoin(decision, eq(decision.id, decisionAward.decisionId))
      .where(eq(revocation.decisionId, d.id));
    revokes = rows.map((r) => ({ decisionAwardId: r.id, name: r.name, originalNumber: r.number }));
  }
  return {
    data: {
      id: d.id,
      kind: d.kind as 'award',
      status: d.status as 'draft',
      version: d.version,
      number: d.number,
      seq: d.seq,
      symbol: d.symbol,
      year: d.year,
      title: d.title,
      decisionDate: d.decisionDate,
      signerName: d.signerName,
      signerTitle: d.signerTitle,
      issuer: { id: d.issuerUnitId, name: issuer?.name ?? '', level: d.issuerLevel },
      issuedAt: d.issuedAt?.toISOString() ?? null,
      dossiers: e.dossiers.map(({ addresseeUnitId: _, ...x }) => x),
      awardees: e.awardees.map(({ year: _y, honourUnitId: _u, ...a }) => a),
      excluded: e.excluded,
      total: e.total,
      baseSalary: e.baseSalary,
      authorityOk: e.awardees.every((a) => a.authority.allowed),
      disclosure: { ...e.gate, items: [...e.gate.items] },
      blockers: e.blockers,
      revokes,
    },
    abilities: decisionAbilities(ctx.actor, d),
  };
}
