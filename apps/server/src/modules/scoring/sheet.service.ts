import type { SheetSettings, sheetCreateBody, sheetListQuery, sheetUpdateBody } from '@vinhdanh/contracts';
import { type SheetState, sheetEditMode, validateBands } from '@vinhdanh/domain/scoring/index';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { scoreSheet } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { scopeCondition } from '../../lib/policy.ts';
import { hasMemberWhere } from '../blocs/bloc.repository.ts';
import { bandsOf, presentSheet } from './sheet.presenter.ts';
import { assertValidTree, criteriaAsInputs, inputsToNodes, replaceCriteria } from './sheet-criteria.ts';
import { carryOverAssessments } from './sheet-publish.ts';
import { authorizeScoring, canManageSheet, canReadSheet } from './scoring.policy.ts';
import { loadCriteria, loadSheet, type SheetRow, type SheetScope, scopeOf } from './scoring.repository.ts';

type Update = z.infer<typeof sheetUpdateBody>;

/** The table the actor may read (else 404) with its scope; `manage` also demands the right to run it. */
export async function sheetInScope(
  tx: DbOrTx,
  ctx: Ctx,
  id: number,
  opts: { lock?: boolean; manage?: boolean } = {},
) {
  const sheet = await loadSheet(tx, id, opts.lock);
  const scope = await scopeOf(tx, sheet);
  const readable = canReadSheet(ctx.actor, scope);
  authorizeScoring(readable, readable && (!opts.manage || canManageSheet(ctx.actor, scope)), 'bloc.write');
  return scope;
}

function sheetAbilities(ctx: Ctx, scope: SheetScope) {
  const manage = canManageSheet(ctx.actor, scope);
  const { status } = scope.sheet;
  return {
    edit: manage && status !== 'closed',
    publish: manage && status === 'draft',
    close: manage && status === 'open',
  };
}

async function respond(tx: DbOrTx, ctx: Ctx, scope: SheetScope, versionCreated = false) {
  const data = presentSheet(scope.sheet, await loadCriteria(tx, scope.sheet.id));
  return { data, abilities: sheetAbilities(ctx, scope), versionCreated };
}

function checkSettings(settings: SheetSettings): void {
  const issues = validateBands(bandsOf(settings));
  if (settings.flagMinBand && !settings.bands.some((b) => b.name === settings.flagMinBand))
    issues.push(`Mức xếp loại "${settings.flagMinBand}" không có trong danh sách xếp loại.`);
  if (issues.length > 0) throw new AppError('SHEET_INVALID', { issues }, issues[0]);
}

export async function listSheets(db: Db, ctx: Ctx, query: z.infer<typeof sheetListQuery>) {
  // No alias for bloc: hasMemberWhere refers to "bloc"."id".
  const visible = sql`${scoreSheet.blocId} in (select "bloc"."id" from "bloc" where ${sql.join(
    [
      scopeCondition(ctx.actor, 'bloc.read', sql`"bloc"."organiser_path"`),
      hasMemberWhere(scopeCondition(ctx.actor, 'bloc.read', sql`mu.path`)),
    ],
    sql` or `,
  )})`;
  const filters = [visible];
  if (query.blocId) filters.push(eq(scoreSheet.blocId, query.blocId));
  if (query.year) filters.push(eq(scoreSheet.year, query.year));
  const rows = await db
    .select()
    .from(scoreSheet)
    .where(and(...filters))
    .orderBy(desc(scoreSheet.year), asc(scoreSheet.name), desc(scoreSheet.version));
  return { data: rows.map((r) => presentSheet(r, [])) };
}

export async function getSheet(db: Db, ctx: Ctx, id: number) {
  return respond(db, ctx, await sheetInScope(db, ctx, id));
}

