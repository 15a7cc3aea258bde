import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { cText, stamps } from './org.ts';

/** Public disclosure (công khai) of a proposed list for a period before the decision. */
export const disclosure = pgTable(
  'disclosure',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    title: text('title').notNull(),
    sessionId: integer('session_id'),
    dossierIds: jsonb('dossier_ids').$type<number[]>().notNull().default([]),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('published'),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [index('disclosure_unit_idx').on(t.unitPath)],
);

/** A snapshot of what is disclosed: name, unit, proposed title (nothing private). */
export const disclosureItem = pgTable(
  'disclosure_item',
  {
    id: serial('id').primaryKey(),
    disclosureId: integer('disclosure_id').notNull(),
    nomineeId: integer('nominee_id').notNull(),
    name: text('name').notNull(),
    unitName: text('unit_name'),
    target: text('target').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('disclosure_item_idx').on(t.disclosureId)],
);

/** A citizen's comment or objection: shown only once moderated; every one gets an answer. */
export const publicComment = pgTable(
  'public_comment',
  {
    id: serial('id').primaryKey(),
    disclosureId: integer('disclosure_id').notNull(),
    itemId: integer('item_id'),
    authorName: text('author_name').notNull(),
    contact: text('contact'),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    moderatedBy: integer('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    answer: text('answer'),
    answeredBy: integer('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** SHA-256 of the sender's address, for rate limiting and abuse review; never the address. */
    senderHash: text('sender_hash'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('public_comment_disclosure_idx').on(t.disclosureId, t.status)],
);

/** Good-deed stories and exemplary models (gương người tốt, việc tốt) for the public portal. */
export const story = pgTable(
  'story',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    body: text('body').notNull(),
    personId: integer('person_id'),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [index('story_published_idx').on(t.status, t.publishedAt)],
);
