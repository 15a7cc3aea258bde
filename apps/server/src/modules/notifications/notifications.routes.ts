import { notificationListQuery, notificationListSchema, notificationReadBody } from '@vinhdanh/contracts';
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { notification } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';

const tags = ['notifications'];

async function unreadCount(db: Db, userId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return Number(r?.n ?? 0);
}

/** Each user reads and marks only their own notifications: no permission beyond being signed in. */
export function notificationRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của tôi (mới nhất trước)',
        querystring: notificationListQuery,
        response: { 200: notificationListSchema },
      },
    },
    async (req) => {
      const { actor } = ctxOf(req, clock);
      const { page, pageSize, unread } = req.query;
      const where: SQL = and(
        eq(notification.userId, actor.userId),
        unread ? isNull(notification.readAt) : undefined,
      )!;
      const [rows, [total], unreadN] = await Promise.all([
        db
          .select()
          .from(notification)
          .where(where)
          .orderBy(desc(notification.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(notification).where(where),
        unreadCount(db, actor.userId),
      ]);
      return {
        data: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          body: r.body,
          link: r.link,
          createdAt: r.createdAt.toISOString(),
          readAt: r.readAt?.toISOString() ?? null,
        })),
        page,
        pageSize,
        total: Number(total?.n ?? 0),
        unread: unreadN,
      };
    },
  );
  api.get(
    '/notifications/unread-count',
    {
      schema: { tags, summary: 'Số thông báo chưa đọc', response: { 200: z.object({ unread: z.number() }) } },
    },
    async (req) => ({ unread: await unreadCount(db, ctxOf(req, clock).actor.userId) }),
  );
  api.post(
    '/notifications/read',
    {
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc (các thông báo được chọn, hoặc tất cả)',
        body: notificationReadBody,
        response: { 200: z.object({ ok: z.literal(true), unread: z.number() }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req, clock);
      await db
        .update(notification)
        .set({ readAt: ctx.now })
        .where(
          and(
            eq(notification.userId, ctx.actor.userId),
            isNull(notification.readAt),
            req.body.ids
              ? req.body.ids.length
                ? inArray(notification.id, req.body.ids)
                : sql`false`
              : undefined,
          ),
        );
      return { ok: true as const, unread: await unreadCount(db, ctx.actor.userId) };
    },
  );
}
