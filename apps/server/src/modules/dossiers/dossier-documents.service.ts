import { createHash } from 'node:crypto';
import type { dossierGenerateBody } from '@vinhdanh/contracts';
import { dossierKinds, nomineeAppraisals, ratings, recognitionLevels } from '@vinhdanh/contracts';
import {
  appraiserMayAppraise,
  type DossierStatus,
  formatViDate,
  getCatalogEntry,
  proposerMayEdit,
} from '@vinhdanh/domain';
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx } from '../../db/client.ts';
import {
  award,
  dossier,
  dossierFile,
  initiative,
  movement,
  nominee,
  person,
  personYear,
  unit,
  unitYear,
} from '../../db/schema/index.ts';
import {
  type AchievementReportInput,
  type OfficialHeader,
  renderAchievementReport,
  renderNomineeList,
  renderSubmissionLetter,
} from '../../documents/docx/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { checkFile } from '../blocs/bloc-files.ts';
import { assertDossierReadable } from './dossier.policy.ts';
import { lockDossier } from './dossier.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Signed scans and supporting papers: the same checks (extension AND first bytes) as other uploads. */
export const UPLOAD_DOC_CODES = new Set([
  'submission',
  'achievement_report',
  'review_minutes',
  'ballot_result',
  'initiative_certificate',
  'scope_certificate',
  'electronic_copy',
  'career_summary_report',
  'adhoc_certificate',
  'nominee_list',
  'other',
]);

type DossierRow = typeof dossier.$inferSelect;

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** The header of the proposing body: its parent in upper case above it, number and place-date. */
async function headerOf(db: DbOrTx, d: DossierRow, kindCode: string): Promise<OfficialHeader> {
  const ids = d.unitPath.split('/').filter(Boolean).map(Number);
  const chain = await db.select().from(unit).where(inArray(unit.id, ids));
  const self = chain.find((u) => u.id === d.unitId)!;
  const parent = chain.find((u) => u.id === self.parentId) ?? null;
  const root = chain.sort((a, b) => a.path.length - b.path.length)[0] ?? self;
  const place = root.name.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '');
  return {
    parentAgency: parent ? parent.name.toLocaleUpperCase('vi') : null,
    agency: self.name,
    numberLine: d.letterNumber ? `Số: ${d.letterNumber}` : `Số:        /${kindCode}`,
    place,
    date: d.letterDate,
    year: d.letterDate ? Number(d.letterDate.slice(0, 4)) : d.year + 1,
  };
}

async function activeNominees(db: DbOrTx, id: number) {
  return db
    .select({
      n: nominee,
      position: person.position,
      birthDate: person.birthDate,
      sex: person.sex,
      ethnicity: person.ethnicity,
      personUnit: unit.name,
    })
    .from(nominee)
    .leftJoin(person, eq(person.id, nominee.personId))
    .leftJoin(unit, eq(unit.id, person.unitId))
    .where(and(eq(nominee.dossierId, id), isNull(nominee.removedAt)))
    .orderBy(asc(nominee.position), asc(nominee.sortKey), asc(nominee.id));
}

async function addresseeLine(db: DbOrTx, d: DossierRow): Promise<string> {
  const [a] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, d.addresseeUnitId));
  const name = a?.name ?? '';
  return /^(UBND|Ủy ban nhân dân)/i.test(name) ? `Chủ tịch ${name}` : name;
}

async function submissionLetter(db: DbOrTx, d: DossierRow): Promise<Buffer> {
  const [header, rows, addressee, mv] = await Promise.all([
    headerOf(db, d, 'TTr'),
    activeNominees(db, d.id),
    addresseeLine(db, d),
    d.movementId
      ? db
          .select()
          .from(movement)
          .where(eq(movement.id, d.movementId))
          .then((r) => r[0] ?? null)
      : null,
  ]);
  const individuals = rows.filter((r) => r.n.subjectKind === 'individual').length;
  const collectives = rows.length - individuals;
  const basis = [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng;',
  ];
  if (mv?.planNumber)
    basis.push(
      `Căn cứ Kế hoạch số ${mv.planNumber}${mv.planDate ? ` ngày ${formatViDate(mv.planDate)}` : ''}${mv.issuer ? ` của ${mv.issuer}` : ''} về phát động phong trào "${mv.name}";`,
    );
  return renderSubmissionLetter({
    header,
    templateLabel: 'Mẫu số 01 – Nghị định số 152/2025/NĐ-CP',
    subject: d.title.startsWith('Về việc')
      ? d.title
      : `Về việc ${d.title.charAt(0).toLocaleLowerCase('vi')}${d.title.slice(1)}`,
    addressee,
    basis,
    body: [
      `Thực hiện công tác thi đua, khen thưởng năm ${d.year} (${dossierKinds.vi[d.kind as 'regular'].toLocaleLowerCase('vi')}), ${header.agency} đã tổ chức bình xét theo quy định.`,
      `Kính đề nghị xem xét, khen thưởng cho ${individuals} cá nhân và ${collectives} tập thể có thành tích như danh sách dưới đây (kèm theo báo cáo thành tích).`,
    ].join('\n'),
    nominees: rows.map((r) => ({
      name: r.n.displayName,
      subjectKind: r.n.subjectKind as 'individual' | 'collective',
      position: r.position ?? null,
      unitName: r.personUnit ?? header.agency,
      targetName: getCatalogEntry(r.n.target)?.name.vi ?? r.n.target,
      achievement: r.n.achievement,
    })),
    signer: { title: d.signerTitle ?? 'THỦ TRƯỞNG ĐƠN VỊ', name: d.signerName },
    recipients: ['Như trên;', 'Lưu: VT, TĐKT.'],
  });
}

