import { z } from 'zod';
import { isoDate } from './common.ts';
import { verdictSchema } from './eligibility.ts';
import { labelled } from './enums.ts';

/** Nomination dossiers (hồ sơ đề nghị khen thưởng) and their appraisal (thẩm định). */

export const dossierStatuses = labelled(
  [
    'draft',
    'submitted',
    'received',
    'in_appraisal',
    'returned',
    'appraised',
    'in_council',
    'decided',
    'closed',
  ] as const,
  {
    draft: 'Đang soạn',
    submitted: 'Đã gửi',
    received: 'Đã tiếp nhận',
    in_appraisal: 'Đang thẩm định',
    returned: 'Trả lại để bổ sung',
    appraised: 'Đã thẩm định',
    in_council: 'Trình Hội đồng',
    decided: 'Đã có quyết định',
    closed: 'Đã đóng',
  },
  {
    draft: 'Draft',
    submitted: 'Submitted',
    received: 'Received',
    in_appraisal: 'In appraisal',
    returned: 'Returned for completion',
    appraised: 'Appraised',
    in_council: 'At the council',
    decided: 'Decided',
    closed: 'Closed',
  },
);

export const dossierKinds = labelled(
  ['regular', 'campaign', 'thematic', 'adhoc', 'career', 'seniority', 'foreign'] as const,
  {
    regular: 'Thường xuyên (hằng năm)',
    campaign: 'Theo đợt',
    thematic: 'Theo chuyên đề',
    adhoc: 'Đột xuất',
    career: 'Quá trình cống hiến',
    seniority: 'Niên hạn',
    foreign: 'Đối ngoại',
  },
  {
    regular: 'Regular (annual)',
    campaign: 'Campaign',
    thematic: 'Thematic',
    adhoc: 'Ad hoc',
    career: 'Career',
    seniority: 'Seniority',
    foreign: 'Foreign',
  },
);

export const dossierTargetLevels = labelled(
  ['unit', 'commune', 'province', 'central'] as const,
  { unit: 'Cấp cơ sở (đơn vị)', commune: 'Cấp xã', province: 'Cấp tỉnh', central: 'Cấp Nhà nước' },
  { unit: 'Unit', commune: 'Commune', province: 'Province', central: 'Central' },
);

export const nomineeAppraisals = labelled(
  ['eligible', 'not_eligible', 'needs_information'] as const,
  {
    eligible: 'Đủ điều kiện',
    not_eligible: 'Không đủ điều kiện',
    needs_information: 'Cần bổ sung thông tin',
  },
  { eligible: 'Eligible', not_eligible: 'Not eligible', needs_information: 'Needs information' },
);

export const dossierActions = labelled(
  [
    'submit',
    'recall',
    'receive',
    'assign',
    'start_appraisal',
    'return',
    'complete_appraisal',
    'reopen_appraisal',
  ] as const,
  {
    submit: 'Gửi hồ sơ',
    recall: 'Rút lại để sửa',
    receive: 'Tiếp nhận',
    assign: 'Phân công thẩm định',
    start_appraisal: 'Bắt đầu thẩm định',
    return: 'Trả lại để bổ sung',
    complete_appraisal: 'Hoàn thành thẩm định (chốt danh sách)',
    reopen_appraisal: 'Mở lại thẩm định',
  },
  {
    submit: 'Submit',
    recall: 'Recall to edit',
    receive: 'Receive',
    assign: 'Assign appraiser',
    start_appraisal: 'Start appraisal',
    return: 'Return for completion',
    complete_appraisal: 'Complete appraisal (freeze the list)',
    reopen_appraisal: 'Reopen appraisal',
  },
);

export const dueStates = labelled(
  ['none', 'on_track', 'due_soon', 'overdue', 'done'] as const,
  {
    none: 'Chưa tính hạn',
    on_track: 'Trong hạn',
    due_soon: 'Sắp đến hạn',
    overdue: 'Quá hạn',
    done: 'Đã xong',
  },
  { none: 'No due date', on_track: 'On track', due_soon: 'Due soon', overdue: 'Overdue', done: 'Done' },
);

const year = z.coerce.number().int().min(1975).max(2100);
const text = (max: number) => z.string().trim().max(max);
const code = z.string().trim().min(1).max(50);

export const nomineeSubjectKind = z.enum(['individual', 'collective']);

