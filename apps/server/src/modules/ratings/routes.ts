import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AwardImportResult, RatingsGrid, RatingsQuery, SaveRatingsRequest, SaveRatingsResult } from '@thidua/contracts';
import { XLSX_TYPE, attachment } from '../../platform/documents/xlsx.ts';
import { uploadedFile } from '../../platform/uploads.ts';
import { withImportSlot } from '../../platform/importSlots.ts';
import { exportRatings, importRatings } from './excel.ts';
import { RATERS, RATING_READERS } from './policy.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { ratingsGrid, saveRatings } from './service.ts';

export function ratingRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/ratings', {
      config: { access: RATING_READERS },
      schema: {
        tags: ['ratings'],
        summary: 'Bảng xếp loại mức độ hoàn thành nhiệm vụ của một đơn vị trong một năm',
        querystring: RatingsQuery,
        response: { 200: RatingsGrid },
      },
      handler: (req) => ratingsGrid(deps, userOf(req), req.query),
    });
    r.put('/ratings', {
      config: { access: RATERS },
      schema: {
        tags: ['ratings'],
        summary: 'Lưu bảng xếp loại (tất cả hoặc không; gửi kèm version đã đọc)',
        body: SaveRatingsRequest,
        response: { 200: SaveRatingsResult },
      },
      handler: (req) => saveRatings(deps, userOf(req), actorOf(req), req.body),
    });
    r.get('/ratings/export.xlsx', {
      config: { access: RATING_READERS },
      schema: {
        tags: ['ratings'],
        summary: 'Tải bảng xếp loại ra Excel (để điền rồi nhập lại)',
        querystring: RatingsQuery,
      },
      handler: async (req, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachment(`Xếp loại năm ${req.query.year}.xlsx`))
          .send(await exportRatings(deps, userOf(req), req.query)),
    });
    r.post('/ratings/import', {
      config: { access: RATERS },
      schema: {
        tags: ['ratings'],
        summary: 'Nhập bảng xếp loại từ Excel (tất cả hoặc không)',
        querystring: z.object({
          year: RatingsQuery.shape.year,
          dryRun: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: AwardImportResult },
      },
      handler: async (req, reply) =>
        withImportSlot(deps, reply, async () =>
          importRatings(deps, userOf(req), actorOf(req), await uploadedFile(req), {
            year: req.query.year,
            dryRun: req.query.dryRun === 'true',
          }),
        ),
    });
  };
}
