import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportJob, ImportKind } from '@vinhdanh/contracts';
import type { Deps } from '../../deps.ts';
import { looksLikeXlsx } from '../../documents/xlsx/xlsx-reader.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { requirePermission } from '../../lib/policy.ts';
import { applyJobFile } from './import-apply.ts';
import {
  deleteJob,
  insertJob,
  loadJobFile,
  loadVisibleJob,
  presentJob,
  updateJob,
} from './import-jobs.repository.ts';
import { previewJob } from './import-preview.ts';
import { importKindSpecs } from './kinds/index.ts';

/** Files up to this size are previewed before the upload answers; larger ones in the background. */
export const SYNC_PREVIEW_BYTES = 1024 * 1024;
const running = new Set<Promise<unknown>>();

/** Resolves when every background preview has finished (CLI exit, tests, shutdown). */
export async function waitForImportJobs(): Promise<void> {
  await Promise.allSettled([...running]);
}

function checkUpload(deps: Deps, ctx: Ctx, kind: ImportKind, fileName: string, bytes: Buffer): void {
  requirePermission(ctx.actor, 'import.run');
  if (kind === 'units') requirePermission(ctx.actor, 'unit.write');
  if (!looksLikeXlsx(fileName, bytes)) throw new AppError('IMPORT_INVALID_FILE', { fileName });
  if (bytes.length > deps.config.uploadLimitBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', { limitBytes: deps.config.uploadLimitBytes });
}

/**
 * Stores an uploaded workbook as a job and previews it. Header problems answer 400 at once (the job is
 * dropped); a small file's preview is complete on return, a large one's continues in the background
 * (status 'processing', progress in the job).
 */
export async function startImport(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  fileName: string,
  bytes: Buffer,
): Promise<ImportJob> {
  checkUpload(deps, ctx, kind, fileName, bytes);
  const { db } = deps.database;
  const job = await insertJob(db, ctx, {
    id: randomUUID(),
    kind,
    fileName,
    file: bytes,
    status: 'processing',
  });
  let headersSeen!: () => void;
  const headers = new Promise<void>((resolve) => {
    headersSeen = resolve;
  });
  const run = previewJob(deps, ctx, { id: job.id, kind: importKindSpecs[kind] }, bytes, headersSeen);
  run.catch(() => undefined);
  try {
    await Promise.race([headers, run]);
    if (bytes.length <= SYNC_PREVIEW_BYTES) await run;
  } catch (err) {
    if (err instanceof AppError && ['IMPORT_WRONG_HEADERS', 'IMPORT_INVALID_FILE'].includes(err.code))
      await deleteJob(db, job.id);
    throw err;
  }
  if (bytes.length > SYNC_PREVIEW_BYTES) {
    running.add(run);
    void run.catch(() => undefined).finally(() => running.delete(run));
  }
  return presentJob(await loadVisibleJob(db, ctx, job.id));
}

export async function getImportJob(deps: Deps, ctx: Ctx, id: string): Promise<ImportJob> {
  return presentJob(await loadVisibleJob(deps.database.db, ctx, id));
}

/** Applies a previewed job once; a second call answers IMPORT_ALREADY_APPLIED. */
export async function applyImport(deps: Deps, ctx: Ctx, id: string): Promise<ImportJob> {
  const { db } = deps.database;
  const job = await loadVisibleJob(db, ctx, id);
  requirePermission(ctx.actor, 'import.run');
  if (job.status === 'applied') throw new AppError('IMPORT_ALREADY_APPLIED');
  if (job.status === 'failed') throw new AppError('IMPORT_HAS_ERRORS', { jobId: id, errors: job.errors });
  // Claiming the job by its status makes two concurrent applies impossible.
  if (job.status !== 'previewed' || !(await updateJob(db, id, { status: 'applying' }, 'previewed'))) {
    const now = await loadVisibleJob(db, ctx, id);
    if (now.status === 'applied') throw new AppError('IMPORT_ALREADY_APPLIED');
    throw new AppError('CONFLICT', { status: now.status }, 'Lượt nhập đang được xử lý, vui lòng chờ.');
  }
  await applyJobFile(deps, ctx, job, importKindSpecs[job.kind as ImportKind], await loadJobFile(db, id));
  return getImportJob(deps, ctx, id);
}

/**
 * The CLI's import (`vinhdanh import <kind> <file.xlsx>`): a preview, or with `apply` a single
 * validating-and-writing pass in one transaction (nothing is written when a row fails).
 */
export async function importFile(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  filePath: string,
  opts: { apply: boolean },
): Promise<ImportJob> {
  const bytes = await readFile(filePath);
  const fileName = path.basename(filePath);
  if (!opts.apply) {
    const job = await startImport(deps, { ...ctx }, kind, fileName, bytes);
    await waitForImportJobs();
    return getImportJob(deps, ctx, job.id);
  }
  checkUpload(deps, ctx, kind, fileName, bytes);
  const { db } = deps.database;
  const job = await insertJob(db, ctx, { id: randomUUID(), kind, fileName, file: bytes, status: 'applying' });
  try {
    await applyJobFile(deps, ctx, job, importKindSpecs[kind], bytes);
  } catch (err) {
    if (err instanceof AppError && ['IMPORT_WRONG_HEADERS', 'IMPORT_INVALID_FILE'].includes(err.code))
      await updateJob(db, job.id, { status: 'failed' });
    throw err;
  }
  return getImportJob(deps, ctx, job.id);
}
