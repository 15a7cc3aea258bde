import type { evaluateRequestSchema, suggestionsQuery, VerdictDto } from '@vinhdanh/contracts';
import {
  evaluateAllTargets,
  evaluateEligibility,
  getCatalogEntry,
  type BlocStanding,
  type SubjectCase,
  type Verdict,
} from '@vinhdanh/domain';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { authorize, hasPermission } from '../../lib/policy.ts';
import { vnDate } from '../../lib/vn-date.ts';
import { loadReadablePerson } from '../people/people.service.ts';
import { buildPersonCase } from './case-builder.ts';
import { memberAggregatesFromPeople } from './collective-members.ts';
import { loadRuleConfiguration } from './configuration.ts';
import { loadPersonFacts } from './person-facts.repository.ts';
import { blocStandingsFor } from '../scoring/ranking.service.ts';
import { buildUnitCase, loadUnitFacts } from './unit-facts.repository.ts';

const NO_MEMBERS = {
  members: 0,
  female_members: 0,
  completed: 0,
  ldtt: 0,
  cstdcs: 0,
  worst_discipline: null,
};

/** The longest look-back of any rule (CSTĐTQ: two CSTĐ tỉnh periods of three years). */
export const WINDOW_YEARS = 7;

export function presentVerdict(v: Verdict): VerdictDto {
  const entry = getCatalogEntry(v.target);
  return {
    outcome: v.outcome,
    target: v.target,
    ...(entry ? { targetName: entry.name } : {}),
    regime: v.regime,
    reasons: v.reasons.map((r) => ({ ...r, facts: { ...r.facts } })),
  };
}

/** The stateless calculator: a self-contained case in, verdicts out. */
export async function evaluateCase(database: Database, body: z.infer<typeof evaluateRequestSchema>) {
  const config = await loadRuleConfiguration(database.db);
  const subject = body.case as SubjectCase;
  const regimeDate = body.regimeDate ?? subject.asOfDate;
  const parameters = config.parametersOn(regimeDate);
  if (body.target) {
    if (!getCatalogEntry(body.target)) {
      throw new AppError(
        'VALIDATION_FAILED',
        [{ path: 'body.target', message: `Không có danh hiệu/hình thức "${body.target}"` }],
        `Không có danh hiệu/hình thức "${body.target}" trong danh mục.`,
      );
    }
    const v = evaluateEligibility(subject, body.target, {
      parameters,
      regimeDate,
      ...(body.councilVote ? { councilVote: body.councilVote } : {}),
      ...(body.citedInitiativeIds ? { citedInitiativeIds: body.citedInitiativeIds } : {}),
      ...(body.achievementIds ? { achievementIds: body.achievementIds } : {}),
    });
    return { verdicts: [presentVerdict(v)] };
  }
  return { verdicts: evaluateAllTargets(subject, { parameters, regimeDate }).map(presentVerdict) };
}

export async function personEligibility(
  database: Database,
  ctx: Ctx,
  id: number,
  year: number,
  asOf?: string,
) {
  const person = await loadReadablePerson(database.db, ctx, id);
  if (!hasPermission(ctx.actor, 'eligibility.read', person.unitPath))
    throw new AppError('FORBIDDEN', { permission: 'eligibility.read' });
  const asOfDate = asOf ?? vnDate(ctx.now);
  const [config, facts] = await Promise.all([
    loadRuleConfiguration(database.db),
    loadPersonFacts(database, { personId: id, fromYear: year - WINDOW_YEARS, toYear: year }),
  ]);
  const row = facts.people[0]!;
  const subject = buildPersonCase(row, facts, year, asOfDate);
  const verdicts = evaluateAllTargets(subject, { parameters: config.parametersOn(asOfDate) }).map(
    presentVerdict,
  );
  return {
    subject: { kind: 'individual' as const, id, name: row.full_name, unitName: row.unit_name },
    year,
    asOfDate,
    verdicts,
  };
}

export async function unitEligibility(database: Database, ctx: Ctx, id: number, year: number, asOf?: string) {
  const [u] = await database.db.select().from(unit).where(eq(unit.id, id));
  if (!u) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  authorize(ctx.actor, 'eligibility.read', u.path, 'unit.read');
  const asOfDate = asOf ?? vnDate(ctx.now);
  const [config, rows, standings] = await Promise.all([
    loadRuleConfiguration(database.db),
    loadUnitFacts(database, { unitId: id, year, fromYear: year - WINDOW_YEARS }),
    blocStandingsFor(database.db, year),
  ]);
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', { entity: 'unit', id });
  const subject = buildUnitCase(row, year, asOfDate, standings.get(id) ?? null);
  const verdicts = evaluateAllTargets(subject, { parameters: config.parametersOn(asOfDate) }).map(
    presentVerdict,
  );
  return {
    subject: { kind: 'collective' as const, id, name: row.name, unitName: row.parent_name ?? '' },
    year,
    asOfDate,
    verdicts,
  };
}

