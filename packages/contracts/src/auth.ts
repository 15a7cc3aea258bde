import { z } from 'zod';
import { permissions, roleSchema } from './permissions.ts';

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});

export const grantSchema = z.object({
  id: z.number(),
  role: roleSchema,
  unitId: z.number(),
  unitName: z.string(),
});

export const meSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  locale: z.enum(['vi', 'en']),
  mustChangePassword: z.boolean(),
  grants: z.array(grantSchema),
  /** Permissions held anywhere: what the menu may show. Scope is still checked per record. */
  permissions: z.array(z.enum(permissions)),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại'),
  newPassword: z
    .string()
    .min(8, 'Mật khẩu mới phải có ít nhất 8 ký tự')
    .max(200)
    .regex(/[A-Za-z]/, 'Mật khẩu mới phải có chữ cái')
    .regex(/\d/, 'Mật khẩu mới phải có chữ số'),
});
