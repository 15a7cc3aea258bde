/**
 * Issuing a decision and revoking an award. Everything that must hold at the moment of issue is checked
 * again inside one transaction under row locks (the decision, its dossiers); the number is taken last,
 * from decision_counter by an upsert whose row lock serialises issuers of the same register, so numbers
 * are unique and gap-free: a refused or failed issue rolls back and gives its number back.
 */
import { randomBytes } from 'node:crypto';
import type { decisionIssueBody, revokeAwardBody } from '@vinhdanh/contracts';
import {
  certificateCodeFrom,
  decideRevocation,
  formatDecisionNumber,
  formatRegistryNo,
  type IssuerLevel,
  issuerAuthorityName,
  toSearchText,
  vietnameseNameSortKey,
} from '@vinhdanh/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, Tx } from '../../db/client.ts';
import {
  award,
  decision,
  decisionAward,
  dossier,
  dossierEvent,
  honour,
  revocation,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import {
  authorityName,
  awardDecisionDocument,
  dmy,
  loadDocumentContext,
  revocationDocument,
} from './decision-document.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { targetName as targetNameOf } from './decision-awardees.ts';
import { assertDecisionIssuable, assertDecisionReadable } from './decision.policy.ts';
import {
  DRAFTABLE_STATUSES,
  decisionDetail,
  evaluateDecision,
  issuerFacts,
  loadDecision,
  loadUnit,
} from './decision.service.ts';

/** Next number of the issuer's register for the year; the row stays locked until the transaction ends. */
export async function nextDecisionSeq(tx: Tx, issuerUnitId: number, year: number): Promise<number> {
  const { rows } = await tx.execute<{ last_seq: number }>(sql`
    insert into decision_counter (issuer_unit_id, year, last_seq) values (${issuerUnitId}, ${year}, 1)
    on conflict (issuer_unit_id, year) do update set last_seq = decision_counter.last_seq + 1
    returning last_seq`);
  return Number(rows[0]!.last_seq);
}

/** Awards already in the issuer's golden book for the year (read under the counter's lock). */
async function registryCount(tx: Tx, issuerUnitId: number, year: number): Promise<number> {
  const [r] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(decisionAward)
    .innerJoin(decision, eq(decision.id, decisionAward.decisionId))
    .where(and(eq(decision.issuerUnitId, issuerUnitId), eq(decision.year, year), eq(decision.kind, 'award')));
  return Number(r?.n ?? 0);
}

const newCertificateCode = () => certificateCodeFrom(randomBytes(10));

export async function issueDecision(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof decisionIssueBody>,
) {
  const { db } = database;
  const d0 = await loadDecision(db, id);
  assertDecisionIssuable(ctx.actor, d0.issuerPath);
  const docCtx = await loadDocumentContext(db, d0);
  const config = await loadRuleConfiguration(db);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (!locked) throw new AppError('NOT_FOUND', { entity: 'decision', id });
    if (locked.status !== 'draft' || locked.kind !== 'award')
      throw new AppError('DECISION_NOT_DRAFT', { status: locked.status });
    if (locked.version !== body.version)
      throw new AppError('VERSION_CONFLICT', {
        entity: 'decision',
        expected: body.version,
        actual: locked.version,
      });
    const date = body.decisionDate ?? locked.decisionDate;
    if (!date || !locked.signerName?.trim() || !locked.signerTitle?.trim())
      throw new AppError('DECISION_SIGNER_REQUIRED', {
        fields: ['decisionDate', 'signerName', 'signerTitle'].filter(
          (f) => !(f === 'decisionDate' ? date : (locked as Record<string, unknown>)[f]),
        ),
      });
    const year = Number(date.slice(0, 4));
    const d = { ...locked, decisionDate: date, year };

    const dossiers = await tx
      .select()
      .from(dossier)
      .where(inArray(dossier.id, d.dossierIds))
      .orderBy(dossier.id)
      .for('update');
    for (const x of dossiers)
      if (
        x.addresseeUnitId !== d.issuerUnitId ||
        !(DRAFTABLE_STATUSES as readonly string[]).includes(x.status)
      )
        throw new AppError(
          'DECISION_DOSSIER_INVALID',
          { dossierId: x.id, status: x.status },
          `Hồ sơ “${x.title}” không còn ở trạng thái chờ quyết định (có thể đã được đưa vào một quyết định khác).`,
        );

    const e = await evaluateDecision(tx, d, ctx.now, config);
    if (e.awardees.length === 0) throw new AppError('DECISION_NO_AWARDEES', { excluded: e.excluded });
    const refused = e.awardees.filter((a) => !a.authority.allowed);
    if (refused.length > 0)
      throw new AppError(
        'DECISION_AUTHORITY_REFUSED',
        refused.map((a) => ({ nomineeId: a.nomineeId, code: a.code, ruleId: a.authority.ruleId })),
        `${refused
          .slice(0, 3)
          .map((a) => `${a.name} – ${a.targetName}`)
          .join(
            '; ',
          )}${refused.length > 3 ? ` và ${refused.length - 3} đối tượng khác` : ''}: ${refused[0]!.authority.message}`,
      );
    if (!e.gate.allowed)
      throw new AppError(
        'DECISION_DISCLOSURE_PENDING',
        e.gate.items.filter((i) => i.state === 'running' || i.state === 'missing'),
        e.blockers.find((b) => b.includes('công khai')),
      );

    // A dossier none of whose nominees is awarded yet (e.g. all await the council) stays where it is,
    // ready for a later decision, and leaves this decision's record.
    const decided = dossiers.filter((x) => e.awardees.some((a) => a.dossierId === x.id));
    // The number comes last: nothing after this point refuses the issue on a business rule.
    const seq = await nextDecisionSeq(tx, d.issuerUnitId, year);
    const number = formatDecisionNumber(seq, d.symbol);
    const level = d.issuerLevel as IssuerLevel;
    const issuerName = issuerAuthorityName(level, docCtx.issuerName);
    let registry = await registryCount(tx, d.issuerUnitId, year);
    const awardeesOut = [];
    for (const a of e.awardees) {
      const subject = a.personId ? { personId: a.personId } : a.unitId ? { unitId: a.unitId } : null;
      let awardId: number | null = null;
      if (subject) {
        const inserted = await tx
          .insert(award)
          .values({
            ...subject,
            code: a.code,
            kind: a.kind,
            year: a.year,
            decisionNo: number,
            decisionDate: date,
            issuer: issuerName,
            issuerLevel: level,
            createdAt: ctx.now,
          })
          .onConflictDoNothing()
          .returning({ id: award.id });
        if (!inserted[0])
          throw new AppError(
            'DECISION_DUPLICATE_AWARD',
            { nomineeId: a.nomineeId, code: a.code, year: a.year },
            `${a.name} đã có ${a.targetName} năm ${a.year} trong lịch sử khen thưởng.`,
          );
        awardId = inserted[0].id;
      }
      registry += 1;
      const certificateCode = newCertificateCode();
      const registryNo = formatRegistryNo(registry, year);
      const [da] = await tx
        .insert(decisionAward)
        .values({
          decisionId: d.id,
          nomineeId: a.nomineeId,
          personId: a.personId,
          unitId: a.unitId,
          subjectName: a.name,
          unitName: a.unitName,
          code: a.code,
          kind: a.kind,
          amountVnd: a.paid,
          certificateCode,
          registryNo,
          awardId,
          createdAt: ctx.now,
        })
        .returning({ id: decisionAward.id });
      await tx.insert(honour).values({
        decisionAwardId: da!.id,
        year: a.year,
        code: a.code,
        subjectKind: a.subjectKind,
        name: a.name,
        searchName: toSearchText(a.name),
        sortKey: vietnameseNameSortKey(a.name),
        unitId: a.honourUnitId,
        unitName: a.unitName,
        decisionNumber: number,
        decisionDate: date,
        issuer: issuerName,
        certificateCode,
        createdAt: ctx.now,
      });
      awardeesOut.push({ ...a, id: da!.id, certificateCode, registryNo });
    }
    const document = await awardDecisionDocument(docCtx, d, number, date, e.awardees, e.total, e.baseSalary);
    await tx
      .update(decision)
      .set({
        status: 'issued',
        seq,
        number,
        year,
        decisionDate: date,
        issuedAt: ctx.now,
        document,
        dossierIds: decided.map((x) => x.id),
        version: d.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(decision.id, d.id));
    for (const x of decided) {
      await tx
        .update(dossier)
        .set({ status: 'closed', version: x.version + 1, updatedAt: ctx.now })
        .where(eq(dossier.id, x.id));
      const event = {
        dossierId: x.id,
        at: ctx.now,
        actorUserId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        toUnitId: d.issuerUnitId,
      };
      await tx.insert(dossierEvent).values([
        {
          ...event,
          action: 'decide',
          fromStatus: x.status,
          toStatus: 'decided',
          note: `Quyết định số ${number} ngày ${dmy(date)}`,
        },
        { ...event, action: 'close', fromStatus: 'decided', toStatus: 'closed', note: null },
      ]);
    }
    await recordAudit(tx, ctx, {
      action: 'decision.issue',
      entityType: 'decision',
      entityId: d.id,
      unitPath: d.issuerPath,
      before: { status: 'draft' },
      after: {
        status: 'issued',
        number,
        decisionDate: date,
        awardees: awardeesOut.map((a) => ({
          decisionAwardId: a.id,
          name: a.name,
          code: a.code,
          amount: a.paid,
        })),
        total: e.total,
        dossiers: decided.map((x) => x.id),
        leftOpen: dossiers.filter((x) => !decided.includes(x)).map((x) => x.id),
      },
    });
  });
  return decisionDetail(db, ctx, id);
}

