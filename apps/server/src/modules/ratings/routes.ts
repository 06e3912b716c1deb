import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RatingsGrid, RatingsQuery, SaveRatingsRequest, SaveRatingsResult } from '@thidua/contracts';
import { ANY_ROLE, WRITERS_OF_PEOPLE } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf, userOf } from '../../platform/context.ts';
import { ratingsGrid, saveRatings } from './service.ts';

export function ratingRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/ratings', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['ratings'],
        summary: 'Bảng xếp loại mức độ hoàn thành nhiệm vụ của một đơn vị trong một năm',
        querystring: RatingsQuery,
        response: { 200: RatingsGrid },
      },
      handler: (req) => ratingsGrid(deps, userOf(req), req.query),
    });
    r.put('/ratings', {
      config: { access: WRITERS_OF_PEOPLE },
      schema: {
        tags: ['ratings'],
        summary: 'Lưu bảng xếp loại (tất cả hoặc không; gửi kèm version đã đọc)',
        body: SaveRatingsRequest,
        response: { 200: SaveRatingsResult },
      },
      handler: (req) => saveRatings(deps, userOf(req), actorOf(req), req.body),
    });
  };
}
