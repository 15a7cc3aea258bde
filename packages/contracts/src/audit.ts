import { z } from 'zod';
import { pageQuery } from './common.ts';

export const auditEventSchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorUserId: z.number().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  sealed: z.boolean(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListQuery = pageQuery.extend({
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  actorUserId: z.coerce.number().int().positive().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  unsealed: z.number(),
  problems: z.array(z.object({ seq: z.number().nullable(), id: z.number().nullable(), problem: z.string() })),
});
