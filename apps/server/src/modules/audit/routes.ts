import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery, AuditVerifyResult } from '@thidua/contracts';
import { parseVnDate } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { verifyAuditChain } from '../../platform/audit.ts';
import { badRequest } from '../../platform/errors.ts';
import { num } from '../../db/index.ts';
import { AUDIT_READERS } from './policy.ts';
import { describeEntries } from './describe.ts';

function dayBound(value: string | undefined, field: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const iso = parseVnDate(value);
  if (!iso)
    throw badRequest('invalid_date', `Ngày "${value}" không hợp lệ.`, [{ path: field, message: 'Ngày không hợp lệ' }]);
  // Calendar days are Vietnamese days (UTC+7).
  const t = Date.parse(`${iso}T00:00:00+07:00`) + (end ? 86_400_000 : 0);
  return new Date(t).toISOString();
}

export function auditRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/audit', {
      config: { access: AUDIT_READERS },
      schema: { tags: ['audit'], summary: 'Nhật ký hệ thống', querystring: AuditQuery, response: { 200: AuditPage } },
      handler: async (req) => {
        const q = req.query;
        const from = dayBound(q.from, 'from', false);
        const to = dayBound(q.to, 'to', true);
        let base = deps.db.kysely.selectFrom('audit_log');
        if (q.entityType) base = base.where('entity_type', '=', q.entityType);
        if (q.entityId) base = base.where('entity_id', '=', q.entityId);
        if (q.actorId) base = base.where('actor_id', '=', q.actorId);
        if (from) base = base.where('at', '>=', from);
        if (to) base = base.where('at', '<', to);
        const [rows, count] = await Promise.all([
          base
            .selectAll()
            .orderBy('seq', 'desc')
            .limit(q.pageSize)
            .offset((q.page - 1) * q.pageSize)
            .execute(),
          base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: await describeEntries(deps.db.kysely, rows),
          page: q.page,
          pageSize: q.pageSize,
          total: num(count.n),
          totalExact: true,
        };
      },
    });
    r.get('/audit/verify', {
      config: { access: AUDIT_READERS },
      schema: { tags: ['audit'], summary: 'Kiểm tra chuỗi băm của nhật ký', response: { 200: AuditVerifyResult } },
      handler: () => verifyAuditChain(deps.db.kysely),
    });
  };
}
