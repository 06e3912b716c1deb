import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  CreateProposalRequest,
  Id,
  ProposalList,
  ProposalTransitionRequest,
  ProposalView,
  ProposalsQuery,
  UpdateProposalRequest,
} from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { attachUpload } from '../../platform/files.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { proposalsXlsx } from './excel.ts';
import { submissionDocument } from './submission.ts';
import { forbidden } from '../../platform/errors.ts';
import { PROPOSERS } from './policy.ts';
import { createProposal, getProposal, listProposals, updateProposal } from './service.ts';
import { transitionProposal } from './transitions.ts';

const IdParams = z.object({ id: Id });

export function proposalRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['proposals'];
    r.get('/proposals', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Hồ sơ đề nghị khen thưởng (lọc theo trạng thái, đơn vị, năm)',
        querystring: ProposalsQuery,
        response: { 200: ProposalList },
      },
      handler: (req) => listProposals(deps, userOf(req), req.query),
    });
    r.get('/proposals/export.xlsx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Danh sách hồ sơ và từng đề nghị (Excel)', querystring: ProposalsQuery },
      handler: async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Hồ sơ đề nghị khen thưởng.xlsx'))
          .send(await proposalsXlsx(deps, userOf(req), req.query)),
    });
    r.post('/proposals', {
      config: { access: PROPOSERS },
      schema: {
        tags,
        summary: 'Lập hồ sơ đề nghị khen thưởng (đang soạn)',
        body: CreateProposalRequest,
        response: { 200: ProposalView },
      },
      handler: (req) => createProposal(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/proposals/:id', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Một hồ sơ: các đề nghị, kết quả xét điều kiện lúc gửi, quá trình xử lý',
        params: IdParams,
        response: { 200: ProposalView },
      },
      handler: (req) => getProposal(deps, userOf(req), req.params.id),
    });
    r.put('/proposals/:id', {
      config: { access: PROPOSERS },
      schema: {
        tags,
        summary: 'Sửa hồ sơ khi đang soạn hoặc được trả lại',
        params: IdParams,
        body: UpdateProposalRequest,
        response: { 200: ProposalView },
      },
      handler: (req) => updateProposal(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/proposals/:id/transitions', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary:
          'Gửi, trả lại (lý do từng đề nghị), tiếp nhận, công khai, trình Hội đồng, trình cấp trên, không khen thưởng',
        params: IdParams,
        body: ProposalTransitionRequest,
        response: { 200: ProposalView },
      },
      handler: (req) => transitionProposal(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/proposals/:id/submission.docx', {
      config: { access: ANY_ROLE },
      schema: { tags, summary: 'Tờ trình đề nghị khen thưởng (DOCX, Mẫu số 01)', params: IdParams },
      handler: async (req, reply) => {
        const doc = await submissionDocument(deps, userOf(req), req.params.id);
        return sendDocument(reply, doc, DOCX_TYPE);
      },
    });
    r.post('/proposals/:id/attachments', {
      config: { access: ANY_ROLE },
      schema: {
        tags,
        summary: 'Đính kèm tờ trình, biên bản, minh chứng (PDF, Word, ảnh)',
        params: IdParams,
        response: { 200: AttachmentView },
      },
      handler: async (req) => {
        const view = await getProposal(deps, userOf(req), req.params.id);
        if (!view.abilities.attach) throw forbidden();
        return attachUpload(deps.db.kysely, req, actorOf(req), { type: 'proposal', id: req.params.id });
      },
    });
  };
}
