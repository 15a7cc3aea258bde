import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { updateJob } from './import-jobs.repository.ts';
import { runImportPass } from './import-pass.ts';
import type { KindSpec } from './kinds/kind.ts';

/** A failure of the whole file, stored as the job's only error (row 0). */
export const fileError = (err: unknown) => ({
  row: 0,
  column: null,
  message: err instanceof AppError ? err.message : 'Không đọc được tệp do lỗi hệ thống.',
});

/**
 * Validates the stored file against the current database without writing, then stores the preview:
 * counts, row errors and the first changes. Progress is saved after every chunk for the UI to poll.
 */
export async function previewJob(
  deps: Deps,
  ctx: Ctx,
  job: { id: string; kind: KindSpec },
  source: Buffer,
  onHeaders?: () => void,
): Promise<void> {
  const db = deps.database.db;
  try {
    const result = await runImportPass({
      kind: job.kind,
      source,
      q: db,
      ctx,
      onHeaders,
      onProgress: async (processedRows) => {
        await updateJob(db, job.id, { processedRows });
      },
    });
    await updateJob(db, job.id, {
      status: 'previewed',
      processedRows: result.processedRows,
      totalRows: result.counts.total,
      counts: result.counts,
      errors: result.errors,
      changes: result.changes,
    });
  } catch (err) {
    await updateJob(db, job.id, { status: 'failed', errors: [fileError(err)] }).catch(() => undefined);
    throw err;
  }
}
