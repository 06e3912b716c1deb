import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStatDatasetRequest,
  CreateStatRuleRequest,
  Id,
  Ok,
  SaveStatTargetsRequest,
  SaveStatTargetsResult,
  StatDatasetList,
  StatDatasetsQuery,
  StatDatasetView,
  StatDeleteQuery,
  StatRuleList,
  StatRulesQuery,
  StatRuleView,
  StatTargetList,
  StatTargetsQuery,
  UpdateStatDatasetRequest,
  UpdateStatRuleRequest,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { createDataset, getDataset, listDatasets, updateDataset } from './datasets.ts';
import { READERS, WRITERS } from './policy.ts';
import { listTargets, saveTargets } from './targets.ts';
import { targetsXlsx } from './targetsExport.ts';
import { datasetsXlsx, rulesXlsx } from './catalogListsExport.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { createRule, deleteRule, getRule, listRules, updateRule } from './validationRules.ts';

const IdParams = z.object({ id: Id });

/** Data sets (report forms), validation rules and the year's targets (docs/statistics.md). */
export function formRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['statistics'];
    r.get('/stat-datasets', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Biểu mẫu báo cáo (bộ chỉ tiêu một loại đơn vị báo cáo theo kỳ)',
        querystring: StatDatasetsQuery,
        response: { 200: StatDatasetList },
      },
      handler: (req) => listDatasets(deps, req.query),
    });
    r.get('/stat-datasets/export.xlsx', {
      config: { access: READERS },
      schema: { tags, summary: 'Biểu mẫu báo cáo như đang lọc (Excel)', querystring: StatDatasetsQuery },
      handler: async (req, reply) => sendDocument(reply, await datasetsXlsx(deps, req.query), XLSX_TYPE),
    });
    r.post('/stat-datasets', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Thêm biểu mẫu báo cáo',
        body: CreateStatDatasetRequest,
        response: { 200: StatDatasetView },
      },
      handler: (req) => createDataset(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-datasets/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Một biểu mẫu: chỉ tiêu theo thứ tự, đơn vị báo cáo',
        params: IdParams,
        response: { 200: StatDatasetView },
      },
      handler: (req) => getDataset(deps.db.kysely, req.params.id),
    });
    r.put('/stat-datasets/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa biểu mẫu (gửi kèm version)',
        params: IdParams,
        body: UpdateStatDatasetRequest,
        response: { 200: StatDatasetView },
      },
      handler: (req) => updateDataset(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/stat-rules', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Quy tắc kiểm tra số liệu',
        querystring: StatRulesQuery,
        response: { 200: StatRuleList },
      },
      handler: (req) => listRules(deps, req.query),
    });
    r.get('/stat-rules/export.xlsx', {
      config: { access: READERS },
      schema: { tags, summary: 'Quy tắc kiểm tra số liệu như đang lọc (Excel)', querystring: StatRulesQuery },
      handler: async (req, reply) => sendDocument(reply, await rulesXlsx(deps, req.query), XLSX_TYPE),
    });
    r.post('/stat-rules', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Thêm quy tắc kiểm tra (biểu thức được kiểm tra khi lưu)',
        body: CreateStatRuleRequest,
        response: { 200: StatRuleView },
      },
      handler: (req) => createRule(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-rules/:id', {
      config: { access: READERS },
      schema: { tags, summary: 'Một quy tắc kiểm tra', params: IdParams, response: { 200: StatRuleView } },
      handler: (req) => getRule(deps.db.kysely, req.params.id),
    });
    r.put('/stat-rules/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Sửa quy tắc kiểm tra (gửi kèm version)',
        params: IdParams,
        body: UpdateStatRuleRequest,
        response: { 200: StatRuleView },
      },
      handler: (req) => updateRule(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/stat-rules/:id', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Xoá quy tắc kiểm tra',
        params: IdParams,
        querystring: StatDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteRule(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
    r.get('/stat-targets', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Kế hoạch năm theo chỉ tiêu, đơn vị, phân tổ',
        querystring: StatTargetsQuery,
        response: { 200: StatTargetList },
      },
      handler: (req) => listTargets(deps, req.query),
    });
    r.get('/stat-targets/export.xlsx', {
      config: { access: READERS },
      schema: { tags, summary: 'Kế hoạch năm như đang lọc (Excel)', querystring: StatTargetsQuery },
      handler: async (req, reply) => sendDocument(reply, await targetsXlsx(deps, req.query), XLSX_TYPE),
    });
    r.put('/stat-targets', {
      config: { access: WRITERS },
      schema: {
        tags,
        summary: 'Lưu một loạt kế hoạch năm (giá trị null: bỏ kế hoạch; tất cả hoặc không)',
        body: SaveStatTargetsRequest,
        response: { 200: SaveStatTargetsResult },
      },
      handler: (req) => saveTargets(deps, userOf(req), actorOf(req), req.body),
    });
  };
}