/**
 * Revokes one award (Law Art. 93) by its own decision, numbered in the register of the unit that issued
 * the award. Only that unit may do it (for a district award after 01/07/2025, the commune that succeeded
 * it). History: decision_award.revoked_at + revocation row; honour.revoked = true; the award history row
 * is DELETED so it no longer grounds eligibility (the decision_award keeps its award_id, the audit event
 * keeps the deleted row).
 */
export async function revokeAward(
  database: Database,
  ctx: Ctx,
  decisionAwardId: number,
  body: z.infer<typeof revokeAwardBody>,
) {
  const { db } = database;
  const [da0] = await db.select().from(decisionAward).where(eq(decisionAward.id, decisionAwardId));
  if (!da0) throw new AppError('NOT_FOUND', { entity: 'decision_award', id: decisionAwardId });
  const original = await loadDecision(db, da0.decisionId);
  assertDecisionReadable(ctx.actor, original.issuerPath);
  if (original.kind !== 'award' || original.status !== 'issued')
    throw new AppError('NOT_FOUND', { entity: 'decision_award', id: decisionAwardId });
  const revoker = await loadUnit(db, body.issuerUnitId);
  const originalIssuer = await loadUnit(db, original.issuerUnitId);
  const rule = decideRevocation(body.ground, original.issuerLevel as IssuerLevel, body.decisionDate);
  const successor =
    rule.cancellingAuthority !== original.issuerLevel && originalIssuer.successorId === revoker.id;
  if (revoker.id !== original.issuerUnitId && !successor)
    throw new AppError(
      'REVOCATION_WRONG_ISSUER',
      { field: 'issuerUnitId', originalIssuerUnitId: original.issuerUnitId },
      `Chỉ ${authorityName(original.issuerLevel as IssuerLevel, originalIssuer.name)} – người đã quyết định khen thưởng (Quyết định số ${original.number}) – mới có thẩm quyền hủy bỏ (Luật TĐKT Điều 93.8).`,
    );
  assertDecisionIssuable(ctx.actor, revoker.path);
  const f = issuerFacts(revoker);
  const docCtx = await loadDocumentContext(db, {
    issuerUnitId: revoker.id,
    issuerPath: revoker.path,
    dossierIds: [],
  });
  const year = Number(body.decisionDate.slice(0, 4));
  let newId = 0;
  await db.transaction(async (tx) => {
    const [da] = await tx
      .select()
      .from(decisionAward)
      .where(eq(decisionAward.id, decisionAwardId))
      .for('update');
    if (!da) throw new AppError('NOT_FOUND', { entity: 'decision_award', id: decisionAwardId });
    if (da.revokedAt) throw new AppError('AWARD_ALREADY_REVOKED', { revokedAt: da.revokedAt });
    const seq = await nextDecisionSeq(tx, revoker.id, year);
    const number = formatDecisionNumber(seq, f.symbol);
    const targetName = targetNameOf(da.code);
    const document = await revocationDocument(docCtx, {
      issuerLevel: f.level,
      number,
      date: body.decisionDate,
      year,
      signerName: body.signerName,
      signerTitle: body.signerTitle,
      ground: body.ground,
      citation: rule.citation,
      note: body.note,
      awardee: { name: da.subjectName, unitName: da.unitName, targetName },
      original: {
        number: original.number,
        date: original.decisionDate,
        authority: authorityName(original.issuerLevel as IssuerLevel, originalIssuer.name),
      },
    });
    const [rd] = await tx
      .insert(decision)
      .values({
        issuerUnitId: revoker.id,
        issuerPath: revoker.path,
        issuerLevel: f.level,
        kind: 'revocation',
        year,
        seq,
        number,
        symbol: f.symbol,
        decisionDate: body.decisionDate,
        title: `Về việc hủy bỏ quyết định khen thưởng đối với ${da.subjectName}`,
        signerName: body.signerName,
        signerTitle: body.signerTitle,
        status: 'issued',
        dossierIds: [],
        issuedAt: ctx.now,
        document,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: decision.id });
    newId = rd!.id;
    const [rv] = await tx
      .insert(revocation)
      .values({
        decisionAwardId: da.id,
        ground: body.ground,
        note: body.note,
        decisionId: rd!.id,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning({ id: revocation.id });
    await tx
      .update(decisionAward)
      .set({ revokedAt: ctx.now, revocationId: rv!.id })
      .where(eq(decisionAward.id, da.id));
    await tx.update(honour).set({ revoked: true }).where(eq(honour.decisionAwardId, da.id));
    const removed = da.awardId ? await tx.delete(award).where(eq(award.id, da.awardId)).returning() : [];
    await recordAudit(tx, ctx, {
      action: 'decision.revoke',
      entityType: 'decision_award',
      entityId: da.id,
      unitPath: original.issuerPath,
      before: { revokedAt: null, award: removed[0] ?? null },
      after: {
        revocationId: rv!.id,
        decisionId: rd!.id,
        number,
        ground: body.ground,
        citation: rule.citation,
      },
    });
  });
  return decisionDetail(db, ctx, newId);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The issued decision as stored at issue; for a draft, a preview with the number left blank. */
export async function decisionDocumentFile(database: Database, ctx: Ctx, id: number) {
  const { db } = database;
  const d = await loadDecision(db, id);
  assertDecisionReadable(ctx.actor, d.issuerPath);
  const base = (d.number ?? `du-thao-${d.id}`).replace(/[^\p{L}\p{N}-]+/gu, '-');
  if (d.status !== 'draft' && d.document)
    return { content: Buffer.from(d.document), fileName: `quyet-dinh-${base}.docx`, mimeType: DOCX };
  const e = await evaluateDecision(db, d, ctx.now);
  const docCtx = await loadDocumentContext(db, d);
  const content = await awardDecisionDocument(
    docCtx,
    d,
    null,
    d.decisionDate,
    e.awardees,
    e.total,
    e.baseSalary,
  );
  return { content, fileName: `quyet-dinh-${base}.docx`, mimeType: DOCX };
}
