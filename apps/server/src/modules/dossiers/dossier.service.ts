import type {
  dossierAddNomineesBody,
  dossierCreateBody,
  dossierUpdateBody,
  nomineeInput,
  nomineeRemoveBody,
  nomineeUpdateBody,
} from '@vinhdanh/contracts';
import {
  appraiserMayAppraise,
  getCatalogEntry,
  proposerMayEdit,
  toSearchText,
  vietnameseNameSortKey,
  type DossierStatus,
} from '@vinhdanh/domain';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, DbOrTx, Tx } from '../../db/client.ts';
import {
  dossier,
  dossierEvent,
  dossierFile,
  movement,
  nominee,
  person,
  unit,
} from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { computeNomineeVerdicts, type NomineeVerdict } from './dossier-verdicts.ts';
import { loadDossierDetail } from './dossier.presenter.ts';
import { assertDossierReadable, requireDossierRole } from './dossier.policy.ts';
import { loadWorkingCalendar } from './working-calendar.ts';

type NomineeInput = z.infer<typeof nomineeInput>;

export async function dossierDetail(db: DbOrTx, ctx: Ctx, id: number) {
  return loadDossierDetail(db, ctx, id, await loadWorkingCalendar(db));
}

/** Locks the dossier row for the rest of the transaction and checks the version the client saw. */
export async function lockDossier(tx: Tx, id: number, mode: 'update' | 'share' = 'update') {
  const [d] = await tx.select().from(dossier).where(eq(dossier.id, id)).for(mode);
  if (!d) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  return d;
}

export function checkVersion(d: { version: number }, version: number | undefined, entity = 'dossier') {
  if (version !== undefined && d.version !== version)
    throw new AppError('VERSION_CONFLICT', { entity, expected: version, actual: d.version });
}

/** The body the dossier goes to: given (an ancestor of the proposer, or itself), or found by level. */
async function resolveAddressee(
  db: DbOrTx,
  proposer: typeof unit.$inferSelect,
  level: string,
  given?: number,
) {
  const ancestorIds = proposer.path.split('/').filter(Boolean).map(Number);
  const ancestors = await db.select().from(unit).where(inArray(unit.id, ancestorIds));
  if (given !== undefined) {
    const a = ancestors.find((u) => u.id === given);
    if (!a)
      throw new AppError(
        'VALIDATION_FAILED',
        { field: 'addresseeUnitId' },
        'Nơi nhận hồ sơ phải là chính đơn vị đề nghị hoặc một cấp trên của đơn vị.',
      );
    return a;
  }
  // Commune: the nearest commune above (or the unit itself); province and central: the topmost province unit.
  const byDepth = ancestors.sort((a, b) => b.path.length - a.path.length);
  const found =
    level === 'unit'
      ? proposer
      : level === 'commune'
        ? byDepth.find((u) => u.level === 'commune')
        : byDepth.reverse().find((u) => u.level === 'province');
  if (!found)
    throw new AppError(
      'VALIDATION_FAILED',
      { field: 'targetLevel' },
      level === 'commune'
        ? 'Đơn vị đề nghị không thuộc xã, phường nào: hãy chọn cấp khen thưởng khác hoặc chỉ rõ nơi nhận.'
        : 'Không xác định được cơ quan cấp tỉnh nhận hồ sơ.',
    );
  return found;
}

interface ResolvedNominee {
  input: NomineeInput;
  displayName: string;
  sortKey: string;
  unitId: number | null;
}

/**
 * Checks nominees against the registries: the person or collective exists, belongs to the proposing
 * unit's subtree, the title or form exists in the catalog and suits the subject kind, and no subject is
 * proposed twice for the same target. Errors name the row (nominees[i]).
 */
