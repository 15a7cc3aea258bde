import { z } from 'zod';

export const registrationStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'returned']);
export const registrationStatusLabels: Record<z.infer<typeof registrationStatusSchema>, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã chấp nhận',
  returned: 'Bị trả lại',
};

const year = z.coerce.number().int().min(1975).max(2100);

export const registrationGridQuery = z.object({
  year,
  unitId: z.coerce.number().int().positive(),
  movementId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const registrationSchema = z.object({
  id: z.number(),
  targets: z.array(z.string()).nullable(),
  status: registrationStatusSchema,
  movementId: z.number().nullable(),
  note: z.string().nullable(),
  submittedAt: z.string().nullable(),
  version: z.number(),
});

const gridRow = {
  unitId: z.number(),
  unitName: z.string(),
  registration: registrationSchema.nullable(),
};
export const registrationGridSchema = z.object({
  year: z.number(),
  movementId: z.number().nullable(),
  deadline: z.string().nullable(),
  closed: z.boolean(),
  /** The unit itself and its direct sub-units. */
  collectives: z.array(z.object({ ...gridRow, unitCode: z.string().nullable() })),
  people: z.object({
    data: z.array(
      z.object({
        ...gridRow,
        personId: z.number(),
        fullName: z.string(),
        birthDate: z.string().nullable(),
      }),
    ),
    page: z.number(),
    pageSize: z.number(),
    total: z.number(),
  }),
  abilities: z.record(z.string(), z.boolean()),
});

/** One grid row: a collective (no personId) or a person. targets null = every title. */
export const registrationRowBody = z.object({
  unitId: z.number().int().positive().optional(),
  personId: z.number().int().positive().optional(),
  targets: z.array(z.string().trim().min(1).max(50)).max(30).nullable(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export const registrationUpsertBody = z.object({
  year: z.number().int().min(1975).max(2100),
  movementId: z.number().int().positive().nullable().optional(),
  rows: z.array(registrationRowBody).min(1, 'Chưa có dòng nào').max(2000),
});
export const registrationUpsertResponse = z.object({ saved: z.number(), ids: z.array(z.number()) });

export const registrationSubmitBody = z.object({
  unitId: z.number().int().positive(),
  year: z.number().int().min(1975).max(2100),
  movementId: z.number().int().positive().nullable().optional(),
  /** The unit alone, or its whole subtree. */
  includeSubunits: z.boolean().default(false),
});
export const registrationReviewBody = z.object({
  action: z.enum(['accept', 'return']),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const registrationMissingQuery = z.object({
  year,
  movementId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export const registrationMissingSchema = z.object({
  year: z.number(),
  deadline: z.string().nullable(),
  data: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      unitCode: z.string().nullable(),
      /** none: no row; draft/returned: not sent; late: sent after the deadline. */
      state: z.enum(['none', 'draft', 'returned', 'late']),
      people: z.number(),
      peopleRegistered: z.number(),
    }),
  ),
  total: z.number(),
});
