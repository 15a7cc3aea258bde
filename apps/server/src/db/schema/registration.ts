import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { stamps } from './org.ts';

/**
 * Emulation registration (đăng ký thi đua) of a person or a collective for a year: a basis for
 * considering titles (Law 06/2022 Art. 18, toggle `registrationRequired`). `targets` null = every title.
 */
export const registration = pgTable(
  'registration',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    personId: integer('person_id'),
    unitId: integer('unit_id').notNull(),
    targets: jsonb('targets').$type<string[] | null>(),
    status: text('status').notNull().default('submitted'),
    movementId: integer('movement_id'),
    /** Why it was returned, or the officer's remark. */
    note: text('note'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('registration_person_uq').on(t.year, t.personId).where(sql`${t.personId} is not null`),
    uniqueIndex('registration_unit_uq').on(t.year, t.unitId).where(sql`${t.personId} is null`),
    index('registration_unit_idx').on(t.unitId, t.year),
  ],
);