async function resolveNominees(
  db: DbOrTx,
  proposerPath: string,
  inputs: readonly NomineeInput[],
  existing: ReadonlyArray<{
    personId: number | null;
    unitId: number | null;
    target: string;
    subjectKind: string;
  }>,
): Promise<ResolvedNominee[]> {
  const personIds = [...new Set(inputs.filter((n) => n.personId).map((n) => n.personId!))];
  const unitIds = [...new Set(inputs.filter((n) => n.subjectKind === 'collective').map((n) => n.unitId!))];
  const [people, units] = await Promise.all([
    personIds.length
      ? db
          .select({
            id: person.id,
            fullName: person.fullName,
            unitPath: person.unitPath,
            unitId: person.unitId,
          })
          .from(person)
          .where(inArray(person.id, personIds))
      : [],
    unitIds.length
      ? db
          .select({ id: unit.id, name: unit.name, path: unit.path })
          .from(unit)
          .where(inArray(unit.id, unitIds))
      : [],
  ]);
  const pById = new Map(people.map((p) => [p.id, p]));
  const uById = new Map(units.map((u) => [u.id, u]));
  const seen = new Set(existing.map((e) => `${e.subjectKind}:${e.personId ?? e.unitId}:${e.target}`));
  return inputs.map((n, i) => {
    const field = `nominees[${i}]`;
    const entry = getCatalogEntry(n.target);
    if (!entry)
      throw new AppError(
        'VALIDATION_FAILED',
        { field: `${field}.target`, row: i + 1 },
        `Dòng ${i + 1}: không có danh hiệu/hình thức "${n.target}" trong danh mục.`,
      );
    if (!entry.subjectKinds.includes(n.subjectKind))
      throw new AppError(
        'VALIDATION_FAILED',
        { field: `${field}.target`, row: i + 1 },
        `Dòng ${i + 1}: "${entry.name.vi}" không xét cho ${n.subjectKind === 'individual' ? 'cá nhân' : 'tập thể'}.`,
      );
    let displayName: string;
    let unitId: number | null = null;
    if (n.subjectKind === 'individual') {
      const p = pById.get(n.personId!);
      if (!p?.unitPath.startsWith(proposerPath))
        throw new AppError(
          'VALIDATION_FAILED',
          { field: `${field}.personId`, row: i + 1 },
          `Dòng ${i + 1}: không tìm thấy cá nhân này trong đơn vị đề nghị.`,
        );
      displayName = p.fullName;
      unitId = p.unitId;
    } else {
      const u = uById.get(n.unitId!);
      if (!u?.path.startsWith(proposerPath))
        throw new AppError(
          'VALIDATION_FAILED',
          { field: `${field}.unitId`, row: i + 1 },
          `Dòng ${i + 1}: tập thể không thuộc đơn vị đề nghị.`,
        );
      displayName = u.name;
      unitId = u.id;
    }
    const key = `${n.subjectKind}:${n.subjectKind === 'individual' ? n.personId : n.unitId}:${n.target}`;
    if (seen.has(key))
      throw new AppError(
        'DOSSIER_DUPLICATE_NOMINEE',
        { field, row: i + 1 },
        `Dòng ${i + 1}: ${displayName} đã được đề nghị "${entry.name.vi}" trong hồ sơ này.`,
      );
    seen.add(key);
    return { input: n, displayName, sortKey: vietnameseNameSortKey(displayName), unitId };
  });
}

/**
 * Verdicts are computed BEFORE the write transaction opens: the embedded database has one connection,
 * and the engine's fact queries run outside any transaction.
 */
function verdictsFor(database: Database, ctx: Ctx, year: number, resolved: ResolvedNominee[]) {
  return computeNomineeVerdicts(
    database,
    year,
    vnDate(ctx.now),
    resolved.map((r) => ({
      subjectKind: r.input.subjectKind,
      personId: r.input.personId ?? null,
      unitId: r.unitId,
      target: r.input.target,
    })),
  );
}

