import type { Database } from '../../db/client.ts';

/**
 * Set-based facts for eligibility: one query per table for a whole subtree (or one person), each row
 * already grouped per person with string_agg, never one query per person. Records are encoded as
 * `field|field;field|field` — cheaper to ship and split than arrays of composite types.
 */
export interface PersonFactsRow {
  id: number;
  full_name: string;
  sex: string;
  staff_category: string;
  is_direct_worker: boolean;
  leadership_post: string | null;
  unit_id: number;
  unit_name: string;
}

export interface PersonFacts {
  people: PersonFactsRow[];
  ratings: Map<number, string>;
  awards: Map<number, string>;
  initiatives: Map<number, string>;
  disciplines: Map<number, string>;
  investigations: Map<number, string>;
  leaves: Map<number, string>;
  registrations: Map<number, unknown>;
}

export interface FactsFilter {
  /** Unit subtree path ("/1/5/"), or a single person. */
  unitPath?: string;
  personId?: number;
  /** A handful of people (a dossier's nominees). */
  personIds?: number[];
  /** Only years the rules can look at (the longest window is six years). */
  fromYear: number;
  toYear: number;
}

function where(f: FactsFilter, alias: string): { clause: string; params: unknown[] } {
  if (f.personIds !== undefined) return { clause: `${alias}.id = any($1::int[])`, params: [f.personIds] };
  return f.personId !== undefined
    ? { clause: `${alias}.id = $1`, params: [f.personId] }
    : { clause: `${alias}.unit_path like $1`, params: [`${f.unitPath}%`] };
}

async function grouped(database: Database, sql: string, params: unknown[]): Promise<Map<number, string>> {
  const { rows } = await database.query<{ person_id: number; v: string }>(sql, params);
  const map = new Map<number, string>();
  for (const r of rows) map.set(r.person_id, r.v);
  return map;
}

export async function loadPersonFacts(database: Database, f: FactsFilter): Promise<PersonFacts> {
  const w = where(f, 'p');
  const years = [...w.params, f.fromYear, f.toYear];
  const from = `from person p`;
  const [people, ratings, awards, initiatives, disciplines, investigations, leaves, registrations] =
    await Promise.all([
      database.query<PersonFactsRow>(
        `select p.id, p.full_name, p.sex, p.staff_category, p.is_direct_worker, p.leadership_post, p.unit_id, u.name as unit_name
         ${from} join unit u on u.id = p.unit_id where ${w.clause} order by p.sort_key, p.id`,
        w.params,
      ),
      grouped(
        database,
        `select y.person_id, string_agg(y.year || '|' || y.rating, ';') as v
         ${from} join person_year y on y.person_id = p.id
        where ${w.clause} and y.year between $2 and $3 and y.rating is not null group by y.person_id`,
        years,
      ),
      grouped(
        database,
        `select a.person_id, string_agg(a.code || '|' || a.year || '|' || a.kind || '|' || a.issuer_level, ';') as v
         ${from} join award a on a.person_id = p.id
        where ${w.clause} and a.year between $2 and $3 group by a.person_id`,
        years,
      ),
      grouped(
        database,
        `select i.person_id, string_agg(i.id || '|' || i.kind || '|' || i.level || '|' || coalesce(i.recognised_date::text, '') || '|' || coalesce(a.code || '|' || a.year, '|'), ';') as v
         ${from} join initiative i on i.person_id = p.id left join award a on a.id = i.used_for_award_id
        where ${w.clause} group by i.person_id`,
        w.params,
      ),
      grouped(
        database,
        `select d.person_id, string_agg(d.level || '|' || d.from_date || '|' || coalesce(d.to_date::text, ''), ';') as v
         ${from} join discipline d on d.person_id = p.id where ${w.clause} group by d.person_id`,
        w.params,
      ),
      grouped(
        database,
        `select v.person_id, string_agg(v.from_date || '|' || coalesce(v.resolved_date::text, ''), ';') as v
         ${from} join investigation v on v.person_id = p.id where ${w.clause} group by v.person_id`,
        w.params,
      ),
      grouped(
        database,
        `select l.person_id, string_agg(l.kind || '|' || l.from_date || '|' || coalesce(l.to_date::text, l.from_date::text), ';') as v
         ${from} join leave l on l.person_id = p.id where ${w.clause} group by l.person_id`,
        w.params,
      ),
      database.query<{ person_id: number; targets: string[] | null }>(
        `select r.person_id, r.targets ${from} join registration r on r.person_id = p.id
        where ${w.clause} and r.year = $2 and r.status in ('submitted', 'accepted')`,
        [...w.params, f.toYear],
      ),
    ]);
  return {
    people: people.rows,
    ratings,
    awards,
    initiatives,
    disciplines,
    investigations,
    leaves,
    registrations: new Map(registrations.rows.map((r) => [r.person_id, r.targets])),
  };
}