export async function createSheet(db: Db, ctx: Ctx, body: z.infer<typeof sheetCreateBody>) {
  if ((body.blocId === null) === (body.movementId === null))
    throw new AppError(
      'BAD_REQUEST',
      { field: 'blocId' },
      'Bảng điểm phải thuộc đúng một khối thi đua hoặc một phong trào.',
    );
  checkSettings(body.settings);
  if (body.criteria.length > 0) assertValidTree(inputsToNodes(body.criteria));
  return db.transaction(async (tx) => {
    const draft = { blocId: body.blocId, movementId: body.movementId, year: body.year } as SheetRow;
    const scope = await scopeOf(tx, draft);
    authorizeScoring(canReadSheet(ctx.actor, scope), canManageSheet(ctx.actor, scope), 'bloc.write');
    const [row] = await tx
      .insert(scoreSheet)
      .values({ ...draft, name: body.name, settings: body.settings, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await replaceCriteria(tx, row!.id, body.criteria);
    await recordAudit(tx, ctx, {
      action: 'score_sheet.create',
      entityType: 'score_sheet',
      entityId: row!.id,
      unitPath: scope.organiserPath,
      after: { name: body.name, year: body.year, criteria: body.criteria.length },
    });
    return respond(tx, ctx, { ...scope, sheet: row! });
  });
}

/**
 * Edits a table. Unlocked: in place. Locked (a unit has submitted): the edit goes to the next version,
 * a draft copy (`version + 1`, `previousId`) created on the first such edit and reused after; the locked
 * table and its scores stay untouched. Closed: refused.
 */
export async function updateSheet(db: Db, ctx: Ctx, id: number, body: Update) {
  if (body.settings) checkSettings(body.settings);
  if (body.criteria) assertValidTree(inputsToNodes(body.criteria));
  return db.transaction(async (tx) => {
    const scope = await sheetInScope(tx, ctx, id, { lock: true, manage: true });
    const mode = sheetEditMode(scope.sheet as SheetState);
    if (mode === 'refused')
      throw new AppError('SHEET_LOCKED', { sheetId: id }, 'Bảng điểm đã đóng; không thể sửa.');
    let target = scope.sheet;
    if (mode === 'new_version') target = await nextVersion(tx, ctx, scope.sheet);
    const [row] = await tx
      .update(scoreSheet)
      .set({ name: body.name ?? target.name, settings: body.settings ?? target.settings, updatedAt: ctx.now })
      .where(eq(scoreSheet.id, target.id))
      .returning();
    if (body.criteria) await replaceCriteria(tx, target.id, body.criteria);
    await recordAudit(tx, ctx, {
      action: mode === 'new_version' ? 'score_sheet.update_new_version' : 'score_sheet.update',
      entityType: 'score_sheet',
      entityId: target.id,
      unitPath: scope.organiserPath,
      after: { fromSheetId: id, name: row!.name, criteria: body.criteria?.length ?? null },
    });
    return respond(tx, ctx, { ...scope, sheet: row! }, mode === 'new_version');
  });
}

/** The draft successor of a locked table, created (criteria copied) when there is none yet. */
async function nextVersion(tx: DbOrTx, ctx: Ctx, sheet: SheetRow): Promise<SheetRow> {
  const [existing] = await tx
    .select()
    .from(scoreSheet)
    .where(and(eq(scoreSheet.previousId, sheet.id), eq(scoreSheet.status, 'draft')))
    .for('update');
  if (existing) return existing;
  const [copy] = await tx
    .insert(scoreSheet)
    .values({
      blocId: sheet.blocId,
      movementId: sheet.movementId,
      year: sheet.year,
      name: sheet.name,
      version: sheet.version + 1,
      previousId: sheet.id,
      status: 'draft',
      settings: sheet.settings,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await replaceCriteria(tx, copy!.id, await criteriaAsInputs(tx, sheet.id));
  return copy!;
}

/** draft → open. A new version closes the one it replaces and carries units' scores over by code. */
export async function publishSheet(db: Db, ctx: Ctx, id: number) {
  return db.transaction(async (tx) => {
    const scope = await sheetInScope(tx, ctx, id, { lock: true, manage: true });
    if (scope.sheet.status !== 'draft')
      throw new AppError(
        'SHEET_NOT_OPEN',
        { status: scope.sheet.status },
        'Chỉ ban hành được bảng điểm đang soạn.',
      );
    assertValidTree(await loadCriteria(tx, id));
    const [row] = await tx
      .update(scoreSheet)
      .set({ status: 'open', updatedAt: ctx.now })
      .where(eq(scoreSheet.id, id))
      .returning();
    let carried = 0;
    if (scope.sheet.previousId) {
      await tx
        .update(scoreSheet)
        .set({ status: 'closed', updatedAt: ctx.now })
        .where(eq(scoreSheet.id, scope.sheet.previousId));
      carried = await carryOverAssessments(tx, ctx, scope.sheet.previousId, id);
    }
    await recordAudit(tx, ctx, {
      action: 'score_sheet.publish',
      entityType: 'score_sheet',
      entityId: id,
      unitPath: scope.organiserPath,
      after: { version: row!.version, previousId: row!.previousId, carriedAssessments: carried },
    });
    return respond(tx, ctx, { ...scope, sheet: row! });
  });
}

export async function closeSheet(db: Db, ctx: Ctx, id: number) {
  return db.transaction(async (tx) => {
    const scope = await sheetInScope(tx, ctx, id, { lock: true, manage: true });
    if (scope.sheet.status !== 'open') throw new AppError('SHEET_NOT_OPEN', { status: scope.sheet.status });
    const [row] = await tx
      .update(scoreSheet)
      .set({ status: 'closed', updatedAt: ctx.now })
      .where(eq(scoreSheet.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'score_sheet.close',
      entityType: 'score_sheet',
      entityId: id,
      unitPath: scope.organiserPath,
    });
    return respond(tx, ctx, { ...scope, sheet: row! });
  });
}
