import { z } from 'zod';
import { isoDate } from './common.ts';
import {
  awardKinds,
  disciplineLevels,
  issuerLevels,
  leaveKinds,
  ratings,
  recognitionLevels,
  sexes,
  staffCategories,
} from './enums.ts';

const year = z.number().int().min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const count = z.number().int().min(0, 'Phải là số không âm');
const code = z.string().trim().min(2).max(30);

/**
 * A self-contained case for the stateless calculator: everything the rules need about one subject.
 * Mirrors `SubjectCase` of packages/domain/src/rules/subject-case.ts.
 */
export const eligibilityCaseSchema = z.object({
  subjectId: z.union([z.string().max(100), z.number()]).optional(),
  kind: z.enum(['individual', 'collective', 'household']),
  targetYear: year,
  asOfDate: isoDate,
  attributes: z
    .object({
      sex: sexes.schema.optional(),
      isDirectWorker: z.boolean().optional(),
      staffCategory: staffCategories.schema.optional(),
      leadershipPost: z.string().max(200).nullable().optional(),
      isArmedForces: z.boolean().optional(),
      employmentStartDate: isoDate.optional(),
    })
    .optional(),
  registration: z
    .object({ registered: z.boolean(), targets: z.array(code).optional() })
    .nullable()
    .optional(),
  ratings: z
    .array(z.object({ year, rating: ratings.schema }))
    .max(100)
    .default([]),
  awards: z
    .array(
      z.object({
        code,
        year,
        kind: awardKinds.schema,
        issuerLevel: issuerLevels.schema,
        decisionDate: isoDate.optional(),
        achievementIds: z.array(z.string().max(100)).max(50).optional(),
      }),
    )
    .max(500)
    .default([]),
  initiatives: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        kind: z.enum(['initiative', 'research', 'combat_ingenuity']),
        level: recognitionLevels.schema,
        recognisedDate: isoDate,
        appliedEffectively: z.boolean().optional(),
        usedFor: z.array(z.object({ code, year })).max(20).optional(),
      }),
    )
    .max(200)
    .optional(),
  disciplines: z
    .array(z.object({ level: disciplineLevels.schema, fromDate: isoDate, toDate: isoDate.nullable() }))
    .max(50)
    .optional(),
  investigations: z
    .array(
      z.object({
        kind: z.enum([
          'disciplinary_review',
          'investigation',
          'inspection',
          'audit',
          'complaint',
          'press_report',
        ]),
        openedDate: isoDate,
        resolvedDate: isoDate.nullable(),
      }),
    )
    .max(50)
    .optional(),
  leaves: z
    .array(z.object({ kind: leaveKinds.schema, fromDate: isoDate, toDate: isoDate }))
    .max(100)
    .optional(),
  collective: z
    .object({
      members: count,
      completedTasks: count,
      ldttCount: count,
      cstdcsCount: count,
      femaleMembers: count.optional(),
      worstMemberDiscipline: disciplineLevels.schema.nullable(),
    })
    .refine((c) => c.completedTasks <= c.members && c.ldttCount <= c.members && c.cstdcsCount <= c.members, {
      message:
        'Số thành viên hoàn thành nhiệm vụ / đạt LĐTT / đạt CSTĐCS không được lớn hơn tổng số thành viên',
      path: ['members'],
    })
    .optional(),
  bloc: z
    .object({
      blocId: z.string().max(100),
      organisedBy: z.enum(['province', 'ministry', 'central']),
      rank: z.number().int().min(1),
      exceededTargets: z.boolean(),
      outstandingInProvince: z.boolean(),
    })
    .nullable()
    .optional(),
  attestations: z
    .object({
      participatesInMovements: z.boolean().optional(),
      solidarity: z.boolean().optional(),
      movementAchievement: z.boolean().optional(),
      adhocAchievement: z.boolean().optional(),
      manyAchievements: z.boolean().optional(),
      socioEconomicContribution: z.boolean().optional(),
      grassrootsDemocracy: z.boolean().optional(),
      thriftAndAntiCorruption: z.boolean().optional(),
      thematicMovementLeaderYears: count.optional(),
      extraCriteriaMet: z.array(z.string().max(100)).max(50).optional(),
    })
    .optional(),
  pendingProposals: z
    .array(z.object({ code, year, achievementIds: z.array(z.string().max(100)).max(50) }))
    .max(50)
    .optional(),
});

export const councilVoteSchema = z
  .object({
    totalMembers: z.number().int().min(1, 'Hội đồng phải có ít nhất 1 thành viên'),
    present: count,
    yesPresent: count,
    absentWrittenOpinions: count.optional(),
    absentWrittenYes: count.optional(),
  })
  .refine((v) => v.present <= v.totalMembers, {
    message: 'Số có mặt không được lớn hơn tổng số thành viên',
    path: ['present'],
  })
  .refine((v) => v.yesPresent <= v.present, {
    message: 'Số phiếu đồng ý không được lớn hơn số có mặt',
    path: ['yesPresent'],
  })
  .refine((v) => (v.absentWrittenYes ?? 0) <= (v.absentWrittenOpinions ?? 0), {
    message: 'Số ý kiến đồng ý bằng văn bản không được lớn hơn số ý kiến bằng văn bản',
    path: ['absentWrittenYes'],
  })
  .refine((v) => v.present + (v.absentWrittenOpinions ?? 0) <= v.totalMembers, {
    message: 'Số có mặt cộng số ý kiến bằng văn bản vượt quá tổng số thành viên',
    path: ['absentWrittenOpinions'],
  });

export const evaluateRequestSchema = z.object({
  case: eligibilityCaseSchema,
  /** One title/form code; all applicable targets when omitted. */
  target: code.optional(),
  regimeDate: isoDate.optional(),
  councilVote: councilVoteSchema.optional(),
  citedInitiativeIds: z.array(z.string().max(100)).max(50).optional(),
  achievementIds: z.array(z.string().max(100)).max(50).optional(),
});

export const reasonSchema = z.object({
  ruleId: z.string(),
  passed: z.boolean(),
  message: z.object({ vi: z.string(), en: z.string() }),
  citation: z.string(),
  confidence: z.string(),
  facts: z.record(z.string(), z.unknown()),
  effect: z.string(),
});
export const verdictSchema = z.object({
  outcome: z.enum(['eligible', 'not_eligible', 'needs_council_vote', 'deferred']),
  target: z.string(),
  targetName: z.object({ vi: z.string(), en: z.string() }).optional(),
  regime: z.string(),
  reasons: z.array(reasonSchema),
});
export type VerdictDto = z.infer<typeof verdictSchema>;
export const evaluateResponseSchema = z.object({ verdicts: z.array(verdictSchema) });

export const subjectEligibilityQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  asOf: isoDate.optional(),
});
export const subjectEligibilitySchema = z.object({
  subject: z.object({
    kind: z.enum(['individual', 'collective']),
    id: z.number(),
    name: z.string(),
    unitName: z.string(),
  }),
  year: z.number(),
  asOfDate: z.string(),
  verdicts: z.array(verdictSchema),
});

export const suggestionsQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  target: code.optional(),
  subjectKind: z.enum(['individual', 'collective']).optional(),
  /** Default: what a unit would propose (eligible or needing the council vote). */
  outcome: z
    .enum(['eligible', 'needs_council_vote', 'deferred', 'not_eligible', 'proposable'])
    .default('proposable'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const suggestionSchema = z.object({
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: z.number(),
  name: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  target: z.string(),
  targetName: z.string(),
  outcome: z.string(),
  summary: z.string(),
});
