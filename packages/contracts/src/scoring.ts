import { z } from 'zod';

/** Scoring tables (bảng điểm), assessments (tự chấm, thẩm định), rankings and proposals. */
export const criterionKinds = ['normal', 'bonus', 'penalty'] as const;
export const sheetStatuses = ['draft', 'open', 'closed'] as const;
export const assessmentStatuses = ['draft', 'submitted', 'reviewed', 'final'] as const;
export const assessmentStatusLabels = {
  draft: 'Đang tự chấm',
  submitted: 'Đã nộp',
  reviewed: 'Đã thẩm định',
  final: 'Đã chốt',
} as const;

/** Points are numbers with at most two decimals (12.5 = 12,5 điểm). */
const points = z
  .number()
  .min(0, 'Điểm không được âm')
  .max(999999)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'Điểm chỉ có tối đa 2 chữ số thập phân');

export const sheetSettingsSchema = z.object({
  bands: z
    .array(z.object({ name: z.string().trim().min(1).max(100), minPoints: points }))
    .max(10)
    .default([]),
  flagCount: z.number().int().min(0).max(20).default(1),
  certificateCount: z.number().int().min(0).max(50).default(2),
  /** A unit with more penalty points than this is not proposed; null = no limit. */
  maxPenaltyForProposal: points.nullable().default(null),
  /** The band a unit must reach to be proposed for the flag; null = any. */
  flagMinBand: z.string().nullable().default(null),
});
export type SheetSettings = z.infer<typeof sheetSettingsSchema>;

/** A criterion in a flat list: `parentCode` links it to its parent; order in the list is table order. */
export const criterionInput = z.object({
  code: z.string().trim().min(1).max(30),
  parentCode: z.string().trim().max(30).nullable().default(null),
  name: z.string().trim().min(2).max(1000),
  kind: z.enum(criterionKinds).default('normal'),
  maxPoints: points,
  cap: points.nullable().default(null),
  evidenceRequired: z.boolean().default(false),
});
export const criterionSchema = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(criterionKinds),
  maxPoints: z.number(),
  cap: z.number().nullable(),
  evidenceRequired: z.boolean(),
  position: z.number(),
  isLeaf: z.boolean(),
});

export const sheetSchema = z.object({
  id: z.number(),
  blocId: z.number().nullable(),
  movementId: z.number().nullable(),
  year: z.number(),
  name: z.string(),
  version: z.number(),
  previousId: z.number().nullable(),
  status: z.enum(sheetStatuses),
  lockedAt: z.string().nullable(),
  settings: sheetSettingsSchema,
  maxPoints: z.number(),
  criteria: z.array(criterionSchema),
});
export const sheetResponse = z.object({
  data: sheetSchema,
  abilities: z.record(z.string(), z.boolean()),
  /** True when the edit hit a locked table and was applied to a new version (data is that version). */
  versionCreated: z.boolean(),
});
export const sheetCreateBody = z.object({
  blocId: z.number().int().positive().nullable().default(null),
  movementId: z.number().int().positive().nullable().default(null),
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(3).max(300),
  settings: sheetSettingsSchema.default(sheetSettingsSchema.parse({})),
  criteria: z.array(criterionInput).max(500).default([]),
});
export const sheetUpdateBody = z.object({
  name: z.string().trim().min(3).max(300).optional(),
  settings: sheetSettingsSchema.optional(),
  criteria: z.array(criterionInput).max(500).optional(),
});
export const sheetListQuery = z.object({
  blocId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().optional(),
});

export const scoreSchema = z.object({
  criterionId: z.number(),
  code: z.string(),
  selfPoints: z.number().nullable(),
  reviewedPoints: z.number().nullable(),
  points: z.number().nullable(),
  evidenceIds: z.array(z.number()),
  comment: z.string().nullable(),
});
export const totalsSchema = z.object({
  total: z.number(),
  normal: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  band: z.string().nullable(),
});
export const assessmentSchema = z.object({
  id: z.number(),
  sheetId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  status: z.enum(assessmentStatuses),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number(),
  totals: totalsSchema,
  scores: z.array(scoreSchema),
});
export const assessmentCreateBody = z.object({ unitId: z.number().int().positive() });
export const selfScoresBody = z.object({
  version: z.number().int(),
  scores: z
    .array(
      z.object({
        criterionId: z.number().int().positive(),
        points: points.nullable(),
        evidenceIds: z.array(z.number().int().positive()).max(50).default([]),
        comment: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .max(500),
});
export const reviewScoresBody = z.object({
  version: z.number().int(),
  scores: z
    .array(
      z.object({
        criterionId: z.number().int().positive(),
        points,
        reason: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export const assessmentTransitionBody = z.object({
  version: z.number().int(),
  reason: z.string().trim().max(2000).nullable().optional(),
});
export const assessmentHistorySchema = z.object({
  changes: z.array(
    z.object({
      criterionId: z.number(),
      code: z.string(),
      fromPoints: z.number().nullable(),
      toPoints: z.number().nullable(),
      reason: z.string(),
      actorUserId: z.number(),
      actorName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});

export const tieBreakSteps = ['total', 'penalty', 'sections', 'bonus', 'name'] as const;
export const rankingSchema = z.object({
  sheetId: z.number(),
  blocId: z.number().nullable(),
  year: z.number(),
  /** True when every ranked assessment is final. */
  isFinal: z.boolean(),
  tieBreakRule: z.array(z.string()),
  rows: z.array(
    totalsSchema.extend({
      rank: z.number(),
      assessmentId: z.number(),
      unitId: z.number(),
      unitName: z.string(),
      status: z.enum(assessmentStatuses),
      decidedBy: z.enum(tieBreakSteps).nullable(),
      explanation: z.string(),
    }),
  ),
});
export const proposalAwards = ['CO_TINH', 'BK_TINH'] as const;
export const proposalsSchema = z.object({
  sheetId: z.number(),
  sheetName: z.string(),
  blocId: z.number().nullable(),
  blocName: z.string().nullable(),
  year: z.number(),
  /** Proposals count only final assessments; false while some members are not finalised. */
  complete: z.boolean(),
  proposals: z.array(
    z.object({
      award: z.enum(proposalAwards),
      unitId: z.number(),
      unitName: z.string(),
      year: z.number(),
      total: z.number(),
      rank: z.number(),
      band: z.string().nullable(),
      sheetId: z.number(),
      assessmentId: z.number(),
    }),
  ),
  skipped: z.array(z.object({ unitId: z.number(), unitName: z.string(), reason: z.string() })),
});
