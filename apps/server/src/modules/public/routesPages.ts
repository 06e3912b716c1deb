import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROCEDURE_CODE_PATTERN, PROCEDURE_FIELDS, isSatisfactionLevel, type ProcedureField } from '@thidua/domain';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { html, page, type Html } from './html.ts';
import { siteNameReader } from './siteName.ts';
import { field } from './format.ts';
import { CHECK_PATTERN, CODE_MAX, NOT_FOUND_DETAIL, lookupDossier } from './lookup.ts';
import { LOOKUP_TITLE, lookupAnswer, lookupForm } from './lookupPages.ts';
import { listPublished, publishedProcedure } from './catalog.ts';
import { publishedTemplate } from '../procedures/templates.ts';
import { attachment } from '../../platform/documents/xlsx.ts';
import { CATALOG_TITLE, catalogList, procedureDetail } from './catalogPages.ts';
import { rate, ratingState } from './rating.ts';
import { RATING_TITLE, ratingDone, ratingPage } from './ratingPages.ts';
import { TOO_MANY, TOO_MANY_RATINGS, TOO_MANY_VIEWS, countRequest } from './throttle.ts';
import { publicPageState, sendCachedPage } from './pageCache.ts';
import { todayVn } from '../../platform/clock.ts';

/** A form post is a few fields and a comment of at most 1,000 characters (percent-encoded up to 9 bytes each). */
const FORM_LIMIT = 16 * 1024;

type Query = Record<string, unknown>;

/**
 * The server-rendered pages anyone may open: Vietnamese, no script, one small stylesheet. Their
 * errors (a bad form body, text with control characters, a failure) are pages too, not JSON.
 */
