import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttendanceRequest,
  BallotRequest,
  BallotResult,
  CloseSessionRequest,
  CouncilMemberList,
  CouncilMemberView,
  CouncilUserList,
  CreateSessionRequest,
  Id,
  SaveCouncilMemberRequest,
  SessionList,
  SessionView,
} from '@thidua/contracts';
import { ANY_ROLE, OFFICE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { castBallot, closeSession } from './ballot.ts';
import { councilMembersXlsx, councilSessionsXlsx } from './listExport.ts';
import { councilUsers, listMembers, saveMember } from './members.ts';
import { minutesDocument } from './minutes.ts';
import { createSession, getSession, listSessions, setAttendance } from './sessions.ts';

const IdParams = z.object({ id: Id });

export function councilRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['council'];
    r.get('/council/members', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Thành phần Hội đồng Thi đua – Khen thưởng', response: { 200: CouncilMemberList } },
      handler: () => listMembers(deps),
    });
    r.get('/council/members/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Thành phần Hội đồng như trang Thành viên liệt kê (Excel)' },
      handler: async (_req, reply) =>
        sendDocument(
          reply,
          { filename: 'Thành viên Hội đồng Thi đua - Khen thưởng.xlsx', content: await councilMembersXlsx(deps) },
          XLSX_TYPE,
        ),
    });
    r.get('/council/users', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Tài khoản có thể là thành viên Hội đồng (thành viên, lãnh đạo)',
        response: { 200: CouncilUserList },
      },
      handler: (req) => councilUsers(deps, userOf(req)),
    });
    r.post('/council/members', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Thêm thành viên Hội đồng',
        body: SaveCouncilMemberRequest,
        response: { 200: CouncilMemberView },
      },
      handler: (req) => saveMember(deps, userOf(req), actorOf(req), null, req.body),
    });
    r.put('/council/members/:id', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Sửa vai trò, đơn vị, nhiệm kỳ của thành viên',
        params: IdParams,
        body: SaveCouncilMemberRequest,
        response: { 200: CouncilMemberView },
      },
      handler: (req) => saveMember(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/council/sessions', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Các phiên họp', response: { 200: SessionList } },
      handler: () => listSessions(deps),
    });
    r.get('/council/sessions/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Các phiên họp Hội đồng, mới nhất trước (Excel)' },
      handler: async (_req, reply) =>
        sendDocument(
          reply,
          { filename: 'Phiên họp Hội đồng Thi đua - Khen thưởng.xlsx', content: await councilSessionsXlsx(deps) },
          XLSX_TYPE,
        ),
    });
    r.post('/council/sessions', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Lập phiên họp với các hồ sơ chờ Hội đồng xét',
        body: CreateSessionRequest,
        response: { 200: SessionView },
      },
      handler: (req) => createSession(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/council/sessions/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Phiên họp: có mặt, chương trình, số phiếu đã bỏ (không lộ ai bỏ phiếu gì), kết quả khi kết thúc',
        params: IdParams,
        response: { 200: SessionView },
      },
      handler: (req) => getSession(deps, userOf(req), req.params.id),
    });
    r.put('/council/sessions/:id/attendance', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Ghi nhận thành viên có mặt',
        params: IdParams,
        body: AttendanceRequest,
        response: { 200: SessionView },
      },
      handler: (req) => setAttendance(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/council/sessions/:id/ballot', {
      config: { access: ['council_member', 'leader', 'admin', 'emulation_officer'] },
      schema: {
        tags,
        summary: 'Bỏ phiếu kín (đồng ý, không đồng ý, không biểu quyết)',
        params: IdParams,
        body: BallotRequest,
        response: { 200: BallotResult },
      },
      handler: (req) => castBallot(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/council/sessions/:id/close', {
      config: { access: OFFICE },
      schema: {
        tags,
        summary: 'Kết thúc phiên họp và công bố kết quả biểu quyết',
        params: IdParams,
        body: CloseSessionRequest,
        response: { 200: SessionView },
      },
      handler: (req) => closeSession(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/council/sessions/:id/minutes.docx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Biên bản họp Hội đồng (DOCX)', params: IdParams },
      handler: async (req, reply) => {
        const doc = await minutesDocument(deps, req.params.id);
        return sendDocument(reply, doc, DOCX_TYPE);
      },
    });
  };
}
