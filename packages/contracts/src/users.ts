import { z } from 'zod';
import { pageQuery } from './common.ts';
import { roleSchema } from './permissions.ts';

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  isActive: z.boolean(),
  grants: z.array(z.object({ id: z.number(), role: roleSchema, unitId: z.number(), unitName: z.string() })),
  createdAt: z.string(),
  version: z.number(),
});
export type User = z.infer<typeof userSchema>;

export const userCreateBody = z.object({
  username: z
    .string()
    .trim()
    .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự')
    .max(50)
    .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch'),
  displayName: z.string().trim().min(2).max(200),
  password: z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(200),
  grants: z.array(z.object({ role: roleSchema, unitId: z.number().int().positive() })).default([]),
});
export const userUpdateBody = z.object({
  displayName: z.string().trim().min(2).max(200).optional(),
  isActive: z.boolean().optional(),
  password: z.string().min(8, 'Mật khẩu phải có ít nhất 8 ký tự').max(200).optional(),
  grants: z.array(z.object({ role: roleSchema, unitId: z.number().int().positive() })).optional(),
  version: z.number().int(),
});
export const userListQuery = pageQuery.extend({ q: z.string().trim().max(100).optional() });
