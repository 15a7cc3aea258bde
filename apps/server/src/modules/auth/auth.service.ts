import { type Permission, rolePermissions } from '@vinhdanh/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database } from '../../db/client.ts';
import { appUser, userSession } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Actor, Ctx } from '../../lib/context.ts';
import { forgetActors } from '../../lib/session-cache.ts';
import { hashToken, newToken } from '../../plugins/auth.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
  now: Date;
  ttlHours: number;
}

/** Checks the password and opens a server-side session; returns the cookie token. */
export async function login(
  database: Database,
  input: LoginInput,
): Promise<{ token: string; expiresAt: Date }> {
  const username = input.username.trim().toLowerCase();
  const [user] = await database.db.select().from(appUser).where(eq(appUser.username, username));
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !ok || !user.isActive) {
    await database.db.transaction((tx) =>
      recordAudit(
        tx,
        { system: 'auth', requestId: input.requestId, now: input.now },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { username, ip: input.ip },
        },
      ),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3600_000);
  await database.db.transaction(async (tx) => {
    await tx.insert(userSession).values({
      id: hashToken(token),
      userId: user.id,
      csrfToken: newToken(),
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(
      tx,
      { system: 'auth', requestId: input.requestId, now: input.now },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        after: { username, ip: input.ip },
      },
    );
  });
  return { token, expiresAt };
}

export async function logout(database: Database, ctx: Ctx): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.delete(userSession).where(eq(userSession.id, ctx.actor.sessionId));
    forgetActors(database.db, (a) => a.sessionId === ctx.actor.sessionId);
    await recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId });
  });
}

export async function changePassword(
  database: Database,
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await database.db.transaction(async (tx) => {
    const [user] = await tx.select().from(appUser).where(eq(appUser.id, ctx.actor.userId)).for('update');
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError(
        'INVALID_CREDENTIALS',
        { field: 'currentPassword' },
        'Mật khẩu hiện tại không đúng.',
      );
    }
    await tx
      .update(appUser)
      .set({
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        updatedAt: ctx.now,
        version: user.version + 1,
      })
      .where(eq(appUser.id, user.id));
    await recordAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
    forgetActors(database.db, (a) => a.userId === user.id);
  });
}

export function presentMe(actor: Actor, unitNames: Map<number, string>) {
  const perms = new Set<Permission>();
  for (const g of actor.grants) for (const p of rolePermissions[g.role]) perms.add(p);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    locale: actor.locale,
    mustChangePassword: actor.mustChangePassword,
    grants: actor.grants.map((g, i) => ({
      id: i + 1,
      role: g.role,
      unitId: g.unitId,
      unitName: unitNames.get(g.unitId) ?? '',
    })),
    permissions: [...perms].sort(),
    csrfToken: actor.csrfToken,
  };
}
