import type { PersonFacts } from './person-facts.repository.ts';

// Severity order of discipline levels, lightest first (contracts `disciplineLevels`).
const SEVERITY = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'];

export interface MemberAggregate {
  members: number;
  female_members: number;
  completed: number;
  ldtt: number;
  cstdcs: number;
  worst_discipline: string | null;
}

/**
 * A collective's member counts for a year (members, completed tasks, LĐTT, CSTĐCS, worst discipline),
 * computed from person facts already loaded for the same subtree — the batch then needs no second pass
 * over people in SQL. Must agree with the `members` part of unit-facts.repository.ts (tested).
 */
export function memberAggregatesFromPeople(facts: PersonFacts, year: number): Map<number, MemberAggregate> {
  const yearKey = `${year}|`;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const out = new Map<number, MemberAggregate & { worst: number }>();
  for (const p of facts.people) {
    let agg = out.get(p.unit_id);
    if (!agg) {
      agg = {
        members: 0,
        female_members: 0,
        completed: 0,
        ldtt: 0,
        cstdcs: 0,
        worst_discipline: null,
        worst: -1,
      };
      out.set(p.unit_id, agg);
    }
    agg.members += 1;
    if (p.sex === 'female') agg.female_members += 1;
    const rating = ratingOf(facts.ratings.get(p.id), yearKey);
    if (rating === 'HTXS' || rating === 'HTT' || rating === 'HT') agg.completed += 1;
    const awards = facts.awards.get(p.id);
    if (awards) {
      let ldtt = false;
      let cstdcs = false;
      for (const rec of awards.split(';')) {
        const [code, y] = rec.split('|');
        if (Number(y) !== year) continue;
        if (code === 'LDTT' || code === 'CSTT') ldtt = true;
        else if (code === 'CSTDCS') cstdcs = true;
      }
      if (ldtt) agg.ldtt += 1;
      if (cstdcs) agg.cstdcs += 1;
    }
    const disciplines = facts.disciplines.get(p.id);
    if (disciplines) {
      for (const rec of disciplines.split(';')) {
        const [level, from, to] = rec.split('|');
        if (from! > yearEnd || (to && to < yearStart)) continue;
        const severity = SEVERITY.indexOf(level!);
        if (severity > agg.worst) {
          agg.worst = severity;
          agg.worst_discipline = level!;
        }
      }
    }
  }
  return out;
}

function ratingOf(encoded: string | undefined, yearKey: string): string | null {
  if (!encoded) return null;
  const at = encoded.indexOf(yearKey);
  if (at < 0 || (at > 0 && encoded.charCodeAt(at - 1) !== 59)) return null;
  const end = encoded.indexOf(';', at);
  return encoded.slice(at + yearKey.length, end < 0 ? undefined : end);
}
