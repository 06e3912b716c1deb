import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentView,
  BlocList,
  BlocView,
  BlocYearParams,
  CreateBlocRequest,
  Id,
  SaveBlocYearRequest,
  UpdateBlocRequest,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { attachUpload } from '../../platform/files.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { blocsXlsx } from './listExport.ts';
import { blocYearXlsx } from './yearExport.ts';
import { BLOC_MANAGERS, BLOC_READERS, canManageBlocs } from './policy.ts';
import { blocYearId, createBloc, getBloc, listBlocs, saveBlocYear, updateBloc } from './service.ts';

const IdParams = z.object({ id: Id });

export function blocRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['blocs'];
    r.get('/blocs', {
      config: { access: BLOC_READERS },
      schema: { tags, summary: 'Khối, cụm thi đua', response: { 200: BlocList } },
      handler: () => listBlocs(deps),
    });
    r.get('/blocs/export.xlsx', {
      config: { access: BLOC_READERS },
      schema: { tags, summary: 'Khối, cụm thi đua như trang danh sách (Excel)' },
      handler: async (_req, reply) =>
        sendDocument(reply, { filename: 'Khối, cụm thi đua.xlsx', content: await blocsXlsx(deps) }, XLSX_TYPE),
    });
    r.post('/blocs', {
      config: { access: BLOC_MANAGERS },
      schema: { tags, summary: 'Tạo khối, cụm thi đua', body: CreateBlocRequest, response: { 200: BlocView } },
      handler: (req) => createBloc(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/blocs/:id', {
      config: { access: BLOC_READERS },
      schema: {
        tags,
        summary: 'Một khối: thành viên, khối trưởng, khối phó và giao ước theo năm',
        params: IdParams,
        response: { 200: BlocView },
      },
      handler: (req) => getBloc(deps, userOf(req), req.params.id),
    });
    r.put('/blocs/:id', {
      config: { access: BLOC_MANAGERS },
      schema: {
        tags,
        summary: 'Sửa tên, loại, cơ quan tổ chức của khối',
        params: IdParams,
        body: UpdateBlocRequest,
        response: { 200: BlocView },
      },
      handler: (req) => updateBloc(deps, userOf(req), actorOf(req), req.params.id, req.body),
    });
    r.put('/blocs/:id/years/:year', {
      config: { access: BLOC_MANAGERS },
      schema: {
        tags,
        summary: 'Thành viên, khối trưởng, khối phó và giao ước thi đua của một năm',
        params: BlocYearParams,
        body: SaveBlocYearRequest,
        response: { 200: BlocView },
      },
      handler: (req) => saveBlocYear(deps, userOf(req), actorOf(req), req.params.id, req.params.year, req.body),
    });
    r.get('/blocs/:id/years/:year/export.xlsx', {
      config: { access: BLOC_READERS },
      schema: {
        tags,
        summary: 'Thành viên, vai trò và giao ước của một năm như bảng năm đó trên trang khối (Excel)',
        params: BlocYearParams,
      },
      handler: async (req, reply) =>
        sendDocument(reply, await blocYearXlsx(deps, userOf(req), req.params.id, req.params.year), XLSX_TYPE),
    });
    r.post('/blocs/:id/years/:year/attachments', {
      config: { access: BLOC_MANAGERS },
      schema: {
        tags,
        summary: 'Đính kèm văn bản giao ước thi đua của một năm',
        params: BlocYearParams,
        response: { 200: AttachmentView },
      },
      handler: async (req) => {
        if (!canManageBlocs(userOf(req), await deps.tree.fresh())) throw forbidden();
        const yearId = await blocYearId(deps.db.kysely, req.params.id, req.params.year);
        return attachUpload(deps.db.kysely, req, actorOf(req), { type: 'bloc_year', id: yearId });
      },
    });
  };
}
