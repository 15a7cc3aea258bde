import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { emailOutbox } from '../../db/schema/index.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. The default does nothing (e-mail is off); an SMTP sender plugs in here. */
export interface Mailer {
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export const disabledMailer: Mailer = { enabled: false, send: async () => undefined };

/**
 * Sends queued copies of notifications, oldest first; a failure is recorded on the row and retried on a
 * later run (at most 5 attempts). With e-mail off the queue is left alone.
 */
export async function flushOutbox(database: Database, mailer: Mailer, limit = 50): Promise<number> {
  if (!mailer.enabled) return 0;
  const rows = await database.db
    .select()
    .from(emailOutbox)
    .where(sql`${emailOutbox.sentAt} is null and ${emailOutbox.attempts} < 5`)
    .orderBy(asc(emailOutbox.id))
    .limit(limit);
  let sent = 0;
  for (const r of rows) {
    try {
      await mailer.send({ to: r.toAddress, subject: r.subject, text: r.body });
      await database.db
        .update(emailOutbox)
        .set({ sentAt: new Date(), attempts: r.attempts + 1 })
        .where(eq(emailOutbox.id, r.id));
      sent++;
    } catch (err) {
      await database.db
        .update(emailOutbox)
        .set({ attempts: r.attempts + 1, lastError: String((err as Error).message ?? err).slice(0, 500) })
        .where(eq(emailOutbox.id, r.id));
    }
  }
  return sent;
}

export const pendingMail = (database: Database) =>
  database.db.select({ id: emailOutbox.id }).from(emailOutbox).where(isNull(emailOutbox.sentAt));
