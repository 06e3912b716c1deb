import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangePasswordRequest, LoginRequest, Me, Ok } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { userOf } from '../../platform/context.ts';
import { changePassword, login, logout, meOf } from './service.ts';

export function authRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post('/auth/login', {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Đăng nhập (cookie session)', body: LoginRequest, response: { 200: Me } },
      handler: (req, reply) => login(deps, req, reply, req.body.username, req.body.password),
    });
    r.post('/auth/logout', {
      config: { access: 'authenticated', whilePasswordChangeRequired: true },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: Ok } },
      handler: async (req, reply) => {
        await logout(deps, req, reply);
        return { ok: true as const };
      },
    });
    r.get('/auth/me', {
      config: { access: 'authenticated', whilePasswordChangeRequired: true },
      schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: Me } },
      handler: (req) => meOf(deps, userOf(req), req.csrfToken ?? ''),
    });
    r.post('/auth/password', {
      config: { access: 'authenticated', whilePasswordChangeRequired: true },
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu (kết thúc các phiên khác của mình)',
        body: ChangePasswordRequest,
        response: { 200: Ok },
      },
      handler: async (req, reply) => {
        await changePassword(deps, req, reply, req.body.currentPassword, req.body.newPassword);
        return { ok: true as const };
      },
    });
  };
}
