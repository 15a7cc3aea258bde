import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { listFiles, loadFile, presentFile, storeFile } from '../blocs/bloc-files.ts';
import { assessmentInScope } from './assessment.service.ts';
import { authorizeScoring, canSelfScore } from './scoring.policy.ts';

/** Evidence (minh chứng) is uploaded by the unit while self-scoring, then referenced by its scores. */
export async function uploadEvidence(
  db: Db,
  ctx: Ctx,
  id: number,
  file: { fileName: string; bytes: Buffer },
) {
  return db.transaction(async (tx) => {
    const { a } = await assessmentInScope(tx, ctx, id, true);
    authorizeScoring(true, canSelfScore(ctx.actor, a.unitPath), 'score.self');
    if (a.status !== 'draft') throw new AppError('ASSESSMENT_INVALID_TRANSITION', { status: a.status });
    const stored = await storeFile(tx, ctx, 'assessment', a.id, file);
    await recordAudit(tx, ctx, {
      action: 'assessment.evidence',
      entityType: 'assessment',
      entityId: a.id,
      unitPath: a.unitPath,
      after: presentFile(stored),
    });
    return presentFile(stored);
  });
}

export async function listEvidence(db: Db, ctx: Ctx, id: number) {
  await assessmentInScope(db, ctx, id);
  return { data: (await listFiles(db, 'assessment', id)).map(presentFile) };
}

export async function downloadEvidence(db: Db, ctx: Ctx, id: number, fileId: number) {
  await assessmentInScope(db, ctx, id);
  return loadFile(db, 'assessment', id, fileId);
}
