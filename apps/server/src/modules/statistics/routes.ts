import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStatDisaggregationRequest,
  CreateStatIndicatorRequest,
  Id,
  Ok,
  StatCatalogImportQuery,
  StatDeleteQuery,
  StatDisaggregationList,
  StatDisaggregationsQuery,
  StatDisaggregationView,
  StatIndicatorImportResult,
  StatIndicatorList,
  StatIndicatorsQuery,
  StatIndicatorView,
  StatVersionRequest,
  UpdateStatDisaggregationRequest,
  UpdateStatIndicatorRequest,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { uploadedPart } from '../../platform/uploads.ts';
import {
  createDisaggregation,
  deleteDisaggregation,
  getDisaggregation,
  listDisaggregations,
  updateDisaggregation,
} from './disaggregations.ts';
import { catalogXlsx } from './excel.ts';
import { importIndicators } from './importer.ts';
import { createIndicator, getIndicator, listIndicators, setIndicatorActive, updateIndicator } from './indicators.ts';
import { READERS, WRITERS } from './policy.ts';
import { formRoutes } from './routesForms.ts';
import { unitRoutes } from './routesUnits.ts';

const IdParams = z.object({ id: Id });

/** Sector statistics catalog (docs/statistics.md): indicators, disaggregations, units, data sets, rules, targets. */
export function statisticRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['statistics'];
    r.get('/indicators', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Danh mục chỉ tiêu thống kê (ổn định cho công cụ bên ngoài): tìm không dấu theo mã, tên; lọc theo loại, kỳ',
        querystring: StatIndicatorsQuery,
        response: { 200: StatIndicatorList },
      },
      handler: (req) => listIndicators(deps, req.query),
    });
    r.get('/indicators/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh mục chỉ tiêu như đang lọc (mặc định toàn bộ; Excel, nhập lại được)',
        querystring: StatIndicatorsQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await catalogXlsx(deps, req.query), XLSX_TYPE),
    });
    r.post('/indicators/import', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary:
          'Nhập danh mục chỉ tiêu từ Excel: thêm mã mới, sửa mã đã có (tất cả hoặc không; dryRun=true để kiểm tra)',
        querystring: StatCatalogImportQuery,
        response: { 200: StatIndicatorImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const upload = await uploadedPart(req, 'tệp Excel');
          return importIndicators(deps, userOf(req), actorOf(req), upload.content, {
            fileName: upload.filename,
            dryRun: req.query.dryRun === 'true',
          });
        }),
    });
    r.post('/indicators', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu (công thức được kiểm tra khi lưu)',
        body: CreateStatIndicatorRequest,
        response: { 200: StatIndicatorView },
      },
      handler: (req) => createIndicator(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/indicators/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một chỉ tiêu', params: IdParams, response: { 200: StatIndicatorView } },
      handler: (req) => getIndicator(deps.db.kysely, req.params.id),
    });
    r.put('/indicators/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu (gửi kèm version)',
        params: IdParams,
        body: UpdateStatIndicatorRequest,
        response: { 200: StatIndicatorView },
      },
      handler: (req) => updateIndicator(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    for (const [path, active, summary] of [
      ['deactivate', false, 'Ngừng sử dụng chỉ tiêu (giữ số liệu đã có)'],
      ['activate', true, 'Dùng lại chỉ tiêu đã ngừng'],
    ] as const)
      r.post(`/indicators/:id/${path}`, {
        config: { access: WRITERS },
        schema: { tags, summary, params: IdParams, body: StatVersionRequest, response: { 200: StatIndicatorView } },
        handler: (req) => setIndicatorActive(deps, userOf(req), actorOf(req), req.params.id, active, req.body),
      });

    r.get('/stat-disaggregations', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Các nhóm phân tổ (thành phần kinh tế, nhóm hàng…) với các phân tổ',
        querystring: StatDisaggregationsQuery,
        response: { 200: StatDisaggregationList },
      },
      handler: (req) => listDisaggregations(deps, req.query),
    });
    r.post('/stat-disaggregations', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Thêm nhóm phân tổ',
        body: CreateStatDisaggregationRequest,
        response: { 200: StatDisaggregationView },
      },
      handler: (req) => createDisaggregation(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-disaggregations/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một nhóm phân tổ', params: IdParams, response: { 200: StatDisaggregationView } },
      handler: (req) => getDisaggregation(deps.db.kysely, req.params.id),
    });
    r.put('/stat-disaggregations/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa nhóm phân tổ (phân tổ đã có số liệu hoặc nằm trong công thức không bỏ được)',
        params: IdParams,
        body: UpdateStatDisaggregationRequest,
        response: { 200: StatDisaggregationView },
      },
      handler: (req) => updateDisaggregation(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/stat-disaggregations/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Xoá nhóm phân tổ chưa chỉ tiêu nào dùng',
        params: IdParams,
        querystring: StatDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteDisaggregation(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
    await app.register(unitRoutes(deps));
    await app.register(formRoutes(deps));
  };
}
