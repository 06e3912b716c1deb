import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  CreateWorkTaskRequest,
  Id,
  UpdateWorkTaskRequest,
  WorkTaskList,
  WorkTaskView,
  WorkTasksQuery,
} from '@thidua/contracts';
import { todayVn } from '../../platform/clock.ts';
import { actorOf, clockOf, userOf, type Deps } from '../../platform/context.ts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { forbidden } from '../../platform/errors.ts';
import { attachUpload } from '../../platform/files.ts';
import { PROGRAMME_OFFICE, PROGRAMME_REPORTERS, READERS } from '../workProgrammes/policy.ts';
import { tasksXlsx } from './export.ts';
import { listTasks } from './list.ts';
import { createTask, updateTask } from './tasks.ts';
import { getTask, taskAbilities, taskRow } from './taskView.ts';

const IdParams = z.object({ id: Id });

/** Work programmes (docs/work-programmes.md): tasks: list, create, read, edit, attachments. */
export function workTaskRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['work-programmes'];
    r.get('/tasks', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Nhiệm vụ của các chương trình công tác: lọc theo chương trình, năm, đơn vị, trạng thái, kết quả, hạn, quá hạn; tìm không dấu',
        querystring: WorkTasksQuery,
        response: { 200: WorkTaskList },
      },
      handler: (req) => listTasks(deps, userOf(req), req.query),
    });
    r.get('/tasks/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh sách nhiệm vụ đang xem (bộ lọc, thứ tự) ra Excel',
        querystring: WorkTasksQuery.omit({ page: true, pageSize: true }),
      },
      handler: async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment('Nhiệm vụ chương trình công tác.xlsx'))
          .send(await tasksXlsx(deps, userOf(req), req.query)),
    });
    r.post('/tasks', {
      config: { access: PROGRAMME_OFFICE },
      schema: {
        tags,
        summary:
          'Thêm nhiệm vụ vào chương trình (hạn là ngày cụ thể hoặc số ngày làm việc theo lịch); chương trình đã ban hành phải ghi lý do',
        body: CreateWorkTaskRequest,
        response: { 201: WorkTaskView },
      },
      handler: async (req, reply) => reply.code(201).send(await createTask(deps, userOf(req), actorOf(req), req.body)),
    });
    r.get('/tasks/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Một nhiệm vụ: nội dung, tiến độ, báo cáo, lịch sử điều chỉnh, bước tiếp theo, thao tác được phép',
        params: IdParams,
        response: { 200: WorkTaskView },
      },
      handler: (req) => getTask(deps, userOf(req), req.params.id),
    });
    r.put('/tasks/:id', {
      config: { access: PROGRAMME_OFFICE },
      schema: {
        tags,
        summary:
          'Sửa nhiệm vụ (gửi kèm version đã đọc); chương trình đã ban hành phải ghi lý do và lưu lịch sử điều chỉnh',
        params: IdParams,
        body: UpdateWorkTaskRequest,
        response: { 200: WorkTaskView },
      },
      handler: (req) => updateTask(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/tasks/:id/attachments', {
      config: { access: PROGRAMME_REPORTERS },
      schema: {
        tags,
        summary: 'Đính kèm tệp vào nhiệm vụ (sản phẩm, báo cáo, văn bản liên quan) — PDF, Word, Excel, ảnh',
        params: IdParams,
        response: { 200: AttachmentView },
      },
      handler: async (req) => {
        const user = userOf(req);
        const t = await taskRow(deps.db.kysely, req.params.id);
        const tree = await deps.tree.fresh();
        if (!taskAbilities(user, tree, t, todayVn(clockOf(deps))).abilities.attach)
          throw forbidden('Chỉ đơn vị chủ trì nhiệm vụ hoặc Văn phòng được đính kèm tệp vào nhiệm vụ này.');
        return attachUpload(deps.db.kysely, req, actorOf(req), { type: 'work_task', id: t.id });
      },
    });
  };
}
