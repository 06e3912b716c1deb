import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  StatEntryQuery,
  StatEntryUnits,
  StatEntryUnitsQuery,
  StatEntrySaveRequest,
  StatEntrySaveResult,
  StatEntryView,
  StatImportQuery,
  StatImportResult,
  StatRemindResult,
  StatSubmissionList,
  StatSubmissionsQuery,
  StatSubmissionTransitionRequest,
  StatTemplateQuery,
  StatValidationQuery,
  StatValidationReport,
  StatValueHistory,
  StatValueHistoryQuery,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { uploadedPart } from '../../platform/uploads.ts';
import { entryUnits, getEntry } from './entry.ts';
import { templateXlsx } from './excel.ts';
import { submissionsXlsx } from './submissionsExport.ts';
import { valueHistory } from './history.ts';
import { importValues } from './importer.ts';
import { ENTRY, PLANNERS, READERS, STEPPERS } from './policy.ts';
import { remindSubmissions } from './reminders.ts';
import { saveEntry } from './save.ts';
import { listSubmissions } from './submissions.ts';
import { stepSubmission } from './transitions.ts';
import { validationReport } from './validation.ts';

/** Sector statistics, the values (docs/statistics.md): entry grid, history, submissions, validation, Excel. */
export function statValueRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['statistics'];
    r.get('/stat-entry', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Bảng nhập số liệu của một đơn vị, một kỳ: giá trị, cùng kỳ, kỳ trước, kiểm tra, trạng thái',
        querystring: StatEntryQuery,
        response: { 200: StatEntryView },
      },
      handler: (req) => getEntry(deps, userOf(req), req.query),
    });
    r.get('/stat-entry/units', {
      config: { access: ENTRY },
      schema: {
        tags,
        summary: 'Các đơn vị báo cáo của bộ biểu mà người dùng được nhập số liệu',
        querystring: StatEntryUnitsQuery,
        response: { 200: StatEntryUnits },
      },
      handler: (req) => entryUnits(deps, userOf(req), req.query.dataset),
    });
    r.put('/stat-entry', {
      config: { access: ENTRY },
      schema: {
        tags,
        summary: 'Lưu cả bảng nhập (một giao dịch; từ chối kỳ đã gửi duyệt hoặc đã khóa, nêu ô lỗi)',
        body: StatEntrySaveRequest,
        response: { 200: StatEntrySaveResult },
      },
      handler: (req) => saveEntry(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/stat-entry/template.xlsx', {
      config: { access: ENTRY },
      schema: {
        tags,
        summary: 'Mẫu Excel của bộ biểu (mỗi dòng một đơn vị × chỉ tiêu × phân tổ), nhập lại được',
        querystring: StatTemplateQuery,
      },
      handler: async (req, reply) => sendDocument(reply, await templateXlsx(deps, userOf(req), req.query), XLSX_TYPE),
    });
    r.post('/stat-entry/import', {
      config: { access: ENTRY },
      schema: {
        tags,
        summary: 'Nhập số liệu từ Excel (nhiều kỳ được; tất cả hoặc không; dryRun=true để kiểm tra)',
        querystring: StatImportQuery,
        response: { 200: StatImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const upload = await uploadedPart(req, 'tệp Excel');
          return importValues(deps, userOf(req), actorOf(req), upload.content, {
            datasetId: req.query.dataset,
            fileName: upload.filename,
            dryRun: req.query.dryRun === 'true',
          });
        }),
    });
    r.get('/stat-values/history', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Lịch sử một giá trị (mọi phiên bản, người sửa, ghi chú)',
        querystring: StatValueHistoryQuery,
        response: { 200: StatValueHistory },
      },
      handler: (req) => valueHistory(deps, req.query),
    });
    r.get('/stat-submissions', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Tình hình báo cáo của kỳ: số ô đã nhập / phải nhập, trạng thái, hạn nộp, trễ hạn',
        querystring: StatSubmissionsQuery,
        response: { 200: StatSubmissionList },
      },
      handler: (req) => listSubmissions(deps, userOf(req), req.query),
    });
    r.get('/stat-submissions/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Tình hình báo cáo của kỳ như đang lọc (Excel)',
        querystring: StatSubmissionsQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await submissionsXlsx(deps, userOf(req), req.query), XLSX_TYPE),
    });
    r.post('/stat-submissions/transitions', {
      config: { access: STEPPERS },
      schema: {
        tags,
        summary: 'Gửi duyệt, duyệt, chấp nhận (khóa kỳ), trả lại hoặc mở khóa số liệu một đơn vị, một kỳ',
        body: StatSubmissionTransitionRequest,
        response: { 200: StatEntryView },
      },
      handler: (req) => stepSubmission(deps, userOf(req), actorOf(req), req.body),
    });
    r.post('/stat-submissions/reminders', {
      config: { access: PLANNERS },
      schema: {
        tags,
        summary: 'Nhắc các đơn vị sắp đến hạn hoặc quá hạn nộp báo cáo (thông báo và thư)',
        response: { 200: StatRemindResult },
      },
      handler: (req) => remindSubmissions(deps, actorOf(req)),
    });
    r.get('/stat-validation', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Kiểm tra số liệu cả kỳ của bộ biểu (mọi đơn vị): lỗi, cảnh báo, quy tắc bỏ qua',
        querystring: StatValidationQuery,
        response: { 200: StatValidationReport },
      },
      handler: (req) => validationReport(deps, req.query),
    });
  };
}
