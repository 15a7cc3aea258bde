/**
 * Who a decision awards. A draft reads its dossiers live: nominees the appraiser found 'eligible' whose
 * title needs no council ballot, plus nominees that PASSED a council session (session_item.result =
 * 'passed', the latest tallied item of the nominee). Titles needing a ballot with no result yet are left
 * out with the reason shown. An issued decision reads its own decision_award rows.
 */
import {
  type decisionAwardeeSchema,
  type excludedNomineeSchema,
  nomineeAppraisals,
} from '@vinhdanh/contracts';
import {
  type BaseSalaryStep,
  canConfer,
  decisionAmounts,
  getCatalogEntry,
  type IssuerLevel,
  needsCouncilVote,
  type RuleParameters,
  type SubjectKind,
} from '@vinhdanh/domain';
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import {
  decision,
  decisionAward,
  dossier,
  honour,
  nominee,
  person,
  revocation,
  sessionItem,
  unit,
} from '../../db/schema/index.ts';

export type Awardee = z.infer<typeof decisionAwardeeSchema> & {
  year: number;
  /** The unit the honour roll files the award under: a person's unit, or the collective itself. */
  honourUnitId: number | null;
};
export type Excluded = z.infer<typeof excludedNomineeSchema>;

export const targetName = (code: string) => getCatalogEntry(code)?.name.vi ?? code;

export function authorityOf(level: IssuerLevel, code: string, date: string) {
  const r = canConfer(level, code, date);
  return {
    allowed: r.allowed,
    ruleId: r.reason.ruleId,
    message: r.reason.message.vi,
    citation: r.reason.citation,
  };
}

interface AmountContext {
  issuerLevel: IssuerLevel;
  date: string;
  params: RuleParameters;
  timeline: readonly BaseSalaryStep[];
}

/** Nominees of the dossiers, split into awardees (with amounts and authority) and the excluded. */
export async function draftAwardees(
  db: DbOrTx,
  dossierIds: number[],
  ctx: AmountContext,
): Promise<{ awardees: Awardee[]; excluded: Excluded[]; total: number }> {
  if (dossierIds.length === 0) return { awardees: [], excluded: [], total: 0 };
  const rows = await db
    .select({
      n: nominee,
      kind: dossier.kind,
      year: dossier.year,
      personName: person.fullName,
      personUnitName: unit.name,
      personUnitId: person.unitId,
    })
    .from(nominee)
    .innerJoin(dossier, eq(dossier.id, nominee.dossierId))
    .leftJoin(person, eq(person.id, nominee.personId))
    .leftJoin(unit, eq(unit.id, person.unitId))
    .where(and(inArray(nominee.dossierId, dossierIds), isNull(nominee.removedAt)))
    .orderBy(nominee.dossierId, nominee.position, nominee.sortKey, nominee.id);
  const nomineeIds = rows.map((r) => r.n.id);
  const items =
    nomineeIds.length === 0
      ? []
      : await db
          .select({ nomineeId: sessionItem.nomineeId, result: sessionItem.result })
          .from(sessionItem)
          .where(and(inArray(sessionItem.nomineeId, nomineeIds), isNotNull(sessionItem.result)))
          .orderBy(desc(sessionItem.sessionId));
  const councilResult = new Map<number, string>();
  for (const i of items) if (!councilResult.has(i.nomineeId)) councilResult.set(i.nomineeId, i.result!);
  const collectiveIds = rows.filter((r) => !r.n.personId && r.n.unitId).map((r) => r.n.unitId!);
  const parents = new Map<number, string>();
  if (collectiveIds.length > 0) {
    const us = await db
      .select({ id: unit.id, parentId: unit.parentId })
      .from(unit)
      .where(inArray(unit.id, collectiveIds));
    const parentIds = us.map((u) => u.parentId).filter((x): x is number => x != null);
    const ps =
      parentIds.length > 0
        ? await db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, parentIds))
        : [];
    for (const u of us) {
      const p = ps.find((x) => x.id === u.parentId);
      if (p) parents.set(u.id, p.name);
    }
  }

  const included: { r: (typeof rows)[number]; basis: 'appraisal' | 'council' }[] = [];
  const excluded: Excluded[] = [];
  for (const r of rows) {
    const n = r.n;
    const base = {
      nomineeId: n.id,
      dossierId: n.dossierId,
      name: n.displayName,
      code: n.target,
      targetName: targetName(n.target),
    };
    if (n.appraisal !== 'eligible') {
      excluded.push({
        ...base,
        reason: n.appraisal
          ? `Kết quả thẩm định: ${nomineeAppraisals.vi[n.appraisal as 'eligible'] ?? n.appraisal}.`
          : 'Chưa có kết quả thẩm định.',
      });
      continue;
    }
    const needsVote = needsCouncilVote(n.target, ctx.params);
    if (!needsVote) {
      included.push({ r, basis: 'appraisal' });
      continue;
    }
    const result = councilResult.get(n.id);
    if (result === 'passed') included.push({ r, basis: 'council' });
    else
      excluded.push({
        ...base,
        reason:
          result === undefined
            ? 'Danh hiệu cần Hội đồng Thi đua – Khen thưởng bỏ phiếu; chưa có kết quả phiên họp.'
            : result === 'not_passed'
              ? 'Không đạt tỷ lệ phiếu đồng ý tại phiên họp Hội đồng.'
              : 'Phiên họp Hội đồng không hợp lệ; cần họp lại.',
      });
  }

  const amounts = decisionAmounts(
    included.map(({ r }) => ({
      subjectKey: r.n.personId ? `p:${r.n.personId}` : r.n.unitId ? `u:${r.n.unitId}` : `n:${r.n.id}`,
      subjectKind: r.n.subjectKind as SubjectKind,
      code: r.n.target,
      year: r.year,
    })),
    ctx.date,
    { baseSalaryTimeline: ctx.timeline, rounding: ctx.params.roundingRule },
  );
  const awardees = included.map(({ r, basis }, i): Awardee => {
    const n = r.n;
    const line = amounts.lines[i]!;
    return {
      id: null,
      nomineeId: n.id,
      dossierId: n.dossierId,
      personId: n.personId,
      unitId: n.personId ? null : n.unitId,
      subjectKind: n.subjectKind,
      name: n.displayName,
      unitName: n.personId ? (r.personUnitName ?? null) : n.unitId ? (parents.get(n.unitId) ?? null) : null,
      code: n.target,
      targetName: targetName(n.target),
      kind: r.kind,
      year: r.year,
      honourUnitId: n.personId ? (r.personUnitId ?? null) : n.unitId,
      amount: line.amount,
      paid: line.paid,
      amountNote: line.note,
      basis,
      authority: authorityOf(ctx.issuerLevel, n.target, ctx.date),
      certificateCode: null,
      registryNo: null,
      revokedAt: null,
      revocation: null,
    };
  });
  return { awardees, excluded, total: amounts.total };
}

