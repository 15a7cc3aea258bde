import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/client.ts';
import { attachment } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { checkAttachment } from './file-types.ts';
import { assertMovementReadable } from './movement.policy.ts';
import { presentAttachment } from './movement.presenter.ts';
import { findMovement, MOVEMENT_OWNER } from './movement.repository.ts';
import { lockEditableMovement } from './movement.service.ts';

const cleanName = (name: string) =>
  name
    .replace(/[\\/\r\n"]/g, '_')
    .trim()
    .slice(0, 255) || 'tep';

export async function addAttachment(db: Db, ctx: Ctx, id: number, fileName: string, bytes: Buffer) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const mimeType = checkAttachment(fileName, bytes);
    const [row] = await tx
      .insert(attachment)
      .values({
        ownerType: MOVEMENT_OWNER,
        ownerId: id,
        fileName: cleanName(fileName),
        mimeType,
        size: bytes.length,
        content: bytes,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    const data = presentAttachment(row!);
    await recordAudit(tx, ctx, {
      action: 'movement.attachment.add',
      entityType: 'movement',
      entityId: id,
      unitPath: m.unitPath,
      after: data,
    });
    return data;
  });
}

const ofMovement = (id: number, attId: number) =>
  and(eq(attachment.id, attId), eq(attachment.ownerType, MOVEMENT_OWNER), eq(attachment.ownerId, id));

export async function getAttachment(db: Db, ctx: Ctx, id: number, attId: number) {
  const m = await findMovement(db, id);
  assertMovementReadable(ctx.actor, m.unitPath, id);
  const [row] = await db.select().from(attachment).where(ofMovement(id, attId));
  if (!row) throw new AppError('NOT_FOUND', { entity: 'attachment', id: attId });
  return row;
}

export async function removeAttachment(db: Db, ctx: Ctx, id: number, attId: number) {
  return db.transaction(async (tx) => {
    const m = await lockEditableMovement(tx, ctx, id);
    const [row] = await tx
      .delete(attachment)
      .where(ofMovement(id, attId))
      .returning({ id: attachment.id, fileName: attachment.fileName });
    if (!row) throw new AppError('NOT_FOUND', { entity: 'attachment', id: attId });
    await recordAudit(tx, ctx, {
      action: 'movement.attachment.remove',
      entityType: 'movement',
      entityId: id,
      unitPath: m.unitPath,
      before: row,
    });
    return { ok: true as const };
  });
}
