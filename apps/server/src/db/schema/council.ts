import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { cText, stamps } from './org.ts';

/** Emulation–Commendation Council (Hội đồng Thi đua – Khen thưởng) of a level, for a term. */
export const council = pgTable(
  'council',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    name: text('name').notNull(),
    termFrom: date('term_from', { mode: 'string' }),
    termTo: date('term_to', { mode: 'string' }),
    ...stamps,
  },
  (t) => [index('council_unit_idx').on(t.unitId)],
);

/** A member: chair, vice-chair, secretary or member; a user when they vote in the app. */
export const councilMember = pgTable(
  'council_member',
  {
    id: serial('id').primaryKey(),
    councilId: integer('council_id').notNull(),
    userId: integer('user_id'),
    fullName: text('full_name').notNull(),
    title: text('title'),
    role: text('role').notNull(),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    createdAt: stamps.createdAt,
  },
  (t) => [index('council_member_council_idx').on(t.councilId)],
);

export const councilSession = pgTable(
  'council_session',
  {
    id: serial('id').primaryKey(),
    councilId: integer('council_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    title: text('title').notNull(),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    /** draft → open (voting) → closed (tallied). */
    status: text('status').notNull().default('draft'),
    /** Members on the council on the session date (the denominator of every threshold). */
    totalMembers: integer('total_members'),
    presentCount: integer('present_count'),
    quorumMet: boolean('quorum_met'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [index('council_session_council_idx').on(t.councilId)],
);

/** One agenda item: one appraised nominee whose title needs the council's vote. */
export const sessionItem = pgTable(
  'session_item',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    nomineeId: integer('nominee_id').notNull(),
    dossierId: integer('dossier_id').notNull(),
    target: text('target').notNull(),
    subjectName: text('subject_name').notNull(),
    position: integer('position').notNull().default(0),
    thresholdPercent: integer('threshold_percent'),
    /** Filled at the tally only: counts, never who. */
    agree: integer('agree'),
    disagree: integer('disagree'),
    writtenAgree: integer('written_agree'),
    writtenTotal: integer('written_total'),
    result: text('result'),
    resultReasons: jsonb('result_reasons'),
  },
  (t) => [
    index('session_item_session_idx').on(t.sessionId),
    uniqueIndex('session_item_nominee_uq').on(t.sessionId, t.nomineeId),
  ],
);

/** Who attended; absentees may send a written opinion (recorded by the secretary). */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    memberId: integer('member_id').notNull(),
    present: boolean('present').notNull(),
    writtenOpinion: boolean('written_opinion').notNull().default(false),
  },
  (t) => [uniqueIndex('session_attendance_uq').on(t.sessionId, t.memberId)],
);

/**
 * Secret ballot, stored in two tables that share nothing but the agenda item:
 * - ballot_participation says THAT a member voted on an item (so nobody votes twice), never how;
 * - ballot holds the choice with a random id, no member, no time, and the hash of the voter's receipt
 *   code (so a member can check their ballot was counted without anyone else linking it to them).
 * Neither table has a timestamp or a sequence shared with the other; ballots of an item are rewritten in
 * random order when the item is tallied.
 */
export const ballotParticipation = pgTable(
  'ballot_participation',
  {
    id: serial('id').primaryKey(),
    sessionId: integer('session_id').notNull(),
    itemId: integer('item_id').notNull(),
    memberId: integer('member_id').notNull(),
  },
  (t) => [uniqueIndex('ballot_participation_uq').on(t.itemId, t.memberId)],
);

export const ballot = pgTable(
  'ballot',
  {
    id: text('id').primaryKey().default(sql`gen_random_uuid()::text`),
    itemId: integer('item_id').notNull(),
    choice: text('choice').notNull(),
    /** 'cast' in the session, 'written' for an absentee's written opinion. */
    source: text('source').notNull(),
    receiptHash: text('receipt_hash'),
  },
  (t) => [index('ballot_item_idx').on(t.itemId)],
);
