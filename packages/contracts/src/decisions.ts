import { z } from 'zod';
import { isoDate, paged, pageQuery, withAbilities } from './common.ts';
import { labelled } from './enums.ts';

export const decisionStatuses = labelled(
  ['draft', 'issued'] as const,
  { draft: 'Dự thảo', issued: 'Đã ban hành' },
  { draft: 'Draft', issued: 'Issued' },
);

export const decisionKinds = labelled(
  ['award', 'revocation'] as const,
  { award: 'Khen thưởng', revocation: 'Hủy bỏ khen thưởng' },
  { award: 'Commendation', revocation: 'Revocation' },
);

/** Law 06/2022 Art. 93.2 grounds (domain RevocationGround). */
export const revocationGrounds = labelled(
  ['fraudulent_declaration', 'forged_documents', 'unlawful_review', 'violation_found'] as const,
  {
    fraudulent_declaration: 'Gian dối trong kê khai thành tích',
    forged_documents: 'Làm giả hồ sơ, giấy tờ',
    unlawful_review: 'Xét tặng, đề nghị không đúng quy định',
    violation_found: 'Phát hiện vi phạm làm mất tiêu chuẩn khen thưởng',
  },
  {
    fraudulent_declaration: 'Fraudulent declaration of achievements',
    forged_documents: 'Forged documents',
    unlawful_review: 'Unlawful review or proposal',
    violation_found: 'Violation found that defeats the standards',
  },
);

export const disclosureGateStates = labelled(
  ['exempt', 'ended', 'running', 'not_required', 'missing'] as const,
  {
    exempt: 'Không phải công khai (khen thưởng đột xuất)',
    ended: 'Đã hết thời hạn công khai',
    running: 'Đang trong thời hạn công khai',
    not_required: 'Tỉnh không quy định thời hạn công khai',
    missing: 'Chưa công khai',
  },
  {
    exempt: 'Exempt (ad-hoc award)',
    ended: 'Disclosure period ended',
    running: 'Disclosure still running',
    not_required: 'No disclosure period set by the province',
    missing: 'Not yet disclosed',
  },
);

const text = (max: number) => z.string().trim().max(max);
const id = z.number().int().positive();

export const decisionCreateBody = z.object({
  issuerUnitId: id,
  dossierIds: z.array(id).min(1, 'Chọn ít nhất một hồ sơ').max(200),
  title: text(500).optional(),
  decisionDate: isoDate.nullable().optional(),
  signerName: text(200).nullable().optional(),
  signerTitle: text(200).nullable().optional(),
});

export const decisionUpdateBody = z.object({
  version: z.number().int(),
  dossierIds: z.array(id).min(1, 'Chọn ít nhất một hồ sơ').max(200).optional(),
  title: text(500).min(1).optional(),
  decisionDate: isoDate.nullable().optional(),
  signerName: text(200).nullable().optional(),
  signerTitle: text(200).nullable().optional(),
});

export const decisionIssueBody = z.object({
  version: z.number().int(),
  decisionDate: isoDate.optional(),
});

export const decisionListQuery = pageQuery.extend({
  status: decisionStatuses.schema.optional(),
  kind: decisionKinds.schema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  issuerUnitId: z.coerce.number().int().positive().optional(),
});

export const decisionCandidatesQuery = z.object({ issuerUnitId: z.coerce.number().int().positive() });

export const revokeAwardBody = z.object({
  /** The unit revoking: must be the unit that issued the award (Law Art. 93.8). */
  issuerUnitId: id,
  ground: revocationGrounds.schema,
  note: text(2000).min(1, 'Hãy ghi rõ căn cứ, lý do hủy bỏ'),
  decisionDate: isoDate,
  signerName: text(200).min(1, 'Hãy nhập họ tên người ký'),
  signerTitle: text(200).min(1, 'Hãy nhập chức vụ người ký'),
});

const issuerSchema = z.object({ id: z.number(), name: z.string(), level: z.string() });

