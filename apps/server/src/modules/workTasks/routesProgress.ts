import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DecideExtensionRequest,
  Id,
  TaskReportRequest,
  TaskResults,
  TaskResultsQuery,
  TaskTransitionRequest,
  WorkTaskView,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { PROGRAMME_LEADERS, PROGRAMME_REPORTERS, READERS } from '../workProgrammes/policy.ts';
import { decideExtension } from './extension.ts';
import { reportProgress } from './progress.ts';
import { taskResults } from './results.ts';
import { stepTask } from './steps.ts';

const IdParams = z.object({ id: Id });

/** Work programmes (docs/work-programmes.md): progress reports, requests for a new deadline and their decision, transitions, results per unit. */
export function workTaskProgressRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['work-programmes'];
    r.get('/tasks/results', {
      config: { access: READERS },
      schema: {
        tags,
        summary:
          'Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì trong năm: hoàn thành đúng hạn, gia hạn, trễ hạn, chưa hoàn thành',
        querystring: TaskResultsQuery,
        response: { 200: TaskResults },
      },
      handler: (req) => taskResults(deps, req.query),
    });
    r.post('/tasks/:id/reports', {
      config: { access: PROGRAMME_REPORTERS },
      schema: {
        tags,
        summary: 'Báo cáo tiến độ tháng của đơn vị chủ trì (tỷ lệ, kết quả, vướng mắc, đề nghị gia hạn kèm lý do)',
        params: IdParams,
        body: TaskReportRequest,
        response: { 200: WorkTaskView },
      },
      handler: (req) => reportProgress(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/tasks/:id/extension', {
      config: { access: PROGRAMME_LEADERS },
      schema: {
        tags,
        summary: 'Lãnh đạo đồng ý (hạn mới) hoặc không đồng ý (ghi lý do) đề nghị gia hạn đang chờ',
        params: IdParams,
        body: DecideExtensionRequest,
        response: { 200: WorkTaskView },
      },
      handler: (req) => decideExtension(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.post('/tasks/:id/transitions', {
      config: { access: PROGRAMME_REPORTERS },
      schema: {
        tags,
        summary: 'Chuyển bước nhiệm vụ: bắt đầu, báo hoàn thành kèm sản phẩm, đưa ra khỏi chương trình (ghi lý do)',
        params: IdParams,
        body: TaskTransitionRequest,
        response: { 200: WorkTaskView },
      },
      handler: (req) => stepTask(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
  };
}
