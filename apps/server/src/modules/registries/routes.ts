import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Id,
  REGISTRY_KINDS,
  RegistryImportQuery,
  RegistryImportResult,
  RegistrySummary,
  RegistryUnitList,
  RegistrySummaryQuery,
  registryCloseRequest,
  registryCreateRequest,
  registryList,
  registryQuery,
  registryUpdateRequest,
  registryView,
  type RegistryKind,
} from '@thidua/contracts';
import { actorOf, userOf, type Deps } from '../../platform/context.ts';
import { sendDocument } from '../../platform/documents/send.ts';
import { XLSX_TYPE } from '../../platform/documents/xlsx.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { uploadedPart } from '../../platform/uploads.ts';
import { registryXlsx } from './excel.ts';
import { importRegistry } from './importer.ts';
import { KINDS } from './kinds.ts';
import { listRegistry } from './list.ts';
import { EDITORS, READERS } from './policy.ts';
import { closeRegistry, createRegistry, getRegistry, registrySummary, updateRegistry } from './service.ts';

const IdParams = z.object({ id: Id });
// The generic service takes any kind's input: the route has already validated it with that kind's schema.
type Input = Parameters<typeof createRegistry>[4];

/** The sector's registries (docs/statistics.md): the same routes for each kind, each with its own schemas. */
export function registryRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/registries/units', {
      config: { access: READERS },
      schema: {
        tags: ['registries'],
        summary: 'Đơn vị hành chính (đơn vị báo cáo) mà một bản ghi của sổ có thể thuộc về',
        response: { 200: RegistryUnitList },
      },
      handler: async () => ({
        items: await deps.db.kysely
          .selectFrom('stat_units')
          .select(['id', 'code', 'name', 'kind', 'valid_to as validTo'])
          .orderBy('code')
          .execute(),
      }),
    });
    for (const kind of REGISTRY_KINDS) kindRoutes(r, deps, kind);
  };
}

function kindRoutes(r: ReturnType<FastifyInstance['withTypeProvider']>, deps: Deps, kind: RegistryKind) {
  const tags = ['registries'];
  const base = `/registries/${kind}`;
  const title = KINDS[kind].title;
  const view = registryView(kind);
  r.get(base, {
    config: { access: READERS },
    schema: {
      tags,
      summary: `Sổ ${title.toLowerCase()}: các bản ghi có hiệu lực tại ngày asOf (tất cả khi bỏ trống), tìm không dấu theo tên, mã, mã số thuế, địa chỉ`,
      querystring: registryQuery(kind),
      response: { 200: registryList(kind) },
    },
    handler: (req) => listRegistry(deps, userOf(req), kind, req.query as never),
  });
  r.get(`${base}/summary`, {
    config: { access: READERS },
    schema: {
      tags,
      summary: `Sổ ${title.toLowerCase()}: số lượng theo trạng thái và phân loại, các tổng tại ngày asOf`,
      querystring: RegistrySummaryQuery,
      response: { 200: RegistrySummary },
    },
    handler: (req) => registrySummary(deps, kind, req.query as z.output<typeof RegistrySummaryQuery>),
  });
  r.get(`${base}/export.xlsx`, {
    config: { access: READERS },
    schema: {
      tags,
      summary: `Sổ ${title.toLowerCase()} như đang xem, mọi dòng (Excel, nhập lại được)`,
      querystring: registryQuery(kind),
    },
    handler: async (req, reply) => sendDocument(reply, await registryXlsx(deps, kind, req.query as never), XLSX_TYPE),
  });
  r.post(`${base}/import`, {
    config: { access: EDITORS },
    schema: {
      tags,
      summary: `Nhập sổ ${title.toLowerCase()} từ Excel (tất cả hoặc không; dryRun=true để kiểm tra)`,
      querystring: RegistryImportQuery,
      response: { 200: RegistryImportResult },
    },
    handler: async (req, reply) =>
      withImportSlot(deps, reply, async () => {
        const upload = await uploadedPart(req, 'tệp Excel');
        return importRegistry(deps, userOf(req), actorOf(req), kind, upload.content, {
          fileName: upload.filename,
          dryRun: (req.query as z.output<typeof RegistryImportQuery>).dryRun === 'true',
        });
      }),
  });
  r.post(base, {
    config: { access: EDITORS },
    schema: {
      tags,
      summary: `Thêm vào sổ ${title.toLowerCase()}`,
      body: registryCreateRequest(kind),
      response: { 200: view },
    },
    handler: (req) => createRegistry(deps, userOf(req), actorOf(req), kind, req.body as Input),
  });
  r.get(`${base}/:id`, {
    config: { access: READERS },
    schema: { tags, summary: `Một bản ghi của sổ ${title.toLowerCase()}`, params: IdParams, response: { 200: view } },
    handler: (req) => getRegistry(deps, userOf(req), kind, (req.params as { id: string }).id),
  });
  r.put(`${base}/:id`, {
    config: { access: EDITORS },
    schema: {
      tags,
      summary: `Sửa một bản ghi của sổ ${title.toLowerCase()} (gửi kèm version)`,
      params: IdParams,
      body: registryUpdateRequest(kind),
      response: { 200: view },
    },
    handler: (req) =>
      updateRegistry(deps, userOf(req), actorOf(req), kind, (req.params as { id: string }).id, req.body as never),
  });
  r.post(`${base}/:id/close`, {
    config: { access: EDITORS },
    schema: {
      tags,
      summary: `Chấm dứt một bản ghi từ một ngày, kèm lý do (bản ghi được giữ lại để số liệu các ngày trước không đổi)`,
      params: IdParams,
      body: registryCloseRequest(kind),
      response: { 200: view },
    },
    handler: (req) =>
      closeRegistry(deps, userOf(req), actorOf(req), kind, (req.params as { id: string }).id, req.body as never),
  });
}