async function achievementReport(
  db: DbOrTx,
  d: DossierRow,
  r: Awaited<ReturnType<typeof activeNominees>>[number],
): Promise<Buffer> {
  const header = await headerOf(db, d, 'BC');
  const n = r.n;
  const targetName = getCatalogEntry(n.target)?.name.vi ?? n.target;
  const awardName = (code: string) => getCatalogEntry(code)?.name.vi ?? code;
  let input: AchievementReportInput;
  const signer = { title: d.signerTitle ?? 'THỦ TRƯỞNG ĐƠN VỊ', name: d.signerName };
  const base = {
    header: { ...header, numberLine: '' },
    targetName,
    year: d.year,
    achievement: n.achievement,
    signer,
  };
  if (n.subjectKind === 'individual' && n.personId) {
    const [years, awards, inits] = await Promise.all([
      db
        .select()
        .from(personYear)
        .where(and(eq(personYear.personId, n.personId), lte(personYear.year, d.year)))
        .orderBy(asc(personYear.year)),
      db
        .select()
        .from(award)
        .where(and(eq(award.personId, n.personId), lte(award.year, d.year)))
        .orderBy(asc(award.year), asc(award.id)),
      db
        .select()
        .from(initiative)
        .where(eq(initiative.personId, n.personId))
        .orderBy(asc(initiative.recognisedDate)),
    ]);
    input = {
      ...base,
      templateLabel: 'Mẫu số 05 – Nghị định số 152/2025/NĐ-CP',
      subject: {
        kind: 'individual',
        fullName: n.displayName,
        birthDate: r.birthDate ?? null,
        sex: (r.sex as 'male' | 'female' | null) ?? null,
        ethnicity: r.ethnicity ?? null,
        position: r.position ?? null,
        unitName: r.personUnit ?? header.agency,
      },
      ratings: years
        .filter((y) => y.rating && y.year > d.year - 6)
        .map((y) => ({ year: y.year, label: ratings.vi[y.rating as 'HTT'] ?? y.rating! })),
      initiatives: inits.map((i) => ({
        title: i.title,
        level: recognitionLevels.vi[i.level as 'unit'] ?? i.level,
        recognisedBy: i.recognisedBy,
        date: i.recognisedDate,
      })),
      awards: awards.map((a) => ({
        year: a.year,
        name: awardName(a.code),
        decisionNumber: a.decisionNo,
        decisionDate: a.decisionDate,
        issuer: a.issuer,
      })),
    };
  } else {
    const unitId = n.unitId!;
    const [[u], years, awards, members] = await Promise.all([
      db.select().from(unit).where(eq(unit.id, unitId)),
      db
        .select()
        .from(unitYear)
        .where(and(eq(unitYear.unitId, unitId), lte(unitYear.year, d.year)))
        .orderBy(asc(unitYear.year)),
      db
        .select()
        .from(award)
        .where(and(eq(award.unitId, unitId), lte(award.year, d.year)))
        .orderBy(asc(award.year), asc(award.id)),
      db.$count(person, eq(person.unitId, unitId)),
    ]);
    const [parent] = u?.parentId ? await db.select().from(unit).where(eq(unit.id, u.parentId)) : [];
    input = {
      ...base,
      templateLabel: 'Mẫu số 04 – Nghị định số 152/2025/NĐ-CP (số mẫu suy luận, cần đối chiếu)',
      subject: {
        kind: 'collective',
        name: n.displayName,
        parentName: parent?.name ?? null,
        memberCount: members,
      },
      ratings: years
        .filter((y) => y.rating && y.year > d.year - 6)
        .map((y) => ({ year: y.year, label: ratings.vi[y.rating as 'HTT'] ?? y.rating! })),
      initiatives: [],
      awards: awards.map((a) => ({
        year: a.year,
        name: awardName(a.code),
        decisionNumber: a.decisionNo,
        decisionDate: a.decisionDate,
        issuer: a.issuer,
      })),
    };
  }
  return renderAchievementReport(input);
}

