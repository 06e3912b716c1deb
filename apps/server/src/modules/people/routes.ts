import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePersonRequest,
  Id,
  ImportResult,
  PeopleCount,
  PeoplePage,
  PeopleQuery,
  Person,
  UpdatePersonRequest,
} from '@thidua/contracts';
import { PEOPLE_READERS, PEOPLE_WRITERS } from './policy.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, clockOf, userOf } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { uploadedFile, withUploadedTempFile } from '../../platform/uploads.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { XLSX_TYPE, attachment, departmentHeading } from '../../platform/documents/xlsx.ts';
import { countAllPeople, createPerson, getPerson, listPeople, updatePerson } from './service.ts';
import { importPeople } from './import.ts';
import { errorReport, exportPeople, templateWorkbook } from './excel.ts';

const IdParams = z.object({ id: Id });
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true'),
  allowDuplicates: z.enum(['true', 'false']).default('false'),
});

export function peopleRoutes(deps: Deps) {
  // The day in Vietnam by the app's clock, in the names of downloaded files.
  const stamp = () => todayVn(clockOf(deps));
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/people', {
      config: { access: PEOPLE_READERS },
      schema: {
        tags: ['people'],
        summary: 'Danh sách cán bộ (thứ tự tên tiếng Việt; tìm không dấu)',
        querystring: PeopleQuery,
        response: { 200: PeoplePage },
      },
      handler: (req) => listPeople(deps, userOf(req), req.query),
    });
    r.get('/people/count', {
      config: { access: PEOPLE_READERS },
      schema: {
        tags: ['people'],
        summary: 'Số cán bộ chính xác theo bộ lọc',
        querystring: PeopleQuery.omit({ page: true, pageSize: true, sort: true }),
        response: { 200: PeopleCount },
      },
      handler: (req) => countAllPeople(deps, userOf(req), req.query),
    });
    r.get('/people/export.xlsx', {
      config: { access: PEOPLE_READERS },
      schema: {
        tags: ['people'],
        summary: 'Xuất Excel theo bộ lọc hiện tại',
        querystring: PeopleQuery.omit({ page: true, pageSize: true }),
      },
      handler: async (req, reply) => {
        const buf = await exportPeople(deps, userOf(req), { ...req.query, page: 1, pageSize: 50 });
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment(`Danh sách cán bộ ${stamp()}.xlsx`))
          .send(buf);
      },
    });
    r.get('/people/import/template.xlsx', {
      config: { access: PEOPLE_WRITERS },
      schema: { tags: ['people'], summary: 'Tải mẫu Excel nhập cán bộ' },
      handler: async (_req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Mẫu nhập cán bộ.xlsx'))
          .send(await templateWorkbook(deps)),
    });
    r.post('/people/import', {
      config: { access: PEOPLE_WRITERS },
      schema: {
        tags: ['people'],
        summary: 'Nhập cán bộ từ Excel (tất cả hoặc không; dryRun để kiểm tra)',
        querystring: ImportQuery,
        response: { 200: ImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, () =>
          withUploadedTempFile(req, 'tệp Excel', (upload) =>
            importPeople(deps, userOf(req), actorOf(req), upload, {
              fileName: upload.filename,
              dryRun: req.query.dryRun === 'true',
              allowDuplicates: req.query.allowDuplicates === 'true',
            }),
          ),
        ),
    });
    r.post('/people/import/report', {
      config: { access: PEOPLE_WRITERS },
      schema: { tags: ['people'], summary: 'Báo cáo lỗi: tệp của người dùng kèm cột "Lỗi"' },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () => {
          const buf = await uploadedFile(req);
          const result = await importPeople(deps, userOf(req), actorOf(req), buf, {
            dryRun: true,
            allowDuplicates: false,
          });
          const dupErrors = result.duplicates.map((d) => ({
            row: d.row,
            column: 'Họ và tên',
            message: d.otherRow ? `Có thể trùng với dòng ${d.otherRow}` : 'Có thể trùng với người đã có trong hệ thống',
          }));
          const report = await errorReport(buf, [...result.errors, ...dupErrors], await departmentHeading(deps));
          return reply
            .type(XLSX_TYPE)
            .header('content-disposition', attachment(`Báo cáo lỗi nhập cán bộ ${stamp()}.xlsx`))
            .send(report);
        }),
    });
    r.get('/people/:id', {
      config: { access: PEOPLE_READERS },
      schema: {
        tags: ['people'],
        summary: 'Hồ sơ một cán bộ (số CCCD đầy đủ cho người được sửa)',
        params: IdParams,
        response: { 200: Person },
      },
      handler: (req) => getPerson(deps, userOf(req), req.params.id),
    });
    r.post('/people', {
      config: { access: PEOPLE_WRITERS },
      schema: { tags: ['people'], summary: 'Thêm cán bộ', body: CreatePersonRequest, response: { 201: Person } },
      handler: async (req, reply) =>
        reply.code(201).send(await createPerson(deps, userOf(req), actorOf(req), req.body)),
    });
    r.patch('/people/:id', {
      config: { access: PEOPLE_WRITERS },
      schema: {
        tags: ['people'],
        summary: 'Sửa cán bộ (gửi kèm version; 409 nếu đã bị sửa ở nơi khác)',
        params: IdParams,
        body: UpdatePersonRequest,
        response: { 200: Person },
      },
      handler: (req) => updatePerson(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
  };
}
