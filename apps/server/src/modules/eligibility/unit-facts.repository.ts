import type { BlocStanding, SubjectCase } from '@vinhdanh/domain';
import type { Database } from '../../db/client.ts';

export interface UnitFactsRow {
  id: number;
  name: string;
  kind: string;
  parent_name: string | null;
  members: number;
  female_members: number;
  completed: number;
  ldtt: number;
  cstdcs: number;
  worst_discipline: string | null;
  ratings: string | null;
  awards: string | null;
  registered: boolean;
  targets: string[] | null;
}

// Severity order of discipline levels, lightest first (contracts `disciplineLevels`).
const SEVERITY = `array['khien_trach','canh_cao','ha_bac_luong','giang_chuc','cach_chuc','buoc_thoi_viec']`;

const MEMBERS_SQL = `year_awards as (
       select a.person_id,
              bool_or(a.code in ('LDTT', 'CSTT')) as ldtt,
              bool_or(a.code = 'CSTDCS') as cstdcs
         from award a where a.year = $2 and a.person_id is not null group by a.person_id
     ),
     year_discipline as (
       select d.person_id, max(array_position(${SEVERITY}, d.level)) as worst
         from discipline d
        where d.from_date <= make_date($2, 12, 31) and coalesce(d.to_date, 'infinity'::date) >= make_date($2, 1, 1)
        group by d.person_id
     ),
     flags as (
       select p.unit_id, p.sex, y.rating, coalesce(ya.ldtt, false) as ldtt, coalesce(ya.cstdcs, false) as cstdcs, yd.worst
         from person p join units on units.id = p.unit_id
         left join person_year y on y.person_id = p.id and y.year = $2
         left join year_awards ya on ya.person_id = p.id
         left join year_discipline yd on yd.person_id = p.id
     ),
     members as (
       select unit_id,
              count(*)::int as members,
              count(*) filter (where sex = 'female')::int as female_members,
              count(*) filter (where rating in ('HTXS', 'HTT', 'HT'))::int as completed,
              count(*) filter (where ldtt)::int as ldtt,
              count(*) filter (where cstdcs)::int as cstdcs,
              (${SEVERITY})[max(worst)] as worst_discipline
         from flags group by unit_id
     )`;

/**
 * Facts of collectives in a subtree (or one unit) for a year, set-based: member counts from the people
 * whose current unit it is, ratings and awards from the unit and every unit merged into it.
 */
export async function loadUnitFacts(
  database: Database,
  f: { unitPath?: string; unitId?: number; year: number; fromYear: number; skipMembers?: boolean },
): Promise<UnitFactsRow[]> {
  // skipMembers: the caller computes member counts from person facts it already holds.
  const members = f.skipMembers
    ? `members as (select null::int as unit_id, 0 as members, 0 as female_members, 0 as completed, 0 as ldtt,
                          0 as cstdcs, null::text as worst_discipline where false)`
    : MEMBERS_SQL;
  const filter = f.unitId !== undefined ? 'u.id = $1' : 'u.path like $1 and u.successor_id is null';
  const { rows } = await database.query<UnitFactsRow>(
    `with units as (select u.id, u.name, u.kind, u.parent_id from unit u where ${filter} and u.level <> 'village'),
     history as (
       select id as unit_id, id as source_id from units
       union all select s.successor_id, s.id from unit s join units on units.id = s.successor_id
     ),
     -- Grouped once for the whole subtree (a correlated subquery per unit rescans the history list).
     unit_ratings as (
       select h.unit_id, string_agg(uy.year || '|' || uy.rating, ';') as v
         from history h join unit_year uy on uy.unit_id = h.source_id
        where uy.year between $3 and $2 and uy.rating is not null group by h.unit_id
     ),
     unit_awards as (
       select h.unit_id, string_agg(a.code || '|' || a.year || '|' || a.kind || '|' || a.issuer_level, ';') as v
         from history h join award a on a.unit_id = h.source_id
        where a.year between $3 and $2 group by h.unit_id
     ),
     ${members}
     select units.id, units.name, units.kind, parent.name as parent_name,
            coalesce(m.members, 0) as members, coalesce(m.female_members, 0) as female_members,
            coalesce(m.completed, 0) as completed, coalesce(m.ldtt, 0) as ldtt, coalesce(m.cstdcs, 0) as cstdcs,
            m.worst_discipline,
            ur.v as ratings, ua.v as awards,
            r.id is not null as registered, r.targets
       from units
       left join unit parent on parent.id = units.parent_id
       left join members m on m.unit_id = units.id
       left join unit_ratings ur on ur.unit_id = units.id
       left join unit_awards ua on ua.unit_id = units.id
       left join registration r on r.unit_id = units.id and r.person_id is null and r.year = $2 and r.status in ('submitted', 'accepted')
      order by units.id`,
    [f.unitId ?? `${f.unitPath}%`, f.year, f.fromYear],
  );
  return rows;
}

function records(encoded: string | null): string[][] {
  return encoded ? encoded.split(';').map((r) => r.split('|')) : [];
}

/** `bloc`: the unit's standing in a province-run bloc's final ranking (Cờ thi đua, bloc-leader route). */
export function buildUnitCase(
  u: UnitFactsRow,
  targetYear: number,
  asOfDate: string,
  bloc: BlocStanding | null = null,
): SubjectCase {
  return {
    bloc,
    subjectId: u.id,
    kind: 'collective',
    targetYear,
    asOfDate,
    attributes: { isArmedForces: u.kind === 'armed_forces' },
    registration: u.registered ? { registered: true, ...(u.targets ? { targets: u.targets } : {}) } : null,
    ratings: records(u.ratings).map(([y, r]) => ({ year: Number(y), rating: r as 'HTXS' })),
    awards: records(u.awards).map(([code, y, kind, level]) => ({
      code: code!,
      year: Number(y),
      kind: kind as 'regular',
      issuerLevel: level as 'unit',
    })),
    collective: {
      members: u.members,
      completedTasks: u.completed,
      ldttCount: u.ldtt,
      cstdcsCount: u.cstdcs,
      femaleMembers: u.female_members,
      worstMemberDiscipline: (u.worst_discipline as 'khien_trach' | null) ?? null,
    },
  };
}
