import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Byte-ordered text: sort keys and materialised paths must compare by code point, whatever the database locale. */
export const cText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
};

/** Organisation tree. `path` is the materialised path of ids ("/1/5/12/") so a subtree is one prefix scan. */
export const unit = pgTable(
  'unit',
  {
    id: serial('id').primaryKey(),
    code: text('code'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    parentId: integer('parent_id'),
    path: cText('path').notNull(),
    searchName: text('search_name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    successorId: integer('successor_id'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('unit_code_uq').on(t.code),
    index('unit_parent_idx').on(t.parentId),
    index('unit_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('unit_search_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

/** 2025 reorganisation: a merged unit's history follows its successor. */
export const unitMerge = pgTable('unit_merge', {
  id: serial('id').primaryKey(),
  sourceUnitId: integer('source_unit_id').notNull(),
  targetUnitId: integer('target_unit_id').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  decisionNo: text('decision_no'),
  note: text('note'),
  createdAt: stamps.createdAt,
});

export const unitYear = pgTable(
  'unit_year',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    rating: text('rating'),
    note: text('note'),
    ...stamps,
  },
  (t) => [uniqueIndex('unit_year_uq').on(t.unitId, t.year)],
);

export const person = pgTable(
  'person',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name').notNull(),
    searchName: text('search_name').notNull(),
    sortKey: cText('sort_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex').notNull(),
    ethnicity: text('ethnicity'),
    idNumber: text('id_number'),
    position: text('position'),
    leadershipPost: text('leadership_post'),
    staffCategory: text('staff_category').notNull(),
    isDirectWorker: boolean('is_direct_worker').notNull().default(false),
    /** Current unit, kept equal to the open membership row. */
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    ...stamps,
  },
  (t) => [
    uniqueIndex('person_id_number_uq').on(t.idNumber).where(sql`${t.idNumber} is not null`),
    index('person_unit_idx').on(t.unitId),
    // person_subtree_name_idx (unit_path, sort_key) INCLUDE (search_name, id) is created by migration
    // 0006: drizzle cannot express INCLUDE. Subtree name searches run on it as index-only scans.
    index('person_sort_idx').on(t.sortKey, t.id),
    index('person_search_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('person_natural_idx').on(t.searchName, t.birthDate, t.unitId),
  ],
);

export const personMembership = pgTable(
  'person_membership',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    unitId: integer('unit_id').notNull(),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    position: text('position'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('membership_person_idx').on(t.personId)],
);

export const personYear = pgTable(
  'person_year',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    year: integer('year').notNull(),
    rating: text('rating'),
    note: text('note'),
    ...stamps,
  },
  (t) => [uniqueIndex('person_year_uq').on(t.personId, t.year)],
);

export const discipline = pgTable(
  'discipline',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    level: text('level').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    decisionNo: text('decision_no'),
    reason: text('reason'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('discipline_person_idx').on(t.personId)],
);

export const initiative = pgTable(
  'initiative',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    recognisedBy: text('recognised_by'),
    recognisedDate: date('recognised_date', { mode: 'string' }),
    /** One initiative grounds one award only (CV 5007/BNV-TĐKT): the award it was used for, once used. */
    usedForAwardId: integer('used_for_award_id'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('initiative_person_idx').on(t.personId)],
);

/** Inspection, investigation or unresolved denunciation: awards are deferred while open (NĐ 152 Art. 4.4). */
export const investigation = pgTable(
  'investigation',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id'),
    unitId: integer('unit_id'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    resolvedDate: date('resolved_date', { mode: 'string' }),
    note: text('note'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('investigation_person_idx').on(t.personId), index('investigation_unit_idx').on(t.unitId)],
);

export const leave = pgTable(
  'leave',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull(),
    kind: text('kind').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    createdAt: stamps.createdAt,
  },
  (t) => [index('leave_person_idx').on(t.personId)],
);

/** Titles and forms received: the history eligibility is computed from. One subject: a person or a unit. */
export const award = pgTable(
  'award',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id'),
    unitId: integer('unit_id'),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuer: text('issuer'),
    issuerLevel: text('issuer_level').notNull(),
    createdAt: stamps.createdAt,
  },
  (t) => [
    index('award_person_idx').on(t.personId, t.year),
    index('award_unit_idx').on(t.unitId, t.year),
    uniqueIndex('award_person_natural_uq')
      .on(t.personId, t.code, t.kind, t.year)
      .where(sql`${t.personId} is not null`),
    uniqueIndex('award_unit_natural_uq')
      .on(t.unitId, t.code, t.kind, t.year)
      .where(sql`${t.unitId} is not null`),
  ],
);

export { stamps };