async function nomineeList(db: DbOrTx, d: DossierRow): Promise<Buffer> {
  const rows = await activeNominees(db, d.id);
  return renderNomineeList({
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: d.letterNumber
      ? `Kèm theo Tờ trình số ${d.letterNumber}${d.letterDate ? ` ngày ${formatViDate(d.letterDate)}` : ''}`
      : `${d.title} (năm ${d.year})`,
    rows: rows.map((r) => ({
      name: r.n.displayName,
      kindLabel: r.n.subjectKind === 'individual' ? 'Cá nhân' : 'Tập thể',
      birthDate: r.birthDate ?? null,
      position: r.position ?? null,
      unitName: r.personUnit ?? '',
      targetName: getCatalogEntry(r.n.target)?.name.vi ?? r.n.target,
      verdictLabel: verdictLabel(r.n.verdictOutcome),
      appraisalLabel: r.n.appraisal ? nomineeAppraisals.vi[r.n.appraisal as 'eligible'] : 'Chưa thẩm định',
      note: r.n.appraisalReason ?? r.n.justification ?? null,
    })),
  });
}

function verdictLabel(outcome: string | null): string {
  switch (outcome) {
    case 'eligible':
      return 'Đủ điều kiện';
    case 'needs_council_vote':
      return 'Đủ điều kiện, cần Hội đồng bỏ phiếu';
    case 'not_eligible':
      return 'Chưa đủ điều kiện';
    case 'deferred':
      return 'Tạm hoãn xét';
    case 'not_modelled':
      return 'Xét thủ công';
    default:
      return '—';
  }
}

