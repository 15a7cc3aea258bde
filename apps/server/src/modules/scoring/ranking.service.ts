import type { SheetSettings } from '@vinhdanh/contracts';
import type { BlocStanding } from '@vinhdanh/domain';
import {
  classify,
  explainTieBreak,
  proposeLeaders,
  rankAssessments,
  totalScore,
} from '@vinhdanh/domain/scoring/index';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import { assessment, bloc, scoreSheet, unit } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';
import { bandsOf } from './sheet.presenter.ts';
import { type loadCriteria, loadCriteriaOf, type SheetRow } from './scoring.repository.ts';
import { sheetInScope } from './sheet.service.ts';

/** The tie-break rule, in words, as the API documents it (domain/scoring/ranking.ts). */
export const TIE_BREAK_RULE = [
  '1. Tổng điểm cao hơn xếp trên.',
  '2. Bằng tổng điểm: đơn vị bị trừ ít điểm hơn xếp trên.',
  '3. Vẫn bằng: so điểm từng tiêu chí cấp 1 theo thứ tự trong bảng (I, II, …); cao hơn xếp trên.',
  '4. Vẫn bằng: nhiều điểm thưởng hơn xếp trên.',
  '5. Vẫn bằng: theo thứ tự chữ cái tiếng Việt của tên đơn vị.',
];

/** Ranks the assessments of a table in the given statuses (totals from reviewed over self points). */
export async function rankSheet(tx: DbOrTx, sheet: SheetRow, statuses: readonly string[]) {
  return (await rankSheets(tx, [sheet], statuses)).get(sheet.id) ?? [];
}

/**
 * Ranks several tables at once: criteria, assessments and scores are each read in one query for all of
 * them, scores as (assessment, criterion, points in hundredths) only — 2,000 units × 200 criteria is
 * 400,000 scores, so neither a query per table nor full rows per score.
 */
export async function rankSheets(tx: DbOrTx, sheets: readonly SheetRow[], statuses: readonly string[]) {
  const out = new Map<number, Awaited<ReturnType<typeof rankOne>>>();
  if (sheets.length === 0) return out;
  const ids = sheets.map((s) => s.id);
  // The scores of many tables are read in two halves at once: PostgreSQL aggregates each on its own
  // connection (and core) while the first answer is parsed here. One connection (PGlite) runs them in turn.
  const half = Math.ceil(ids.length / 2);
  const parts = ids.length > 1 ? [ids.slice(0, half), ids.slice(half)] : [ids];
  const [criteriaBySheet, rows, ...scoreParts] = await Promise.all([
    loadCriteriaOf(tx, ids),
    tx
      .select({
        id: assessment.id,
        sheetId: assessment.sheetId,
        unitId: assessment.unitId,
        status: assessment.status,
        unitName: unit.name,
      })
      .from(assessment)
      .innerJoin(unit, eq(unit.id, assessment.unitId))
      .where(and(inArray(assessment.sheetId, ids), inArray(assessment.status, [...statuses]))),
    ...parts.map((part) => loadPoints(tx, part, statuses)),
  ]);
  const points = new Map<number, Map<number, number>>();
  for (const part of scoreParts) for (const [id, m] of part) points.set(id, m);
  const bySheet = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = bySheet.get(r.sheetId);
    if (list) list.push(r);
    else bySheet.set(r.sheetId, [r]);
  }
  for (const sheet of sheets)
    out.set(
      sheet.id,
      rankOne(sheet, criteriaBySheet.get(sheet.id) ?? [], bySheet.get(sheet.id) ?? [], points),
    );
  return out;
}

/**
 * The points of the assessments of some tables, per assessment and criterion, in hundredths. One row per
 * assessment, "criterion:points,criterion:points…" with the points as numeric text ("12.50"): cheaper
 * for PostgreSQL than rounding each to an integer, and exact once multiplied and rounded here.
 */
async function loadPoints(tx: DbOrTx, sheetIds: readonly number[], statuses: readonly string[]) {
  const res = await tx.execute<{ a: number; v: string }>(sql`
    select s.assessment_id as a,
           string_agg(s.criterion_id::text || ':' || coalesce(s.reviewed_points, s.self_points)::text, ',') as v
      from score s join assessment x on x.id = s.assessment_id
     where x.sheet_id in (${sql.join(
       sheetIds.map((id) => sql`${id}`),
       sql`, `,
     )})
       and x.status in (${sql.join(
         statuses.map((st) => sql`${st}`),
         sql`, `,
       )})
       and coalesce(s.reviewed_points, s.self_points) is not null
     group by s.assessment_id`);
  const points = new Map<number, Map<number, number>>();
  for (const r of res.rows) {
    const m = new Map<number, number>();
    for (const pair of r.v.split(',')) {
      const colon = pair.indexOf(':');
      m.set(Number(pair.slice(0, colon)), Math.round(Number(pair.slice(colon + 1)) * 100));
    }
    points.set(Number(r.a), m);
  }
  return points;
}

