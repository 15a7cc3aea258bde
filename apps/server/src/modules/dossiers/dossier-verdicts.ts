import type { VerdictDto } from '@vinhdanh/contracts';
import { evaluateEligibility } from '@vinhdanh/domain';
import type { Database } from '../../db/client.ts';
import { buildPersonCase } from '../eligibility/case-builder.ts';
import { loadRuleConfiguration } from '../eligibility/configuration.ts';
import { presentVerdict, WINDOW_YEARS } from '../eligibility/eligibility.service.ts';
import { loadPersonFacts } from '../eligibility/person-facts.repository.ts';
import { buildUnitCase, loadUnitFacts } from '../eligibility/unit-facts.repository.ts';
import { blocStandingsFor } from '../scoring/ranking.service.ts';

export interface NomineeSubject {
  subjectKind: 'individual' | 'collective';
  personId?: number | null;
  unitId?: number | null;
  target: string;
}

export interface NomineeVerdict {
  verdict: VerdictDto | null;
  /** The engine's outcome, or 'not_modelled' when the target's standards are judged by hand. */
  outcome: string | null;
}

/**
 * The rules engine's verdict for each nominee, from the recorded history, for the dossier's year and
 * the rules in force today. Facts are loaded set-based for all the dossier's people at once.
 */
export async function computeNomineeVerdicts(
  database: Database,
  year: number,
  asOfDate: string,
  items: readonly NomineeSubject[],
): Promise<NomineeVerdict[]> {
  if (items.length === 0) return [];
  const fromYear = year - WINDOW_YEARS;
  const personIds = [...new Set(items.filter((i) => i.personId).map((i) => i.personId!))];
  const unitIds = [
    ...new Set(items.filter((i) => i.subjectKind === 'collective' && i.unitId).map((i) => i.unitId!)),
  ];
  const [config, facts, standings] = await Promise.all([
    loadRuleConfiguration(database.db),
    personIds.length ? loadPersonFacts(database, { personIds, fromYear, toYear: year }) : null,
    unitIds.length ? blocStandingsFor(database.db, year) : null,
  ]);
  const unitRows = new Map(
    (await Promise.all(unitIds.map((unitId) => loadUnitFacts(database, { unitId, year, fromYear })))).flatMap(
      (rows) => rows.map((r) => [r.id, r] as const),
    ),
  );
  const people = new Map((facts?.people ?? []).map((p) => [p.id, p]));
  const options = { parameters: config.parametersOn(asOfDate) };
  return items.map((item) => {
    let subject: Parameters<typeof evaluateEligibility>[0] | null = null;
    if (item.subjectKind === 'individual') {
      const row = item.personId ? people.get(item.personId) : undefined;
      if (row && facts) subject = buildPersonCase(row, facts, year, asOfDate);
    } else {
      const row = item.unitId ? unitRows.get(item.unitId) : undefined;
      if (row) subject = buildUnitCase(row, year, asOfDate, standings?.get(row.id) ?? null);
    }
    if (!subject) return { verdict: null, outcome: null };
    const v = evaluateEligibility(subject, item.target, options);
    const notModelled = v.reasons.some((r) => r.ruleId === 'target-not-modelled');
    return { verdict: presentVerdict(v), outcome: notModelled ? 'not_modelled' : v.outcome };
  });
}
