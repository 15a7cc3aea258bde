import type { storyBody, storyUpdateBody } from '@vinhdanh/contracts';
import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Database, Db } from '../../db/client.ts';
import { story, unit } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Ctx } from '../../lib/context.ts';
import { hasPermission, scopeCondition } from '../../lib/policy.ts';
import { iso } from './portal.presenter.ts';

const WRITE = 'story.write' as const;
const cols = {
  id: story.id,
  unitId: story.unitId,
  unitPath: story.unitPath,
  unitName: unit.name,
  title: story.title,
  summary: story.summary,
  body: story.body,
  status: story.status,
  publishedAt: story.publishedAt,
  createdAt: story.createdAt,
};

function present(r: Awaited<ReturnType<typeof selectStories>>[number]) {
  const { unitPath: _p, ...rest } = r;
  return {
    ...rest,
    status: r.status as 'draft' | 'published',
    publishedAt: iso(r.publishedAt),
    createdAt: iso(r.createdAt)!,
  };
}
const selectStories = (db: Db) => db.select(cols).from(story).innerJoin(unit, eq(unit.id, story.unitId));

export async function listStories(database: Database, ctx: Ctx) {
  const rows = await selectStories(database.db)
    .where(scopeCondition(ctx.actor, WRITE, story.unitPath))
    .orderBy(desc(story.updatedAt), desc(story.id))
    .limit(500);
  return { data: rows.map(present) };
}

async function loadStory(db: Db, ctx: Ctx, id: number) {
  const [r] = await selectStories(db).where(eq(story.id, id));
  if (!r || !hasPermission(ctx.actor, WRITE, r.unitPath))
    throw new AppError('NOT_FOUND', { entity: 'story' });
  return r;
}

export async function getStory(database: Database, ctx: Ctx, id: number) {
  return present(await loadStory(database.db, ctx, id));
}

export async function createStory(database: Database, ctx: Ctx, body: z.infer<typeof storyBody>) {
  const { db } = database;
  const [u] = await db.select({ id: unit.id, path: unit.path }).from(unit).where(eq(unit.id, body.unitId));
  if (!u || !hasPermission(ctx.actor, WRITE, u.path)) throw new AppError('NOT_FOUND', { entity: 'unit' });
  const id = await db.transaction(async (tx) => {
    const [s] = await tx
      .insert(story)
      .values({
        unitId: u.id,
        unitPath: u.path,
        title: body.title,
        summary: body.summary ?? null,
        body: body.body,
        status: 'draft',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning({ id: story.id });
    await recordAudit(tx, ctx, {
      action: 'story.create',
      entityType: 'story',
      entityId: s!.id,
      unitPath: u.path,
      after: { title: body.title },
    });
    return s!.id;
  });
  return getStory(database, ctx, id);
}

export async function updateStory(
  database: Database,
  ctx: Ctx,
  id: number,
  body: z.infer<typeof storyUpdateBody>,
) {
  const { db } = database;
  const before = await loadStory(db, ctx, id);
  await db.transaction(async (tx) => {
    await tx
      .update(story)
      .set({
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.summary !== undefined ? { summary: body.summary ?? null } : {}),
        ...(body.body !== undefined ? { body: body.body } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(story.id, id));
    await recordAudit(tx, ctx, {
      action: 'story.update',
      entityType: 'story',
      entityId: id,
      unitPath: before.unitPath,
      before: { title: before.title },
      after: body,
    });
  });
  return getStory(database, ctx, id);
}

export async function publishStory(database: Database, ctx: Ctx, id: number, published: boolean) {
  const { db } = database;
  const before = await loadStory(db, ctx, id);
  await db.transaction(async (tx) => {
    await tx
      .update(story)
      .set({
        status: published ? 'published' : 'draft',
        publishedAt: published
          ? ((before.publishedAt as Date | null) ?? ctx.now)
          : (before.publishedAt as Date | null),
        updatedAt: ctx.now,
      })
      .where(eq(story.id, id));
    await recordAudit(tx, ctx, {
      action: published ? 'story.publish' : 'story.unpublish',
      entityType: 'story',
      entityId: id,
      unitPath: before.unitPath,
      before: { status: before.status },
      after: { status: published ? 'published' : 'draft' },
    });
  });
  return getStory(database, ctx, id);
}
