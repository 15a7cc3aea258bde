import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from './access.ts';
import { cText, stamps } from './org.ts';

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): one proposing unit, addressed to the body whose head
 * confers the awards; one workflow for every kind (packages/domain/src/dossiers/workflow.ts).
 */
export const dossier = pgTable(
  'dossier',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    /** The body the dossier goes to (its commendation office appraises it). */
    addresseeUnitId: integer('addressee_unit_id').notNull(),
    addresseePath: cText('addressee_path').notNull(),
    kind: text('kind').notNull(),
    targetLevel: text('target_level').notNull(),
    year: integer('year').notNull(),
    movementId: integer('movement_id'),
    title: text('title').notNull(),
    searchTitle: text('search_title').notNull(),
    /** Submission letter number and date (số, ngày Tờ trình), filled by the proposer. */
    letterNumber: text('letter_number'),
    letterDate: date('letter_date', { mode: 'string' }),
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    status: text('status').notNull().default('draft'),
    assigneeUserId: integer('assignee_user_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** Appraisal due date: working days from receipt (rules engine). */
    dueDate: date('due_date', { mode: 'string' }),
    appraisedAt: timestamp('appraised_at', { withTimezone: true }),
    /** Where the dossier came from when created in one step (suggestions or a bloc ranking). */
    origin: jsonb('origin').$type<{ kind: string; ref?: string | number } | null>(),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [
    index('dossier_unit_path_idx').on(t.unitPath, t.year),
    index('dossier_addressee_idx').on(t.addresseeUnitId, t.status),
    index('dossier_assignee_idx').on(t.assigneeUserId, t.status),
    index('dossier_search_trgm').using('gin', sql`${t.searchTitle} gin_trgm_ops`),
  ],
);

/** A person, collective (unit) or household proposed in a dossier for one title or form. */
export const nominee = pgTable(
  'nominee',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id').notNull(),
    subjectKind: text('subject_kind').notNull(),
    personId: integer('person_id'),
    unitId: integer('unit_id'),
    /** Snapshot of the name at proposal time (the registry may change later). */
    displayName: text('display_name').notNull(),
    sortKey: cText('sort_key').notNull(),
    target: text('target').notNull(),
    achievement: text('achievement'),
    /** The rules engine's verdict when last computed: { outcome, regime, reasons[] }. */
    verdict: jsonb('verdict'),
    verdictOutcome: text('verdict_outcome'),
    verdictAt: timestamp('verdict_at', { withTimezone: true }),
    /** Written justification for keeping a nominee the engine found not eligible. */
    justification: text('justification'),
    appraisal: text('appraisal'),
    appraisalReason: text('appraisal_reason'),
    appraisedBy: integer('appraised_by'),
    appraisedAt: timestamp('appraised_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedReason: text('removed_reason'),
    position: integer('position').notNull().default(0),
    ...stamps,
  },
  (t) => [
    index('nominee_dossier_idx').on(t.dossierId),
    index('nominee_person_idx').on(t.personId),
    uniqueIndex('nominee_person_target_uq')
      .on(t.dossierId, t.personId, t.target)
      .where(sql`${t.personId} is not null and ${t.removedAt} is null`),
    uniqueIndex('nominee_unit_target_uq')
      .on(t.dossierId, t.unitId, t.target)
      .where(sql`${t.unitId} is not null and ${t.personId} is null and ${t.removedAt} is null`),
  ],
);

/** Append-only history of every hand-off: who, to whom, when, note. */
export const dossierEvent = pgTable(
  'dossier_event',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    toUserId: integer('to_user_id'),
    toUnitId: integer('to_unit_id'),
    note: text('note'),
  },
  (t) => [index('dossier_event_dossier_idx').on(t.dossierId, t.id)],
);

/** Generated documents and uploaded signed scans of a dossier (optionally for one nominee). */
export const dossierFile = pgTable(
  'dossier_file',
  {
    id: serial('id').primaryKey(),
    dossierId: integer('dossier_id').notNull(),
    nomineeId: integer('nominee_id'),
    docCode: text('doc_code').notNull(),
    source: text('source').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: integer('created_by'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('dossier_file_dossier_idx').on(t.dossierId)],
);

/** In-app notifications (the bell). `dedupeKey` stops a deadline reminder from repeating. */
export const notification = pgTable(
  'notification',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    entityType: text('entity_type'),
    entityId: integer('entity_id'),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_user_idx').on(t.userId, t.id),
    index('notification_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex('notification_dedupe_uq').on(t.userId, t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
  ],
);

/** Outgoing e-mail copies of notifications, sent by the mailer when SMTP is configured. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: serial('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('email_outbox_pending_idx').on(t.id).where(sql`${t.sentAt} is null`)],
);
