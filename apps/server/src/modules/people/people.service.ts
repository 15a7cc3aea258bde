import type { personCreateBody, personListQuery, personUpdateBody, Person } from '@vinhdanh/contracts';
import { normalizePersonName, toSearchText, vietnameseNameSortKey } from '@vinhdanh/domain';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { person, personMembership, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize, hasPermission, scopeCondition, scopePaths } from '../../lib/policy.ts';
import { findPeoplePage, findPerson } from './people.repository.ts';
import { loadPersonHistory } from './person-history.ts';

type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export function presentPerson(r: Omit<PersonRow, 'unitPath'>): Person {
  return {
    id: r.id,
    fullName: r.fullName,
    birthDate: r.birthDate,
    sex: r.sex as Person['sex'],
    ethnicity: r.ethnicity,
    idNumber: r.idNumber,
    position: r.position,
    leadershipPost: r.leadershipPost,
    staffCategory: r.staffCategory as Person['staffCategory'],
    isDirectWorker: r.isDirectWorker,
    unitId: r.unitId,
    unitName: r.unitName,
    version: r.version,
  };
}

export function personAbilities(ctx: Ctx, unitPath: string) {
  return {
    update: hasPermission(ctx.actor, 'person.write', unitPath),
    writeRecords: hasPermission(ctx.actor, 'record.write', unitPath),
  };
}

export async function listPeople(db: Db, ctx: Ctx, query: z.infer<typeof personListQuery>) {
  let subtreePath: string | undefined;
  if (query.unitId) {
    const [u] = await db.select({ path: unit.path }).from(unit).where(eq(unit.id, query.unitId));
    if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id: query.unitId });
    subtreePath = u.path;
  }
  const scope = scopeCondition(ctx.actor, 'person.read', person.unitPath);
  const { rows, total } = await findPeoplePage(
    db,
    { scope, scopeKey: scopePaths(ctx.actor, 'person.read').join(','), subtreePath, q: query.q },
    query.sort,
    query.page,
    query.pageSize,
  );
  return { data: rows.map(presentPerson), page: query.page, pageSize: query.pageSize, total };
}

/** Loads a person the actor may read, or answers 404 as if it did not exist. */
export async function loadReadablePerson(db: DbOrTx, ctx: Ctx, id: number, lock = false): Promise<PersonRow> {
  const row = await findPerson(db, id, lock);
  if (!row || !hasPermission(ctx.actor, 'person.read', row.unitPath))
    throw new AppError('NOT_FOUND', { entity: 'person', id });
  return row;
}

export async function getPerson(db: Db, ctx: Ctx, id: number) {
  const row = await loadReadablePerson(db, ctx, id);
  const history = await loadPersonHistory(db, id);
  return { data: { ...presentPerson(row), ...history }, abilities: personAbilities(ctx, row.unitPath) };
}

async function loadTargetUnit(tx: DbOrTx, ctx: Ctx, unitId: number) {
  const [u] = await tx.select().from(unit).where(eq(unit.id, unitId));
  if (!u)
    throw new AppError(
      'VALIDATION_FAILED',
      [{ path: 'body.unitId', message: 'Đơn vị không tồn tại' }],
      'Đơn vị không tồn tại.',
    );
  authorize(ctx.actor, 'person.write', u.path, 'unit.read');
  if (u.successorId)
    throw new AppError(
      'CONFLICT',
      { field: 'unitId' },
      `Đơn vị "${u.name}" đã được hợp nhất, hãy chọn đơn vị kế thừa.`,
    );
  return u;
}

async function assertIdNumberFree(tx: DbOrTx, idNumber: string | null | undefined, exceptId?: number) {
  if (!idNumber) return;
  const conds = [eq(person.idNumber, idNumber)];
  if (exceptId) conds.push(ne(person.id, exceptId));
  const [dup] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(...conds));
  if (dup) throw new AppError('DUPLICATE_ID_NUMBER', { field: 'idNumber' });
}

export async function createPerson(db: Db, ctx: Ctx, input: z.infer<typeof personCreateBody>) {
  const body = { ...input, fullName: normalizePersonName(input.fullName) };
  return db.transaction(async (tx) => {
    const u = await loadTargetUnit(tx, ctx, body.unitId);
    await assertIdNumberFree(tx, body.idNumber);
    const [created] = await tx
      .insert(person)
      .values({
        ...body,
        birthDate: body.birthDate ?? null,
        searchName: toSearchText(body.fullName),
        sortKey: vietnameseNameSortKey(body.fullName),
        unitPath: u.path,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: person.id });
    await tx.insert(personMembership).values({
      personId: created!.id,
      unitId: u.id,
      fromDate: ctx.now.toISOString().slice(0, 10),
      position: body.position ?? null,
    });
    const row = (await findPerson(tx, created!.id))!;
    await recordAudit(tx, ctx, {
      action: 'person.create',
      entityType: 'person',
      entityId: row.id,
      unitPath: u.path,
      after: presentPerson(row),
    });
    return { data: presentPerson(row), abilities: personAbilities(ctx, u.path) };
  });
}

export async function updatePerson(db: Db, ctx: Ctx, id: number, body: z.infer<typeof personUpdateBody>) {
  return db.transaction(async (tx) => {
    const before = await loadReadablePerson(tx, ctx, id, true);
    authorize(ctx.actor, 'person.write', before.unitPath, 'person.read');
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const { version: _v, ...changes } = body;
    if (changes.fullName) changes.fullName = normalizePersonName(changes.fullName);
    if (changes.idNumber !== undefined) await assertIdNumberFree(tx, changes.idNumber, id);
    let unitPath = before.unitPath;
    if (changes.unitId && changes.unitId !== before.unitId) {
      const u = await loadTargetUnit(tx, ctx, changes.unitId);
      unitPath = u.path;
      const today = ctx.now.toISOString().slice(0, 10);
      await tx
        .update(personMembership)
        .set({ toDate: today })
        .where(and(eq(personMembership.personId, id), isNull(personMembership.toDate)));
      await tx.insert(personMembership).values({
        personId: id,
        unitId: u.id,
        fromDate: today,
        position: changes.position ?? before.position,
      });
    }
    await tx
      .update(person)
      .set({
        ...changes,
        ...(changes.fullName
          ? { searchName: toSearchText(changes.fullName), sortKey: vietnameseNameSortKey(changes.fullName) }
          : {}),
        unitPath,
        updatedAt: ctx.now,
        version: before.version + 1,
      })
      .where(eq(person.id, id));
    const row = (await findPerson(tx, id))!;
    await recordAudit(tx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      unitPath,
      before: presentPerson(before),
      after: presentPerson(row),
    });
    return { data: presentPerson(row), abilities: personAbilities(ctx, unitPath) };
  });
}
