import { z } from 'zod';
import { isoDate, pageQuery } from './common.ts';
import { unitKinds, unitLevels } from './enums.ts';

export const unitSchema = z.object({
  id: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKinds.schema,
  level: unitLevels.schema,
  parentId: z.number().nullable(),
  path: z.string(),
  depth: z.number(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  successorId: z.number().nullable(),
  childCount: z.number(),
  version: z.number(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitCreateBody = z.object({
  code: z.string().trim().max(50).nullable().optional(),
  name: z.string().trim().min(2, 'Tên đơn vị phải có ít nhất 2 ký tự').max(300),
  shortName: z.string().trim().max(100).nullable().optional(),
  kind: unitKinds.schema,
  level: unitLevels.schema,
  parentId: z.number().int().positive().nullable(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});
export const unitUpdateBody = unitCreateBody
  .omit({ parentId: true })
  .partial()
  .extend({ version: z.number().int() });
export const unitMoveBody = z.object({ newParentId: z.number().int().positive(), version: z.number().int() });
export const unitMergeBody = z.object({
  sourceIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị bị hợp nhất'),
  targetId: z.number().int().positive(),
  effectiveDate: isoDate,
  decisionNo: z.string().trim().max(100).nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export const unitListQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  parentId: z.coerce.number().int().positive().optional(),
  includeInactive: z.coerce.boolean().optional(),
});
