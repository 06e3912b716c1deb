import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HomeView } from '@thidua/contracts';
import { ANY_ROLE } from '../../platform/access.ts';
import { userOf, type Deps } from '../../platform/context.ts';
import { homeView } from './service.ts';

/** Each role's home (docs/reports.md "Homes"): the caller's tiles, each a count and the list it counts. */
export function homeRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/home', {
      config: { access: ANY_ROLE },
      schema: {
        tags: ['home'],
        summary: 'Trang chủ theo vai trò: việc chờ tôi và số liệu chính, mỗi ô một số đếm và liên kết tới danh sách',
        response: { 200: HomeView },
      },
      handler: (req) => homeView(deps, userOf(req)),
    });
  };
}
