import { z } from 'zod';
import { isoDate } from './common.ts';
import { labelled } from './enums.ts';

/**
 * The Emulation–Commendation Council (Hội đồng Thi đua – Khen thưởng): members and terms, sessions,
 * agenda, attendance, the SECRET ballot and its tally. No schema here carries a member next to a
 * choice: choices appear only as counts per agenda item, and a voter's own state is "voted / not yet".
 */

export const councilMemberRoles = labelled(
  ['chair', 'vice_chair', 'secretary', 'member'] as const,
  {
    chair: 'Chủ tịch Hội đồng',
    vice_chair: 'Phó Chủ tịch Hội đồng',
    secretary: 'Thư ký Hội đồng',
    member: 'Ủy viên',
  },
  { chair: 'Chair', vice_chair: 'Vice-chair', secretary: 'Secretary', member: 'Member' },
);

export const councilSessionStatuses = labelled(
  ['draft', 'open', 'closed'] as const,
  { draft: 'Chuẩn bị', open: 'Đang bỏ phiếu', closed: 'Đã kiểm phiếu' },
  { draft: 'Preparing', open: 'Voting', closed: 'Tallied' },
);

export const ballotChoices = labelled(
  ['agree', 'disagree'] as const,
  { agree: 'Đồng ý', disagree: 'Không đồng ý' },
  { agree: 'Agree', disagree: 'Disagree' },
);

export const councilItemResults = labelled(
  ['passed', 'not_passed', 'invalid_session', 'not_required'] as const,
  {
    passed: 'Đạt',
    not_passed: 'Không đạt',
    invalid_session: 'Phiên họp không hợp lệ',
    not_required: 'Không cần bỏ phiếu',
  },
  {
    passed: 'Passed',
    not_passed: 'Not passed',
    invalid_session: 'Session invalid',
    not_required: 'No vote needed',
  },
);

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} tối đa ${max} ký tự` });

export const councilBody = z.object({
  unitId: z.number().int().positive(),
  name: text(300, 'Tên Hội đồng'),
  termFrom: isoDate.nullable().optional(),
  termTo: isoDate.nullable().optional(),
});
export const councilUpdateBody = councilBody.omit({ unitId: true }).partial();

export const councilMemberBody = z.object({
  fullName: text(200, 'Họ và tên'),
  title: z.string().trim().max(300).nullable().optional(),
  role: councilMemberRoles.schema,
  userId: z.number().int().positive().nullable().optional(),
  fromDate: isoDate.nullable().optional(),
  toDate: isoDate.nullable().optional(),
});
export const councilMemberUpdateBody = councilMemberBody.partial();

export const councilMemberSchema = z.object({
  id: z.number(),
  fullName: z.string(),
  title: z.string().nullable(),
  role: councilMemberRoles.schema,
  userId: z.number().nullable(),
  userName: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
});

export const councilSummarySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  name: z.string(),
  termFrom: z.string().nullable(),
  termTo: z.string().nullable(),
  memberCount: z.number(),
});

export const councilListSchema = z.object({ data: z.array(councilSummarySchema) });

export const councilDetailSchema = z.object({
  data: councilSummarySchema.extend({
    members: z.array(councilMemberSchema),
    /** The logged-in user's own membership, if any. */
    myMemberId: z.number().nullable(),
  }),
  abilities: z.record(z.string(), z.boolean()),
});

export const councilSessionBody = z.object({
  title: text(300, 'Tên phiên họp'),
  sessionDate: isoDate,
});
export const councilSessionUpdateBody = councilSessionBody.partial();

export const councilSessionSummarySchema = z.object({
  id: z.number(),
  councilId: z.number(),
  title: z.string(),
  sessionDate: z.string(),
  status: councilSessionStatuses.schema,
  itemCount: z.number(),
  totalMembers: z.number().nullable(),
  presentCount: z.number().nullable(),
  quorumMet: z.boolean().nullable(),
});
export const councilSessionListSchema = z.object({ data: z.array(councilSessionSummarySchema) });

export const sessionItemSchema = z.object({
  id: z.number(),
  nomineeId: z.number(),
  dossierId: z.number(),
  target: z.string(),
  targetName: z.string(),
  subjectName: z.string(),
  position: z.number(),
  thresholdPercent: z.number().nullable(),
  /** Fewest agree votes of the whole membership for the threshold. */
  requiredAgree: z.number().nullable(),
  /** How many ballots have been received so far (no contents). */
  ballotsReceived: z.number(),
  /** Filled at the tally only: counts, never who. */
  agree: z.number().nullable(),
  disagree: z.number().nullable(),
  writtenAgree: z.number().nullable(),
  writtenTotal: z.number().nullable(),
  result: councilItemResults.schema.nullable(),
  /** The logged-in member has voted on this item (their own participation only). */
  votedByMe: z.boolean(),
});

export const sessionAttendanceSchema = z.object({
  memberId: z.number(),
  fullName: z.string(),
  role: councilMemberRoles.schema,
  present: z.boolean().nullable(),
  writtenOpinion: z.boolean(),
});

export const councilSessionDetailSchema = z.object({
  data: councilSessionSummarySchema.extend({
    councilName: z.string(),
    unitName: z.string(),
    quorumRequired: z.number().nullable(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    items: z.array(sessionItemSchema),
    attendance: z.array(sessionAttendanceSchema),
    /** The logged-in user's seat in this session, if they are a member on the session date. */
    me: z.object({ memberId: z.number(), present: z.boolean().nullable() }).nullable(),
  }),
  abilities: z.record(z.string(), z.boolean()),
});

export const agendaCandidateSchema = z.object({
  nomineeId: z.number(),
  dossierId: z.number(),
  dossierTitle: z.string(),
  proposingUnitName: z.string(),
  subjectName: z.string(),
  target: z.string(),
  targetName: z.string(),
  thresholdPercent: z.number(),
});
export const agendaCandidateListSchema = z.object({ data: z.array(agendaCandidateSchema) });

export const agendaAddBody = z.object({
  nomineeIds: z.array(z.number().int().positive()).min(1, { error: 'Hãy chọn ít nhất một đối tượng' }),
});

export const attendanceBody = z.object({
  entries: z.array(z.object({ memberId: z.number().int().positive(), present: z.boolean() })).min(1),
});

export const voteBody = z.object({ choice: ballotChoices.schema });
/** The receipt code is returned ONCE; only its SHA-256 is stored. */
export const voteResultSchema = z.object({ receiptCode: z.string() });

export const writtenOpinionBody = z.object({
  memberId: z.number().int().positive(),
  choices: z
    .array(z.object({ itemId: z.number().int().positive(), choice: ballotChoices.schema }))
    .min(1, { error: 'Hãy ghi ý kiến cho ít nhất một nội dung' }),
});

export const receiptVerifyBody = z.object({ code: z.string().trim().min(1).max(100) });
/**
 * Whether a ballot with that receipt was counted — never the choice: a receipt that proved a choice
 * would let a voter prove their vote to someone pressing them (vote buying, coercion).
 */
export const receiptVerifySchema = z.object({
  found: z.boolean(),
  sessionId: z.number().nullable(),
  sessionTitle: z.string().nullable(),
  sessionDate: z.string().nullable(),
  itemSubjectName: z.string().nullable(),
  itemTargetName: z.string().nullable(),
  /** The item has been tallied, so the ballot is in its counts. */
  tallied: z.boolean(),
});
