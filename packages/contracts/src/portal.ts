import { z } from 'zod';
import { isoDate } from './common.ts';

/**
 * Public portal (no login) and public disclosure (công khai). Public shapes carry only what may be
 * published: names, units, titles, decision numbers — never birth dates, ID numbers or appraisal notes.
 */

const year = z.coerce.number().int().min(1975).max(2100);
const text = (max: number) => z.string().trim().max(max);

export const disclosureStates = {
  values: ['not_started', 'open', 'ended', 'withdrawn'] as const,
  vi: { not_started: 'Chưa bắt đầu', open: 'Đang lấy ý kiến', ended: 'Đã hết hạn', withdrawn: 'Đã rút' },
  en: { not_started: 'Not started', open: 'Open for comments', ended: 'Ended', withdrawn: 'Withdrawn' },
};
export const disclosureState = z.enum(disclosureStates.values);

export const commentStatuses = {
  values: ['pending', 'approved', 'rejected'] as const,
  vi: { pending: 'Chờ duyệt', approved: 'Đã duyệt', rejected: 'Không duyệt' },
  en: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
};
export const commentStatus = z.enum(commentStatuses.values);

// ---- public: honour roll ------------------------------------------------------------------------

export const publicHonourQuery = z.object({
  q: text(100).optional(),
  year: year.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  code: z.string().trim().min(1).max(50).optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type PublicHonourQuery = z.infer<typeof publicHonourQuery>;

export const publicHonourSchema = z.object({
  id: z.number(),
  year: z.number(),
  code: z.string(),
  titleName: z.string(),
  subjectKind: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  certificateCode: z.string().nullable(),
});
export type PublicHonour = z.infer<typeof publicHonourSchema>;

export const publicHonourListSchema = z.object({
  data: z.array(publicHonourSchema),
  page: z.number(),
  pageSize: z.number(),
  /** Exact up to the cap; beyond it `totalCapped` is true and `total` is the cap. */
  total: z.number(),
  totalCapped: z.boolean(),
});

export const publicHonourFacetsSchema = z.object({
  years: z.array(z.number()),
  titles: z.array(z.object({ code: z.string(), name: z.string() })),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
});

// ---- public: certificates -----------------------------------------------------------------------

export const certificateCodeParam = z.object({ code: z.string().trim().min(4).max(64) });
export const publicCertificateSchema = z.object({
  certificateCode: z.string(),
  name: z.string(),
  unitName: z.string().nullable(),
  code: z.string(),
  titleName: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
  signerName: z.string().nullable(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
});
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;

// ---- public: movements, stories -----------------------------------------------------------------

export const publicMovementSchema = z.object({
  id: z.number(),
  name: z.string(),
  theme: z.string().nullable(),
  slogan: z.string().nullable(),
  goals: z.array(z.string()),
  issuer: z.string().nullable(),
  planNumber: z.string().nullable(),
  planDate: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  status: z.string(),
  unitName: z.string(),
  launchedAt: z.string().nullable(),
});
export const publicListQuery = z.object({
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export const publicMovementListSchema = z.object({
  data: z.array(publicMovementSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

export const publicStorySummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  summary: z.string().nullable(),
  unitName: z.string(),
  publishedAt: z.string().nullable(),
});
export const publicStorySchema = publicStorySummarySchema.extend({ body: z.string() });
export const publicStoryListSchema = z.object({
  data: z.array(publicStorySummarySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

// ---- public: disclosures ------------------------------------------------------------------------

export const publicDisclosureSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  unitName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  state: disclosureState,
  itemCount: z.number(),
});
export const publicDisclosureListSchema = z.object({
  data: z.array(publicDisclosureSummarySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export const disclosureItemSchema = z.object({
  id: z.number(),
  name: z.string(),
  unitName: z.string().nullable(),
  target: z.string(),
  targetName: z.string(),
});
export const publicCommentSchema = z.object({
  id: z.number(),
  itemId: z.number().nullable(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export const publicDisclosureSchema = publicDisclosureSummarySchema.extend({
  items: z.array(disclosureItemSchema),
  comments: z.array(publicCommentSchema),
});
export type PublicDisclosure = z.infer<typeof publicDisclosureSchema>;

export const publicCommentBody = z.object({
  authorName: z.string().max(500),
  contact: z.string().max(1000).nullish(),
  body: z.string().max(20_000),
  itemId: z.number().int().positive().nullish(),
  /** Honeypot: left empty by people (the field is hidden), filled by bots. */
  website: z.string().max(1000).nullish(),
});
export const publicCommentAccepted = z.object({ ok: z.literal(true), message: z.string() });

// ---- staff: disclosures -------------------------------------------------------------------------

export const disclosureCreateBody = z.object({
  unitId: z.number().int().positive(),
  title: text(300).min(1, 'Vui lòng nhập tiêu đề'),
  dossierIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một hồ sơ').max(200),
  startsOn: isoDate,
  /** Calendar days; when absent the province parameter `disclosurePeriodDays` applies. */
  days: z.number().int().min(1).max(366).nullish(),
  endsOn: isoDate.nullish(),
});
export const disclosureListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const staffDisclosureSummarySchema = publicDisclosureSummarySchema.extend({
  status: z.string(),
  dossierIds: z.array(z.number()),
  pendingComments: z.number(),
  unansweredComments: z.number(),
  createdAt: z.string(),
});
export const staffDisclosureListSchema = z.object({
  data: z.array(staffDisclosureSummarySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export const staffCommentSchema = publicCommentSchema.extend({
  contact: z.string().nullable(),
  status: commentStatus,
  moderatedAt: z.string().nullable(),
  moderatedByName: z.string().nullable(),
  answeredByName: z.string().nullable(),
});
export const staffDisclosureSchema = staffDisclosureSummarySchema.extend({
  items: z.array(disclosureItemSchema),
  comments: z.array(staffCommentSchema),
});
export const staffDisclosureResponse = z.object({
  data: staffDisclosureSchema,
  abilities: z.record(z.string(), z.boolean()),
});
export type StaffDisclosure = z.infer<typeof staffDisclosureSchema>;

export const disclosureCandidatesQuery = z.object({ unitId: z.coerce.number().int().positive() });
export const disclosureCandidateSchema = z.object({
  id: z.number(),
  title: z.string(),
  unitName: z.string(),
  status: z.string(),
  year: z.number(),
  eligibleCount: z.number(),
});
export const disclosureCandidatesSchema = z.object({ data: z.array(disclosureCandidateSchema) });

export const commentParam = z.object({
  id: z.coerce.number().int().positive(),
  commentId: z.coerce.number().int().positive(),
});
export const commentModerateBody = z.object({ status: z.enum(['approved', 'rejected']) });
export const commentAnswerBody = z.object({ answer: text(4000).min(1, 'Vui lòng nhập nội dung trả lời') });

// ---- staff: stories -----------------------------------------------------------------------------

export const storyStatuses = {
  values: ['draft', 'published'] as const,
  vi: { draft: 'Bản nháp', published: 'Đã đăng' },
  en: { draft: 'Draft', published: 'Published' },
};
export const storyBody = z.object({
  unitId: z.number().int().positive(),
  title: text(300).min(1, 'Vui lòng nhập tiêu đề'),
  summary: text(1000).nullish(),
  body: text(50_000).min(1, 'Vui lòng nhập nội dung'),
});
export const storyUpdateBody = storyBody.omit({ unitId: true }).partial();
export const storyPublishBody = z.object({ published: z.boolean() });
export const staffStorySchema = publicStorySchema.extend({
  unitId: z.number(),
  status: z.enum(storyStatuses.values),
  createdAt: z.string(),
});
export const staffStoryListSchema = z.object({ data: z.array(staffStorySchema) });
