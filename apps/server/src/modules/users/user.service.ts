import type { User, userCreateBody, userListQuery, userUpdateBody } from '@vinhdanh/contracts';

import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { appUser, roleGrant, unit, userSession } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { requirePermission } from '../../lib/policy.ts';
import { forgetActors } from '../../lib/session-cache.ts';
import { hashPassword } from '../auth/password.ts';

type Grants = { role: User['grants'][number]['role']; unitId: number }[];

async function grantsOf(db: DbOrTx, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, User['grants']>();
  const rows = await db
    .select({
      id: roleGrant.id,
      userId: roleGrant.userId,
      role: roleGrant.role,
      unitId: roleGrant.unitId,
      unitName: unit.name,
    })
    .from(roleGrant)
    .innerJoin(unit, eq(unit.id, roleGrant.unitId))
    .where(inArray(roleGrant.userId, userIds))
    .orderBy(asc(roleGrant.id));
  const map = new Map<number, User['grants']>();
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ id: r.id, role: r.role as Grants[number]['role'], unitId: r.unitId, unitName: r.unitName });
    map.set(r.userId, list);
  }
  return map;
}

function present(u: typeof appUser.$inferSelect, grants: User['grants']): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isActive: u.isActive,
    grants,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}

export async function listUsers(db: Db, ctx: Ctx, query: z.infer<typeof userListQuery>) {
  requirePermission(ctx.actor, 'user.read');
  const where = query.q
    ? or(ilike(appUser.username, `%${query.q}%`), ilike(appUser.displayName, `%${query.q}%`))
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(appUser)
      .where(where)
      .orderBy(asc(appUser.username))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(appUser).where(where),
  ]);
  const grants = await grantsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    data: rows.map((r) => present(r, grants.get(r.id) ?? [])),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(total?.n ?? 0),
  };
}

async function assertUnitsExist(tx: DbOrTx, grants: Grants) {
  const ids = [...new Set(grants.map((g) => g.unitId))];
  if (ids.length === 0) return;
  const found = await tx.select({ id: unit.id }).from(unit).where(inArray(unit.id, ids));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw new AppError(
      'VALIDATION_FAILED',
      missing.map((id) => ({ path: 'body.grants', message: `Đơn vị ${id} không tồn tại` })),
      'Đơn vị được phân quyền không tồn tại.',
    );
}

async function replaceGrants(tx: DbOrTx, userId: number, grants: Grants, now: Date) {
  await tx.delete(roleGrant).where(eq(roleGrant.userId, userId));
  const unique = [...new Map(grants.map((g) => [`${g.role}:${g.unitId}`, g])).values()];
  if (unique.length)
    await tx
      .insert(roleGrant)
      .values(unique.map((g) => ({ userId, role: g.role, unitId: g.unitId, createdAt: now })));
}

export async function createUser(db: Db, ctx: Ctx, body: z.infer<typeof userCreateBody>) {
  requirePermission(ctx.actor, 'user.write');
  const passwordHash = await hashPassword(body.password);
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.username, body.username));
    if (dup) throw new AppError('DUPLICATE_USERNAME', { field: 'username' });
    await assertUnitsExist(tx, body.grants);
    const [u] = await tx
      .insert(appUser)
      .values({
        username: body.username,
        displayName: body.displayName,
        passwordHash,
        mustChangePassword: true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await replaceGrants(tx, u!.id, body.grants, ctx.now);
    const grants = (await grantsOf(tx, [u!.id])).get(u!.id) ?? [];
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: u!.id,
      after: present(u!, grants),
    });
    return { data: present(u!, grants), abilities: { update: true } };
  });
}

export async function updateUser(db: Db, ctx: Ctx, id: number, body: z.infer<typeof userUpdateBody>) {
  requirePermission(ctx.actor, 'user.write');
  const passwordHash = body.password ? await hashPassword(body.password) : undefined;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(appUser).where(eq(appUser.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { entity: 'user', id });
    if (before.version !== body.version) throw new AppError('VERSION_CONFLICT');
    if (id === ctx.actor.userId && body.isActive === false) {
      throw new AppError('CONFLICT', { field: 'isActive' }, 'Không thể tự khóa tài khoản của chính mình.');
    }
    const beforeGrants = (await grantsOf(tx, [id])).get(id) ?? [];
    const [u] = await tx
      .update(appUser)
      .set({
        displayName: body.displayName ?? before.displayName,
        isActive: body.isActive ?? before.isActive,
        ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}),
        updatedAt: ctx.now,
        version: before.version + 1,
      })
      .where(eq(appUser.id, id))
      .returning();
    if (body.grants) {
      await assertUnitsExist(tx, body.grants);
      await replaceGrants(tx, id, body.grants, ctx.now);
    }
    // A deactivated user or a reset password ends every open session.
    if (body.isActive === false || passwordHash)
      await tx.delete(userSession).where(and(eq(userSession.userId, id)));
    const grants = (await grantsOf(tx, [id])).get(id) ?? [];
    forgetActors(db, (a) => a.userId === id);
    await recordAudit(tx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: { ...present(before, beforeGrants) },
      after: { ...present(u!, grants), passwordReset: Boolean(passwordHash) },
    });
    return { data: present(u!, grants), abilities: { update: true } };
  });
}
