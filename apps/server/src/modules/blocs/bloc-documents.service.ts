import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { attachment } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';
import { listFiles, loadFile, presentFile, storeFile } from './bloc-files.ts';
import { authorizeBloc, canManageBloc, canRunBlocYear } from './bloc.policy.ts';
import { type BlocRow, membersOf } from './bloc.repository.ts';
import { readableBloc } from './bloc.service.ts';

/** Bloc documents (plans, minutes, reports of the bloc): readers list and download; the organiser or a
 * leader of any year uploads and deletes. */
async function canUpload(db: Db, ctx: Ctx, row: BlocRow): Promise<boolean> {
  if (canManageBloc(ctx.actor, row)) return true;
  const year = Number(ctx.now.toISOString().slice(0, 4));
  for (const y of [year, year - 1, year + 1])
    if (canRunBlocYear(ctx.actor, row, await membersOf(db, row.id, y))) return true;
  return false;
}

export async function listBlocDocuments(db: Db, ctx: Ctx, blocId: number) {
  const row = await readableBloc(db, ctx, blocId);
  const files = await listFiles(db, 'bloc', blocId);
  const upload = await canUpload(db, ctx, row);
  return { data: files.map(presentFile), abilities: { upload, delete: upload } };
}

export async function uploadBlocDocument(
  db: Db,
  ctx: Ctx,
  blocId: number,
  file: { fileName: string; bytes: Buffer },
) {
  const row = await readableBloc(db, ctx, blocId);
  authorizeBloc(true, await canUpload(db, ctx, row), 'bloc.write');
  return db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, 'bloc', blocId, file);
    await recordAudit(tx, ctx, {
      action: 'bloc.document.upload',
      entityType: 'bloc',
      entityId: blocId,
      unitPath: row.organiserPath,
      after: presentFile(stored),
    });
    return presentFile(stored);
  });
}

export async function downloadBlocDocument(db: Db, ctx: Ctx, blocId: number, fileId: number) {
  await readableBloc(db, ctx, blocId);
  return loadFile(db, 'bloc', blocId, fileId);
}

export async function deleteBlocDocument(db: Db, ctx: Ctx, blocId: number, fileId: number) {
  const row = await readableBloc(db, ctx, blocId);
  authorizeBloc(true, await canUpload(db, ctx, row), 'bloc.write');
  return db.transaction(async (tx) => {
    const file = await loadFile(tx, 'bloc', blocId, fileId);
    await tx.delete(attachment).where(eq(attachment.id, file.id));
    await recordAudit(tx, ctx, {
      action: 'bloc.document.delete',
      entityType: 'bloc',
      entityId: blocId,
      unitPath: row.organiserPath,
      before: presentFile(file),
    });
    return { ok: true as const };
  });
}
