import type {
  checklistItemSchema,
  dossierDetailSchema,
  dossierSummarySchema,
  nomineeSchema,
  VerdictDto,
} from '@vinhdanh/contracts';
import {
  availableDossierActions,
  DOSSIER_DOCUMENTS,
  dossierChecklist,
  type DossierStatus,
  dossierDueState,
  getCatalogEntry,
  isFrozen,
  nomineeNeedsJustification,
  proposerMayEdit,
  appraiserMayAppraise,
  type WorkingCalendar,
} from '@vinhdanh/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import { appUser, dossier, dossierEvent, dossierFile, nominee, person, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { assertDossierReadable } from './dossier.policy.ts';
import { workingDaysLeft } from './working-calendar.ts';

export type DossierRow = typeof dossier.$inferSelect;
type Summary = z.infer<typeof dossierSummarySchema>;

/** Documents the generator can produce (.docx letter and reports, .xlsx list). */
export const GENERATABLE = new Set(['submission', 'achievement_report', 'nominee_list']);

export function presentSummary(
  d: DossierRow,
  extra: {
    unitName: string;
    addresseeName: string;
    assignee: { id: number; name: string } | null;
    nomineeCount: number;
  },
  today: string,
  calendar: WorkingCalendar,
): Summary {
  const left = workingDaysLeft(today, d.dueDate, calendar);
  return {
    id: d.id,
    title: d.title,
    kind: d.kind as Summary['kind'],
    targetLevel: d.targetLevel as Summary['targetLevel'],
    year: d.year,
    status: d.status as Summary['status'],
    unitId: d.unitId,
    unitName: extra.unitName,
    addresseeUnitId: d.addresseeUnitId,
    addresseeName: extra.addresseeName,
    assignee: extra.assignee,
    nomineeCount: extra.nomineeCount,
    letterNumber: d.letterNumber,
    submittedAt: d.submittedAt?.toISOString() ?? null,
    dueDate: d.dueDate,
    dueState: dossierDueState({
      status: d.status as DossierStatus,
      dueDate: d.dueDate,
      today,
      workingDaysLeft: left,
    }),
    workingDaysLeft: isFrozen(d.status as DossierStatus) ? null : left,
    updatedAt: d.updatedAt.toISOString(),
    version: d.version,
  };
}