/** The awardees written when the decision was issued, with their revocations. */
export async function issuedAwardees(
  db: DbOrTx,
  decisionId: number,
  issuerLevel: IssuerLevel,
  date: string,
  year: number,
): Promise<{ awardees: Awardee[]; total: number }> {
  const rows = await db
    .select({
      a: decisionAward,
      ground: revocation.ground,
      note: revocation.note,
      number: decision.number,
      subjectKind: honour.subjectKind,
    })
    .from(decisionAward)
    .leftJoin(honour, eq(honour.decisionAwardId, decisionAward.id))
    .leftJoin(revocation, eq(revocation.id, decisionAward.revocationId))
    .leftJoin(decision, eq(decision.id, revocation.decisionId))
    .where(eq(decisionAward.decisionId, decisionId))
    .orderBy(decisionAward.id);
  let total = 0;
  const awardees = rows.map(({ a, ground, note, number, subjectKind }): Awardee => {
    total += a.amountVnd ?? 0;
    return {
      id: a.id,
      nomineeId: a.nomineeId,
      dossierId: null,
      personId: a.personId,
      unitId: a.unitId,
      subjectKind: subjectKind ?? (a.personId ? 'individual' : 'collective'),
      name: a.subjectName,
      unitName: a.unitName,
      code: a.code,
      targetName: targetName(a.code),
      kind: a.kind,
      year,
      honourUnitId: null,
      amount: a.amountVnd,
      paid: a.amountVnd ?? 0,
      amountNote: a.amountVnd ? 'paid' : 'no_amount',
      basis: 'appraisal',
      authority: authorityOf(issuerLevel, a.code, date),
      certificateCode: a.certificateCode,
      registryNo: a.registryNo,
      revokedAt: a.revokedAt?.toISOString() ?? null,
      revocation: ground ? { ground, note, decisionNumber: number } : null,
    };
  });
  return { awardees, total };
}
