import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, NotificationList, Ok } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { userOf } from '../../platform/context.ts';
import { nowIso } from '../../db/index.ts';
import { notFound } from '../../platform/errors.ts';

/** A user's own in-app notices: the 50 newest and the unread count. Marking read is not audited (not a record). */
export function notificationRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['notifications'];
    r.get('/notifications', {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Thông báo của tôi', response: { 200: NotificationList } },
      handler: async (req) => {
        const db = deps.db.kysely;
        const me = userOf(req).id;
        const rows = await db
          .selectFrom('notifications')
          .selectAll()
          .where('user_id', '=', me)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(50)
          .execute();
        const unread = await db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', me)
          .where('read_at', 'is', null)
          .executeTakeFirst();
        return {
          items: rows.map((n) => ({
            id: n.id,
            kind: n.kind,
            title: n.title,
            body: n.body,
            link: n.link,
            createdAt: n.created_at,
            readAt: n.read_at,
          })),
          unread: Number(unread?.n ?? 0),
        };
      },
    });
    r.post('/notifications/:id/read', {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Đánh dấu đã đọc', params: z.object({ id: Id }), response: { 200: Ok } },
      handler: async (req) => {
        const res = await deps.db.kysely
          .updateTable('notifications')
          .set({ read_at: nowIso() })
          .where('id', '=', req.params.id)
          .where('user_id', '=', userOf(req).id)
          .where('read_at', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) {
          const exists = await deps.db.kysely
            .selectFrom('notifications')
            .select('id')
            .where('id', '=', req.params.id)
            .where('user_id', '=', userOf(req).id)
            .executeTakeFirst();
          if (!exists) throw notFound('thông báo');
        }
        return { ok: true as const };
      },
    });
    r.post('/notifications/read-all', {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Đánh dấu đã đọc tất cả', response: { 200: Ok } },
      handler: async (req) => {
        await deps.db.kysely
          .updateTable('notifications')
          .set({ read_at: nowIso() })
          .where('user_id', '=', userOf(req).id)
          .where('read_at', 'is', null)
          .execute();
        return { ok: true as const };
      },
    });
  };
}
