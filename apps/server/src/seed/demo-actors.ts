import type { Role } from '@vinhdanh/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { appUser, notification, roleGrant, unit } from '../db/schema/index.ts';
import type { Ctx } from '../lib/context.ts';
import { vnDate } from '../lib/vn-date.ts';

export const DEMO_PASSWORD = 'VinhDanh@2026';

/**
 * The context a demo user acts in, read from their account and grants as the auth plugin would: demo
 * content is made through the same services users call, by the user who would do each step.
 */
export async function ctxFor(
  database: Database,
  username: string,
  now: Date,
  requestId = 'seed-demo',
): Promise<Ctx | null> {
  const [u] = await database.db.select().from(appUser).where(eq(appUser.username, username));
  if (!u) return null;
  const grants = await database.db
    .select({ role: roleGrant.role, unitId: roleGrant.unitId, unitPath: unit.path })
    .from(roleGrant)
    .innerJoin(unit, eq(unit.id, roleGrant.unitId))
    .where(eq(roleGrant.userId, u.id));
  return {
    actor: {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      locale: 'vi',
      mustChangePassword: false,
      grants: grants.map((g) => ({ ...g, role: g.role as Role })),
      sessionId: 'seed',
      csrfToken: 'seed',
    },
    requestId,
    now,
  };
}

/** The same actor at another moment of the story. */
export const at = (ctx: Ctx, iso: string | Date): Ctx => ({ ...ctx, now: new Date(iso) });

/**
 * A moment `days` calendar days from `now` (negative: earlier) at a Vietnamese office hour: with
 * days ≤ −1 it is always before `now`, whatever the time of day the demo is seeded.
 */
export const dayAt = (now: Date, days: number, time = '08:30'): Date =>
  new Date(`${vnDate(new Date(now.getTime() + days * 86_400_000))}T${time}:00+07:00`);

/**
 * The bell notifications about some dossiers, marked read as their recipients did when they handled
 * them (what POST /notifications/read does for each user), so a demo account's bell shows only what
 * is really waiting.
 */
export async function markNotificationsRead(database: Database, dossierIds: number[], readAt: Date) {
  if (dossierIds.length === 0) return;
  await database.db
    .update(notification)
    .set({ readAt })
    .where(
      and(
        eq(notification.entityType, 'dossier'),
        inArray(notification.entityId, dossierIds),
        isNull(notification.readAt),
      ),
    );
}
