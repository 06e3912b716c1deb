import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AwardImportQuery,
  AwardImportResult,
  AwardRecordView,
  CreateAwardRecordRequest,
  CreatePeriodRequest,
  HistoryQuery,
  Id,
  Ok,
  SubjectHistory,
  UpdateAwardRecordRequest,
  UpdatePeriodRequest,
  text,
} from '@thidua/contracts';
import { HISTORY_READERS, HISTORY_WRITERS } from '../policy.ts';
import { actorOf, userOf, type Deps } from '../../../platform/context.ts';
import { XLSX_TYPE, attachment, departmentHeading } from '../../../platform/documents/xlsx.ts';
import { uploadedFile } from '../../../platform/uploads.ts';
import { withImportSlot } from '../../../platform/importSlots.ts';
import { sendDocument } from '../../../platform/documents/send.ts';
import { awardTemplate, errorReport, periodTemplate } from './excel.ts';
import { historyXlsx } from './export.ts';
import { importPeriods } from './periodsImport.ts';
import { importAwards } from './import.ts';
import {
  createAwardRecord,
  createPeriod,
  deleteAwardRecord,
  deletePeriod,
  getHistory,
  updateAwardRecord,
  updatePeriod,
} from './service.ts';

const IdParams = z.object({ id: Id });
const VersionQuery = z.object({ version: z.coerce.number().int().min(1, 'Thiếu version') });
const WithdrawQuery = VersionQuery.extend({ reason: text(500) });
const Created = z.object({ id: Id });
const PeriodImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });

export function historyRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/history', {
      config: { access: HISTORY_READERS },
      schema: {
        tags: ['history'],
        summary: 'Lịch sử khen thưởng, xếp loại, kỷ luật và sáng kiến của một cá nhân hoặc tập thể',
        querystring: HistoryQuery,
        response: { 200: SubjectHistory },
      },
      handler: (req) => getHistory(deps, userOf(req), req.query.subjectId),
    });
    r.get('/history/export.xlsx', {
      config: { access: HISTORY_READERS },
      schema: {
        tags: ['history'],
        summary: 'Quá trình khen thưởng và kỷ luật của một cá nhân hoặc tập thể như khung lịch sử hiện (Excel)',
        querystring: HistoryQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await historyXlsx(deps, userOf(req), req.query.subjectId), XLSX_TYPE),
    });
    r.post('/history/awards', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Ghi một danh hiệu/hình thức đã được khen (trùng, mâu thuẫn: 409 trừ khi xác nhận)',
        body: CreateAwardRecordRequest,
        response: { 201: AwardRecordView },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createAwardRecord(deps, userOf(req), actorOf(req), req.body)),
    });
    r.put('/history/awards/:id', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Sửa một bản ghi khen thưởng (theo phiên bản)',
        params: IdParams,
        body: UpdateAwardRecordRequest,
        response: { 200: AwardRecordView },
      },
      handler: (req) => updateAwardRecord(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/history/awards/:id', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Rút một bản ghi khen thưởng (nhập nhầm, bị thu hồi): giữ lại kèm lý do, không còn được tính',
        params: IdParams,
        querystring: WithdrawQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteAwardRecord(deps, userOf(req), actorOf(req), req.params.id, req.query),
    });
    r.post('/history/periods', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Ghi kỷ luật, thời gian đang bị xem xét (điều tra, khiếu nại…) hoặc nghỉ thai sản',
        body: CreatePeriodRequest,
        response: { 201: Created },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createPeriod(deps, userOf(req), actorOf(req), req.body)),
    });
    r.put('/history/periods/:id', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Sửa một giai đoạn kỷ luật, xem xét hoặc nghỉ (theo phiên bản)',
        params: IdParams,
        body: UpdatePeriodRequest,
        response: { 200: Created },
      },
      handler: (req) => updatePeriod(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/history/periods/:id', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Xoá một giai đoạn kỷ luật, xem xét hoặc nghỉ',
        params: IdParams,
        querystring: VersionQuery,
        response: { 200: Ok },
      },
      handler: (req) => deletePeriod(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
    r.get('/history/awards/import/template.xlsx', {
      config: { access: HISTORY_WRITERS },
      schema: { tags: ['history'], summary: 'Tải mẫu Excel nhập lịch sử khen thưởng' },
      handler: async (_req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Mẫu nhập lịch sử khen thưởng.xlsx'))
          .send(await awardTemplate(deps)),
    });
    r.post('/history/awards/import', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Nhập lịch sử khen thưởng từ Excel (tất cả hoặc không; trùng/mâu thuẫn cần xác nhận)',
        querystring: AwardImportQuery,
        response: { 200: AwardImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () =>
          importAwards(deps, userOf(req), actorOf(req), await uploadedFile(req), {
            dryRun: req.query.dryRun === 'true',
            allowFlagged: req.query.allowFlagged === 'true',
          }),
        ),
    });
    r.post('/history/awards/import/report', {
      config: { access: HISTORY_WRITERS },
      schema: { tags: ['history'], summary: 'Báo cáo lỗi: tệp của người dùng kèm cột "Lỗi / Cảnh báo"' },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const buf = await uploadedFile(req);
          const result = await importAwards(deps, userOf(req), actorOf(req), buf, {
            dryRun: true,
            allowFlagged: false,
          });
          const report = await errorReport(
            buf,
            [
              ...result.errors.map((e) => ({ row: e.row, text: `${e.column}: ${e.message}` })),
              ...result.flags.map((f) => ({ row: f.row, text: `Cảnh báo: ${f.message}` })),
            ],
            'awards',
            await departmentHeading(deps),
          );
          return reply
            .type(XLSX_TYPE)
            .header('content-disposition', attachment('Báo cáo lỗi nhập lịch sử khen thưởng.xlsx'))
            .send(report);
        }),
    });
    r.get('/history/periods/import/template.xlsx', {
      config: { access: HISTORY_WRITERS },
      schema: { tags: ['history'], summary: 'Tải mẫu Excel nhập kỷ luật, thời gian bị xem xét, nghỉ thai sản' },
      handler: async (_req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Mẫu nhập kỷ luật - xem xét - thai sản.xlsx'))
          .send(await periodTemplate(deps)),
    });
    r.post('/history/periods/import', {
      config: { access: HISTORY_WRITERS },
      schema: {
        tags: ['history'],
        summary: 'Nhập kỷ luật, thời gian bị xem xét, nghỉ thai sản từ Excel (tất cả hoặc không)',
        querystring: PeriodImportQuery,
        response: { 200: AwardImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () =>
          importPeriods(deps, userOf(req), actorOf(req), await uploadedFile(req), {
            dryRun: req.query.dryRun === 'true',
          }),
        ),
    });
    r.post('/history/periods/import/report', {
      config: { access: HISTORY_WRITERS },
      schema: { tags: ['history'], summary: 'Báo cáo lỗi: tệp của người dùng kèm cột "Lỗi / Cảnh báo"' },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const buf = await uploadedFile(req);
          const result = await importPeriods(deps, userOf(req), actorOf(req), buf, { dryRun: true });
          const report = await errorReport(
            buf,
            result.errors.map((e) => ({ row: e.row, text: `${e.column}: ${e.message}` })),
            'periods',
            await departmentHeading(deps),
          );
          return reply
            .type(XLSX_TYPE)
            .header('content-disposition', attachment('Báo cáo lỗi nhập kỷ luật - xem xét - thai sản.xlsx'))
            .send(report);
        }),
    });
  };
}
