import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { bytea } from './access.ts';
import { cText, stamps } from './org.ts';

/** Per issuer and year, the last decision number used: bumped inside the issuing transaction (gap-free). */
export const decisionCounter = pgTable(
  'decision_counter',
  {
    issuerUnitId: integer('issuer_unit_id').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [uniqueIndex('decision_counter_pk').on(t.issuerUnitId, t.year)],
);

/** A commendation decision (quyết định khen thưởng), numbered in its issuer's register. */
export const decision = pgTable(
  'decision',
  {
    id: serial('id').primaryKey(),
    issuerUnitId: integer('issuer_unit_id').notNull(),
    issuerPath: cText('issuer_path').notNull(),
    issuerLevel: text('issuer_level').notNull(),
    /** Kind of decision: 'award' or 'revocation'. */
    kind: text('kind').notNull().default('award'),
    year: integer('year').notNull(),
    seq: integer('seq'),
    /** e.g. "123/QĐ-UBND"; null while a draft. */
    number: text('number'),
    symbol: text('symbol').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }),
    title: text('title').notNull(),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    status: text('status').notNull().default('draft'),
    sessionId: integer('session_id'),
    dossierIds: jsonb('dossier_ids').$type<number[]>().notNull().default([]),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    document: bytea('document'),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('decision_number_uq').on(t.issuerUnitId, t.year, t.seq).where(sql`${t.seq} is not null`),
    index('decision_issuer_idx').on(t.issuerPath, t.year),
  ],
);

/** One awardee of a decision: amount, certificate code, the history row it created, revocation. */
export const decisionAward = pgTable(
  'decision_award',
  {
    id: serial('id').primaryKey(),
    decisionId: integer('decision_id').notNull(),
    nomineeId: integer('nominee_id'),
    personId: integer('person_id'),
    unitId: integer('unit_id'),
    subjectName: text('subject_name').notNull(),
    unitName: text('unit_name'),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    /** Public verification code printed with the QR on the certificate. */
    certificateCode: text('certificate_code').notNull(),
    /** Registry number (Số sổ vàng). */
    registryNo: text('registry_no'),
    awardId: integer('award_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationId: integer('revocation_id'),
    createdAt: stamps.createdAt,
  },
  (t) => [
    index('decision_award_decision_idx').on(t.decisionId),
    uniqueIndex('decision_award_certificate_uq').on(t.certificateCode),
  ],
);

/** Revocation of an award (Law Art. 93), decided by the original issuer with its own decision. */
export const revocation = pgTable('revocation', {
  id: serial('id').primaryKey(),
  decisionAwardId: integer('decision_award_id').notNull(),
  ground: text('ground').notNull(),
  note: text('note'),
  decisionId: integer('decision_id'),
  createdBy: integer('created_by'),
  createdAt: stamps.createdAt,
});

/**
 * The public honour roll: one row per decided award, denormalised for fast public search (name folded
 * for diacritic-free search, trigram indexed). Written when a decision is issued; flagged on revocation.
 */
export const honour = pgTable(
  'honour',
  {
    id: serial('id').primaryKey(),
    decisionAwardId: integer('decision_award_id'),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    subjectKind: text('subject_kind').notNull(),
    name: text('name').notNull(),
    searchName: text('search_name').notNull(),
    sortKey: cText('sort_key').notNull(),
    unitId: integer('unit_id'),
    unitName: text('unit_name'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuer: text('issuer'),
    certificateCode: text('certificate_code'),
    revoked: boolean('revoked').notNull().default(false),
    createdAt: stamps.createdAt,
  },
  (t) => [
    index('honour_year_code_idx').on(t.year, t.code, t.sortKey),
    index('honour_unit_idx').on(t.unitId, t.year),
    index('honour_search_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('honour_sort_idx').on(t.sortKey, t.id),
  ],
);
