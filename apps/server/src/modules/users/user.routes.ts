import {
  idParam,
  paged,
  userCreateBody,
  userListQuery,
  userSchema,
  userUpdateBody,
  withAbilities,
} from '@vinhdanh/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { ctxOf } from '../../plugins/auth.ts';
import { createUser, listUsers, updateUser } from './user.service.ts';

const tags = ['users'];

export function userRoutes(app: FastifyInstance, { database, clock }: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  api.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Danh sách người dùng',
        querystring: userListQuery,
        response: { 200: paged(userSchema) },
      },
    },
    (req) => listUsers(db, ctxOf(req, clock), req.query),
  );
  api.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Tạo người dùng',
        body: userCreateBody,
        response: { 200: withAbilities(userSchema) },
      },
    },
    (req) => createUser(db, ctxOf(req, clock), req.body),
  );
  api.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa người dùng, phân quyền',
        params: idParam,
        body: userUpdateBody,
        response: { 200: withAbilities(userSchema) },
      },
    },
    (req) => updateUser(db, ctxOf(req, clock), req.params.id, req.body),
  );
}
