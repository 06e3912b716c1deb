import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CandidateList, CandidatesQuery, EligibilityCheckRequest, EligibilityCheckResult } from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import { userOf, type Deps } from '../../platform/context.ts';
import { XLSX_TYPE, attachment, departmentHeading } from '../../platform/documents/xlsx.ts';
import { candidatesWorkbook } from './excel.ts';
import { checkEligibility, computeCandidates } from './service.ts';

export function eligibilityRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post('/eligibility/check', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['eligibility'],
        summary:
          'Xét một cá nhân/tập thể có đủ điều kiện một danh hiệu/hình thức trong một năm, giải thích từng tiêu chuẩn',
        body: EligibilityCheckRequest,
        response: { 200: EligibilityCheckResult },
      },
      handler: (req) => checkEligibility(deps, userOf(req), req.body),
    });
    r.get('/eligibility/candidates', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['eligibility'],
        summary: 'Mọi cá nhân, tập thể của một đơn vị (cả cấp dưới) đủ điều kiện khen thưởng trong một năm',
        querystring: CandidatesQuery,
        response: { 200: CandidateList },
      },
      handler: (req) => computeCandidates(deps, userOf(req), req.query),
    });
    r.get('/eligibility/candidates.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags: ['eligibility'], summary: 'Xuất Excel danh sách đủ điều kiện', querystring: CandidatesQuery },
      handler: async (req, reply) => {
        const list = await computeCandidates(deps, userOf(req), req.query);
        const tree = await deps.tree.fresh();
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment(`Danh sách đủ điều kiện khen thưởng năm ${list.year}.xlsx`))
          .send(await candidatesWorkbook(list, tree.name(req.query.orgId), await departmentHeading(deps)));
      },
    });
  };
}
