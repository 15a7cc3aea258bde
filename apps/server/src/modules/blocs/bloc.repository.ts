import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { bloc, blocMember, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';

export type BlocRow = typeof bloc.$inferSelect;
export type BlocRole = 'leader' | 'deputy' | 'member';

export interface MemberRow {
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  role: BlocRole;
}

export async function loadBloc(tx: DbOrTx, id: number, lock = false): Promise<BlocRow> {
  const q = tx.select().from(bloc).where(eq(bloc.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'bloc', id });
  return row;
}

export async function loadUnit(tx: DbOrTx, id: number) {
  const [row] = await tx.select().from(unit).where(eq(unit.id, id));
  if (!row) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  return row;
}

/** Members of one year with their units' names and paths, in Vietnamese name order. */
export async function membersOf(tx: DbOrTx, blocId: number, year: number): Promise<MemberRow[]> {
  const rows = await tx
    .select({
      unitId: blocMember.unitId,
      unitName: unit.name,
      unitPath: unit.path,
      year: blocMember.year,
      role: blocMember.role,
    })
    .from(blocMember)
    .innerJoin(unit, eq(unit.id, blocMember.unitId))
    .where(and(eq(blocMember.blocId, blocId), eq(blocMember.year, year)))
    .orderBy(asc(blocMember.id));
  const collator = new Intl.Collator('vi', { sensitivity: 'accent', numeric: true });
  return rows
    .map((r) => ({ ...r, role: r.role as BlocRole }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName));
}

/** Paths of every unit ever a member of the bloc: its members' officers may read the bloc. */
export async function memberPaths(tx: DbOrTx, blocId: number): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ path: unit.path })
    .from(blocMember)
    .innerJoin(unit, eq(unit.id, blocMember.unitId))
    .where(eq(blocMember.blocId, blocId));
  return rows.map((r) => r.path);
}

export async function unitNames(tx: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.select({ id: unit.id, name: unit.name }).from(unit).where(inArray(unit.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** SQL: the bloc has a member unit (any year) whose path satisfies the condition. */
export function hasMemberWhere(condition: ReturnType<typeof sql>) {
  return sql`exists (select 1 from bloc_member bm join unit mu on mu.id = bm.unit_id where bm.bloc_id = ${bloc.id} and (${condition}))`;
}
