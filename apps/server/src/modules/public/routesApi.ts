import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SATISFACTION_LEVELS, SATISFACTION_LEVEL_LABELS } from '@thidua/domain';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, TITLES, sendProblem } from '../../platform/errors.ts';
import { CODE_MAX, NOT_FOUND_DETAIL, lookupDossier } from './lookup.ts';
import { rate } from './rating.ts';
import { TOO_MANY, TOO_MANY_RATINGS, countRequest } from './throttle.ts';

const PublicDossier = z.object({
  code: z.string(),
  procedureName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  portalCode: z.number().int(),
  receivedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  overdue: z.boolean(),
  rescheduled: z.boolean(),
  steps: z.array(
    z.object({
      name: z.string(),
      unit: z.string().nullable(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
    }),
  ),
});

const RatingBody = z.strictObject({
  code: z
    .string({ error: 'Mã hồ sơ (code): cần một chuỗi' })
    .min(1, 'Mã hồ sơ (code): không được để trống')
    .max(CODE_MAX, `Mã hồ sơ (code): tối đa ${CODE_MAX} ký tự`),
  token: z
    .string({ error: 'Mã đánh giá (token): cần một chuỗi' })
    .min(1, 'Mã đánh giá (token): không được để trống')
    .max(200, 'Mã đánh giá (token): tối đa 200 ký tự'),
  rating: z.enum(SATISFACTION_LEVELS, {
    error: `Mức hài lòng (rating): một trong ${SATISFACTION_LEVELS.map((l) => `${l} (${SATISFACTION_LEVEL_LABELS[l]})`).join(', ')}`,
  }),
  comment: z
    .string({ error: 'Góp ý (comment): cần một chuỗi' })
    .max(1000, 'Góp ý (comment): tối đa 1.000 ký tự')
    .default(''),
});

/**
 * The one 404 of the lookup: the same bytes whatever was wrong (the code or the check digits); its
 * `instance` is the collection, not the requested path, so not even the echo differs.
 */
export const lookupNotFound = (reply: FastifyReply) =>
  reply.code(404).type('application/problem+json; charset=utf-8').send({
    type: 'https://thidua.local/problems/not_found',
    title: TITLES[404],
    status: 404,
    code: 'not_found',
    detail: NOT_FOUND_DETAIL,
    instance: '/api/public/dossiers',
  });

export function publicApiRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const clock = clockOf(deps);
    const db = deps.db.kysely;

    r.get('/api/public/dossiers/:code', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Tra cứu tình trạng hồ sơ (không cần đăng nhập, không có thông tin cá nhân)',
        params: z.object({ code: z.string().max(200) }),
        querystring: z.object({ check: z.string().max(100).optional() }),
        response: { 200: PublicDossier },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const t = await countRequest(db, 'lookup', req.ip, clock.now());
        if (!t.permitted) {
          reply.header('retry-after', String(t.retryAfter));
          return sendProblem(reply, req, new AppError(429, 'rate_limited', TOO_MANY));
        }
        const found = await lookupDossier(
          db,
          req.params.code.trim(),
          (req.query.check ?? '').trim(),
          clock.now().toISOString(),
        );
        if (!found) return lookupNotFound(reply);
        return found;
      },
    });

    r.post('/api/public/ratings', {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Đánh giá mức độ hài lòng về giải quyết hồ sơ (một lần cho mỗi hồ sơ)',
        body: RatingBody,
        response: { 201: z.object({ code: z.string(), rating: z.enum(SATISFACTION_LEVELS), at: z.string() }) },
      },
      handler: async (req, reply) => {
        reply.header('cache-control', 'no-store');
        const t = await countRequest(db, 'rating', req.ip, clock.now());
        if (!t.permitted) {
          reply.header('retry-after', String(t.retryAfter));
          return sendProblem(reply, req, new AppError(429, 'rate_limited', TOO_MANY_RATINGS));
        }
        const b = req.body;
        const out = await rate(
          db,
          { code: b.code.trim(), token: b.token.trim(), rating: b.rating, comment: b.comment },
          clock.now(),
        );
        switch (out.kind) {
          case 'saved':
            return reply.code(201).send({ code: out.code, rating: b.rating, at: out.at });
          case 'invalid':
            throw new AppError(
              404,
              'not_found',
              'Không tìm thấy hồ sơ với mã hồ sơ và mã đánh giá đã gửi. Hãy dùng đúng đường dẫn hoặc mã QR in trên giấy tiếp nhận và hẹn trả kết quả.',
            );
          case 'rated':
            throw new AppError(
              409,
              'already_rated',
              `Hồ sơ ${out.code} đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.`,
            );
          case 'closed':
            throw new AppError(
              409,
              'rating_not_open',
              `Hồ sơ ${out.code} chưa có kết quả giải quyết: chỉ đánh giá được khi hồ sơ đã giải quyết xong hoặc đã trả kết quả.`,
            );
        }
      },
    });
  };
}