/** The whole dossier as its editor and its appraisers see it, with what the actor may do. */
export async function loadDossierDetail(
  db: DbOrTx,
  ctx: Ctx,
  id: number,
  calendar: WorkingCalendar,
): Promise<z.infer<typeof dossierDetailSchema>> {
  const [d] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  const roles = assertDossierReadable(ctx.actor, d);
  const [nominees, files, events] = await Promise.all([
    db
      .select({
        n: nominee,
        personUnitName: unit.name,
        position: person.position,
        birthDate: person.birthDate,
      })
      .from(nominee)
      .leftJoin(person, eq(person.id, nominee.personId))
      .leftJoin(unit, eq(unit.id, person.unitId))
      .where(eq(nominee.dossierId, id))
      .orderBy(asc(nominee.position), asc(nominee.sortKey), asc(nominee.id)),
    db
      .select({
        id: dossierFile.id,
        nomineeId: dossierFile.nomineeId,
        docCode: dossierFile.docCode,
        source: dossierFile.source,
        fileName: dossierFile.fileName,
        mimeType: dossierFile.mimeType,
        size: dossierFile.size,
        createdAt: dossierFile.createdAt,
        createdBy: appUser.displayName,
      })
      .from(dossierFile)
      .leftJoin(appUser, eq(appUser.id, dossierFile.createdBy))
      .where(eq(dossierFile.dossierId, id))
      .orderBy(asc(dossierFile.id)),
    db.select().from(dossierEvent).where(eq(dossierEvent.dossierId, id)).orderBy(asc(dossierEvent.id)),
  ]);
  const userIds = [
    ...new Set(
      [d.assigneeUserId, ...nominees.map((r) => r.n.appraisedBy), ...events.map((e) => e.toUserId)].filter(
        (x): x is number => x != null,
      ),
    ),
  ];
  const unitIds = [
    ...new Set(
      [
        d.unitId,
        d.addresseeUnitId,
        ...nominees.map((r) => r.n.unitId),
        ...events.map((e) => e.toUnitId),
      ].filter((x): x is number => x != null),
    ),
  ];
  const [users, units] = await Promise.all([
    userIds.length
      ? db
          .select({ id: appUser.id, name: appUser.displayName })
          .from(appUser)
          .where(inArray(appUser.id, userIds))
      : [],
    db.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, unitIds)),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const ref = (uid: number | null) =>
    uid == null ? null : { id: uid, name: userName.get(uid) ?? `#${uid}` };
  const today = vnDate(ctx.now);
  const status = d.status as DossierStatus;
  const active = nominees.filter((r) => !r.n.removedAt);

  const presentedFiles = files.map((f) => ({
    id: f.id,
    nomineeId: f.nomineeId,
    docCode: f.docCode,
    source: f.source as 'generated' | 'uploaded',
    fileName: f.fileName,
    mimeType: f.mimeType,
    size: f.size,
    createdAt: f.createdAt.toISOString(),
    createdBy: f.createdBy ?? null,
  }));

  // Checklist: the union of the documents the catalog requires for the dossier's targets.
  const requiredBy = new Map<string, Set<string>>();
  for (const r of active)
    for (const doc of dossierChecklist(r.n.target)) {
      const set = requiredBy.get(doc.code) ?? new Set<string>();
      set.add(r.n.target);
      requiredBy.set(doc.code, set);
    }
  const checklist: z.infer<typeof checklistItemSchema>[] = DOSSIER_DOCUMENTS.filter((doc) =>
    requiredBy.has(doc.code),
  ).map((doc) => {
    const perNominee = doc.code === 'achievement_report';
    const docFiles = presentedFiles.filter((f) => f.docCode === doc.code);
    const targets = requiredBy.get(doc.code)!;
    const satisfied = perNominee
      ? active
          .filter((r) => targets.has(r.n.target))
          .every((r) => docFiles.some((f) => f.nomineeId === r.n.id))
      : docFiles.length > 0;
    return {
      code: doc.code,
      name: doc.name.vi,
      template: doc.template,
      citation: doc.citation,
      perNominee,
      requiredBy: [...targets],
      generatable: GENERATABLE.has(doc.code),
      files: docFiles,
      satisfied,
    };
  });
  const listFiles = presentedFiles.filter((f) => f.docCode === 'nominee_list');
  checklist.push({
    code: 'nominee_list',
    name: 'Danh sách đề nghị khen thưởng (.xlsx)',
    template: null,
    citation: 'Kèm theo Tờ trình (Luật TĐKT Điều 84.1)',
    perNominee: false,
    requiredBy: [],
    generatable: true,
    files: listFiles,
    satisfied: listFiles.length > 0,
  });
  const otherFiles = presentedFiles.filter((f) => f.docCode !== 'nominee_list' && !requiredBy.has(f.docCode));
  if (otherFiles.length)
    checklist.push({
      code: 'other',
      name: 'Tài liệu khác',
      template: null,
      citation: '',
      perNominee: false,
      requiredBy: [],
      generatable: false,
      files: otherFiles,
      satisfied: true,
    });

  const presentNominee = (r: (typeof nominees)[number]): z.infer<typeof nomineeSchema> => {
    const n = r.n;
    return {
      id: n.id,
      subjectKind: n.subjectKind as 'individual' | 'collective',
      personId: n.personId,
      unitId: n.unitId,
      name: n.displayName,
      unitName: n.personId ? (r.personUnitName ?? null) : n.unitId ? (unitName.get(n.unitId) ?? null) : null,
      position: r.position ?? null,
      birthDate: r.birthDate ?? null,
      target: n.target,
      targetName: getCatalogEntry(n.target)?.name.vi ?? n.target,
      achievement: n.achievement,
      verdict: (n.verdict as VerdictDto | null) ?? null,
      verdictAt: n.verdictAt?.toISOString() ?? null,
      needsJustification: nomineeNeedsJustification(n.verdictOutcome),
      justification: n.justification,
      appraisal: (n.appraisal as 'eligible' | 'not_eligible' | 'needs_information' | null) ?? null,
      appraisalReason: n.appraisalReason,
      appraisedBy: ref(n.appraisedBy),
      appraisedAt: n.appraisedAt?.toISOString() ?? null,
      removedAt: n.removedAt?.toISOString() ?? null,
      removedReason: n.removedReason,
      version: n.version,
    };
  };

  const isProposer = roles.includes('proposer');
  const isAppraiser = roles.includes('appraiser');
  const summary = presentSummary(
    d,
    {
      unitName: unitName.get(d.unitId) ?? '',
      addresseeName: unitName.get(d.addresseeUnitId) ?? '',
      assignee: ref(d.assigneeUserId),
      nomineeCount: active.length,
    },
    today,
    calendar,
  );
  return {
    data: {
      ...summary,
      movementId: d.movementId,
      letterDate: d.letterDate,
      signerTitle: d.signerTitle,
      signerName: d.signerName,
      receivedAt: d.receivedAt?.toISOString() ?? null,
      appraisedAt: d.appraisedAt?.toISOString() ?? null,
      origin: d.origin ?? null,
      nominees: nominees.map(presentNominee),
      checklist,
      events: events.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorName: e.actorName,
        action: e.action,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        toUserName: e.toUserId ? (userName.get(e.toUserId) ?? null) : null,
        toUnitName: e.toUnitId ? (unitName.get(e.toUnitId) ?? null) : null,
        note: e.note,
      })),
    },
    abilities: {
      canEdit: isProposer && proposerMayEdit(status),
      canDelete: isProposer && status === 'draft' && !d.submittedAt,
      canUpload: (isProposer && proposerMayEdit(status)) || (isAppraiser && appraiserMayAppraise(status)),
      canGenerate: isProposer && proposerMayEdit(status),
      canAppraise: isAppraiser && appraiserMayAppraise(status),
    },
    actions: availableDossierActions(status, roles),
  };
}
