import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bytea } from './access.ts';
import { cText, stamps } from './org.ts';

/** National movements (e.g. the Prime Minister's "Cả nước chung tay vì người nghèo …"): a catalog. */
export const nationalMovement = pgTable('national_movement', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  launchedBy: text('launched_by'),
  launchedDate: date('launched_date', { mode: 'string' }),
  documentRef: text('document_ref'),
  createdAt: stamps.createdAt,
});

/** An emulation movement (phong trào thi đua) launched by a unit's plan; cascades to units below. */
export const movement = pgTable(
  'movement',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    unitPath: cText('unit_path').notNull(),
    parentId: integer('parent_id'),
    nationalMovementId: integer('national_movement_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    searchName: text('search_name').notNull(),
    theme: text('theme'),
    slogan: text('slogan'),
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    planNumber: text('plan_number'),
    planDate: date('plan_date', { mode: 'string' }),
    issuer: text('issuer'),
    signer: text('signer'),
    /** Time span; partial ends ("đến tháng 9/2020") keep their precision. */
    fromDate: date('from_date', { mode: 'string' }),
    fromPrecision: text('from_precision'),
    toDate: date('to_date', { mode: 'string' }),
    toPrecision: text('to_precision'),
    participants: jsonb('participants')
      .$type<{ unitKinds: string[]; unitIds: number[]; groups: string[] }>()
      .notNull(),
    status: text('status').notNull().default('draft'),
    /** Last day for units and people to register (đăng ký thi đua) under this movement. */
    registrationDeadline: date('registration_deadline', { mode: 'string' }),
    sourceText: text('source_text'),
    extraction: jsonb('extraction'),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    ...stamps,
  },
  (t) => [
    index('movement_unit_path_idx').on(t.unitPath),
    index('movement_parent_idx').on(t.parentId),
    index('movement_search_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

export const movementMilestone = pgTable(
  'movement_milestone',
  {
    id: serial('id').primaryKey(),
    movementId: integer('movement_id').notNull(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    duePrecision: text('due_precision'),
    doneDate: date('done_date', { mode: 'string' }),
    ...stamps,
  },
  (t) => [index('movement_milestone_movement_idx').on(t.movementId)],
);

/** "Sở Nội vụ chủ trì hướng dẫn …": a task assigned to an agency, with its due date and progress. */
export const movementTask = pgTable(
  'movement_task',
  {
    id: serial('id').primaryKey(),
    movementId: integer('movement_id').notNull(),
    agency: text('agency').notNull(),
    agencyUnitId: integer('agency_unit_id'),
    task: text('task').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('todo'),
    note: text('note'),
    ...stamps,
  },
  (t) => [index('movement_task_movement_idx').on(t.movementId)],
);

/** Titles and forms a movement offers, with the planned count. */
export const movementOffer = pgTable(
  'movement_offer',
  {
    id: serial('id').primaryKey(),
    movementId: integer('movement_id').notNull(),
    code: text('code').notNull(),
    plannedCount: integer('planned_count'),
  },
  (t) => [uniqueIndex('movement_offer_uq').on(t.movementId, t.code)],
);

export const attachment = pgTable(
  'attachment',
  {
    id: serial('id').primaryKey(),
    ownerType: text('owner_type').notNull(),
    ownerId: integer('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdBy: integer('created_by'),
    createdAt: stamps.createdAt,
  },
  (t) => [index('attachment_owner_idx').on(t.ownerType, t.ownerId)],
);

/** Emulation cluster or bloc (cụm, khối thi đua) of comparable units. */
export const bloc = pgTable('bloc', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('bloc'),
  organiserUnitId: integer('organiser_unit_id').notNull(),
  organiserPath: cText('organiser_path').notNull(),
  note: text('note'),
  ...stamps,
});

/** Year-scoped membership; the leader and deputy rotate by year. */
export const blocMember = pgTable(
  'bloc_member',
  {
    id: serial('id').primaryKey(),
    blocId: integer('bloc_id').notNull(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    role: text('role').notNull().default('member'),
    createdAt: stamps.createdAt,
  },
  (t) => [
    uniqueIndex('bloc_member_uq').on(t.blocId, t.unitId, t.year),
    index('bloc_member_unit_idx').on(t.unitId, t.year),
  ],
);

/** The emulation pact (giao ước thi đua) of a bloc for a year, and each member's signature. */
export const pact = pgTable(
  'pact',
  {
    id: serial('id').primaryKey(),
    blocId: integer('bloc_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    items: jsonb('items').$type<{ no: number; text: string }[]>().notNull(),
    signedAttachmentId: integer('signed_attachment_id'),
    ...stamps,
  },
  (t) => [uniqueIndex('pact_bloc_year_uq').on(t.blocId, t.year)],
);

export const pactSignature = pgTable(
  'pact_signature',
  {
    id: serial('id').primaryKey(),
    pactId: integer('pact_id').notNull(),
    unitId: integer('unit_id').notNull(),
    signedDate: date('signed_date', { mode: 'string' }).notNull(),
    signerName: text('signer_name'),
    createdAt: stamps.createdAt,
  },
  (t) => [uniqueIndex('pact_signature_uq').on(t.pactId, t.unitId)],
);

/** A scoring table (bảng điểm) for a bloc or a movement and a year; versioned, locked once scoring starts. */
export const scoreSheet = pgTable(
  'score_sheet',
  {
    id: serial('id').primaryKey(),
    blocId: integer('bloc_id'),
    movementId: integer('movement_id'),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    previousId: integer('previous_id'),
    status: text('status').notNull().default('draft'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    /** Classification bands and how many leaders are proposed for the flag and Bằng khen. */
    settings: jsonb('settings').notNull(),
    createdAt: stamps.createdAt,
    updatedAt: stamps.updatedAt,
  },
  (t) => [index('score_sheet_bloc_idx').on(t.blocId, t.year)],
);

export const criterion = pgTable(
  'criterion',
  {
    id: serial('id').primaryKey(),
    sheetId: integer('sheet_id').notNull(),
    parentId: integer('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('normal'),
    maxPoints: numeric('max_points', { precision: 8, scale: 2 }).notNull(),
    cap: numeric('cap', { precision: 8, scale: 2 }),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('criterion_sheet_idx').on(t.sheetId)],
);

/** A unit's scoring on a sheet: self-assessment, then review. */
export const assessment = pgTable(
  'assessment',
  {
    id: serial('id').primaryKey(),
    sheetId: integer('sheet_id').notNull(),
    unitId: integer('unit_id').notNull(),
    status: text('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [uniqueIndex('assessment_uq').on(t.sheetId, t.unitId)],
);

export const score = pgTable(
  'score',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id').notNull(),
    criterionId: integer('criterion_id').notNull(),
    selfPoints: numeric('self_points', { precision: 8, scale: 2 }),
    reviewedPoints: numeric('reviewed_points', { precision: 8, scale: 2 }),
    evidenceIds: jsonb('evidence_ids').$type<number[]>().notNull().default([]),
    comment: text('comment'),
    updatedAt: stamps.updatedAt,
  },
  (t) => [uniqueIndex('score_uq').on(t.assessmentId, t.criterionId)],
);

/** Every change of a score after self-assessment, with its mandatory reason. */
export const scoreChange = pgTable(
  'score_change',
  {
    id: serial('id').primaryKey(),
    scoreId: integer('score_id').notNull(),
    fromPoints: numeric('from_points', { precision: 8, scale: 2 }),
    toPoints: numeric('to_points', { precision: 8, scale: 2 }),
    reason: text('reason').notNull(),
    actorUserId: integer('actor_user_id').notNull(),
    createdAt: stamps.createdAt,
  },
  (t) => [index('score_change_score_idx').on(t.scoreId)],
);
