import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { cText, stamps } from './org.ts';

/** Binary file content (uploads, stored workbooks). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export const appUser = pgTable(
  'app_user',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    locale: text('locale').notNull().default('vi'),
    /** Optional: copies of notifications are e-mailed here when SMTP is configured. */
    email: text('email'),
    ...stamps,
  },
  (t) => [uniqueIndex('app_user_username_uq').on(t.username)],
);

/** A role held on a unit subtree. */
export const roleGrant = pgTable(
  'role_grant',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    role: text('role').notNull(),
    unitId: integer('unit_id').notNull(),
    createdAt: stamps.createdAt,
  },
  (t) => [index('role_grant_user_idx').on(t.userId)],
);

/** Server-side session; the cookie carries a random token, the table only its SHA-256. */
export const userSession = pgTable(
  'user_session',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/**
 * Audit events. Written in the same transaction as the change, unsealed (seq/hash null); a short
 * background step seals them into one hash chain in order. See audit/chain.ts for why.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    unitPath: cText('unit_path'),
    requestId: text('request_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('audit_event_seq_uq').on(t.seq),
    index('audit_event_unsealed_idx').on(t.id).where(sql`${t.seq} is null`),
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
    index('audit_event_time_idx').on(t.occurredAt),
  ],
);

/** The chain's head, so that deleting the newest sealed events is detected too. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});

export const importJob = pgTable('import_job', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  fileName: text('file_name').notNull(),
  file: bytea('file'),
  userId: integer('user_id').notNull(),
  scopeUnitId: integer('scope_unit_id'),
  processedRows: integer('processed_rows').notNull().default(0),
  totalRows: integer('total_rows'),
  counts: jsonb('counts').notNull(),
  errors: jsonb('errors').notNull(),
  changes: jsonb('changes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
