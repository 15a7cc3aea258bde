import type { ImportJob, ImportKind } from '@vinhdanh/contracts';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { importJob } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';

type JobStatus = ImportJob['status'];
const emptyCounts = { total: 0, create: 0, update: 0, unchanged: 0, errors: 0 };

/** Everything but the file bytes. */
const listed = {
  id: importJob.id,
  kind: importJob.kind,
  status: importJob.status,
  fileName: importJob.fileName,
  userId: importJob.userId,
  processedRows: importJob.processedRows,
  totalRows: importJob.totalRows,
  counts: importJob.counts,
  errors: importJob.errors,
  changes: importJob.changes,
  createdAt: importJob.createdAt,
};
export type JobRow = { [K in keyof typeof listed]: (typeof importJob.$inferSelect)[K] };

export function presentJob(r: JobRow): ImportJob {
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    status: r.status as JobStatus,
    fileName: r.fileName,
    progress: { processedRows: r.processedRows, totalRows: r.totalRows },
    counts: { ...emptyCounts, ...(r.counts as object) },
    errors: r.errors as ImportJob['errors'],
    changes: r.changes as ImportJob['changes'],
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export async function insertJob(
  q: DbOrTx,
  ctx: Ctx,
  job: { id: string; kind: ImportKind; fileName: string; file: Buffer; status: JobStatus },
): Promise<JobRow> {
  const [row] = await q
    .insert(importJob)
    .values({
      ...job,
      userId: ctx.actor.userId,
      counts: emptyCounts,
      errors: [],
      changes: [],
      createdAt: ctx.now.toISOString(),
      updatedAt: ctx.now,
    })
    .returning(listed);
  return row!;
}

/** A job its uploader (or an administrator) may see; anyone else is told it does not exist. */
export async function loadVisibleJob(q: DbOrTx, ctx: Ctx, id: string): Promise<JobRow> {
  const [row] = await q.select(listed).from(importJob).where(eq(importJob.id, id));
  const isAdmin = ctx.actor.grants.some((g) => g.role === 'admin');
  if (!row || (row.userId !== ctx.actor.userId && !isAdmin))
    throw new AppError('NOT_FOUND', { entity: 'import_job', id });
  return row;
}

export async function loadJobFile(q: DbOrTx, id: string): Promise<Buffer> {
  const [row] = await q.select({ file: importJob.file }).from(importJob).where(eq(importJob.id, id));
  if (!row?.file) throw new AppError('NOT_FOUND', { entity: 'import_job', id });
  return row.file;
}

export async function updateJob(
  q: DbOrTx,
  id: string,
  patch: Partial<
    Pick<
      typeof importJob.$inferInsert,
      'status' | 'processedRows' | 'totalRows' | 'counts' | 'errors' | 'changes'
    >
  >,
  onlyIf?: JobStatus,
): Promise<boolean> {
  const where = onlyIf ? and(eq(importJob.id, id), eq(importJob.status, onlyIf)) : eq(importJob.id, id);
  const rows = await q
    .update(importJob)
    .set({ ...patch, updatedAt: new Date() })
    .where(where)
    .returning({ id: importJob.id });
  return rows.length > 0;
}

export async function deleteJob(q: DbOrTx, id: string): Promise<void> {
  await q.delete(importJob).where(eq(importJob.id, id));
}
