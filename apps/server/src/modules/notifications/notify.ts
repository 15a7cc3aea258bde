import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { appUser, emailOutbox, notification } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';

export type NotificationKind =
  | 'dossier.submitted'
  | 'dossier.returned'
  | 'dossier.assigned'
  | 'dossier.appraised'
  | 'dossier.due_soon'
  | 'dossier.overdue';

export interface NotifyInput {
  userIds: readonly number[];
  kind: NotificationKind;
  title: string;
  body?: string | null;
  link?: string | null;
  entityType?: string;
  entityId?: number;
  /** Same key for the same user is stored once (deadline reminders). */
  dedupeKey?: string;
}

/**
 * Writes in-app notifications in the caller's transaction (so a rolled-back hand-off notifies nobody),
 * never to the actor themself; users with an e-mail address also get a copy queued in the outbox, which
 * the mailer sends when SMTP is configured.
 */
export async function notify(
  tx: DbOrTx,
  ctx: Ctx | { now: Date; actor?: undefined },
  input: NotifyInput,
): Promise<number> {
  const selfId = ctx.actor?.userId;
  const ids = [...new Set(input.userIds)].filter((id) => id !== selfId);
  if (ids.length === 0) return 0;
  const rows = await tx
    .insert(notification)
    .values(
      ids.map((userId) => ({
        userId,
        kind: input.kind,
        title: input.title,
        body: input.body ?? null,
        link: input.link ?? null,
        entityType: input.entityType ?? null,
        entityId: input.entityId ?? null,
        dedupeKey: input.dedupeKey ?? null,
        createdAt: ctx.now,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notification.userId });
  if (rows.length === 0) return 0;
  const withMail = await tx
    .select({ email: appUser.email })
    .from(appUser)
    .where(
      and(
        inArray(
          appUser.id,
          rows.map((r) => r.userId),
        ),
        isNotNull(appUser.email),
        eq(appUser.isActive, true),
      ),
    );
  if (withMail.length)
    await tx.insert(emailOutbox).values(
      withMail.map((u) => ({
        toAddress: u.email!,
        subject: `[VinhDanh] ${input.title}`,
        body: [input.body ?? '', input.link ? `Xem tại: ${input.link}` : ''].filter(Boolean).join('\n\n'),
        createdAt: ctx.now,
      })),
    );
  return rows.length;
}
