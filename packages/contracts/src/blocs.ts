import { z } from 'zod';
import { isoDate, pageQuery } from './common.ts';
import { attachmentSchema } from './movements.ts';

/** Emulation clusters and blocs (cụm, khối thi đua), their yearly members, pact and documents. */
export const blocKinds = ['bloc', 'cluster'] as const;
export const blocRoles = ['leader', 'deputy', 'member'] as const;
export const blocRoleLabels = { leader: 'Trưởng khối', deputy: 'Phó khối', member: 'Thành viên' } as const;
const year = z.coerce.number().int().min(2000).max(2100);

export const blocSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(blocKinds),
  organiserUnitId: z.number(),
  organiserName: z.string(),
  note: z.string().nullable(),
  version: z.number(),
});
export type Bloc = z.infer<typeof blocSchema>;

export const blocCreateBody = z.object({
  name: z.string().trim().min(3, 'Tên khối phải có ít nhất 3 ký tự').max(300),
  kind: z.enum(blocKinds).default('bloc'),
  organiserUnitId: z.number().int().positive(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export const blocUpdateBody = blocCreateBody
  .omit({ organiserUnitId: true })
  .partial()
  .extend({ version: z.number().int() });
export const blocListQuery = pageQuery.extend({ q: z.string().trim().max(200).optional() });
export const blocYearParam = z.object({ id: z.coerce.number().int().positive(), year });

export const blocMemberSchema = z.object({
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  role: z.enum(blocRoles),
});
export const blocMembersSchema = z.object({
  blocId: z.number(),
  year: z.number(),
  members: z.array(blocMemberSchema),
});
export const blocMembersBody = z.object({
  members: z
    .array(z.object({ unitId: z.number().int().positive(), role: z.enum(blocRoles).default('member') }))
    .max(500),
});
export const blocRotateBody = z.object({ year, apply: z.boolean().default(false) });

export const pactItem = z.object({
  no: z.number().int().positive(),
  text: z.string().trim().min(3).max(2000),
});
export const pactSchema = z.object({
  id: z.number(),
  blocId: z.number(),
  year: z.number(),
  title: z.string(),
  items: z.array(pactItem),
  signedFile: attachmentSchema.nullable(),
  signatures: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      signedDate: z.string(),
      signerName: z.string().nullable(),
    }),
  ),
  /** Members of the year who have not signed yet. */
  unsigned: z.array(z.object({ unitId: z.number(), unitName: z.string() })),
  version: z.number(),
});
export const pactBody = z.object({
  title: z.string().trim().min(3).max(500),
  items: z.array(pactItem).min(1, 'Giao ước phải có ít nhất một nội dung').max(100),
  version: z.number().int().optional(),
});
export const pactSignatureBody = z.object({
  signedDate: isoDate,
  signerName: z.string().trim().max(200).nullable().optional(),
});