interface NewFile {
  docCode: string;
  nomineeId: number | null;
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/**
 * Generates the Tờ trình, the achievement reports or the nominee list from the registry and history.
 * Rendering happens before the write; the write replaces the previous generated copy of the same
 * document (uploaded signed scans are never touched).
 */
export async function generateDocuments(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof dossierGenerateBody>,
) {
  const { db } = database;
  const [d] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  const mayGenerate = (row: DossierRow) => {
    const roles = assertDossierReadable(ctx.actor, row);
    const status = row.status as DossierStatus;
    const proposer = roles.includes('proposer') && proposerMayEdit(status);
    const appraiserList = roles.includes('appraiser') && body.docCode === 'nominee_list';
    if (!proposer && !appraiserList) {
      if (roles.includes('proposer')) throw new AppError('DOSSIER_LOCKED', { status });
      throw new AppError('FORBIDDEN', { permission: 'dossier.write' });
    }
  };
  mayGenerate(d);
  const files: NewFile[] = [];
  const stem = slug(d.title) || `ho-so-${d.id}`;
  if (body.docCode === 'submission') {
    files.push({
      docCode: 'submission',
      nomineeId: null,
      fileName: `to-trinh-${stem}.docx`,
      mimeType: DOCX,
      content: await submissionLetter(db, d),
    });
  } else if (body.docCode === 'nominee_list') {
    files.push({
      docCode: 'nominee_list',
      nomineeId: null,
      fileName: `danh-sach-de-nghi-${stem}.xlsx`,
      mimeType: XLSX,
      content: await nomineeList(db, d),
    });
  } else {
    const rows = (await activeNominees(db, id)).filter((r) => !body.nomineeId || r.n.id === body.nomineeId);
    if (body.nomineeId && rows.length === 0)
      throw new AppError('NOT_FOUND', { entity: 'nominee', id: body.nomineeId });
    if (rows.length === 0) throw new AppError('DOSSIER_NO_NOMINEES');
    for (const r of rows)
      files.push({
        docCode: 'achievement_report',
        nomineeId: r.n.id,
        fileName: `bao-cao-thanh-tich-${slug(r.n.displayName)}-${r.n.id}.docx`,
        mimeType: DOCX,
        content: await achievementReport(db, d, r),
      });
  }
  const saved = await db.transaction(async (tx) => {
    const locked = await lockDossier(tx, id);
    mayGenerate(locked);
    for (const f of files)
      await tx
        .delete(dossierFile)
        .where(
          and(
            eq(dossierFile.dossierId, id),
            eq(dossierFile.docCode, f.docCode),
            eq(dossierFile.source, 'generated'),
            f.nomineeId ? eq(dossierFile.nomineeId, f.nomineeId) : isNull(dossierFile.nomineeId),
          ),
        );
    const rows = await tx
      .insert(dossierFile)
      .values(
        files.map((f) => ({
          dossierId: id,
          nomineeId: f.nomineeId,
          docCode: f.docCode,
          source: 'generated',
          fileName: f.fileName,
          mimeType: f.mimeType,
          size: f.content.length,
          sha256: createHash('sha256').update(f.content).digest('hex'),
          content: f.content,
          createdBy: ctx.actor.userId,
          createdAt: ctx.now,
        })),
      )
      .returning();
    await recordAudit(tx, ctx, {
      action: 'dossier.documents.generate',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      after: {
        docCode: body.docCode,
        files: rows.map((r) => ({ id: r.id, fileName: r.fileName, sha256: r.sha256 })),
      },
    });
    return rows;
  });
  return { data: saved.map((r) => presentFile(r, ctx.actor.displayName)) };
}

function presentFile(r: typeof dossierFile.$inferSelect, createdBy: string | null) {
  return {
    id: r.id,
    nomineeId: r.nomineeId,
    docCode: r.docCode,
    source: r.source as 'generated' | 'uploaded',
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
    createdBy,
  };
}

/** A signed scan or supporting paper: PDF, DOCX, XLSX, JPG or PNG, checked by content, 20 MB at most. */
export async function uploadDossierFile(
  database: Database,
  ctx: Ctx,
  id: number,
  input: { docCode: string | undefined; nomineeId: number | undefined; fileName: string; bytes: Buffer },
) {
  if (!input.docCode || !UPLOAD_DOC_CODES.has(input.docCode))
    throw new AppError(
      'VALIDATION_FAILED',
      { field: 'docCode' },
      'Loại tài liệu (docCode) không hợp lệ; gửi trường docCode trước tệp.',
    );
  const mimeType = checkFile(input.fileName, input.bytes);
  return database.db.transaction(async (tx) => {
    const d = await lockDossier(tx, id);
    const roles = assertDossierReadable(ctx.actor, d);
    const status = d.status as DossierStatus;
    if (
      !(roles.includes('proposer') && proposerMayEdit(status)) &&
      !(roles.includes('appraiser') && appraiserMayAppraise(status))
    )
      throw roles.length
        ? new AppError('DOSSIER_LOCKED', { status })
        : new AppError('FORBIDDEN', { permission: 'dossier.write' });
    if (input.nomineeId) {
      const [n] = await tx
        .select({ id: nominee.id })
        .from(nominee)
        .where(and(eq(nominee.id, input.nomineeId), eq(nominee.dossierId, id)));
      if (!n)
        throw new AppError('VALIDATION_FAILED', { field: 'nomineeId' }, 'Đối tượng không thuộc hồ sơ này.');
    }
    const [row] = await tx
      .insert(dossierFile)
      .values({
        dossierId: id,
        nomineeId: input.nomineeId ?? null,
        docCode: input.docCode!,
        source: 'uploaded',
        fileName: input.fileName.slice(0, 200),
        mimeType,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        content: input.bytes,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'dossier.file.upload',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      after: {
        fileId: row!.id,
        fileName: row!.fileName,
        docCode: row!.docCode,
        size: row!.size,
        sha256: row!.sha256,
      },
    });
    return { data: presentFile(row!, ctx.actor.displayName) };
  });
}

export async function downloadDossierFile(db: DbOrTx, ctx: Ctx, id: number, fileId: number) {
  const [d] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  assertDossierReadable(ctx.actor, d);
  const [f] = await db
    .select()
    .from(dossierFile)
    .where(and(eq(dossierFile.id, fileId), eq(dossierFile.dossierId, id)));
  if (!f) throw new AppError('NOT_FOUND', { entity: 'file', id: fileId });
  return f;
}

export async function deleteDossierFile(database: Database, ctx: Ctx, id: number, fileId: number) {
  await database.db.transaction(async (tx) => {
    const d = await lockDossier(tx, id);
    const roles = assertDossierReadable(ctx.actor, d);
    const status = d.status as DossierStatus;
    if (!roles.includes('proposer')) throw new AppError('FORBIDDEN', { permission: 'dossier.write' });
    if (!proposerMayEdit(status)) throw new AppError('DOSSIER_LOCKED', { status });
    const [f] = await tx
      .delete(dossierFile)
      .where(and(eq(dossierFile.id, fileId), eq(dossierFile.dossierId, id)))
      .returning({ id: dossierFile.id, fileName: dossierFile.fileName, sha256: dossierFile.sha256 });
    if (!f) throw new AppError('NOT_FOUND', { entity: 'file', id: fileId });
    await recordAudit(tx, ctx, {
      action: 'dossier.file.delete',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      before: f,
    });
  });
  return { ok: true as const };
}

/** The nominee list as .xlsx, straight to the reader (not stored). */
export async function nomineeListWorkbook(db: DbOrTx, ctx: Ctx, id: number) {
  const [d] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  assertDossierReadable(ctx.actor, d);
  return { fileName: `danh-sach-de-nghi-${slug(d.title) || d.id}.xlsx`, content: await nomineeList(db, d) };
}
