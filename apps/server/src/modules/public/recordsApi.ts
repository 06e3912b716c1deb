import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import { ROLE_GROUPS } from '@thidua/domain';
import { PublicCommentList, PublicCommentsQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';

type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;

/** Who reads the public's comments: the emulation office (and the administrator). */
export const COMMENT_READERS = ROLE_GROUPS.office;

/** GET /api/v1/public-comments: the comments sent from the posting page, newest first, per dossier if asked. */
export function publicCommentApiRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const base = () =>
      deps.db.kysely
        .selectFrom('public_comments as c')
        .innerJoin('proposals as p', 'p.id', 'c.proposal_id')
        .leftJoin('proposal_items as i', 'i.id', 'c.item_id')
        .leftJoin('people as pp', (j) => j.onRef('pp.id', '=', 'i.subject_id').on('i.subject_kind', '=', 'individual'))
        .leftJoin('organisations as o', (j) =>
          j.onRef('o.id', '=', 'i.subject_id').on('i.subject_kind', '<>', 'individual'),
        )
        .select([
          'c.id',
          'c.proposal_id',
          'p.title as proposal_title',
          'c.item_id',
          sql<string | null>`coalesce(${sql.ref('pp.full_name')}, ${sql.ref('o.name')})`.as('candidate_name'),
          'c.sender_name',
          'c.sender_contact',
          'c.body',
          'c.created_at',
        ]);
    type P = Parts<ReturnType<typeof base>>;
    const list = defineList<P['db'], P['tb'], P['o'], z.infer<typeof PublicCommentsQuery>>({
      sorts: { createdAt: ['c.created_at'] },
      tieBreaker: 'c.id',
      filters: {
        proposalId: (x, v) => x.where('c.proposal_id', '=', v),
      },
    });
    r.get('/public-comments', {
      config: { access: COMMENT_READERS },
      schema: {
        tags: ['public'],
        summary: 'Ý kiến góp ý của nhân dân gửi từ trang công khai',
        querystring: PublicCommentsQuery,
        response: { 200: PublicCommentList },
      },
      handler: async (req) => {
        const out = await list.page(base(), req.query);
        return {
          ...out,
          items: out.items.map((c) => ({
            id: c.id,
            proposalId: c.proposal_id,
            proposalTitle: c.proposal_title,
            itemId: c.item_id,
            candidateName: c.candidate_name,
            senderName: c.sender_name,
            senderContact: c.sender_contact,
            body: c.body,
            createdAt: c.created_at,
          })),
        };
      },
    });
  };
}
