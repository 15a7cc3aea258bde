import { z } from 'zod';
import { isoDate, pageQuery } from './common.ts';
import {
  awardKinds,
  disciplineLevels,
  initiativeKinds,
  issuerLevels,
  leaveKinds,
  ratings,
  recognitionLevels,
  sexes,
  staffCategories,
} from './enums.ts';

export const personSchema = z.object({
  id: z.number(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  sex: sexes.schema,
  ethnicity: z.string().nullable(),
  idNumber: z.string().nullable(),
  position: z.string().nullable(),
  leadershipPost: z.string().nullable(),
  staffCategory: staffCategories.schema,
  isDirectWorker: z.boolean(),
  unitId: z.number(),
  unitName: z.string(),
  version: z.number(),
});
export type Person = z.infer<typeof personSchema>;

const cccd = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'Số CCCD phải gồm đúng 12 chữ số');

export const personCreateBody = z.object({
  fullName: z.string().trim().min(2, 'Họ và tên phải có ít nhất 2 ký tự').max(200),
  birthDate: isoDate.nullable().optional(),
  sex: sexes.schema,
  ethnicity: z.string().trim().max(50).nullable().optional(),
  idNumber: cccd.nullable().optional(),
  position: z.string().trim().max(200).nullable().optional(),
  leadershipPost: z.string().trim().max(200).nullable().optional(),
  staffCategory: staffCategories.schema,
  isDirectWorker: z.boolean().default(false),
  unitId: z.number().int().positive(),
});
export const personUpdateBody = personCreateBody.partial().extend({ version: z.number().int() });

export const peopleSorts = ['name', '-name', 'birthDate', '-birthDate', 'unit', '-unit'] as const;
export const personListQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  sort: z.enum(peopleSorts).default('name'),
});

export const membershipSchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  position: z.string().nullable(),
});

export const yearRecordSchema = z.object({
  year: z.number(),
  rating: ratings.schema.nullable(),
  note: z.string().nullable(),
});
export const yearRecordBody = z.object({
  year: z.number().int().min(1975).max(2100),
  rating: ratings.schema.nullable(),
  note: z.string().trim().max(1000).nullable().optional(),
});

export const disciplineSchema = z.object({
  id: z.number(),
  level: disciplineLevels.schema,
  fromDate: z.string(),
  toDate: z.string().nullable(),
  decisionNo: z.string().nullable(),
  reason: z.string().nullable(),
});
export const disciplineBody = disciplineSchema.omit({ id: true }).extend({
  fromDate: isoDate,
  toDate: isoDate.nullable().optional(),
  decisionNo: z.string().trim().max(100).nullable().optional(),
  reason: z.string().trim().max(1000).nullable().optional(),
});

export const initiativeSchema = z.object({
  id: z.number(),
  kind: initiativeKinds.schema,
  title: z.string(),
  level: recognitionLevels.schema,
  recognisedBy: z.string().nullable(),
  recognisedDate: z.string().nullable(),
});
export const initiativeBody = initiativeSchema.omit({ id: true }).extend({
  title: z.string().trim().min(2, 'Nhập tên sáng kiến/đề tài').max(500),
  recognisedBy: z.string().trim().max(300).nullable().optional(),
  recognisedDate: isoDate.nullable().optional(),
});

export const leaveSchema = z.object({
  id: z.number(),
  kind: leaveKinds.schema,
  fromDate: z.string(),
  toDate: z.string().nullable(),
});
export const leaveBody = leaveSchema
  .omit({ id: true })
  .extend({ fromDate: isoDate, toDate: isoDate.nullable().optional() });

export const awardSchema = z.object({
  id: z.number(),
  code: z.string(),
  kind: awardKinds.schema,
  year: z.number(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerLevel: issuerLevels.schema,
});
export const awardBody = awardSchema.omit({ id: true }).extend({
  code: z.string().trim().min(2).max(30),
  year: z.number().int().min(1975).max(2100),
  decisionNo: z.string().trim().max(100).nullable().optional(),
  decisionDate: isoDate.nullable().optional(),
  issuer: z.string().trim().max(300).nullable().optional(),
});

export const personDetailSchema = personSchema.extend({
  memberships: z.array(membershipSchema),
  years: z.array(yearRecordSchema),
  disciplines: z.array(disciplineSchema),
  initiatives: z.array(initiativeSchema),
  leaves: z.array(leaveSchema),
  awards: z.array(awardSchema),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

/** Set when a row was recorded for a unit merged into this one (history follows the successor). */
const inheritedFrom = z.object({ unitId: z.number().nullable(), unitName: z.string() }).nullable();
export const unitHistorySchema = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      rating: ratings.schema.nullable(),
      note: z.string().nullable(),
      inheritedFrom,
    }),
  ),
  awards: z.array(awardSchema.extend({ inheritedFrom })),
});
