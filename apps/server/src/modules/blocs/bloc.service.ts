import type { blocCreateBody, blocListQuery, blocMembersBody, blocUpdateBody } from '@vinhdanh/contracts';
import { proposeRotation } from '@vinhdanh/domain/scoring/index';
import { toSearchText } from '@vinhdanh/domain';
import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { bloc, blocMember } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize, scopeCondition } from '../../lib/policy.ts';
import { authorizeBloc, canManageBloc, canReadBloc, canRunBlocYear } from './bloc.policy.ts';
import {
  type BlocRow,
  hasMemberWhere,
  loadBloc,
  loadUnit,
  type MemberRow,
  memberPaths,
  membersOf,
  unitNames,
} from './bloc.repository.ts';

type Members = z.infer<typeof blocMembersBody>['members'];

export function presentBloc(row: BlocRow, organiserName: string) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as 'bloc' | 'cluster',
    organiserUnitId: row.organiserUnitId,
    organiserName,
    note: row.note,
    version: row.version,
  };
}

function abilities(ctx: Ctx, row: BlocRow, members: MemberRow[] = []) {
  const manage = canManageBloc(ctx.actor, row);
  return { update: manage, manageMembers: manage, runYear: canRunBlocYear(ctx.actor, row, members) };
}

/** Loads a bloc the actor may read (else 404), with the paths of its members of every year. */
export async function readableBloc(tx: DbOrTx, ctx: Ctx, id: number, lock = false) {
  const row = await loadBloc(tx, id, lock);
  const paths = await memberPaths(tx, id);
  const readable = canReadBloc(ctx.actor, row, paths);
  if (!readable) throw new AppError('NOT_FOUND', { entity: 'bloc', id });
  return row;
}

export async function listBlocs(db: Db, ctx: Ctx, query: z.infer<typeof blocListQuery>) {
  const visible = or(
    scopeCondition(ctx.actor, 'bloc.read', bloc.organiserPath),
    hasMemberWhere(scopeCondition(ctx.actor, 'bloc.read', sql`mu.path`)),
  );
  const filters = [visible];
  if (query.q) filters.push(sql`unaccent(lower(${bloc.name})) like ${`%${toSearchText(query.q)}%`}`);
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(bloc)
      .where(where)
      .orderBy(asc(bloc.name), asc(bloc.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(bloc).where(where),
  ]);
  const names = await unitNames(
    db,
    rows.map((r) => r.organiserUnitId),
  );
  return {
    data: rows.map((r) => presentBloc(r, names.get(r.organiserUnitId) ?? '')),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total?.n ?? 0),
  };
}

export async function getBloc(db: Db, ctx: Ctx, id: number) {
  const row = await readableBloc(db, ctx, id);
  const organiser = await loadUnit(db, row.organiserUnitId);
  return { data: presentBloc(row, organiser.name), abilities: abilities(ctx, row) };
}

