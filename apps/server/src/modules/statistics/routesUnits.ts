import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStatUnitMappingRequest,
  CreateStatUnitRequest,
  Id,
  Ok,
  StatDeleteQuery,
  StatUnitList,
  StatUnitMappingList,
  StatUnitMappingsQuery,
  StatUnitMappingView,
  StatUnitsQuery,
  StatUnitTree,
  StatUnitTreeQuery,
  StatUnitView,
  UpdateStatUnitMappingRequest,
  UpdateStatUnitRequest,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { createMapping, deleteMapping, getMapping, listMappings, updateMapping } from './mappings.ts';
import { READERS, WRITERS } from './policy.ts';
import { createUnit, getUnit, listUnits, unitTree, updateUnit } from './units.ts';
import { unitsXlsx } from './catalogListsExport.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';

const IdParams = z.object({ id: Id });

/** Reporting units, dated, and the mapping of old units to their successors (docs/statistics.md). */
export function unitRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['statistics'];
    r.get('/stat-units', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Đơn vị báo cáo (lọc theo loại, đơn vị cấp trên, ngày còn hiệu lực asOf)',
        querystring: StatUnitsQuery,
        response: { 200: StatUnitList },
      },
      handler: (req) => listUnits(deps, req.query),
    });
    r.get('/stat-units/tree', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Cây đơn vị báo cáo có hiệu lực vào một ngày (cấp trên trước cấp dưới)',
        querystring: StatUnitTreeQuery,
        response: { 200: StatUnitTree },
      },
      handler: (req) => unitTree(deps, req.query),
    });
    r.get('/stat-units/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Cây đơn vị báo cáo có hiệu lực vào một ngày, như trang đang hiện (Excel)',
        querystring: StatUnitTreeQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await unitsXlsx(deps, req.query), XLSX_TYPE),
    });
    r.post('/stat-units', {
      config: { access: WRITERS },
      schema: { tags, summary: 'Thêm đơn vị báo cáo', body: CreateStatUnitRequest, response: { 200: StatUnitView } },
      handler: (req) => createUnit(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-units/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một đơn vị báo cáo', params: IdParams, response: { 200: StatUnitView } },
      handler: (req) => getUnit(deps.db.kysely, req.params.id),
    });
    r.put('/stat-units/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa đơn vị báo cáo (gửi kèm version; kết thúc hiệu lực bằng ngày đến)',
        params: IdParams,
        body: UpdateStatUnitRequest,
        response: { 200: StatUnitView },
      },
      handler: (req) => updateUnit(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/stat-unit-mappings', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Chuyển đổi đơn vị cũ sang đơn vị mới (ngày hiệu lực, tỷ lệ)',
        querystring: StatUnitMappingsQuery,
        response: { 200: StatUnitMappingList },
      },
      handler: (req) => listMappings(deps, req.query),
    });
    r.post('/stat-unit-mappings', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Thêm chuyển đổi đơn vị (tổng tỷ lệ của một đơn vị cũ vào một ngày không quá 1)',
        body: CreateStatUnitMappingRequest,
        response: { 200: StatUnitMappingView },
      },
      handler: (req) => createMapping(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-unit-mappings/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một chuyển đổi đơn vị', params: IdParams, response: { 200: StatUnitMappingView } },
      handler: (req) => getMapping(deps.db.kysely, req.params.id),
    });
    r.put('/stat-unit-mappings/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa chuyển đổi đơn vị (gửi kèm version)',
        params: IdParams,
        body: UpdateStatUnitMappingRequest,
        response: { 200: StatUnitMappingView },
      },
      handler: (req) => updateMapping(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/stat-unit-mappings/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Xoá chuyển đổi đơn vị',
        params: IdParams,
        querystring: StatDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteMapping(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
  };
}