export function publicPageRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const db = deps.db.kysely;
    const clock = clockOf(deps);
    const siteName = siteNameReader(deps);
    const send = async (reply: FastifyReply, status: number, title: string, body: Html, cache = 'no-store') =>
      reply
        .code(status)
        .header('cache-control', cache)
        .type('text/html; charset=utf-8')
        .send(page({ title, site: await siteName(), body }));
    const { countView, dataVersion, cached } = publicPageState(db);
    /** The catalog is the same for every reader: rendered once per data version and date (see pageCache.ts). */
    const sendCached = async (
      req: FastifyRequest,
      reply: FastifyReply,
      key: string,
      build: () => Promise<{ title: string; body: Html }>,
    ) => {
      const version = `${await dataVersion()}|${todayVn(clock)}`;
      const p = await cached(key, version, async () => page({ ...(await build()), site: await siteName() }));
      return sendCachedPage(req, reply, p!, 'public, max-age=30');
    };
    const tooMany = (reply: FastifyReply, retryAfter: number, title: string, body: Html, message = TOO_MANY) => {
      reply.header('retry-after', String(retryAfter));
      return send(
        reply,
        429,
        title,
        html`<h1>${title}</h1>
          <p class="error" role="alert">${message}</p>
          ${body}`,
      );
    };

    /** Counts a view in this process (no database write); a flood from one address gets a 429 page. */
    const viewRefused = async (req: FastifyRequest, reply: FastifyReply, title: string, body: Html) => {
      const t = countView(req.ip);
      if (t.permitted) return false;
      await tooMany(reply, t.retryAfter, title, body, TOO_MANY_VIEWS);
      return true;
    };

    // Plain HTML forms post application/x-www-form-urlencoded; only these pages read it, and only a little.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    app.setErrorHandler(async (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const known = error instanceof AppError;
      const status = known ? error.status : error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status >= 500) req.log.error({ err: error }, 'public page failed');
      const detail = known
        ? error.detail
        : status === 413
          ? 'Nội dung gửi lên quá dài.'
          : status < 500
            ? 'Yêu cầu không hợp lệ. Hãy quay lại trang trước và thử lại.'
            : 'Hệ thống đang gặp lỗi. Vui lòng thử lại sau ít phút.';
      return send(
        reply,
        status,
        'Không thực hiện được',
        html`<h1>Không thực hiện được</h1>
          <p class="error" role="alert">${detail}</p>
          <p><a href="/thu-tuc">Về trang thủ tục hành chính</a></p>`,
      );
    });
    const opts = { config: { access: 'public' as const }, schema: { hide: true } };

    app.get('/tra-cuu', opts, async (req, reply) => {
      const q = req.query as Query;
      const values = { ma: field(q.ma, CODE_MAX), kiemtra: field(q.kiemtra, 10) };
      if (await viewRefused(req, reply, LOOKUP_TITLE, lookupForm(values))) return reply;
      // The slip's QR code opens the form with the code filled in: only the check digits are asked for.
      if (q.kiemtra === undefined) return send(reply, 200, LOOKUP_TITLE, lookupForm(values));
      if (!values.ma || !CHECK_PATTERN.test(values.kiemtra))
        return send(
          reply,
          400,
          LOOKUP_TITLE,
          lookupForm(
            values,
            !values.ma
              ? 'Hãy nhập mã hồ sơ.'
              : 'Hãy nhập đúng 4 chữ số cuối của số điện thoại hoặc số định danh (CCCD).',
          ),
        );
      const t = await countRequest(db, 'lookup', req.ip, clock.now());
      if (!t.permitted) return tooMany(reply, t.retryAfter, LOOKUP_TITLE, lookupForm(values));
      const found = await lookupDossier(db, values.ma, values.kiemtra, clock.now().toISOString());
      if (!found) return send(reply, 404, LOOKUP_TITLE, lookupForm(values, NOT_FOUND_DETAIL));
      return send(reply, 200, `Hồ sơ ${found.code}`, lookupAnswer(found));
    });

    app.get('/thu-tuc', opts, async (req, reply) => {
      const q = req.query as Query;
      const text = field(q.q, 100);
      const f = field(q['linh-vuc'], 40);
      const fieldCode = PROCEDURE_FIELDS.includes(f as ProcedureField) ? f : null;
      const pageNo = Math.min(10_000, Math.max(1, Number.parseInt(field(q.trang, 6), 10) || 1));
      if (await viewRefused(req, reply, CATALOG_TITLE, html``)) return reply;
      return sendCached(req, reply, `catalog|${pageNo}|${fieldCode ?? ''}|${text}`, async () => ({
        title: CATALOG_TITLE,
        body: catalogList({
          q: text,
          field: fieldCode,
          ...(await listPublished(db, { q: text, field: fieldCode, page: pageNo })),
        }),
      }));
    });

    app.get('/thu-tuc/:code', opts, async (req, reply) => {
      const code = field((req.params as Query).code, 20);
      if (await viewRefused(req, reply, CATALOG_TITLE, html``)) return reply;
      const version = `${await dataVersion()}|${todayVn(clock)}`;
      const found = PROCEDURE_CODE_PATTERN.test(code)
        ? await cached(`procedure|${code}`, version, async () => {
            const p = await publishedProcedure(db, code);
            return p
              ? page({ title: `${p.name} – ${CATALOG_TITLE}`, site: await siteName(), body: procedureDetail(p) })
              : null;
          })
        : null;
      if (!found)
        return send(
          reply,
          404,
          'Không tìm thấy thủ tục',
          html`<h1>Không tìm thấy thủ tục</h1>
            <p class="error" role="alert">
              Không có thủ tục đang áp dụng với mã ${code}. Thủ tục có thể đã bị bãi bỏ hoặc thay thế.
            </p>
            <p><a href="/thu-tuc">Xem danh mục thủ tục hành chính</a></p>`,
        );
      return sendCachedPage(req, reply, found, 'public, max-age=30');
    });

    // A document's form template (đơn, tờ khai) of the version in force, for the citizen to fill in.
    app.get('/thu-tuc/:code/mau/:seq', opts, async (req, reply) => {
      const params = req.params as Query;
      const code = field(params.code, 20);
      const seq = Number.parseInt(field(params.seq, 3), 10);
      const file = PROCEDURE_CODE_PATTERN.test(code) && seq >= 1 ? await publishedTemplate(db, code, seq) : undefined;
      if (!file)
        return send(
          reply,
          404,
          'Không tìm thấy mẫu',
          html`<h1>Không tìm thấy mẫu</h1>
            <p class="error" role="alert">Thủ tục ${code} không có mẫu đơn, tờ khai này.</p>
            <p><a href="/thu-tuc/${code}">Xem thủ tục</a></p>`,
        );
      return reply
        .header('cache-control', 'no-cache')
        .header('content-disposition', attachment(file.filename))
        .header('x-content-type-options', 'nosniff')
        .type(file.mime)
        .send(file.content);
    });

    app.get('/danh-gia', opts, async (req, reply) => {
      const q = req.query as Query;
      const values = { ma: field(q.ma, CODE_MAX), t: field(q.t, 200) };
      const t = await countRequest(db, 'rating', req.ip, clock.now());
      if (!t.permitted) return tooMany(reply, t.retryAfter, RATING_TITLE, html``, TOO_MANY_RATINGS);
      const state = await ratingState(db, values.ma, values.t);
      const status = state.kind === 'invalid' ? 404 : state.kind === 'closed' ? 409 : 200;
      return send(reply, status, RATING_TITLE, ratingPage(state, values));
    });

    // No anti-forgery token: the slip's rating token in the form is the authority, and a site that
    // does not know it cannot forge a rating; no cookie or session is involved.
    app.post('/danh-gia', opts, async (req, reply) => {
      const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Query;
      const values = {
        ma: field(b.ma, CODE_MAX),
        t: field(b.t, 200),
        muc: field(b.muc, 40),
        ykien: field(b.ykien, 1000),
      };
      const t = await countRequest(db, 'rating', req.ip, clock.now());
      if (!t.permitted) return tooMany(reply, t.retryAfter, RATING_TITLE, html``, TOO_MANY_RATINGS);
      if (!isSatisfactionLevel(values.muc)) {
        const state = await ratingState(db, values.ma, values.t);
        return send(
          reply,
          state.kind === 'open' ? 400 : 404,
          RATING_TITLE,
          ratingPage(state, values, 'Hãy chọn một mức hài lòng.'),
        );
      }
      const out = await rate(
        db,
        { code: values.ma, token: values.t, rating: values.muc, comment: values.ykien },
        clock.now(),
      );
      const status = out.kind === 'invalid' ? 404 : out.kind === 'closed' ? 409 : 200;
      return send(reply, status, RATING_TITLE, ratingDone(out));
    });
  };
}
