import { recordAudit } from '../../audit/audit.repository.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { recordImportAudits } from './import-audit.ts';
import { type JobRow, updateJob } from './import-jobs.repository.ts';
import { type PassResult, runImportPass } from './import-pass.ts';
import type { KindSpec } from './kinds/kind.ts';

class RowsFailed extends Error {
  constructor(readonly result: PassResult) {
    super('import has row errors');
  }
}

/**
 * Applies a job all-or-nothing: one transaction re-reads the file, re-validates every row against the
 * database as it is now and writes chunk by chunk with set-based statements. Any row error rolls the
 * whole transaction back (422 IMPORT_HAS_ERRORS) and the job keeps the fresh error list. The caller has
 * already moved the job to 'applying', so it is applied at most once.
 */
export async function applyJobFile(
  deps: Deps,
  ctx: Ctx,
  job: Pick<JobRow, 'id' | 'fileName'>,
  kind: KindSpec,
  source: Buffer,
): Promise<PassResult> {
  const { db } = deps.database;
  // PGlite has one connection, held by the transaction: progress is only reported on PostgreSQL.
  const progress = deps.database.kind === 'postgres';
  try {
    return await db.transaction(async (tx) => {
      const result = await runImportPass({
        kind,
        source,
        q: tx,
        ctx,
        write: async (sheet, env, outcomes) => {
          await recordImportAudits(tx, ctx, await sheet.write(env, outcomes));
        },
        onProgress: progress
          ? async (n) => void (await updateJob(db, job.id, { processedRows: n }))
          : undefined,
      });
      if (result.counts.errors > 0) throw new RowsFailed(result);
      await recordAudit(tx, ctx, {
        action: 'import.apply',
        entityType: 'import_job',
        entityId: job.id,
        after: { kind: kind.kind, fileName: job.fileName, counts: result.counts },
      });
      await updateJob(tx, job.id, {
        status: 'applied',
        processedRows: result.processedRows,
        totalRows: result.counts.total,
        counts: result.counts,
        errors: [],
        changes: result.changes,
      });
      return result;
    });
  } catch (err) {
    if (err instanceof RowsFailed) {
      const { counts, errors, changes, processedRows } = err.result;
      await updateJob(db, job.id, {
        status: 'previewed',
        counts,
        errors,
        changes,
        processedRows,
        totalRows: counts.total,
      });
      throw new AppError('IMPORT_HAS_ERRORS', { jobId: job.id, counts, errors: errors.slice(0, 100) });
    }
    await updateJob(db, job.id, { status: 'previewed' }).catch(() => undefined);
    throw err;
  }
}
