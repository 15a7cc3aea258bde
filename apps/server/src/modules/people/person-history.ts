import { asc, desc, eq } from 'drizzle-orm';
import type { PersonDetail } from '@vinhdanh/contracts';
import type { DbOrTx } from '../../db/client.ts';
import {
  award,
  discipline,
  initiative,
  leave,
  personMembership,
  personYear,
  unit,
} from '../../db/schema/index.ts';

type History = Pick<
  PersonDetail,
  'memberships' | 'years' | 'disciplines' | 'initiatives' | 'leaves' | 'awards'
>;

/** Everything recorded about a person over the years: what eligibility is computed from. */
export async function loadPersonHistory(db: DbOrTx, personId: number): Promise<History> {
  const [memberships, years, disciplines, initiatives, leaves, awards] = await Promise.all([
    db
      .select({
        id: personMembership.id,
        unitId: personMembership.unitId,
        unitName: unit.name,
        fromDate: personMembership.fromDate,
        toDate: personMembership.toDate,
        position: personMembership.position,
      })
      .from(personMembership)
      .innerJoin(unit, eq(unit.id, personMembership.unitId))
      .where(eq(personMembership.personId, personId))
      .orderBy(desc(personMembership.fromDate)),
    db
      .select({ year: personYear.year, rating: personYear.rating, note: personYear.note })
      .from(personYear)
      .where(eq(personYear.personId, personId))
      .orderBy(desc(personYear.year)),
    db.select().from(discipline).where(eq(discipline.personId, personId)).orderBy(desc(discipline.fromDate)),
    db
      .select()
      .from(initiative)
      .where(eq(initiative.personId, personId))
      .orderBy(desc(initiative.recognisedDate)),
    db.select().from(leave).where(eq(leave.personId, personId)).orderBy(desc(leave.fromDate)),
    db.select().from(award).where(eq(award.personId, personId)).orderBy(desc(award.year), asc(award.code)),
  ]);
  return {
    memberships,
    years: years as History['years'],
    disciplines: disciplines.map((d) => ({
      id: d.id,
      level: d.level,
      fromDate: d.fromDate,
      toDate: d.toDate,
      decisionNo: d.decisionNo,
      reason: d.reason,
    })) as History['disciplines'],
    initiatives: initiatives.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      level: i.level,
      recognisedBy: i.recognisedBy,
      recognisedDate: i.recognisedDate,
    })) as History['initiatives'],
    leaves: leaves.map((l) => ({
      id: l.id,
      kind: l.kind,
      fromDate: l.fromDate,
      toDate: l.toDate,
    })) as History['leaves'],
    awards: awards.map((a) => ({
      id: a.id,
      code: a.code,
      kind: a.kind,
      year: a.year,
      decisionNo: a.decisionNo,
      decisionDate: a.decisionDate,
      issuer: a.issuer,
      issuerLevel: a.issuerLevel,
    })) as History['awards'],
  };
}
