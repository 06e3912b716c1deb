import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditExportQuery, AuditPage, AuditQuery, AuditVerifyResult } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { verifyAuditChain } from '../../platform/audit.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { num } from '../../db/index.ts';
import { AUDIT_READERS } from './policy.ts';
import { describeEntries } from './describe.ts';
import { auditXlsx } from './export.ts';
import { auditView } from './list.ts';

export function auditRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/audit', {
      config: { access: AUDIT_READERS },
      schema: { tags: ['audit'], summary: 'Nhật ký hệ thống', querystring: AuditQuery, response: { 200: AuditPage } },
      handler: async (req) => {
        const q = req.query;
        const base = auditView(deps, q);
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
    r.get('/audit/export.xlsx', {
      config: { access: AUDIT_READERS },
      schema: { tags: ['audit'], summary: 'Nhật ký hệ thống như đang lọc (Excel)', querystring: AuditExportQuery },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Nhật ký hệ thống.xlsx', content: await auditXlsx(deps, req.query) },
          XLSX_TYPE,
        ),
    });
    r.get('/audit/verify', {
      config: { access: AUDIT_READERS },
      schema: { tags: ['audit'], summary: 'Kiểm tra chuỗi băm của nhật ký', response: { 200: AuditVerifyResult } },
      handler: () => verifyAuditChain(deps.db.kysely),
    });
  };
}