function rankOne(
  sheet: SheetRow,
  criteria: Awaited<ReturnType<typeof loadCriteria>>,
  rows: { id: number; unitId: number; status: string; unitName: string }[],
  points: Map<number, Map<number, number>>,
) {
  const bands = bandsOf(sheet.settings as SheetSettings);
  const topMin = bands.length > 0 ? Math.max(...bands.map((b) => b.minPoints)) : null;
  const inputs = rows.map((r) => {
    const t = totalScore(criteria, points.get(r.id) ?? new Map());
    return {
      ...r,
      total: t.total,
      bonus: t.bonus,
      penalty: t.penalty,
      normal: t.normal,
      sections: t.sections,
    };
  });
  const sectionNames = criteria
    .filter((c) => c.parentId === null && c.kind === 'normal')
    .map((c) => `${c.code}. ${c.name}`);
  return rankAssessments(inputs).map((r) => {
    const band = classify(r.row.total, bands);
    return {
      ...r,
      band,
      explanation: explainTieBreak(
        r.decidedBy,
        r.sectionIndex === null ? undefined : sectionNames[r.sectionIndex],
      ),
      topBand: topMin !== null && band?.minPoints === topMin,
    };
  });
}

export async function getRanking(db: Db, ctx: Ctx, sheetId: number) {
  const { sheet } = await sheetInScope(db, ctx, sheetId);
  const ranked = await rankSheet(db, sheet, ['submitted', 'reviewed', 'final']);
  return {
    sheetId,
    blocId: sheet.blocId,
    year: sheet.year,
    isFinal: ranked.length > 0 && ranked.every((r) => r.row.status === 'final'),
    tieBreakRule: TIE_BREAK_RULE,
    rows: ranked.map((r) => ({
      rank: r.rank,
      assessmentId: r.row.id,
      unitId: r.row.unitId,
      unitName: r.row.unitName,
      status: r.row.status as 'submitted' | 'reviewed' | 'final',
      total: r.row.total / 100,
      normal: r.row.normal / 100,
      bonus: r.row.bonus / 100,
      penalty: r.row.penalty / 100,
      band: r.band?.name ?? null,
      decidedBy: r.decidedBy,
      explanation: r.explanation,
    })),
  };
}

/**
 * The units proposed for the provincial Flag (CO_TINH) and Bằng khen (BK_TINH), from the ranking of the
 * FINAL assessments only, with the table's counts and filters (domain proposeLeaders).
 */
export async function getProposals(db: Db, ctx: Ctx, sheetId: number) {
  const scope = await sheetInScope(db, ctx, sheetId);
  const { sheet } = scope;
  const settings = sheet.settings as SheetSettings;
  const ranked = await rankSheet(db, sheet, ['final']);
  const candidates = ranked.map((r) => ({
    ...r,
    unitId: r.row.unitId,
    total: r.row.total,
    penalty: r.row.penalty,
  }));
  const result = proposeLeaders(candidates, {
    flagCount: settings.flagCount,
    certificateCount: settings.certificateCount,
    maxPenalty:
      settings.maxPenaltyForProposal === null ? null : Math.round(settings.maxPenaltyForProposal * 100),
    flagMinBand: settings.flagMinBand,
    bands: bandsOf(settings),
  });
  const finalUnits = new Set(ranked.map((r) => r.row.unitId));
  return {
    sheetId,
    sheetName: sheet.name,
    blocId: sheet.blocId,
    blocName: scope.bloc?.name ?? null,
    year: sheet.year,
    complete: scope.bloc ? scope.members.every((m) => finalUnits.has(m.unitId)) : ranked.length > 0,
    proposals: result.proposed.map(({ candidate: c, award }) => ({
      award,
      unitId: c.unitId,
      unitName: c.row.unitName,
      year: sheet.year,
      total: c.total / 100,
      rank: c.rank,
      band: c.band?.name ?? null,
      sheetId,
      assessmentId: c.row.id,
    })),
    skipped: result.skipped.map(({ candidate: c, reason }) => ({
      unitId: c.unitId,
      unitName: c.row.unitName,
      reason,
    })),
  };
}

/**
 * Bloc standings of a year for the Cờ thi đua bloc-leader rule (flag-bloc-leader.ts): for each bloc
 * organised at province level, the latest published table of the year (highest version not in draft),
 * ranked on final assessments. `exceededTargets` and `outstandingInProvince` are taken from the table:
 * true when the unit reaches the table's highest band — a proxy the council still checks. Blocs
 * organised below the province are left out (they do not lead to the provincial flag). A unit in several
 * blocs keeps its best rank.
 */
export async function blocStandingsFor(db: DbOrTx, year: number): Promise<Map<number, BlocStanding>> {
  const sheets = await db
    .select({ sheet: scoreSheet, organiserLevel: unit.level })
    .from(scoreSheet)
    .innerJoin(bloc, eq(bloc.id, scoreSheet.blocId))
    .innerJoin(unit, eq(unit.id, bloc.organiserUnitId))
    .where(and(eq(scoreSheet.year, year), ne(scoreSheet.status, 'draft')));
  const latest = new Map<number, SheetRow>();
  for (const { sheet, organiserLevel } of sheets) {
    if (organiserLevel !== 'province') continue;
    const seen = latest.get(sheet.blocId!);
    if (!seen || sheet.version > seen.version) latest.set(sheet.blocId!, sheet);
  }
  const out = new Map<number, BlocStanding>();
  const ranked = await rankSheets(db, [...latest.values()], ['final']);
  for (const sheet of latest.values()) {
    for (const r of ranked.get(sheet.id) ?? []) {
      const prev = out.get(r.row.unitId);
      if (prev && prev.rank <= r.rank) continue;
      out.set(r.row.unitId, {
        blocId: String(sheet.blocId),
        organisedBy: 'province',
        rank: r.rank,
        exceededTargets: r.topBand,
        outstandingInProvince: r.topBand,
      });
    }
  }
  return out;
}
