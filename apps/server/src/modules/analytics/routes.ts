import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnalyticsQuery,
  AnalyticsResponse,
  DashboardQuery,
  DashboardResponse,
  Id,
  Ok,
  PivotRequest,
  PivotResponse,
  PivotXlsxQuery,
  StatViewDeleteQuery,
  StatViewInput,
  StatViewList,
  StatViewUpdate,
  StatViewView,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { dashboard } from './dashboard.ts';
import { pivotXlsx } from './excel.ts';
import { pivotQuery } from './pivot.ts';
import { pivotSerializerCompiler } from './pivotResponse.ts';
import { READERS } from './policy.ts';
import { analyticsQuery } from './service.ts';
import { createView, deleteView, getView, listViews, updateView } from './views.ts';

const IdParams = z.object({ id: Id });

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
    r.post('/analytics/pivot', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Bảng phân tích: chỉ tiêu, kỳ, đơn vị, phân tổ trên hàng và cột, kèm cùng kỳ, tăng trưởng, lũy kế và kế hoạch năm',
        body: PivotRequest,
        response: { 200: PivotResponse },
      },
      serializerCompiler: pivotSerializerCompiler,
      handler: (req) => pivotQuery(deps, req.body),
    });
    r.get('/analytics/pivot.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Bảng phân tích ra Excel (?indicators=A,B&periods=2026-09&rows=indicator&columns=period&compare=prevYear)',
        querystring: PivotXlsxQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await pivotXlsx(deps, req.query), XLSX_TYPE),
    });
    r.get('/analytics/dashboard', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Bảng điều khiển ngành: các chỉ tiêu chính, cùng kỳ, tăng trưởng, lũy kế và xu hướng 13 kỳ',
        querystring: DashboardQuery,
        response: { 200: DashboardResponse },
      },
      handler: (req) => dashboard(deps, req.query),
    });
    r.get('/analytics/views', {
      config: { access: READERS },
      schema: { tags, summary: 'Các bảng phân tích đã lưu: của mình và được chia sẻ', response: { 200: StatViewList } },
      handler: (req) => listViews(deps, userOf(req)),
    });
    r.get('/analytics/views/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một bảng phân tích đã lưu', params: IdParams, response: { 200: StatViewView } },
      handler: (req) => getView(deps, userOf(req), req.params.id),
    });
    r.post('/analytics/views', {
      config: { access: READERS },
      schema: { tags, summary: 'Lưu bảng phân tích', body: StatViewInput, response: { 200: StatViewView } },
      handler: (req) => createView(deps, userOf(req), actorOf(req), req.body),
    });
    r.put('/analytics/views/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Sửa bảng phân tích đã lưu (người lưu; gửi kèm version)',
        params: IdParams,
        body: StatViewUpdate,
        response: { 200: StatViewView },
      },
      handler: (req) => updateView(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/analytics/views/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Xóa bảng phân tích đã lưu (người lưu hoặc quản trị; ?version=)',
        params: IdParams,
        querystring: StatViewDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteView(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
  };
}
