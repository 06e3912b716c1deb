import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AmendProgrammeRequest,
  CreateWorkProgrammeRequest,
  Id,
  ProgrammeTransitionRequest,
  RemoveProgrammeTaskRequest,
  TakeTasksRequest,
  UpdateWorkProgrammeRequest,
  WorkProgrammeList,
  WorkProgrammeView,
  WorkProgrammesQuery,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { listWorkProgrammes } from './list.ts';
import { workProgrammesXlsx } from './listExport.ts';
import { PROGRAMME_OFFICE, READERS } from './policy.ts';
import { createWorkProgramme, updateWorkProgramme } from './programmes.ts';
import { amendWorkProgramme, stepWorkProgramme } from './programmesSteps.ts';
import { removeProgrammeTask, takeTasks } from './programmesTasks.ts';
import { getWorkProgramme } from './view.ts';

const IdParams = z.object({ id: Id });
const TaskParams = z.object({ id: Id, taskId: Id });

/** Work programmes (docs/work-programmes.md): programmes: list, create, read, edit, issue/close, amend, take and remove tasks. */
export function workProgrammeRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['work-programmes'];
    // Everyone signed in reads the programmes; the office writes (the services check its grant reaches the programme).
    const office = PROGRAMME_OFFICE;
    r.get('/work-programmes', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh sách chương trình công tác năm, quý, tháng (lọc theo năm, loại, trạng thái, cơ quan)',
        querystring: WorkProgrammesQuery,
        response: { 200: WorkProgrammeList },
      },
      handler: (req) => listWorkProgrammes(deps, req.query),
    });
    r.get('/work-programmes/export.xlsx', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Danh sách chương trình công tác như đang lọc (Excel)',
        querystring: WorkProgrammesQuery,
      },
      handler: async (req, reply) =>
        sendDocument(
          reply,
          { filename: 'Chương trình công tác.xlsx', content: await workProgrammesXlsx(deps, req.query) },
          XLSX_TYPE,
        ),
    });
    r.post('/work-programmes', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Lập chương trình công tác năm, quý hoặc tháng (dự thảo; mỗi cơ quan một chương trình mỗi kỳ)',
        body: CreateWorkProgrammeRequest,
        response: { 201: WorkProgrammeView },
      },
      handler: async (req, reply) =>
        reply.code(201).send(await createWorkProgramme(deps, userOf(req), actorOf(req), req.body)),
    });
    r.get('/work-programmes/:id', {
      config: { access: READERS },
      schema: {
        tags,
        summary: 'Một chương trình công tác: số nhiệm vụ, quyết định, các lần điều chỉnh, lịch sử, bước tiếp theo',
        params: IdParams,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) => getWorkProgramme(deps, userOf(req), req.params.id),
    });
    r.put('/work-programmes/:id', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Sửa tên, quyết định ban hành (số, ngày, người ký) và ghi chú của chương trình (gửi kèm version)',
        params: IdParams,
        body: UpdateWorkProgrammeRequest,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) => updateWorkProgramme(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/work-programmes/:id/transitions', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Chuyển bước chương trình: ban hành, kết thúc, thu hồi về dự thảo (ghi lý do)',
        params: IdParams,
        body: ProgrammeTransitionRequest,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) => stepWorkProgramme(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/work-programmes/:id/amendments', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Mở một lần điều chỉnh chương trình đã ban hành (lý do, quyết định điều chỉnh nếu có)',
        params: IdParams,
        body: AmendProgrammeRequest,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) => amendWorkProgramme(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/work-programmes/:id/tasks/take', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Chương trình quý, tháng lấy nhiệm vụ từ chương trình năm (đã ban hành: ghi lý do điều chỉnh)',
        params: IdParams,
        body: TakeTasksRequest,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) => takeTasks(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.delete('/work-programmes/:id/tasks/:taskId', {
      config: { access: office },
      schema: {
        tags,
        summary: 'Gỡ nhiệm vụ lấy từ chương trình năm khỏi chương trình quý, tháng (đã ban hành: ghi lý do)',
        params: TaskParams,
        querystring: RemoveProgrammeTaskRequest,
        response: { 200: WorkProgrammeView },
      },
      handler: (req) =>
        removeProgrammeTask(deps, userOf(req), actorOf(req), req.params.id, req.params.taskId, req.query),
    });
  };
}
