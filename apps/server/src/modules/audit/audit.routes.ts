import { auditEventSchema, auditListQuery, auditVerifySchema, paged } from '@vinhdanh/contracts';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sealAuditChain, verifyAuditChain } from '../../audit/chain.ts';
import { auditEvent } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { requirePermission } from '../../lib/policy.ts';
import { ctxOf } from '../../plugins/auth.ts';

const tags = ['audit'];

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function auditRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'Nhật ký hệ thống',
        querystring: auditListQuery,
        response: { 200: paged(auditEventSchema) },
      },
    },
    async (req) => {
      requirePermission(ctxOf(req, clock).actor, 'audit.read');
      const q = req.query;
      const conds: SQL[] = [];
      if (q.action) conds.push(eq(auditEvent.action, q.action));
      if (q.entityType) conds.push(eq(auditEvent.entityType, q.entityType));
      if (q.entityId) conds.push(eq(auditEvent.entityId, q.entityId));
      if (q.actorUserId) conds.push(eq(auditEvent.actorUserId, q.actorUserId));
      // Dates are Vietnam calendar days.
      if (q.from) conds.push(gte(auditEvent.occurredAt, `${q.from}T00:00:00+07:00`));
      if (q.to) conds.push(lt(auditEvent.occurredAt, `${nextDay(q.to)}T00:00:00+07:00`));
      const where = conds.length ? and(...conds) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditEvent)
          .where(where)
          .orderBy(desc(auditEvent.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(auditEvent).where(where),
      ]);
      return {
        data: rows.map((r) => ({
          id: r.id,
          occurredAt: new Date(r.occurredAt).toISOString(),
          actorUserId: r.actorUserId,
          actorName: r.actorName,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          requestId: r.requestId,
          before: r.before,
          after: r.after,
          sealed: r.seq !== null,
        })),
        page: q.page,
        pageSize: q.pageSize,
        total: Number(total?.n ?? 0),
      };
    },
  );
  api.get(
    '/audit/verify',
    { schema: { tags, summary: 'Kiểm tra toàn vẹn chuỗi nhật ký', response: { 200: auditVerifySchema } } },
    async (req) => {
      requirePermission(ctxOf(req, clock).actor, 'audit.read');
      await sealAuditChain(database);
      return verifyAuditChain(database);
    },
  );
}
