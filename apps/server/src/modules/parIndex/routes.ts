import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Id,
  Ok,
  ParIndexDeleteQuery,
  ParIndexHistory,
  ParIndexHistoryQuery,
  ParIndexRow,
  SaveParIndexRequest,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { PAR_EDITORS, PAR_READERS } from './policy.ts';
import { deleteParRow, parHistory, saveParRow } from './service.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { parHistoryXlsx } from './historyExport.ts';

const IdParams = z.object({ id: Id });

/** The department's PAR-index history (docs/scorecards.md, "PAR index"). */
export function parIndexRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['scorecards'];
    r.get('/par-index/history', {
      config: { access: PAR_READERS },
      schema: {
        tags,
        summary:
          'Chỉ số CCHC của một cơ quan qua các năm (ổn định cho công cụ bên ngoài): điểm, thứ hạng, số cơ quan, quyết định công bố; mặc định là Sở',
        querystring: ParIndexHistoryQuery,
        response: { 200: ParIndexHistory },
      },
      handler: (req) => parHistory(deps, userOf(req), req.query.orgId),
    });
    r.get('/par-index/history/export.xlsx', {
      config: { access: PAR_READERS },
      schema: {
        tags,
        summary: 'Chỉ số CCHC của một cơ quan qua các năm (Excel); mặc định là Sở',
        querystring: ParIndexHistoryQuery,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await parHistoryXlsx(deps, userOf(req), req.query.orgId), XLSX_TYPE),
    });
    r.put('/par-index', {
      config: { access: PAR_EDITORS },
      schema: {
        tags,
        summary: 'Nhập hoặc sửa kết quả Chỉ số CCHC của một năm (version: null cho năm mới)',
        body: SaveParIndexRequest,
        response: { 200: ParIndexRow },
      },
      handler: (req) => saveParRow(deps, userOf(req), actorOf(req), req.body),
    });
    r.delete('/par-index/:id', {
      config: { access: PAR_EDITORS },
      schema: {
        tags,
        summary: 'Xoá kết quả Chỉ số CCHC của một năm nhập nhầm',
        params: IdParams,
        querystring: ParIndexDeleteQuery,
        response: { 200: Ok },
      },
      handler: (req) => deleteParRow(deps, userOf(req), actorOf(req), req.params.id, req.query.version),
    });
  };
}