async function insertNominees(
  tx: Tx,
  ctx: Ctx,
  dossierId: number,
  resolved: ResolvedNominee[],
  verdicts: NomineeVerdict[],
  startPosition: number,
) {
  if (resolved.length === 0) return [];
  return tx
    .insert(nominee)
    .values(
      resolved.map((r, i) => ({
        dossierId,
        subjectKind: r.input.subjectKind,
        personId: r.input.subjectKind === 'individual' ? r.input.personId! : null,
        unitId: r.unitId,
        displayName: r.displayName,
        sortKey: r.sortKey,
        target: r.input.target,
        achievement: r.input.achievement ?? null,
        justification: r.input.justification?.trim() || null,
        verdict: verdicts[i]!.verdict,
        verdictOutcome: verdicts[i]!.outcome,
        verdictAt: ctx.now,
        position: startPosition + i,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    )
    .returning({ id: nominee.id });
}

export async function createDossier(database: Database, ctx: Ctx, body: z.infer<typeof dossierCreateBody>) {
  const { db } = database;
  const [u] = await db.select().from(unit).where(eq(unit.id, body.unitId));
  if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: body.unitId });
  authorize(ctx.actor, 'dossier.write', u.path, 'unit.read');
  const addressee = await resolveAddressee(db, u, body.targetLevel, body.addresseeUnitId);
  if (body.movementId) {
    const [m] = await db.select({ id: movement.id }).from(movement).where(eq(movement.id, body.movementId));
    if (!m)
      throw new AppError('VALIDATION_FAILED', { field: 'movementId' }, 'Không tìm thấy phong trào thi đua.');
  }
  const resolved = await resolveNominees(db, u.path, body.nominees, []);
  const verdicts = await verdictsFor(database, ctx, body.year, resolved);
  const id = await db.transaction(async (tx) => {
    const [d] = await tx
      .insert(dossier)
      .values({
        unitId: u.id,
        unitPath: u.path,
        addresseeUnitId: addressee.id,
        addresseePath: addressee.path,
        kind: body.kind,
        targetLevel: body.targetLevel,
        year: body.year,
        movementId: body.movementId ?? null,
        title: body.title,
        searchTitle: toSearchText(body.title),
        letterNumber: body.letterNumber ?? null,
        letterDate: body.letterDate ?? null,
        signerTitle: body.signerTitle ?? null,
        signerName: body.signerName ?? null,
        origin: body.origin ?? null,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await insertNominees(tx, ctx, d!.id, resolved, verdicts, 0);
    await tx.insert(dossierEvent).values({
      dossierId: d!.id,
      at: ctx.now,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      note:
        body.origin?.kind === 'suggestions'
          ? 'Tạo từ danh sách đề xuất của hệ thống'
          : body.origin?.kind === 'ranking'
            ? 'Tạo từ kết quả xếp hạng khối thi đua'
            : null,
    });
    await recordAudit(tx, ctx, {
      action: 'dossier.create',
      entityType: 'dossier',
      entityId: d!.id,
      unitPath: u.path,
      after: { title: body.title, kind: body.kind, year: body.year, nominees: resolved.length },
    });
    return d!.id;
  });
  return dossierDetail(db, ctx, id);
}

/** Loads and locks a dossier the actor proposes for, in a state the proposer may edit. */
async function editableDossier(tx: Tx, ctx: Ctx, id: number, version?: number) {
  const d = await lockDossier(tx, id);
  requireDossierRole(ctx.actor, d, 'proposer');
  checkVersion(d, version);
  if (!proposerMayEdit(d.status as DossierStatus)) throw new AppError('DOSSIER_LOCKED', { status: d.status });
  return d;
}

const bump = (d: { version: number }, ctx: Ctx) => ({ version: d.version + 1, updatedAt: ctx.now });

export async function updateDossier(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof dossierUpdateBody>,
) {
  const { db } = database;
  await db.transaction(async (tx) => {
    const d = await editableDossier(tx, ctx, id, body.version);
    if (body.movementId) {
      const [m] = await tx.select({ id: movement.id }).from(movement).where(eq(movement.id, body.movementId));
      if (!m)
        throw new AppError(
          'VALIDATION_FAILED',
          { field: 'movementId' },
          'Không tìm thấy phong trào thi đua.',
        );
    }
    const { version: _v, ...changes } = body;
    await tx
      .update(dossier)
      .set({
        ...changes,
        ...(body.title ? { searchTitle: toSearchText(body.title) } : {}),
        ...bump(d, ctx),
      })
      .where(eq(dossier.id, id));
    await recordAudit(tx, ctx, {
      action: 'dossier.update',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, d[k as keyof typeof d]])),
      after: changes,
    });
  });
  return dossierDetail(db, ctx, id);
}

