import { z } from 'zod';
import { isoDate, pageQuery } from './common.ts';

/** thường xuyên (hằng năm) / theo đợt / theo chuyên đề. */
export const movementKindSchema = z.enum(['regular', 'campaign', 'thematic']);
export const movementStatusSchema = z.enum(['draft', 'launched', 'in_progress', 'reviewed', 'closed']);
/** sơ kết / tổng kết / lễ phát động / hội nghị / khác. */
export const milestoneKindSchema = z.enum(['interim', 'final', 'launch', 'conference', 'other']);
export const taskStatusSchema = z.enum(['todo', 'doing', 'done']);
export const datePrecisionSchema = z.enum(['day', 'month', 'quarter', 'year']);

export const movementKindLabels: Record<z.infer<typeof movementKindSchema>, string> = {
  regular: 'Thi đua thường xuyên',
  campaign: 'Thi đua theo đợt',
  thematic: 'Thi đua theo chuyên đề',
};
export const movementStatusLabels: Record<z.infer<typeof movementStatusSchema>, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
  in_progress: 'Đang thực hiện',
  reviewed: 'Đã tổng kết',
  closed: 'Đã kết thúc',
};

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const participantsSchema = z.object({
  unitKinds: z.array(text(50)).max(50).default([]),
  unitIds: z.array(z.number().int().positive()).max(5000).default([]),
  groups: z.array(text(500)).max(100).default([]),
});

export const milestoneBody = z.object({
  kind: milestoneKindSchema,
  label: text(500).min(1, 'Nhập tên mốc'),
  dueDate: isoDate.nullable().optional(),
  duePrecision: datePrecisionSchema.nullable().optional(),
  doneDate: isoDate.nullable().optional(),
});
export const taskBody = z.object({
  agency: text(300).min(1, 'Nhập cơ quan chủ trì'),
  agencyUnitId: z.number().int().positive().nullable().optional(),
  task: text(4000).min(1, 'Nhập nội dung nhiệm vụ'),
  dueDate: isoDate.nullable().optional(),
  status: taskStatusSchema.optional(),
  note: optionalText(2000),
});
export const offerBody = z.object({
  code: text(50).min(1),
  plannedCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
});

const movementFields = {
  parentId: z.number().int().positive().nullable().optional(),
  nationalMovementId: z.number().int().positive().nullable().optional(),
  kind: movementKindSchema,
  name: text(1000).min(3, 'Tên phong trào phải có ít nhất 3 ký tự'),
  theme: optionalText(2000),
  slogan: optionalText(1000),
  goals: z.array(text(4000)).max(100).optional(),
  planNumber: optionalText(100),
  planDate: isoDate.nullable().optional(),
  issuer: optionalText(300),
  signer: optionalText(300),
  fromDate: isoDate.nullable().optional(),
  fromPrecision: datePrecisionSchema.nullable().optional(),
  toDate: isoDate.nullable().optional(),
  toPrecision: datePrecisionSchema.nullable().optional(),
  participants: participantsSchema.optional(),
  registrationDeadline: isoDate.nullable().optional(),
};

export const movementCreateBody = z.object({
  unitId: z.number().int().positive(),
  ...movementFields,
  /** The pasted plan text and the extractor's output the officer confirmed, kept as provenance. */
  sourceText: text(200_000).nullable().optional(),
  extraction: z.record(z.string(), z.unknown()).nullable().optional(),
  milestones: z.array(milestoneBody).max(100).optional(),
  tasks: z.array(taskBody).max(500).optional(),
  offers: z.array(offerBody).max(100).optional(),
});
export const movementUpdateBody = z.object(movementFields).partial().extend({ version: z.number().int() });

export const movementListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(1975).max(2100).optional(),
  status: movementStatusSchema.optional(),
  kind: movementKindSchema.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(200).optional(),
});

export const movementTransitionBody = z.object({
  to: movementStatusSchema,
  note: optionalText(2000),
});

export const movementSchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  parentId: z.number().nullable(),
  nationalMovementId: z.number().nullable(),
  kind: movementKindSchema,
  name: z.string(),
  theme: z.string().nullable(),
  slogan: z.string().nullable(),
  goals: z.array(z.string()),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  issuer: z.string().nullable(),
  signer: z.string().nullable(),
  fromDate: z.string().nullable(),
  fromPrecision: datePrecisionSchema.nullable(),
  toDate: z.string().nullable(),
  toPrecision: datePrecisionSchema.nullable(),
  participants: z.object({
    unitKinds: z.array(z.string()),
    unitIds: z.array(z.number()),
    groups: z.array(z.string()),
  }),
  status: movementStatusSchema,
  registrationDeadline: z.string().nullable(),
  launchedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Movement = z.infer<typeof movementSchema>;

export const milestoneSchema = milestoneBody.required().extend({ id: z.number(), version: z.number() });
export const taskSchema = taskBody.required().extend({ id: z.number(), version: z.number() });
export const offerSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  plannedCount: z.number().nullable(),
});
export const attachmentSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  createdAt: z.string(),
});
export const milestoneUpdateBody = milestoneBody.partial().extend({ version: z.number().int() });
export const taskUpdateBody = taskBody.partial().extend({ version: z.number().int() });

const movementRef = z.object({
  id: z.number(),
  name: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  status: movementStatusSchema,
});

/** For each unit the movement addresses: has it launched its own implementing movement? */
export const cascadeSchema = z.object({
  targets: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      state: z.enum(['launched', 'draft', 'none']),
      movementId: z.number().nullable(),
    }),
  ),
  launched: z.number(),
  notLaunched: z.number(),
});

export const nationalMovementSchema = z.object({
  id: z.number(),
  name: z.string(),
  launchedBy: z.string().nullable(),
  launchedDate: z.string().nullable(),
  documentRef: z.string().nullable(),
});
export const nationalMovementCreateBody = z.object({
  name: text(1000).min(3),
  launchedBy: optionalText(300),
  launchedDate: isoDate.nullable().optional(),
  documentRef: optionalText(300),
});

export const movementDetailSchema = movementSchema.extend({
  sourceText: z.string().nullable(),
  extraction: z.unknown().nullable(),
  milestones: z.array(milestoneSchema),
  tasks: z.array(taskSchema),
  offers: z.array(offerSchema),
  attachments: z.array(attachmentSchema),
  parent: movementRef.nullable(),
  national: nationalMovementSchema.nullable(),
  children: z.array(movementRef),
  cascade: cascadeSchema,
});
export type MovementDetail = z.infer<typeof movementDetailSchema>;

export const draftFromTextBody = z.object({ text: z.string().max(1_000_000) });
/** The extractor's draft (see @vinhdanh/domain plan-extract types) and what it matched here. */
export const draftFromTextResponse = z.object({
  draft: z.record(z.string(), z.unknown()),
  suggestions: z.object({
    agencies: z.array(
      z.object({ agency: z.string(), unitId: z.number().nullable(), unitName: z.string().nullable() }),
    ),
    nationalMovements: z.array(z.object({ name: z.string(), nationalMovementId: z.number().nullable() })),
  }),
});
