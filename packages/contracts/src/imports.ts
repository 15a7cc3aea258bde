import { z } from 'zod';

export const importKinds = ['units', 'people', 'yearly', 'awards'] as const;
export const importKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKindSchema>;
export const importKindLabels: Record<ImportKind, { vi: string; en: string }> = {
  units: { vi: 'Đơn vị', en: 'Units' },
  people: { vi: 'Cá nhân', en: 'People' },
  yearly: { vi: 'Kết quả hằng năm', en: 'Yearly records' },
  awards: { vi: 'Lịch sử khen thưởng', en: 'Award history' },
};

export const importRowError = z.object({
  row: z.number(),
  column: z.string().nullable(),
  message: z.string(),
});
export const importChange = z.object({
  row: z.number(),
  action: z.enum(['create', 'update', 'unchanged']),
  key: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
});

export const importJobSchema = z.object({
  id: z.string(),
  kind: importKindSchema,
  status: z.enum(['processing', 'previewed', 'failed', 'applying', 'applied']),
  fileName: z.string(),
  progress: z.object({ processedRows: z.number(), totalRows: z.number().nullable() }),
  counts: z.object({
    total: z.number(),
    create: z.number(),
    update: z.number(),
    unchanged: z.number(),
    errors: z.number(),
  }),
  errors: z.array(importRowError),
  changes: z.array(importChange),
  createdAt: z.string(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
