import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { html, page, type Html } from './html.ts';
import { siteNameReader } from './siteName.ts';
import { field } from './format.ts';
import { countRequest, TOO_MANY_RATINGS, TOO_MANY_VIEWS } from './throttle.ts';
import { publicPageState, sendCachedPage } from './pageCache.ts';
import { decisionRegister, postingsOn, recognisedInitiatives, registerEntry } from './recordsData.ts';
import { publicStatistics } from './recordsStats.ts';
import { COMMENT_MAX, CONTACT_MAX, NAME_MAX, formToken, saveComment, tokenValid } from './recordsComments.ts';
import {
  RECORD_PAGES,
  commentThanks,
  decisionPage,
  decisionsPage,
  indexPage,
  initiativesPage,
  postingPage,
  statisticsPage,
} from './recordsPages.ts';
import { publicCommentApiRoutes } from './recordsApi.ts';

/** A comment of 2,000 characters percent-encoded (up to 9 bytes each) with the other fields. */
const FORM_LIMIT = 24 * 1024;
/** Browsers and proxies keep a read page half a minute, then ask again with its ETag (304 when unchanged). */
const CACHE = 'public, max-age=30';
/** The posting page's form token changes each minute: stored, but asked again each time. */
const CACHE_FORM = 'no-cache';
const FOOTER = 'Văn phòng Sở – bộ phận thi đua, khen thưởng';

type Query = Record<string, unknown>;
type PageKey = keyof typeof RECORD_PAGES;

/**
 * The department's public face (docs/reports.md, "Public pages"): /cong-khai and its pages, server-rendered HTML
 * without script, rendered once per data version (pageCache.ts) with an ETag, and throttled per address. The posting page's comment form
 * posts back here; its submissions reach the emulation office (notification, GET /api/v1/public-comments).
 */
export function publicRecordRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    await app.register(publicCommentApiRoutes(deps), { prefix: '/api/v1' });
    await app.register(pageRoutes(deps));
  };
}

function pageRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const db = deps.db.kysely;
    const clock = clockOf(deps);
    const siteName = siteNameReader(deps);
    const today = () => todayVn(clock);

    const render = async (key: PageKey, body: Html, title?: string, path?: string) => {
      const p = RECORD_PAGES[key];
      return page({
        title: title ?? p.title,
        site: await siteName(),
        body,
        description: p.description,
        path: path ?? p.path,
        footer: FOOTER,
      });
    };
    const { countView, dataVersion, cached } = publicPageState(db);
    /**
     * A page the same for every reader: rendered once per data version (and Vietnam date: the posting period, the
     * statistics' years), kept per key (the page and its normalised query, so junk parameters make no new entry).
     */
    const sendCached = async (
      req: FastifyRequest,
      reply: FastifyReply,
      key: PageKey,
      query: string,
      build: () => Promise<Html>,
      cacheControl = CACHE,
    ) => {
      const version = `${await dataVersion()}|${today()}`;
      const page = await cached(`${key}|${query}`, version, async () => render(key, await build()));
      return sendCachedPage(req, reply, page!, cacheControl);
    };
    const sendPage = async (reply: FastifyReply, status: number, key: PageKey, body: Html, title?: string) =>
      reply
        .code(status)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(await render(key, body, title));
    const refused = (reply: FastifyReply, status: number, message: string, retryAfter?: number) => {
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      return sendPage(
        reply,
        status,
        'index',
        html`<h1>Không thực hiện được</h1>
          <p class="error" role="alert">${message}</p>
          <p><a href="${RECORD_PAGES.index.path}">Về trang thông tin công khai</a></p>`,
        'Không thực hiện được',
      );
    };
    /** Counts a view in this process (no database write); a flood from one address gets a 429 page. */
    const viewRefused = async (req: FastifyRequest, reply: FastifyReply) => {
      const t = countView(req.ip);
      if (t.permitted) return false;
      await refused(reply, 429, TOO_MANY_VIEWS, t.retryAfter);
      return true;
    };
    /** A comment is a write: counted in the database, so the limit holds across servers. */
    const commentRefused = async (req: FastifyRequest, reply: FastifyReply) => {
      const t = await countRequest(db, 'comment', req.ip, clock.now());
      if (t.permitted) return false;
      await refused(reply, 429, TOO_MANY_RATINGS, t.retryAfter);
      return true;
    };
    const pageNo = (q: Query) => Math.min(10_000, Math.max(1, Number.parseInt(field(q.trang, 6), 10) || 1));

    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    app.setErrorHandler(async (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status >= 500) req.log.error({ err: error }, 'public page failed');
      const message =
        status === 413
          ? `Nội dung gửi lên quá dài. Ý kiến góp ý tối đa ${COMMENT_MAX.toLocaleString('vi-VN')} ký tự; hãy rút gọn rồi gửi lại.`
          : status === 415
            ? 'Mẫu gửi ý kiến không đúng định dạng. Hãy mở lại trang và gửi từ mẫu trên trang.'
            : status < 500
              ? 'Yêu cầu không hợp lệ. Hãy quay lại trang trước và thử lại.'
              : 'Hệ thống đang gặp lỗi. Vui lòng thử lại sau ít phút.';
      return refused(reply, status, message);
    });
    const opts = { config: { access: 'public' as const }, schema: { hide: true } };

    app.get('/cong-khai', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      return sendCached(req, reply, 'index', '', async () => indexPage());
    });

    app.get('/cong-khai/quyet-dinh', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      const q = req.query as Query;
      const text = field(q.q, 100);
      const n = pageNo(q);
      return sendCached(req, reply, 'decisions', `${n}|${text}`, async () =>
        decisionsPage(await decisionRegister(db, { q: text, page: n }), text),
      );
    });

    app.get('/cong-khai/quyet-dinh/:id', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      const id = field((req.params as Query).id, 40);
      const version = `${await dataVersion()}|${today()}`;
      const page = /^[\w-]{1,40}$/u.test(id)
        ? await cached(`decision|${id}`, version, async () => {
            const entry = await registerEntry(db, id);
            return entry
              ? render(
                  'decisions',
                  decisionPage(entry),
                  `Quyết định số ${entry.number}`,
                  `${RECORD_PAGES.decisions.path}/${id}`,
                )
              : null;
          })
        : null;
      if (!page)
        return refused(reply, 404, 'Không có quyết định khen thưởng này trong sổ quyết định công khai của Sở.');
      return sendCachedPage(req, reply, page, CACHE);
    });

    app.get('/cong-khai/sang-kien', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      const q = req.query as Query;
      const text = field(q.q, 100);
      const n = pageNo(q);
      return sendCached(req, reply, 'initiatives', `${n}|${text}`, async () =>
        initiativesPage(await recognisedInitiatives(db, { q: text, page: n }), text),
      );
    });

    app.get('/cong-khai/thong-ke', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      return sendCached(req, reply, 'statistics', '', async () =>
        statisticsPage(await publicStatistics(db, Number(today().slice(0, 4)) - 1)),
      );
    });

    const tokenOf = (id: string) => formToken(id, clock.now());

    // The form's token names the minute the page was made (valid four hours): one page per minute for every reader.
    app.get('/cong-khai/lay-y-kien', opts, async (req, reply) => {
      if (await viewRefused(req, reply)) return reply;
      const minute = Math.floor(clock.now().getTime() / 60_000) * 60_000;
      return sendCached(
        req,
        reply,
        'posting',
        String(minute),
        async () => postingPage(await postingsOn(db, today()), (id) => formToken(id, new Date(minute))),
        CACHE_FORM,
      );
    });

    app.post('/cong-khai/lay-y-kien', opts, async (req, reply) => {
      if (await commentRefused(req, reply)) return reply;
      // Same origin only: a page of another site cannot post here (the browser names the page's origin).
      const origin = req.headers.origin;
      const host = req.headers.host;
      const fetchSite = req.headers['sec-fetch-site'];
      if ((origin && origin !== 'null' && host && new URL(origin).host !== host) || fetchSite === 'cross-site')
        return refused(reply, 403, 'Ý kiến phải được gửi từ mẫu trên trang công khai của Sở.');
      const b = (req.body && typeof req.body === 'object' ? req.body : {}) as Query;
      const id = field(b.hoso, 40);
      const raw = typeof b.ykien === 'string' ? b.ykien.replace(/\r\n/gu, '\n').trim() : '';
      const values = {
        ten: field(b.ten, NAME_MAX),
        lienhe: field(b.lienhe, CONTACT_MAX),
        ungvien: field(b.ungvien, 40),
        ykien: raw.slice(0, COMMENT_MAX),
      };
      const [posting] = id ? await postingsOn(db, today(), id) : [];
      if (!posting)
        return refused(
          reply,
          404,
          'Danh sách này không còn trong thời gian công khai lấy ý kiến (hoặc không có). Hãy xem các danh sách đang công khai.',
        );
      const again = async (status: number, error: string) =>
        sendPage(reply, status, 'posting', postingPage([posting], tokenOf, { [posting.id]: { values, error } }));
      if (!tokenValid(field(b.t, 200), posting.id, clock.now()))
        return again(403, 'Mẫu gửi ý kiến đã hết hạn. Hãy kiểm tra nội dung rồi bấm "Gửi ý kiến" một lần nữa.');
      if (!raw) return again(422, 'Nội dung ý kiến: hãy nhập ý kiến góp ý.');
      if (raw.length > COMMENT_MAX)
        return again(
          422,
          `Nội dung ý kiến: dài ${raw.length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${COMMENT_MAX.toLocaleString('vi-VN')} ký tự. Hãy rút gọn rồi gửi lại.`,
        );
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u.test(raw + values.ten + values.lienhe))
        return again(422, 'Nội dung ý kiến: có ký tự điều khiển không hợp lệ.');
      const item = posting.candidates.find((c) => c.id === values.ungvien);
      await saveComment(
        db,
        {
          proposalId: posting.id,
          proposalTitle: posting.title,
          itemId: item?.id ?? null,
          name: values.ten,
          contact: values.lienhe,
          body: raw,
          address: req.ip,
        },
        clock.now(),
      );
      return sendPage(reply, 201, 'posting', commentThanks(posting.title), 'Đã nhận ý kiến');
    });
  };
}
