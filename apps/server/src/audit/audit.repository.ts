import type { DbOrTx } from '../db/client.ts';
import { auditEvent } from '../db/schema/index.ts';
import type { Ctx } from '../lib/context.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unitPath?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit event in the caller's transaction; sealing into the hash chain happens later. */
export async function recordAudit(tx: DbOrTx, ctx: Ctx | SystemCtx, input: AuditInput): Promise<void> {
  await recordAudits(tx, ctx, [input]);
}

export async function recordAudits(tx: DbOrTx, ctx: Ctx | SystemCtx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const actor = 'actor' in ctx ? ctx.actor : null;
  await tx.insert(auditEvent).values(
    inputs.map((i) => ({
      occurredAt: ctx.now.toISOString(),
      actorUserId: actor?.userId ?? null,
      actorName: actor ? actor.username : 'system' in ctx ? ctx.system : null,
      action: i.action,
      entityType: i.entityType,
      entityId: i.entityId == null ? null : String(i.entityId),
      unitPath: i.unitPath ?? null,
      requestId: ctx.requestId,
      before: i.before ?? null,
      after: i.after ?? null,
    })),
  );
}

/** Work done by the system itself (CLI, seed): named, with no user. */
export interface SystemCtx {
  system: string;
  requestId: string;
  now: Date;
}
