import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  CreateInitiativeRequest,
  EscalationRequest,
  Id,
  InitiativeList,
  InitiativeStats,
  InitiativeView,
  InitiativesQuery,
  RegistryExportQuery,
  StatsQuery,
  UpdateInitiativeRequest,
} from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import { ESCALATION_MANAGERS, INITIATIVE_WRITERS } from './policy.ts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { PDF_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { initiativeCertificate } from './documents.ts';
import { registryWorkbook } from './excel.ts';
import { escalate } from './recognition.ts';
import { attachToInitiative, createInitiative, getInitiative, listInitiatives, updateInitiative } from './service.ts';
import { initiativeStats } from './stats.ts';
import { statsXlsx } from './statsExport.ts';

const IdParams = z.object({ id: Id });
const tags = ['initiatives'];

export function initiativeRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/initiatives', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary:
          'Sổ sáng kiến, đề tài, cải tiến kỹ thuật (lọc theo đơn vị, tác giả, năm, trạng thái, cấp; từ khóa không dấu)',
        querystring: InitiativesQuery,
        response: { 200: InitiativeList },
      },
      handler: (req) => listInitiatives(deps, userOf(req), req.query),
    });
    r.get('/initiatives/stats', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Thống kê sáng kiến trong khoảng năm: tổng số, theo cấp công nhận, năm, đơn vị, lĩnh vực',
        querystring: StatsQuery,
        response: { 200: InitiativeStats },
      },
      handler: (req) => initiativeStats(deps, userOf(req), req.query.from, req.query.to),
    });
    r.get('/initiatives/stats/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Thống kê sáng kiến trong khoảng năm như trang thống kê: theo năm, đơn vị, lĩnh vực, loại (Excel)',
        querystring: StatsQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await statsXlsx(deps, userOf(req), req.query.from, req.query.to), XLSX_TYPE),
    });
    r.get('/initiatives/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Sổ sáng kiến và thống kê theo năm (Excel)', querystring: RegistryExportQuery },
      handler: async (req, reply) =>
        sendDocument(reply, await registryWorkbook(deps, userOf(req), req.query), XLSX_TYPE),
    });
    r.get('/initiatives/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Một sáng kiến: hồ sơ, tác giả, tệp, công nhận',
        params: IdParams,
        response: { 200: InitiativeView },
      },
      handler: (req) => getInitiative(deps, userOf(req), req.params.id),
    });
    r.get('/initiatives/:id/certificate.pdf', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Giấy chứng nhận sáng kiến (PDF A4 ngang, mỗi tác giả một trang)', params: IdParams },
      handler: async (req, reply) =>
        sendDocument(reply, await initiativeCertificate(deps, userOf(req), req.params.id), PDF_TYPE),
    });
    r.post('/initiatives', {
      config: { access: INITIATIVE_WRITERS },
      schema: {
        tags,
        summary: 'Ghi nhận sáng kiến (tỷ lệ đóng góp của các tác giả cộng lại 100%)',
        body: CreateInitiativeRequest,
        response: { 201: InitiativeView },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createInitiative(deps, userOf(req), actorOf(req), req.body)),
    });
    r.put('/initiatives/:id', {
      config: { access: INITIATIVE_WRITERS },
      schema: {
        tags,
        summary: 'Sửa một sáng kiến (theo phiên bản)',
        params: IdParams,
        body: UpdateInitiativeRequest,
        response: { 200: InitiativeView },
      },
      handler: (req) => updateInitiative(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/initiatives/:id/attachments', {
      config: { access: INITIATIVE_WRITERS },
      schema: {
        tags,
        summary: 'Đính kèm đơn yêu cầu công nhận, tài liệu chứng minh hiệu quả (PDF, Word, Excel, ảnh)',
        params: IdParams,
        response: { 200: AttachmentView },
      },
      handler: (req) => attachToInitiative(deps, req, userOf(req), actorOf(req), req.params.id),
    });
    r.post('/initiatives/:id/escalation', {
      config: { access: ESCALATION_MANAGERS },
      schema: {
        tags,
        summary: 'Đề nghị Hội đồng sáng kiến cấp tỉnh xét phạm vi ảnh hưởng, và ghi kết quả',
        params: IdParams,
        body: EscalationRequest,
        response: { 200: InitiativeView },
      },
      handler: (req) => escalate(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
  };
}
