import type {
  AwardRecord,
  DisciplineRecord,
  InitiativeRecord,
  InvestigationRecord,
  LeaveRecord,
  SubjectCase,
  YearRating,
} from '@vinhdanh/domain';
import type { PersonFacts, PersonFactsRow } from './person-facts.repository.ts';

/** Splits `a|b;c|d` into records in one pass (this runs for every person of a province). */
function records(encoded: string | undefined): string[][] {
  if (!encoded) return [];
  const out: string[][] = [];
  let fields: string[] = [];
  let start = 0;
  for (let i = 0; i <= encoded.length; i++) {
    const c = i === encoded.length ? 59 : encoded.charCodeAt(i);
    if (c === 124 || c === 59) {
      fields.push(encoded.slice(start, i));
      start = i + 1;
      if (c === 59) {
        out.push(fields);
        fields = [];
      }
    }
  }
  return out;
}

const orNull = (s: string | undefined) => (s ? s : null);

/** Turns one person's stored facts into the rules engine's input. */
export function buildPersonCase(
  p: PersonFactsRow,
  facts: PersonFacts,
  targetYear: number,
  asOfDate: string,
): SubjectCase {
  const ratings: YearRating[] = records(facts.ratings.get(p.id)).map(([y, r]) => ({
    year: Number(y),
    rating: r as YearRating['rating'],
  }));
  // Decision dates are not loaded: no eligibility rule reads them (they matter for reward amounts).
  const awards: AwardRecord[] = records(facts.awards.get(p.id)).map(([code, y, kind, level]) => ({
    code: code!,
    year: Number(y),
    kind: kind as AwardRecord['kind'],
    issuerLevel: level as AwardRecord['issuerLevel'],
  }));
  const initiatives: InitiativeRecord[] = records(facts.initiatives.get(p.id)).map(
    ([id, kind, level, date, usedCode, usedYear]) => ({
      id: id!,
      kind: kind as InitiativeRecord['kind'],
      level: level as InitiativeRecord['level'],
      recognisedDate: date || `${targetYear}-01-01`,
      ...(usedCode ? { usedFor: [{ code: usedCode, year: Number(usedYear) }] } : {}),
    }),
  );
  const disciplines: DisciplineRecord[] = records(facts.disciplines.get(p.id)).map(([level, from, to]) => ({
    level: level as DisciplineRecord['level'],
    fromDate: from!,
    toDate: orNull(to),
  }));
  const investigations: InvestigationRecord[] = records(facts.investigations.get(p.id)).map(([from, to]) => ({
    kind: 'investigation',
    openedDate: from!,
    resolvedDate: orNull(to),
  }));
  const leaves: LeaveRecord[] = records(facts.leaves.get(p.id)).map(([kind, from, to]) => ({
    kind: kind as LeaveRecord['kind'],
    fromDate: from!,
    toDate: to!,
  }));
  const reg = facts.registrations.get(p.id);
  return {
    subjectId: p.id,
    kind: 'individual',
    targetYear,
    asOfDate,
    attributes: {
      sex: p.sex as 'male' | 'female',
      isDirectWorker: p.is_direct_worker,
      staffCategory: p.staff_category as NonNullable<SubjectCase['attributes']>['staffCategory'],
      leadershipPost: p.leadership_post,
      isArmedForces: p.staff_category === 'luc_luong_vu_trang',
    },
    registration:
      reg === undefined
        ? null
        : { registered: true, ...(Array.isArray(reg) ? { targets: reg as string[] } : {}) },
    ratings,
    awards,
    initiatives,
    disciplines,
    investigations,
    leaves,
  };
}
