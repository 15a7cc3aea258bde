import { toSearchText } from '@vinhdanh/domain';
import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { personListQuery } from '@vinhdanh/contracts';
import type { DbOrTx } from '../../db/client.ts';
import { person, unit } from '../../db/schema/index.ts';

type Sort = z.infer<typeof personListQuery>['sort'];

const ORDER: Record<Sort, SQL[]> = {
  name: [asc(person.sortKey), asc(person.id)],
  '-name': [desc(person.sortKey), desc(person.id)],
  birthDate: [sql`${person.birthDate} asc nulls last`, asc(person.id)],
  '-birthDate': [sql`${person.birthDate} desc nulls last`, desc(person.id)],
  unit: [asc(person.unitPath), asc(person.sortKey), asc(person.id)],
  '-unit': [desc(person.unitPath), desc(person.sortKey), desc(person.id)],
};

export const personColumns = {
  id: person.id,
  fullName: person.fullName,
  birthDate: person.birthDate,
  sex: person.sex,
  ethnicity: person.ethnicity,
  idNumber: person.idNumber,
  position: person.position,
  leadershipPost: person.leadershipPost,
  staffCategory: person.staffCategory,
  isDirectWorker: person.isDirectWorker,
  unitId: person.unitId,
  unitName: unit.name,
  version: person.version,
};

/** Above this many people in the filtered subtree, a substring search goes through the trigram index. */
const TRIGRAM_FROM = 20_000;

/**
 * How large the filtered set is, counted no further than the threshold: an index-only scan of at most
 * TRIGRAM_FROM path entries.
 */
const largeSetMemo = new Map<string, { large: boolean; until: number }>();

async function isLargeSet(db: DbOrTx, base: SQL | undefined, memoKey: string): Promise<boolean> {
  // The size of a subtree barely moves; remember the answer for a minute instead of counting per request.
  const memo = largeSetMemo.get(memoKey);
  if (memo && memo.until > Date.now()) return memo.large;
  const large = await countReaches(db, base);
  if (largeSetMemo.size > 10_000) largeSetMemo.clear();
  largeSetMemo.set(memoKey, { large, until: Date.now() + 60_000 });
  return large;
}

async function countReaches(db: DbOrTx, base: SQL | undefined): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${person} where ${base} limit ${TRIGRAM_FROM}) as capped`);
  return Number(row?.n ?? 0) >= TRIGRAM_FROM;
}

/**
 * One page of people: scope and subtree are path prefixes, the default order is the precomputed
 * Vietnamese sort key, and the page and its total come from one statement (`count(*) over ()`).
 *
 * A name search is a LIKE on the folded name. Over a large set (a whole province) the trigram index
 * finds the matches; within a subtree of a few thousand people, walking the subtree's path index and
 * filtering is several times cheaper than probing the trigram index for common syllables such as
 * "nguyen van" — so for small sets the condition is written so that the planner cannot pick the
 * trigram index (bench/people-list.bench.ts measures both).
 */
export async function findPeoplePage(
  db: DbOrTx,
  filters: { scope: SQL; scopeKey: string; subtreePath?: string; q?: string },
  sort: Sort,
  page: number,
  pageSize: number,
) {
  const conds: SQL[] = [filters.scope];
  if (filters.subtreePath) conds.push(like(person.unitPath, `${filters.subtreePath}%`));
  const q = filters.q ? toSearchText(filters.q) : '';
  if (/^\d{6,12}$/.test(q)) conds.push(like(person.idNumber, `${q}%`));
  else if (q) {
    const viaTrigram = await isLargeSet(
      db,
      and(...conds),
      `${filters.scopeKey}|${filters.subtreePath ?? ''}`,
    );
    conds.push(
      viaTrigram ? like(person.searchName, `%${q}%`) : sql`(${person.searchName} || '') like ${`%${q}%`}`,
    );
  }
  const where = and(...conds);
  if (!q) {
    // No search: an index scan in sort order stops after one page; the count is an index-only scan.
    const [rows, totals] = await Promise.all([
      db
        .select(personColumns)
        .from(person)
        .innerJoin(unit, eq(unit.id, person.unitId))
        .where(where)
        .orderBy(...ORDER[sort])
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db.select({ n: sql<number>`count(*)::int` }).from(person).where(where),
    ]);
    return { rows, total: Number(totals[0]?.n ?? 0) };
  }
  const byName = sort === 'name' || sort === '-name';
  if (byName) return findByNameTwoPhase(db, where, sort === '-name', page, pageSize);
  const counted = await db
    .select({ ...personColumns, total: sql<number>`count(*) over ()` })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  if (counted.length > 0 || page === 1) {
    return { rows: counted.map(({ total: _total, ...row }) => row), total: Number(counted[0]?.total ?? 0) };
  }
  // A page past the end has no row to carry the total.
  const [totals] = await db.select({ n: sql<number>`count(*)::int` }).from(person).where(where);
  return { rows: [], total: Number(totals?.n ?? 0) };
}

/**
 * Search in name order in two steps: the ids of the page and the total come from the covering index
 * person_subtree_name_idx (unit_path, sort_key) INCLUDE (search_name, id) without touching the table;
 * only the page's rows are then read in full.
 */
async function findByNameTwoPhase(
  db: DbOrTx,
  where: SQL | undefined,
  descending: boolean,
  page: number,
  pageSize: number,
) {
  const dir = descending ? sql`desc` : sql`asc`;
  const hits = db
    .select({ hitId: person.id, hitKey: person.sortKey, total: sql<number>`count(*) over ()`.as('total') })
    .from(person)
    .where(where)
    .orderBy(sql`${person.sortKey} ${dir}, ${person.id} ${dir}`)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('hits');
  const rows = await db
    .select({ ...personColumns, total: hits.total })
    .from(hits)
    .innerJoin(person, eq(person.id, hits.hitId))
    .innerJoin(unit, eq(unit.id, person.unitId))
    .orderBy(sql`${hits.hitKey} ${dir}, ${hits.hitId} ${dir}`);
  if (rows.length === 0 && page > 1) {
    const [totals] = await db.select({ n: sql<number>`count(*)::int` }).from(person).where(where);
    return { rows: [], total: Number(totals?.n ?? 0) };
  }
  return { rows: rows.map(({ total: _t, ...row }) => row), total: Number(rows[0]?.total ?? 0) };
}

export async function findPerson(db: DbOrTx, id: number, lock = false) {
  const q = db
    .select({ ...personColumns, unitPath: person.unitPath })
    .from(person)
    .innerJoin(unit, eq(unit.id, person.unitId))
    .where(eq(person.id, id));
  const [row] = lock ? await q.for('update', { of: person }) : await q;
  return row ?? null;
}
