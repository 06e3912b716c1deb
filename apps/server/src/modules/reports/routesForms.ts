import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TdktFormsQuery, TdktFormsReport } from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import { userOf, type Deps } from '../../platform/context.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { tdktWorkbook } from './tdktExcel.ts';
import { tdktForms } from './tdktForms.ts';

/**
 * The statutory statistics of emulation and commendation, forms 0601–0605.N/BNV-TĐKT (docs/reports.md
 * "Statutory forms"): any signed-in user, for a unit within reach (by default the widest one).
 */
export function tdktFormRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/reports/tdkt-forms', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['reports'],
        summary: 'Biểu thống kê thi đua, khen thưởng 0601–0605 của một năm: bố cục và số liệu từng ô',
        querystring: TdktFormsQuery,
        response: { 200: TdktFormsReport },
      },
      handler: (req) => tdktForms(deps, userOf(req), req.query),
    });
    r.get('/reports/tdkt-forms.xlsx', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['reports'],
        summary: 'Biểu thống kê thi đua, khen thưởng 0601–0605 ra Excel (mỗi biểu một trang tính, A4)',
        querystring: TdktFormsQuery,
      },
      handler: async (req, reply) => {
        const doc = await tdktWorkbook(deps, await tdktForms(deps, userOf(req), req.query));
        return reply.type(XLSX_TYPE).header('content-disposition', attachment(doc.filename)).send(doc.content);
      },
    });
  };
}
