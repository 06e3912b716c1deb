import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CopyScorecardTemplateRequest,
  CreateScorecardTemplateRequest,
  Id,
  Ok,
  SaveScorecardTemplateRequest,
  ScorecardSourceList,
  ScorecardTemplateDeleteQuery,
  ScorecardTemplateImportQuery,
  ScorecardTemplateImportResult,
  ScorecardTemplateList,
  ScorecardTemplatesQuery,
  ScorecardTemplateView,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { uploadedPart } from '../../platform/uploads.ts';
import { SCORECARD_SOURCES } from '../scorecards/sources/index.ts';
import { templateXlsx } from './excel.ts';
import { importTemplate } from './importer.ts';
import { listTemplates, templatesXlsx } from './list.ts';
import { TEMPLATE_EDITORS, TEMPLATE_READERS } from './policy.ts';
import { getTemplate } from './service.ts';
import { copyTemplate, createTemplate, deleteTemplate, saveTemplate } from './write.ts';

const IdParams = z.object({ id: Id });

/** Scorecard templates: the tree of fields → criteria → sub-criteria a cycle scores on (docs/scorecards.md). */
export function scorecardTemplateRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['scorecards'];
    r.get('/scorecard-templates', {
      config: { access: TEMPLATE_READERS },
      schema: {
        tags,
        summary: 'Danh sách bảng điểm (khối thi đua, Chỉ số CCHC; lọc theo loại, khối, năm; tìm không dấu theo tên)',
        querystring: ScorecardTemplatesQuery,
        response: { 200: ScorecardTemplateList },
      },
      handler: (req) => listTemplates(deps, req.query),
    });
    r.get('/scorecard-templates/export.xlsx', {
      config: { access: TEMPLATE_READERS },
      schema: { tags, summary: 'Danh sách bảng điểm như đang lọc (Excel)', querystring: ScorecardTemplatesQuery },
      handler: async (req, reply) => sendDocument(reply, await templatesXlsx(deps, req.query), XLSX_TYPE),
    });
    r.get('/scorecard-sources', {
      config: { access: TEMPLATE_READERS },
      schema: {
        tags,
        summary: 'Nguồn số liệu cho tiêu chí tính tự động (một cửa, sáng kiến, phong trào, thống kê)',
        response: { 200: ScorecardSourceList },
      },
      handler: () => ({
        items: SCORECARD_SOURCES.map((s) => ({
          key: s.key,
          label: s.label,
          unit: s.unit,
          module: s.module,
          description: s.description,
          suggested: s.suggested,
        })),
      }),
    });
    r.post('/scorecard-templates', {
      config: { access: TEMPLATE_EDITORS },
      schema: {
        tags,
        summary: 'Tạo bảng điểm dự thảo (mỗi khối mỗi năm một bảng; có thể sao chép cây tiêu chí của bảng khác)',
        body: CreateScorecardTemplateRequest,
        response: { 200: ScorecardTemplateView },
      },
      handler: (req) => createTemplate(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/scorecard-templates/:id', {
      config: { access: TEMPLATE_READERS },
      schema: {
        tags,
        summary: 'Một bảng điểm: cây tiêu chí, các vấn đề cần sửa, kỳ chấm điểm đang dùng',
        params: IdParams,
        response: { 200: ScorecardTemplateView },
      },
      handler: (req) => getTemplate(deps, userOf(req), req.params.id),
    });
    r.put('/scorecard-templates/:id', {
      config: { access: TEMPLATE_EDITORS },
      schema: {
        tags,
        summary: 'Lưu cả cây tiêu chí của bảng điểm dự thảo (gửi kèm version)',
        params: IdParams,
        body: SaveScorecardTemplateRequest,
        response: { 200: ScorecardTemplateView },
      },
      handler: (req) => saveTemplate(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/scorecard-templates/:id', {
      config: { access: TEMPLATE_EDITORS },
      schema: {
        tags,
        summary: 'Xóa bảng điểm dự thảo chưa dùng cho kỳ chấm điểm nào (?version= là phiên bản đã đọc)',
        params: IdParams,
        querystring: ScorecardTemplateDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteTemplate(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
    r.post('/scorecard-templates/:id/copy', {
      config: { access: TEMPLATE_EDITORS },
      schema: {
        tags,
        summary: 'Sao chép bảng điểm sang năm khác (bảng điểm mới ở trạng thái dự thảo)',
        params: IdParams,
        body: CopyScorecardTemplateRequest,
        response: { 200: ScorecardTemplateView },
      },
      handler: (req) => copyTemplate(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.get('/scorecard-templates/:id/export.xlsx', {
      config: { access: TEMPLATE_READERS },
      schema: { tags, summary: 'Bảng điểm (Excel, in được và nhập lại được)', params: IdParams },
      handler: async (req, reply) =>
        sendDocument(reply, await templateXlsx(deps, userOf(req), req.params.id), XLSX_TYPE),
    });
    r.post('/scorecard-templates/:id/import', {
      config: { access: TEMPLATE_EDITORS },
      schema: {
        tags,
        summary: 'Nhập cây tiêu chí từ Excel vào bảng điểm dự thảo (tất cả hoặc không; dryRun=true để kiểm tra)',
        params: IdParams,
        querystring: ScorecardTemplateImportQuery,
        response: { 200: ScorecardTemplateImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const upload = await uploadedPart(req, 'tệp Excel');
          return importTemplate(deps, userOf(req), actorOf(req), req.params.id, upload.content, {
            fileName: upload.filename,
            dryRun: req.query.dryRun === 'true',
          });
        }),
    });
  };
}