export const dossierListQuery = z.object({
  /** mine: dossiers of my units; inbox: addressed to the units I appraise for; assigned: assigned to me. */
  box: z.enum(['mine', 'inbox', 'assigned', 'all']).default('all'),
  status: dossierStatuses.schema.optional(),
  kind: dossierKinds.schema.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: year.optional(),
  due: z.enum(['overdue', 'due_soon']).optional(),
  q: text(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const userRef = z.object({ id: z.number(), name: z.string() }).nullable();

export const dossierSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: dossierKinds.schema,
  targetLevel: dossierTargetLevels.schema,
  year: z.number(),
  status: dossierStatuses.schema,
  unitId: z.number(),
  unitName: z.string(),
  addresseeUnitId: z.number(),
  addresseeName: z.string(),
  assignee: userRef,
  nomineeCount: z.number(),
  letterNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  dueState: dueStates.schema,
  workingDaysLeft: z.number().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export const dossierListSchema = z.object({
  data: z.array(dossierSummarySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

export const nomineeInput = z
  .object({
    subjectKind: nomineeSubjectKind,
    personId: z.number().int().positive().optional(),
    unitId: z.number().int().positive().optional(),
    target: code,
    achievement: text(8000).nullable().optional(),
    justification: text(4000).nullable().optional(),
  })
  .refine((n) => (n.subjectKind === 'individual' ? !!n.personId : !!n.unitId), {
    message: 'Cá nhân cần personId; tập thể cần unitId.',
    path: ['subjectKind'],
  });

export const dossierCreateBody = z.object({
  unitId: z.number().int().positive(),
  kind: dossierKinds.schema,
  targetLevel: dossierTargetLevels.schema,
  year: z.number().int().min(1975).max(2100),
  /** Default: the proposing unit's ancestor at the target level. */
  addresseeUnitId: z.number().int().positive().optional(),
  movementId: z.number().int().positive().nullable().optional(),
  title: text(500).min(1, 'Chưa nhập trích yếu hồ sơ'),
  letterNumber: text(50).nullable().optional(),
  letterDate: isoDate.nullable().optional(),
  signerTitle: text(100).nullable().optional(),
  signerName: text(100).nullable().optional(),
  nominees: z.array(nomineeInput).max(2000).default([]),
  origin: z
    .object({
      kind: z.enum(['suggestions', 'ranking', 'manual']),
      ref: z.union([z.string(), z.number()]).optional(),
    })
    .nullable()
    .optional(),
});

export const dossierUpdateBody = z.object({
  version: z.number().int().positive(),
  title: text(500).min(1, 'Chưa nhập trích yếu hồ sơ').optional(),
  kind: dossierKinds.schema.optional(),
  movementId: z.number().int().positive().nullable().optional(),
  letterNumber: text(50).nullable().optional(),
  letterDate: isoDate.nullable().optional(),
  signerTitle: text(100).nullable().optional(),
  signerName: text(100).nullable().optional(),
});

export const nomineeSchema = z.object({
  id: z.number(),
  subjectKind: nomineeSubjectKind,
  personId: z.number().nullable(),
  unitId: z.number().nullable(),
  name: z.string(),
  unitName: z.string().nullable(),
  position: z.string().nullable(),
  birthDate: z.string().nullable(),
  target: z.string(),
  targetName: z.string(),
  achievement: z.string().nullable(),
  verdict: verdictSchema.nullable(),
  verdictAt: z.string().nullable(),
  needsJustification: z.boolean(),
  justification: z.string().nullable(),
  appraisal: nomineeAppraisals.schema.nullable(),
  appraisalReason: z.string().nullable(),
  appraisedBy: userRef,
  appraisedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
  version: z.number(),
});

export const nomineeUpdateBody = z.object({
  version: z.number().int().positive(),
  achievement: text(8000).nullable().optional(),
  justification: text(4000).nullable().optional(),
});
export const nomineeRemoveBody = z.object({
  version: z.number().int().positive(),
  reason: text(1000).min(1, 'Cần ghi lý do bỏ đối tượng khỏi hồ sơ'),
});
export const nomineeAppraiseBody = z.object({
  version: z.number().int().positive(),
  outcome: nomineeAppraisals.schema,
  reason: text(4000).nullable().optional(),
});

export const dossierFileSchema = z.object({
  id: z.number(),
  nomineeId: z.number().nullable(),
  docCode: z.string(),
  source: z.enum(['generated', 'uploaded']),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const checklistItemSchema = z.object({
  code: z.string(),
  name: z.string(),
  template: z.string().nullable(),
  citation: z.string(),
  /** Per nominee (achievement report) or once per dossier. */
  perNominee: z.boolean(),
  /** Required by which of the dossier's targets. */
  requiredBy: z.array(z.string()),
  generatable: z.boolean(),
  files: z.array(dossierFileSchema),
  satisfied: z.boolean(),
});

export const dossierEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  toUserName: z.string().nullable(),
  toUnitName: z.string().nullable(),
  note: z.string().nullable(),
});

export const dossierDetailSchema = z.object({
  data: dossierSummarySchema.extend({
    movementId: z.number().nullable(),
    letterDate: z.string().nullable(),
    signerTitle: z.string().nullable(),
    signerName: z.string().nullable(),
    receivedAt: z.string().nullable(),
    appraisedAt: z.string().nullable(),
    origin: z.unknown().nullable(),
    nominees: z.array(nomineeSchema),
    checklist: z.array(checklistItemSchema),
    events: z.array(dossierEventSchema),
  }),
  /** canEdit, canAppraise, canUpload … */
  abilities: z.record(z.string(), z.boolean()),
  /** The workflow actions the actor may take now (guards not applied). */
  actions: z.array(dossierActions.schema),
});

export const dossierTransitionBody = z.object({
  action: dossierActions.schema,
  version: z.number().int().positive(),
  note: text(4000).nullable().optional(),
  /** For 'assign': the appraiser who takes the dossier. */
  assigneeUserId: z.number().int().positive().optional(),
});

export const dossierAddNomineesBody = z.object({
  version: z.number().int().positive(),
  nominees: z.array(nomineeInput).min(1, 'Chưa chọn đối tượng nào').max(2000),
});

export const appraiserOptionSchema = z.object({ id: z.number(), name: z.string() });

export const dossierGenerateBody = z.object({
  docCode: z.enum(['submission', 'achievement_report', 'nominee_list']),
  /** Achievement reports: one nominee; without it, one report per active nominee. */
  nomineeId: z.number().int().positive().optional(),
});

/** Notifications (bell). */
export const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationListQuery = z.object({
  unread: z.coerce.boolean().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const notificationListSchema = z.object({
  data: z.array(notificationSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  unread: z.number(),
});
export const notificationReadBody = z.object({
  /** Omit to mark every notification read. */
  ids: z.array(z.number().int().positive()).max(500).optional(),
});