export const decisionSummarySchema = z.object({
  id: z.number(),
  kind: decisionKinds.schema,
  status: decisionStatuses.schema,
  number: z.string().nullable(),
  year: z.number(),
  title: z.string(),
  decisionDate: z.string().nullable(),
  signerName: z.string().nullable(),
  issuer: issuerSchema,
  awardeeCount: z.number(),
  issuedAt: z.string().nullable(),
});
export const decisionListSchema = paged(decisionSummarySchema);

export const authorityCheckSchema = z.object({
  allowed: z.boolean(),
  ruleId: z.string(),
  message: z.string(),
  citation: z.string(),
});

export const decisionAwardeeSchema = z.object({
  /** decision_award id once issued; null in a draft. */
  id: z.number().nullable(),
  nomineeId: z.number().nullable(),
  dossierId: z.number().nullable(),
  personId: z.number().nullable(),
  unitId: z.number().nullable(),
  subjectKind: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
  code: z.string(),
  targetName: z.string(),
  kind: z.string(),
  /** Amount of the title or form; paid may be 0 when a higher title of the same year is paid. */
  amount: z.number().nullable(),
  paid: z.number(),
  amountNote: z.enum(['paid', 'superseded_same_period', 'no_amount']),
  /** Why the nominee is in the decision: eligible without council, or passed the council. */
  basis: z.enum(['appraisal', 'council']),
  authority: authorityCheckSchema,
  certificateCode: z.string().nullable(),
  registryNo: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocation: z
    .object({ ground: z.string(), note: z.string().nullable(), decisionNumber: z.string().nullable() })
    .nullable(),
});

export const excludedNomineeSchema = z.object({
  nomineeId: z.number(),
  dossierId: z.number(),
  name: z.string(),
  code: z.string(),
  targetName: z.string(),
  reason: z.string(),
});

export const decisionDossierSchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.string(),
  year: z.number(),
  status: z.string(),
  unitName: z.string(),
});

export const disclosureGateSchema = z.object({
  allowed: z.boolean(),
  periodDays: z.number().nullable(),
  items: z.array(
    z.object({
      dossierId: z.number(),
      state: disclosureGateStates.schema,
      endsOn: z.string().nullable(),
      issuableFrom: z.string().nullable(),
    }),
  ),
});

export const decisionDetailSchema = withAbilities(
  z.object({
    id: z.number(),
    kind: decisionKinds.schema,
    status: decisionStatuses.schema,
    version: z.number(),
    number: z.string().nullable(),
    seq: z.number().nullable(),
    symbol: z.string(),
    year: z.number(),
    title: z.string(),
    decisionDate: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    issuer: issuerSchema,
    issuedAt: z.string().nullable(),
    dossiers: z.array(decisionDossierSchema),
    awardees: z.array(decisionAwardeeSchema),
    excluded: z.array(excludedNomineeSchema),
    total: z.number(),
    baseSalary: z.number().nullable(),
    authorityOk: z.boolean(),
    disclosure: disclosureGateSchema,
    /** Problems that stop the issue now (empty when it can be issued). */
    blockers: z.array(z.string()),
    /** For a revocation decision: the award(s) it cancels. */
    revokes: z
      .array(
        z.object({ decisionAwardId: z.number(), name: z.string(), originalNumber: z.string().nullable() }),
      )
      .nullable(),
  }),
);

export const decisionCandidateSchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.string(),
  year: z.number(),
  status: z.string(),
  unitName: z.string(),
  nomineeCount: z.number(),
});

export const decisionIssuerOptionSchema = z.object({
  id: z.number(),
  name: z.string(),
  level: z.string(),
  symbol: z.string(),
  canIssue: z.boolean(),
});

export type DecisionDetail = z.infer<typeof decisionDetailSchema>;
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;
export type DecisionAwardee = z.infer<typeof decisionAwardeeSchema>;
export type RevocationGroundCode = (typeof revocationGrounds.values)[number];
