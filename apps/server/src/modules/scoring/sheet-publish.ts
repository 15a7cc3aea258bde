import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { assessment, score } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadCriteria } from './scoring.repository.ts';

/**
 * When a new version of a table is published, each unit's assessment on the old version is copied as a
 * fresh draft: self points, evidence and comments move over for every criterion whose code still exists;
 * reviewed points do not (they were given against the old table). Returns how many were carried.
 */
export async function carryOverAssessments(tx: DbOrTx, ctx: Ctx, fromSheetId: number, toSheetId: number) {
  const oldCriteria = new Map((await loadCriteria(tx, fromSheetId)).map((c) => [c.id, c.code.toLowerCase()]));
  const newByCode = new Map((await loadCriteria(tx, toSheetId)).map((c) => [c.code.toLowerCase(), c.id]));
  const olds = await tx.select().from(assessment).where(eq(assessment.sheetId, fromSheetId));
  for (const old of olds) {
    const [fresh] = await tx
      .insert(assessment)
      .values({
        sheetId: toSheetId,
        unitId: old.unitId,
        status: 'draft',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!fresh) continue;
    const scores = await tx.select().from(score).where(eq(score.assessmentId, old.id));
    const rows = scores
      .map((s) => ({ s, criterionId: newByCode.get(oldCriteria.get(s.criterionId) ?? '') }))
      .filter((x) => x.criterionId !== undefined)
      .map(({ s, criterionId }) => ({
        assessmentId: fresh.id,
        criterionId: criterionId!,
        selfPoints: s.selfPoints,
        evidenceIds: s.evidenceIds,
        comment: s.comment,
        updatedAt: ctx.now,
      }));
    if (rows.length > 0) await tx.insert(score).values(rows);
  }
  return olds.length;
}