/** Only a draft that was never sent can be deleted; anything sent stays in the record. */
export async function deleteDossier(database: Database, ctx: Ctx, id: number) {
  await database.db.transaction(async (tx) => {
    const d = await lockDossier(tx, id);
    requireDossierRole(ctx.actor, d, 'proposer');
    if (d.status !== 'draft' || d.submittedAt)
      throw new AppError(
        'DOSSIER_LOCKED',
        { status: d.status },
        'Chỉ xóa được hồ sơ đang soạn và chưa từng gửi.',
      );
    await tx.delete(dossierFile).where(eq(dossierFile.dossierId, id));
    await tx.delete(nominee).where(eq(nominee.dossierId, id));
    await tx.delete(dossierEvent).where(eq(dossierEvent.dossierId, id));
    await tx.delete(dossier).where(eq(dossier.id, id));
    await recordAudit(tx, ctx, {
      action: 'dossier.delete',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      before: { title: d.title, status: d.status },
    });
  });
  return { ok: true as const };
}

export async function addNominees(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof dossierAddNomineesBody>,
) {
  const { db } = database;
  const activeOf = (q: DbOrTx) =>
    q
      .select({
        personId: nominee.personId,
        unitId: nominee.unitId,
        target: nominee.target,
        subjectKind: nominee.subjectKind,
        position: nominee.position,
      })
      .from(nominee)
      .where(and(eq(nominee.dossierId, id), isNull(nominee.removedAt)));
  // Read and evaluate first (no lock held), then re-check everything under the lock.
  const [pre] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!pre) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  requireDossierRole(ctx.actor, pre, 'proposer');
  const draft = await resolveNominees(db, pre.unitPath, body.nominees, await activeOf(db));
  const verdicts = await verdictsFor(database, ctx, pre.year, draft);
  await db.transaction(async (tx) => {
    const d = await editableDossier(tx, ctx, id, body.version);
    const existing = await activeOf(tx);
    const resolved = await resolveNominees(tx, d.unitPath, body.nominees, existing);
    const start = existing.reduce((m, e) => Math.max(m, e.position + 1), 0);
    await insertNominees(tx, ctx, id, resolved, verdicts, start);
    await tx.update(dossier).set(bump(d, ctx)).where(eq(dossier.id, id));
    await recordAudit(tx, ctx, {
      action: 'dossier.nominees.add',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      after: { nominees: resolved.map((r) => ({ name: r.displayName, target: r.input.target })) },
    });
  });
  return dossierDetail(db, ctx, id);
}

async function lockNominee(tx: Tx, dossierId: number, nomineeId: number, version: number) {
  const [n] = await tx
    .select()
    .from(nominee)
    .where(and(eq(nominee.id, nomineeId), eq(nominee.dossierId, dossierId)))
    .for('update');
  if (!n) throw new AppError('NOT_FOUND', { entity: 'nominee', id: nomineeId });
  checkVersion(n, version, 'nominee');
  return n;
}

