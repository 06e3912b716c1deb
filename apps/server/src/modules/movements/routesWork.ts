import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateExemplarRequest,
  DashboardView,
  ExemplarList,
  ExemplarView,
  Id,
  Ok,
  ProgressQuery,
  ProgressView,
  RegistrationOverview,
  RegistrationView,
  RemindRequest,
  RemindResult,
  ReportProgressRequest,
  SaveRegistrationRequest,
  UpdateExemplarRequest,
} from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { createExemplar, deleteExemplar, listExemplars, updateExemplar } from './exemplars.ts';
import { MANAGERS, UNIT_ACTORS } from './policy.ts';
import { dashboard, progressView, reportProgress } from './progress.ts';
import { progressXlsx } from './progressExport.ts';
import { getRegistration, registrationOverview, remindUnits, saveRegistration } from './registrations.ts';
import { exemplarsXlsx, registrationsXlsx } from './workExport.ts';

const IdParams = z.object({ id: Id });
const UnitParams = z.object({ id: Id, orgId: Id });
const ExemplarParams = z.object({ id: Id, exemplarId: Id });

/** What units do under a movement: register, report progress, record exemplars; and the dashboard. */
export function movementWorkRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['movements'];
    r.get('/movements/:id/registrations', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Tình hình đăng ký thi đua của các đơn vị tham gia (đơn vị chưa đăng ký trước)',
        params: IdParams,
        response: { 200: RegistrationOverview },
      },
      handler: (req) => registrationOverview(deps, req.params.id),
    });
    r.get('/movements/:id/registrations/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Tình hình đăng ký thi đua của các đơn vị (Excel)', params: IdParams },
      handler: async (req, reply) => sendDocument(reply, await registrationsXlsx(deps, req.params.id), XLSX_TYPE),
    });
    r.get('/movements/:id/registrations/:orgId', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Bản đăng ký thi đua của một đơn vị',
        params: UnitParams,
        response: { 200: RegistrationView },
      },
      handler: (req) => getRegistration(deps, userOf(req), req.params.id, req.params.orgId),
    });
    r.put('/movements/:id/registrations/:orgId', {
      config: { access: UNIT_ACTORS },
      schema: {
        tags,
        summary: 'Đăng ký thi đua của đơn vị: danh hiệu tập thể, cá nhân và chỉ tiêu cam kết (quá hạn: cần lý do)',
        params: UnitParams,
        body: SaveRegistrationRequest,
        response: { 200: RegistrationView },
      },
      handler: (req) => saveRegistration(deps, userOf(req), actorOf(req), req.params.id, req.params.orgId, req.body),
    });
    r.post('/movements/:id/reminders', {
      config: { access: MANAGERS },
      schema: {
        tags,
        summary: 'Nhắc các đơn vị chưa đăng ký (thông báo trong ứng dụng)',
        params: IdParams,
        body: RemindRequest,
        response: { 200: RemindResult },
      },
      handler: (req) => remindUnits(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/movements/:id/progress', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Số liệu tiến độ đã báo cáo theo kỳ',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: ProgressView },
      },
      handler: (req) => progressView(deps, req.params.id, req.query.orgId),
    });
    r.get('/movements/:id/progress/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Số liệu tiến độ đã báo cáo như thẻ Tiến độ đang hiện (Excel)',
        params: IdParams,
        querystring: ProgressQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await progressXlsx(deps, req.params.id, req.query.orgId), XLSX_TYPE),
    });
    r.put('/movements/:id/progress', {
      config: { access: UNIT_ACTORS },
      schema: {
        tags,
        summary: 'Báo cáo tiến độ của một đơn vị trong một kỳ',
        params: IdParams,
        body: ReportProgressRequest,
        response: { 200: ProgressView },
      },
      handler: (req) => reportProgress(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/movements/:id/dashboard', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Bảng theo dõi: đăng ký và kết quả theo đơn vị, chỉ tiêu, kỳ',
        params: IdParams,
        response: { 200: DashboardView },
      },
      handler: (req) => dashboard(deps, req.params.id),
    });
    r.get('/movements/:id/exemplars', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Điển hình tiên tiến của phong trào',
        params: IdParams,
        response: { 200: ExemplarList },
      },
      handler: (req) => listExemplars(deps, userOf(req), req.params.id),
    });
    r.get('/movements/:id/exemplars/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Điển hình tiên tiến của phong trào (Excel)', params: IdParams },
      handler: async (req, reply) =>
        sendDocument(reply, await exemplarsXlsx(deps, userOf(req), req.params.id), XLSX_TYPE),
    });
    r.post('/movements/:id/exemplars', {
      config: { access: UNIT_ACTORS },
      schema: {
        tags,
        summary: 'Ghi nhận một điển hình tiên tiến',
        params: IdParams,
        body: CreateExemplarRequest,
        response: { 200: ExemplarView },
      },
      handler: (req) => createExemplar(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.put('/movements/:id/exemplars/:exemplarId', {
      config: { access: UNIT_ACTORS },
      schema: {
        tags,
        summary: 'Sửa điển hình',
        params: ExemplarParams,
        body: UpdateExemplarRequest,
        response: { 200: ExemplarView },
      },
      handler: (req) => updateExemplar(deps, userOf(req), actorOf(req), req.params.id, req.params.exemplarId, req.body),
    });
    r.delete('/movements/:id/exemplars/:exemplarId', {
      config: { access: UNIT_ACTORS },
      schema: { tags, summary: 'Xoá điển hình', params: ExemplarParams, response: { 200: Ok } },
      handler: (req) => deleteExemplar(deps, userOf(req), actorOf(req), req.params.id, req.params.exemplarId),
    });
  };
}
