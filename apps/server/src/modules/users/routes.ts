import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateUserRequest, Id, UpdateUserRequest, User } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { usersXlsx } from './listExport.ts';
import { createUser, listUsers, updateUser } from './service.ts';
import { USER_MANAGERS } from './policy.ts';

export function userRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/users', {
      config: { access: USER_MANAGERS },
      schema: { tags: ['users'], summary: 'Người dùng', response: { 200: z.object({ items: z.array(User) }) } },
      handler: async () => ({ items: await listUsers(deps) }),
    });
    r.get('/users/export.xlsx', {
      config: { access: USER_MANAGERS },
      schema: { tags: ['users'], summary: 'Danh sách tài khoản, vai trò và đơn vị (Excel)' },
      handler: async (_req, reply) =>
        sendDocument(reply, { filename: 'Tài khoản người dùng.xlsx', content: await usersXlsx(deps) }, XLSX_TYPE),
    });
    r.post('/users', {
      config: { access: USER_MANAGERS },
      schema: {
        tags: ['users'],
        summary: 'Tạo người dùng (phải đổi mật khẩu khi đăng nhập lần đầu)',
        body: CreateUserRequest,
        response: { 201: User },
      },
      handler: async (req, reply) => reply.code(201).send(await createUser(deps, actorOf(req), req.body)),
    });
    r.patch('/users/:id', {
      config: { access: USER_MANAGERS },
      schema: {
        tags: ['users'],
        summary: 'Sửa, khoá, phân quyền, đặt lại mật khẩu',
        params: z.object({ id: Id }),
        body: UpdateUserRequest,
        response: { 200: User },
      },
      handler: (req) => updateUser(deps, actorOf(req), req.params.id, req.body),
    });
  };
}
