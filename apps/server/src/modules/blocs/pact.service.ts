import type { pactBody, pactSignatureBody } from '@vinhdanh/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { attachment, pact, pactSignature } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { loadFile, presentFile, storeFile } from './bloc-files.ts';
import { authorizeBloc, canRunBlocYear } from './bloc.policy.ts';
import { type BlocRow, membersOf } from './bloc.repository.ts';
import { readableBloc } from './bloc.service.ts';

type PactRow = typeof pact.$inferSelect;

async function findPact(tx: DbOrTx, blocId: number, year: number, lock = false): Promise<PactRow | null> {
  const q = tx
    .select()
    .from(pact)
    .where(and(eq(pact.blocId, blocId), eq(pact.year, year)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

async function presentPact(tx: DbOrTx, row: PactRow) {
  const members = await membersOf(tx, row.blocId, row.year);
  const sigs = await tx
    .select()
    .from(pactSignature)
    .where(eq(pactSignature.pactId, row.id))
    .orderBy(asc(pactSignature.signedDate), asc(pactSignature.id));
  const names = new Map(members.map((m) => [m.unitId, m.unitName]));
  const signed = new Set(sigs.map((s) => s.unitId));
  const [file] = row.signedAttachmentId
    ? await tx
        .select({
          id: attachment.id,
          fileName: attachment.fileName,
          mimeType: attachment.mimeType,
          size: attachment.size,
          createdAt: attachment.createdAt,
        })
        .from(attachment)
        .where(eq(attachment.id, row.signedAttachmentId))
    : [];
  return {
    id: row.id,
    blocId: row.blocId,
    year: row.year,
    title: row.title,
    items: row.items,
    signedFile: file ? presentFile(file) : null,
    signatures: sigs.map((s) => ({
      unitId: s.unitId,
      unitName: names.get(s.unitId) ?? '',
      signedDate: s.signedDate,
      signerName: s.signerName,
    })),
    unsigned: members
      .filter((m) => !signed.has(m.unitId))
      .map((m) => ({ unitId: m.unitId, unitName: m.unitName })),
    version: row.version,
  };
}

/** Loads the bloc and the year's members, and checks the actor runs that year (organiser or leader). */
async function runnableYear(tx: DbOrTx, ctx: Ctx, blocId: number, year: number): Promise<BlocRow> {
  const row = await readableBloc(tx, ctx, blocId, true);
  const members = await membersOf(tx, blocId, year);
  authorizeBloc(true, canRunBlocYear(ctx.actor, row, members), 'bloc.write');
  return row;
}

function abilities(ctx: Ctx, row: BlocRow, members: Awaited<ReturnType<typeof membersOf>>) {
  const run = canRunBlocYear(ctx.actor, row, members);
  return { update: run, sign: run, uploadSigned: run };
}

export async function getPact(db: Db, ctx: Ctx, blocId: number, year: number) {
  const row = await readableBloc(db, ctx, blocId);
  const found = await findPact(db, blocId, year);
  if (!found)
    throw new AppError('NOT_FOUND', { entity: 'pact', blocId, year }, `Khối chưa có giao ước năm ${year}.`);
  return {
    data: await presentPact(db, found),
    abilities: abilities(ctx, row, await membersOf(db, blocId, year)),
  };
}

/** Creates or edits the year's pact (giao ước thi đua): its title and numbered items. */
export async function putPact(
  db: Db,
  ctx: Ctx,
  blocId: number,
  year: number,
  body: z.infer<typeof pactBody>,
) {
  return db.transaction(async (tx) => {
    const blocRow = await runnableYear(tx, ctx, blocId, year);
    const before = await findPact(tx, blocId, year, true);
    if (before && body.version !== undefined && before.version !== body.version)
      throw new AppError('VERSION_CONFLICT');
    const items = [...body.items].sort((a, b) => a.no - b.no);
    if (new Set(items.map((i) => i.no)).size !== items.length)
      throw new AppError('CONFLICT', { field: 'items' }, 'Số thứ tự các nội dung giao ước bị trùng.');
    const [row] = before
      ? await tx
          .update(pact)
          .set({ title: body.title, items, updatedAt: ctx.now, version: before.version + 1 })
          .where(eq(pact.id, before.id))
          .returning()
      : await tx
          .insert(pact)
          .values({ blocId, year, title: body.title, items, createdAt: ctx.now, updatedAt: ctx.now })
          .returning();
    const data = await presentPact(tx, row!);
    await recordAudit(tx, ctx, {
      action: before ? 'pact.update' : 'pact.create',
      entityType: 'pact',
      entityId: row!.id,
      unitPath: blocRow.organiserPath,
      before: before ? { title: before.title, items: before.items } : null,
      after: { title: data.title, items: data.items },
    });
    const members = await membersOf(tx, blocId, year);
    return { data, abilities: abilities(ctx, blocRow, members) };
  });
}

async function pactForWrite(tx: DbOrTx, ctx: Ctx, blocId: number, year: number) {
  const blocRow = await runnableYear(tx, ctx, blocId, year);
  const row = await findPact(tx, blocId, year, true);
  if (!row)
    throw new AppError('NOT_FOUND', { entity: 'pact', blocId, year }, `Khối chưa có giao ước năm ${year}.`);
  return { blocRow, row };
}

/** Records (or corrects) a member's signature of the pact: date and signer. */
export async function signPact(
  db: Db,
  ctx: Ctx,
  blocId: number,
  year: number,
  unitId: number,
  body: z.infer<typeof pactSignatureBody>,
) {
  return db.transaction(async (tx) => {
    const { blocRow, row } = await pactForWrite(tx, ctx, blocId, year);
    const members = await membersOf(tx, blocId, year);
    if (!members.some((m) => m.unitId === unitId)) throw new AppError('NOT_BLOC_MEMBER', { unitId, year });
    await tx
      .insert(pactSignature)
      .values({ pactId: row.id, unitId, signedDate: body.signedDate, signerName: body.signerName ?? null })
      .onConflictDoUpdate({
        target: [pactSignature.pactId, pactSignature.unitId],
        set: { signedDate: body.signedDate, signerName: body.signerName ?? null },
      });
    await recordAudit(tx, ctx, {
      action: 'pact.sign',
      entityType: 'pact',
      entityId: row.id,
      unitPath: blocRow.organiserPath,
      after: { unitId, ...body },
    });
    return { data: await presentPact(tx, row), abilities: abilities(ctx, blocRow, members) };
  });
}

export async function unsignPact(db: Db, ctx: Ctx, blocId: number, year: number, unitId: number) {
  return db.transaction(async (tx) => {
    const { blocRow, row } = await pactForWrite(tx, ctx, blocId, year);
    await tx
      .delete(pactSignature)
      .where(and(eq(pactSignature.pactId, row.id), eq(pactSignature.unitId, unitId)));
    await recordAudit(tx, ctx, {
      action: 'pact.unsign',
      entityType: 'pact',
      entityId: row.id,
      unitPath: blocRow.organiserPath,
      before: { unitId },
    });
    return {
      data: await presentPact(tx, row),
      abilities: abilities(ctx, blocRow, await membersOf(tx, blocId, year)),
    };
  });
}

/** Stores the scanned, signed pact; it replaces the previous scan as the pact's signed file. */
export async function uploadSignedPact(
  db: Db,
  ctx: Ctx,
  blocId: number,
  year: number,
  file: { fileName: string; bytes: Buffer },
) {
  return db.transaction(async (tx) => {
    const { blocRow, row } = await pactForWrite(tx, ctx, blocId, year);
    const stored = await storeFile(tx, ctx, 'pact', row.id, file);
    const [updated] = await tx
      .update(pact)
      .set({ signedAttachmentId: stored.id, updatedAt: ctx.now, version: row.version + 1 })
      .where(eq(pact.id, row.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'pact.signed_file',
      entityType: 'pact',
      entityId: row.id,
      unitPath: blocRow.organiserPath,
      after: presentFile(stored),
    });
    return {
      data: await presentPact(tx, updated!),
      abilities: abilities(ctx, blocRow, await membersOf(tx, blocId, year)),
    };
  });
}

export async function downloadSignedPact(db: Db, ctx: Ctx, blocId: number, year: number) {
  await readableBloc(db, ctx, blocId);
  const row = await findPact(db, blocId, year);
  if (!row?.signedAttachmentId) throw new AppError('NOT_FOUND', { entity: 'attachment' });
  return loadFile(db, 'pact', row.id, row.signedAttachmentId);
}
