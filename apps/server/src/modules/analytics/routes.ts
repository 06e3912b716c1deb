import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AnalyticsQuery, AnalyticsResponse } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { READERS } from './policy.ts';
import { analyticsQuery } from './service.ts';

/** Sector statistics (docs/statistics.md): one indicator by unit, period or option; the pivot; the dashboard; saved views. */
export function analyticsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['analytics'];
    r.get('/analytics', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Một chỉ tiêu trong một kỳ (2021, 2021S1, 2021Q3, 2021-07, 2021YTD09), toàn tỉnh hoặc một đơn vị, chia theo đơn vị, kỳ con hoặc phân tổ',
        querystring: AnalyticsQuery,
        response: { 200: AnalyticsResponse },
      },
      handler: (req) => analyticsQuery(deps, req.query),
    });
  };
}