export async function updateNominee(
  database: Database,
  ctx: Ctx,
  id: number,
  nomineeId: number,
  body: z.infer<typeof nomineeUpdateBody>,
) {
  const { db } = database;
  await db.transaction(async (tx) => {
    const d = await editableDossier(tx, ctx, id);
    const n = await lockNominee(tx, id, nomineeId, body.version);
    if (n.removedAt) throw new AppError('DOSSIER_LOCKED', { nomineeId }, 'Đối tượng đã bị bỏ khỏi hồ sơ.');
    const changes = {
      ...(body.achievement !== undefined ? { achievement: body.achievement?.trim() || null } : {}),
      ...(body.justification !== undefined ? { justification: body.justification?.trim() || null } : {}),
    };
    await tx
      .update(nominee)
      .set({ ...changes, ...bump(n, ctx) })
      .where(eq(nominee.id, nomineeId));
    await tx.update(dossier).set({ updatedAt: ctx.now }).where(eq(dossier.id, id));
    await recordAudit(tx, ctx, {
      action: 'dossier.nominee.update',
      entityType: 'nominee',
      entityId: nomineeId,
      unitPath: d.unitPath,
      before: { achievement: n.achievement, justification: n.justification },
      after: changes,
    });
  });
  return dossierDetail(db, ctx, id);
}

/** The proposer takes a nominee out (with the reason); the row stays, marked removed. */
export async function removeNominee(
  database: Database,
  ctx: Ctx,
  id: number,
  nomineeId: number,
  body: z.infer<typeof nomineeRemoveBody>,
) {
  const { db } = database;
  await db.transaction(async (tx) => {
    const d = await editableDossier(tx, ctx, id);
    const n = await lockNominee(tx, id, nomineeId, body.version);
    if (n.removedAt) throw new AppError('DOSSIER_LOCKED', { nomineeId }, 'Đối tượng đã bị bỏ khỏi hồ sơ.');
    await tx
      .update(nominee)
      .set({ removedAt: ctx.now, removedReason: body.reason, ...bump(n, ctx) })
      .where(eq(nominee.id, nomineeId));
    await tx.update(dossier).set(bump(d, ctx)).where(eq(dossier.id, id));
    await recordAudit(tx, ctx, {
      action: 'dossier.nominee.remove',
      entityType: 'nominee',
      entityId: nomineeId,
      unitPath: d.unitPath,
      before: { name: n.displayName, target: n.target },
      after: { reason: body.reason },
    });
  });
  return dossierDetail(db, ctx, id);
}

/** Re-runs the rules engine for every nominee still in the dossier (history may have changed). */
export async function reverifyDossier(database: Database, ctx: Ctx, id: number) {
  const { db } = database;
  const [pre] = await db.select().from(dossier).where(eq(dossier.id, id));
  if (!pre) throw new AppError('NOT_FOUND', { entity: 'dossier', id });
  const allowed = (d: typeof pre) => {
    const roles = assertDossierReadable(ctx.actor, d);
    const status = d.status as DossierStatus;
    if (
      !(roles.includes('proposer') && proposerMayEdit(status)) &&
      !(roles.includes('appraiser') && appraiserMayAppraise(status))
    )
      throw roles.length
        ? new AppError('DOSSIER_LOCKED', { status })
        : new AppError('FORBIDDEN', { permission: 'dossier.write' });
  };
  allowed(pre);
  const rows = await db
    .select()
    .from(nominee)
    .where(and(eq(nominee.dossierId, id), isNull(nominee.removedAt)));
  const verdicts = await computeNomineeVerdicts(
    database,
    pre.year,
    vnDate(ctx.now),
    rows.map((r) => ({
      subjectKind: r.subjectKind as 'individual' | 'collective',
      personId: r.personId,
      unitId: r.unitId,
      target: r.target,
    })),
  );
  await db.transaction(async (tx) => {
    const d = await lockDossier(tx, id);
    allowed(d);
    for (const [i, r] of rows.entries())
      await tx
        .update(nominee)
        .set({
          verdict: verdicts[i]!.verdict,
          verdictOutcome: verdicts[i]!.outcome,
          verdictAt: ctx.now,
          version: sql`${nominee.version} + 1`,
        })
        .where(and(eq(nominee.id, r.id), isNull(nominee.removedAt)));
    await recordAudit(tx, ctx, {
      action: 'dossier.reverify',
      entityType: 'dossier',
      entityId: id,
      unitPath: d.unitPath,
      after: { nominees: rows.length },
    });
  });
  return dossierDetail(db, ctx, id);
}