export interface Suggestion {
  subjectKind: 'individual' | 'collective';
  subjectId: number;
  name: string;
  unitId: number;
  unitName: string;
  target: string;
  targetName: string;
  outcome: string;
  summary: string;
}

function summarise(v: Verdict): string {
  const failed = v.reasons.filter((r) => !r.passed && r.effect !== 'info');
  return (failed.length ? failed : v.reasons.filter((r) => r.passed && r.effect !== 'info').slice(-1))
    .map((r) => r.message.vi)
    .join(' ');
}

const matches = (outcome: string, wanted: string) =>
  wanted === 'proposable' ? outcome === 'eligible' || outcome === 'needs_council_vote' : outcome === wanted;

/**
 * Batch suggestions for a unit subtree and a year: every person and collective with the titles and
 * forms they qualify for. Facts come from a handful of set-based queries; the engine runs in memory.
 */
export async function computeSuggestions(
  database: Database,
  ctx: Ctx,
  query: z.infer<typeof suggestionsQuery>,
) {
  const [root] = await database.db.select().from(unit).where(eq(unit.id, query.unitId));
  if (!root) throw new AppError('NOT_FOUND', { entity: 'unit', id: query.unitId });
  authorize(ctx.actor, 'eligibility.read', root.path, 'unit.read');
  const asOfDate = vnDate(ctx.now);
  const fromYear = query.year - WINDOW_YEARS;
  const [config, people, units, standings] = await Promise.all([
    loadRuleConfiguration(database.db),
    query.subjectKind === 'collective'
      ? null
      : loadPersonFacts(database, { unitPath: root.path, fromYear, toYear: query.year }),
    query.subjectKind === 'individual'
      ? null
      : loadUnitFacts(database, {
          unitPath: root.path,
          year: query.year,
          fromYear,
          // With every person's facts at hand, member counts come from memory (collective-members.ts).
          skipMembers: query.subjectKind !== 'collective',
        }),
    query.subjectKind === 'individual'
      ? new Map<number, BlocStanding>()
      : blocStandingsFor(database.db, query.year),
  ]);
  const options = { parameters: config.parametersOn(asOfDate) };
  const out: Suggestion[] = [];
  const counts: Record<string, Record<string, number>> = {};
  const keep = (
    kind: Suggestion['subjectKind'],
    id: number,
    name: string,
    unitId: number,
    unitName: string,
    v: Verdict,
  ) => {
    counts[v.target] ??= {};
    counts[v.target]![v.outcome] = (counts[v.target]![v.outcome] ?? 0) + 1;
    if (query.target && v.target !== query.target) return;
    if (!matches(v.outcome, query.outcome)) return;
    out.push({
      subjectKind: kind,
      subjectId: id,
      name,
      unitId,
      unitName,
      target: v.target,
      targetName: getCatalogEntry(v.target)?.name.vi ?? v.target,
      outcome: v.outcome,
      summary: summarise(v),
    });
  };
  if (people) {
    for (const p of people.people) {
      const subject = buildPersonCase(p, people, query.year, asOfDate);
      for (const v of evaluateAllTargets(subject, options))
        keep('individual', p.id, p.full_name, p.unit_id, p.unit_name, v);
    }
  }
  const aggregates = people && units ? memberAggregatesFromPeople(people, query.year) : null;
  for (const u of units ?? []) {
    if (aggregates) Object.assign(u, aggregates.get(u.id) ?? NO_MEMBERS);
    const subject = buildUnitCase(u, query.year, asOfDate, standings.get(u.id) ?? null);
    for (const v of evaluateAllTargets(subject, options))
      keep('collective', u.id, u.name, u.id, u.parent_name ?? '', v);
  }
  return { all: out, counts };
}

export async function listSuggestions(database: Database, ctx: Ctx, query: z.infer<typeof suggestionsQuery>) {
  const { all, counts } = await computeSuggestions(database, ctx, query);
  const start = (query.page - 1) * query.pageSize;
  return {
    data: all.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: all.length,
    counts,
  };
}
