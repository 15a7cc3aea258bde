import { z } from 'zod';
import { isoDate } from './common.ts';

export const baseSalarySchema = z.object({
  id: z.number(),
  amount: z.number(),
  effectiveFrom: z.string(),
  legalBasis: z.string().nullable(),
});
export const baseSalaryBody = z.object({
  amount: z
    .number()
    .int()
    .min(100_000, 'Mức lương cơ sở không hợp lệ')
    .max(100_000_000, 'Mức lương cơ sở không hợp lệ'),
  effectiveFrom: isoDate,
  legalBasis: z.string().trim().max(300).nullable().optional(),
});

export const parameterOverrideSchema = z.object({
  id: z.number(),
  key: z.string(),
  value: z.unknown(),
  effectiveFrom: z.string(),
  note: z.string().nullable(),
});
export const parameterOverrideBody = z.object({
  key: z.string().trim().min(1).max(100),
  value: z.unknown(),
  effectiveFrom: isoDate,
  note: z.string().trim().max(1000).nullable().optional(),
});

export const calendarDaySchema = z.object({
  day: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
});
export const calendarDayBody = z.object({
  day: isoDate,
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(2, 'Nhập tên ngày').max(200),
});
