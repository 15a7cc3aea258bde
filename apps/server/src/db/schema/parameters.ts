import {
  bigint,
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

/** Base salary timeline (mức lương cơ sở): reward amounts are multiples of the value in force on the decision date. */
export const baseSalary = pgTable(
  'base_salary',
  {
    id: serial('id').primaryKey(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('base_salary_from_uq').on(t.effectiveFrom)],
);

/**
 * Province profile: a parameter overriding its national default from a date (quotas, deadlines, disclosure
 * period, council thresholds, registration toggle…). Keys and defaults live in packages/domain/rules.
 */
export const parameterOverride = pgTable(
  'parameter_override',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('parameter_override_uq').on(t.key, t.effectiveFrom),
    index('parameter_override_key_idx').on(t.key),
  ],
);

/** Days an administrator adds to the built-in holiday calendar: extra days off, or weekend days worked. */
export const calendarDay = pgTable('calendar_day', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
