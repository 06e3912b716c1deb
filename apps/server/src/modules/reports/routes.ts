import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSummaryDraftRequest,
  Id,
  SaveSummaryDraftRequest,
  SignSummaryDraftRequest,
  SummaryData,
  SummaryDraft,
  SummaryDraftList,
  SummaryDraftVersions,
  SummaryDraftsQuery,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { DOCX_TYPE, sendDocument } from '../../platform/documents/send.ts';
import {
  createSummaryDraft,
  getSummaryDraft,
  listSummaryDrafts,
  saveSummaryDraft,
  signSummaryDraft,
  summaryDraftDoc,
  summaryDraftVersions,
} from './summaryDrafts.ts';
import { SUMMARY_EDITORS, SUMMARY_READERS, SUMMARY_SIGNERS } from './summaryPolicy.ts';
import { liveSummary, liveSummaryDoc } from './summaryService.ts';

const IdParams = z.object({ id: Id });
/** Checked by the service (422 naming the field), so that a bad year gets the same answer as a bad span. */
const SpanQuery = z.object({
  orgId: z.string().max(64).optional(),
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  /** The day the registries are read at (YYYY-MM-DD): 31/12 of `to`, or today while that year runs. */
  asOf: z.string().max(10).optional(),
});
const VersionQuery = z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() });

/** Reports written from the data (docs/reports.md): the summary report, its drafts and versions. */
export function reportRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reports'];
    r.get('/reports/summary', {
      config: { access: SUMMARY_READERS },
      schema: {
        tags,
        summary:
          'Số liệu báo cáo tổng kết của một đơn vị trong khoảng năm (from ≤ to, tối đa 10 năm), kèm nguồn số liệu',
        querystring: SpanQuery,
        response: { 200: SummaryData },
      },
      handler: (req) => liveSummary(deps, userOf(req), req.query),
    });
    r.get('/reports/summary.docx', {
      config: { access: SUMMARY_READERS },
      schema: {
        tags,
        summary:
          'Báo cáo tổng kết (DOCX, thể thức Nghị định 30) tính từ dữ liệu hiện có (ổn định cho công cụ bên ngoài)',
        querystring: SpanQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await liveSummaryDoc(deps, userOf(req), req.query), DOCX_TYPE),
    });
    r.get('/reports/summary/drafts', {
      config: { access: SUMMARY_READERS },
      schema: {
        tags,
        summary: 'Các dự thảo báo cáo tổng kết (trong phạm vi đơn vị được phân quyền)',
        querystring: SummaryDraftsQuery,
        response: { 200: SummaryDraftList },
      },
      handler: (req) => listSummaryDrafts(deps, userOf(req), req.query.orgId),
    });
    r.post('/reports/summary/drafts', {
      config: { access: SUMMARY_EDITORS },
      schema: {
        tags,
        summary: 'Lập dự thảo báo cáo tổng kết cho một đơn vị và khoảng năm (mỗi khoảng một dự thảo)',
        body: CreateSummaryDraftRequest,
        response: { 201: SummaryDraft },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createSummaryDraft(deps, userOf(req), actorOf(req), req.body)),
    });
    r.get('/reports/summary/drafts/:id', {
      config: { access: SUMMARY_READERS },
      schema: { tags, summary: 'Một dự thảo báo cáo tổng kết', params: IdParams, response: { 200: SummaryDraft } },
      handler: (req) => getSummaryDraft(deps, userOf(req), req.params.id),
    });
    r.put('/reports/summary/drafts/:id', {
      config: { access: SUMMARY_EDITORS },
      schema: {
        tags,
        summary: 'Lưu nội dung các chương (thành phiên bản mới); 409 khi đã ký hoặc đã có người lưu trước',
        params: IdParams,
        body: SaveSummaryDraftRequest,
        response: { 200: SummaryDraft },
      },
      handler: (req) => saveSummaryDraft(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/reports/summary/drafts/:id/sign', {
      config: { access: SUMMARY_SIGNERS },
      schema: {
        tags,
        summary: 'Ký báo cáo: chốt nội dung và số liệu tại thời điểm ký, không sửa được nữa',
        params: IdParams,
        body: SignSummaryDraftRequest,
        response: { 200: SummaryDraft },
      },
      handler: (req) => signSummaryDraft(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/reports/summary/drafts/:id/versions', {
      config: { access: SUMMARY_READERS },
      schema: {
        tags,
        summary: 'Các phiên bản đã lưu của dự thảo (mới nhất trước): ai lưu, lúc nào, nội dung',
        params: IdParams,
        response: { 200: SummaryDraftVersions },
      },
      handler: (req) => summaryDraftVersions(deps, userOf(req), req.params.id),
    });
    r.get('/reports/summary/drafts/:id/report.docx', {
      config: { access: SUMMARY_READERS },
      schema: {
        tags,
        summary: 'Báo cáo của một dự thảo (DOCX): đã ký in từ số liệu đã chốt; version in nội dung một phiên bản cũ',
        params: IdParams,
        querystring: VersionQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await summaryDraftDoc(deps, userOf(req), req.params.id, req.query.version), DOCX_TYPE),
    });
  };
}
