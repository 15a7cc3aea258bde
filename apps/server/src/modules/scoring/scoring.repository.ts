import type { CriterionNode } from '@vinhdanh/domain/scoring/index';
import { toHundredths } from '@vinhdanh/domain/scoring/index';
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { assessment, criterion, movement, score, scoreSheet, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import { type BlocRow, loadBloc, type MemberRow, memberPaths, membersOf } from '../blocs/bloc.repository.ts';

export type SheetRow = typeof scoreSheet.$inferSelect;
export type AssessmentRow = typeof assessment.$inferSelect;
export type ScoreRow = typeof score.$inferSelect;

/** A numeric column (string from both drivers) in hundredths; null stays null. */
export function hundredths(value: string | null): number | null {
  if (value === null) return null;
  const h = toHundredths(value);
  if (h === null) throw new Error(`not a numeric(8,2) value: ${value}`);
  return h;
}

/**
 * Everything a scoring decision needs about where a table belongs: the bloc (or movement), the path of
 * its organiser, and the members of the table's year with the leader and deputy.
 */
export interface SheetScope {
  sheet: SheetRow;
  bloc: BlocRow | null;
  organiserPath: string;
  memberPaths: string[];
  members: MemberRow[];
  leader: MemberRow | null;
  deputy: MemberRow | null;
}

export async function loadSheet(tx: DbOrTx, id: number, lock = false): Promise<SheetRow> {
  const q = tx.select().from(scoreSheet).where(eq(scoreSheet.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'score_sheet', id });
  return row;
}

export async function scopeOf(tx: DbOrTx, sheet: SheetRow): Promise<SheetScope> {
  if (sheet.blocId) {
    const bloc = await loadBloc(tx, sheet.blocId);
    const members = await membersOf(tx, bloc.id, sheet.year);
    return {
      sheet,
      bloc,
      organiserPath: bloc.organiserPath,
      memberPaths: await memberPaths(tx, bloc.id),
      members,
      leader: members.find((m) => m.role === 'leader') ?? null,
      deputy: members.find((m) => m.role === 'deputy') ?? null,
    };
  }
  const [mv] = await tx
    .select()
    .from(movement)
    .where(eq(movement.id, sheet.movementId ?? 0));
  if (!mv) throw new AppError('NOT_FOUND', { entity: 'movement', id: sheet.movementId });
  return {
    sheet,
    bloc: null,
    organiserPath: mv.unitPath,
    memberPaths: [],
    members: [],
    leader: null,
    deputy: null,
  };
}

export async function loadCriteria(
  tx: DbOrTx,
  sheetId: number,
): Promise<(CriterionNode & { name: string })[]> {
  const rows = await tx
    .select()
    .from(criterion)
    .where(eq(criterion.sheetId, sheetId))
    .orderBy(asc(criterion.position), asc(criterion.id));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    code: r.code,
    name: r.name,
    kind: r.kind as CriterionNode['kind'],
    maxPoints: hundredths(r.maxPoints)!,
    cap: hundredths(r.cap),
    evidenceRequired: r.evidenceRequired,
    position: r.position,
  }));
}

/** The criteria of several tables in one query, by table. */
export async function loadCriteriaOf(tx: DbOrTx, sheetIds: readonly number[]) {
  const rows = await tx
    .select()
    .from(criterion)
    .where(inArray(criterion.sheetId, [...sheetIds]))
    .orderBy(asc(criterion.position), asc(criterion.id));
  const out = new Map<number, (CriterionNode & { name: string })[]>();
  for (const r of rows) {
    const list = out.get(r.sheetId) ?? [];
    list.push({
      id: r.id,
      parentId: r.parentId,
      code: r.code,
      name: r.name,
      kind: r.kind as CriterionNode['kind'],
      maxPoints: hundredths(r.maxPoints)!,
      cap: hundredths(r.cap),
      evidenceRequired: r.evidenceRequired,
      position: r.position,
    });
    out.set(r.sheetId, list);
  }
  return out;
}

export async function loadAssessment(tx: DbOrTx, id: number, lock = false) {
  const q = tx
    .select({ a: assessment, unitName: unit.name, unitPath: unit.path })
    .from(assessment)
    .innerJoin(unit, eq(unit.id, assessment.unitId))
    .where(eq(assessment.id, id));
  const [row] = lock ? await q.for('update', { of: assessment }) : await q;
  if (!row) throw new AppError('NOT_FOUND', { entity: 'assessment', id });
  return { ...row.a, unitName: row.unitName, unitPath: row.unitPath };
}
export type LoadedAssessment = Awaited<ReturnType<typeof loadAssessment>>;

export async function loadScores(tx: DbOrTx, assessmentId: number): Promise<ScoreRow[]> {
  return tx.select().from(score).where(eq(score.assessmentId, assessmentId)).orderBy(asc(score.id));
}

/** Points in force by criterion id: reviewed when set, else self (hundredths). */
export function pointsMap(scores: readonly ScoreRow[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const s of scores) {
    const value = hundredths(s.reviewedPoints) ?? hundredths(s.selfPoints);
    if (value !== null) map.set(s.criterionId, value);
  }
  return map;
}