export async function createBloc(db: Db, ctx: Ctx, body: z.infer<typeof blocCreateBody>) {
  return db.transaction(async (tx) => {
    const organiser = await loadUnit(tx, body.organiserUnitId);
    authorize(ctx.actor, 'bloc.write', organiser.path, 'unit.read');
    const [row] = await tx
      .insert(bloc)
      .values({
        name: body.name,
        kind: body.kind,
        organiserUnitId: organiser.id,
        organiserPath: organiser.path,
        note: body.note ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const data = presentBloc(row!, organiser.name);
    await recordAudit(tx, ctx, {
      action: 'bloc.create',
      entityType: 'bloc',
      entityId: row!.id,
      unitPath: organiser.path,
      after: data,
    });
    return { data, abilities: abilities(ctx, row!) };
  });
}

export async function updateBloc(db: Db, ctx: Ctx, id: number, body: z.infer<typeof blocUpdateBody>) {
  return db.transaction(async (tx) => {
    const before = await readableBloc(tx, ctx, id, true);
    authorizeBloc(true, canManageBloc(ctx.actor, before), 'bloc.write');
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    const { version: _v, ...changes } = body;
    const [row] = await tx
      .update(bloc)
      .set({ ...changes, updatedAt: ctx.now, version: before.version + 1 })
      .where(eq(bloc.id, id))
      .returning();
    const organiser = await loadUnit(tx, row!.organiserUnitId);
    await recordAudit(tx, ctx, {
      action: 'bloc.update',
      entityType: 'bloc',
      entityId: id,
      unitPath: row!.organiserPath,
      before: presentBloc(before, organiser.name),
      after: presentBloc(row!, organiser.name),
    });
    return { data: presentBloc(row!, organiser.name), abilities: abilities(ctx, row!) };
  });
}

const presentMembers = (blocId: number, year: number, rows: MemberRow[]) => ({
  blocId,
  year,
  members: rows.map((m) => ({ unitId: m.unitId, unitName: m.unitName, year: m.year, role: m.role })),
});

export async function getMembers(db: Db, ctx: Ctx, id: number, year: number) {
  await readableBloc(db, ctx, id);
  return presentMembers(id, year, await membersOf(db, id, year));
}

/** One leader and at most two deputies a year; a unit appears once. */
function checkMembers(members: Members): void {
  const ids = members.map((m) => m.unitId);
  if (new Set(ids).size !== ids.length)
    throw new AppError(
      'CONFLICT',
      { field: 'members' },
      'Một đơn vị chỉ được thêm vào khối một lần mỗi năm.',
    );
  if (members.filter((m) => m.role === 'leader').length > 1)
    throw new AppError('CONFLICT', { field: 'members' }, 'Mỗi năm khối chỉ có một đơn vị Trưởng khối.');
  if (members.filter((m) => m.role === 'deputy').length > 2)
    throw new AppError('CONFLICT', { field: 'members' }, 'Mỗi năm khối có tối đa hai đơn vị Phó khối.');
}

async function writeMembers(tx: DbOrTx, ctx: Ctx, row: BlocRow, year: number, members: Members) {
  checkMembers(members);
  for (const m of members) await loadUnit(tx, m.unitId);
  const before = await membersOf(tx, row.id, year);
  await tx.delete(blocMember).where(and(eq(blocMember.blocId, row.id), eq(blocMember.year, year)));
  if (members.length > 0)
    await tx
      .insert(blocMember)
      .values(
        members.map((m) => ({ blocId: row.id, unitId: m.unitId, year, role: m.role, createdAt: ctx.now })),
      );
  const after = await membersOf(tx, row.id, year);
  await recordAudit(tx, ctx, {
    action: 'bloc.members',
    entityType: 'bloc',
    entityId: row.id,
    unitPath: row.organiserPath,
    before: presentMembers(row.id, year, before),
    after: presentMembers(row.id, year, after),
  });
  return presentMembers(row.id, year, after);
}

/** Replaces the year's membership (add, remove, leader and deputy in one call). */
export async function putMembers(
  db: Db,
  ctx: Ctx,
  id: number,
  year: number,
  body: z.infer<typeof blocMembersBody>,
) {
  return db.transaction(async (tx) => {
    const row = await readableBloc(tx, ctx, id, true);
    authorizeBloc(true, canManageBloc(ctx.actor, row), 'bloc.write');
    return writeMembers(tx, ctx, row, year, body.members);
  });
}

/**
 * Proposes the year's leader and deputy by rotation from the previous year's (domain proposeRotation):
 * the members are the year's own when already set, else last year's. With `apply`, the proposal is saved.
 */
export async function rotateLeaders(db: Db, ctx: Ctx, id: number, body: { year: number; apply: boolean }) {
  return db.transaction(async (tx) => {
    const row = await readableBloc(tx, ctx, id, body.apply);
    authorizeBloc(true, canManageBloc(ctx.actor, row), 'bloc.write');
    const previous = await membersOf(tx, id, body.year - 1);
    const current = await membersOf(tx, id, body.year);
    const next = (current.length > 0 ? current : previous).map((m) => ({
      unitId: m.unitId,
      name: m.unitName,
    }));
    const proposal = proposeRotation(
      previous.map((m) => ({ unitId: m.unitId, name: m.unitName, role: m.role })),
      next,
    );
    if (body.apply)
      return writeMembers(
        tx,
        ctx,
        row,
        body.year,
        proposal.map((m) => ({ unitId: m.unitId, role: m.role })),
      );
    return {
      blocId: id,
      year: body.year,
      members: proposal.map((m) => ({ unitId: m.unitId, unitName: m.name, year: body.year, role: m.role })),
    };
  });
}
