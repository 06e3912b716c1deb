import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { makeDossier, makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';

/** Satisfaction rating without sign-in: the slip's token, once per dossier, a plain HTML form or JSON. */
describe.each(DIALECTS)('public satisfaction rating (%s)', (dialect) => {
  let h: Harness;
  let procedure: MadeProcedure;
  let n = 0;
  const from = () => `10.1.${dialect === 'sqlite' ? 1 : 2}.${++n}`;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  const postJson = (payload: object) =>
    h.app.inject({ method: 'POST', url: '/api/public/ratings', payload, remoteAddress: from() });
  const postForm = (fields: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url: '/danh-gia',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
      remoteAddress: from(),
    });
  const ratingsOf = (dossierId: string) =>
    h.db.kysely.selectFrom('dossier_ratings').selectAll().where('dossier_id', '=', dossierId).execute();

  beforeAll(async () => {
    h = await makeHarness(dialect);
    procedure = await makeProcedure(h.db.kysely, { name: 'Cấp Giấy phép bán lẻ rượu <b>đậm</b>' });
  });
  afterAll(() => h.close());

  it('JSON: a returned dossier is rated once with its token; a wrong token and a second rating are refused', async () => {
    const d = await makeDossier(h.db.kysely, { procedure, status: 'returned' });
    const wrong = await postJson({ code: d.code, token: 'a'.repeat(32), rating: 'satisfied' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().detail).toMatch(/mã đánh giá/);
    const unknown = await postJson({ code: 'khong-co', token: d.ratingToken, rating: 'satisfied' });
    expect(unknown.body).toBe(wrong.body);
    expect(await ratingsOf(d.id)).toHaveLength(0);

    const ok = await postJson({ code: d.code, token: d.ratingToken, rating: 'very_satisfied', comment: 'Nhanh gọn' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ code: d.code, rating: 'very_satisfied' });
    expect(await ratingsOf(d.id)).toEqual([
      expect.objectContaining({ rating: 'very_satisfied', comment: 'Nhanh gọn' }),
    ]);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'actor_name'])
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dossier.rated')
      .execute();
    expect(audit).toEqual([
      { action: 'dossier.rated', actor_id: null, actor_name: expect.stringMatching(/công khai/) },
    ]);

    const again = await postJson({ code: d.code, token: d.ratingToken, rating: 'unsatisfied' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_rated');
    expect(await ratingsOf(d.id)).toEqual([expect.objectContaining({ rating: 'very_satisfied' })]);
  });

  it('JSON: only a finished or returned dossier, a known level and a short comment', async () => {
    const open = await makeDossier(h.db.kysely, { procedure, status: 'in_process' });
    const res = await postJson({ code: open.code, token: open.ratingToken, rating: 'satisfied' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('rating_not_open');
    const finished = await makeDossier(h.db.kysely, { procedure, status: 'finished' });
    const bad = await postJson({ code: finished.code, token: finished.ratingToken, rating: 'meh' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/Mức hài lòng/);
    const long = await postJson({
      code: finished.code,
      token: finished.ratingToken,
      rating: 'satisfied',
      comment: 'x'.repeat(1001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toMatch(/Góp ý/);
    const ok = await postJson({ code: finished.code, token: finished.ratingToken, rating: 'satisfied' });
    expect(ok.statusCode).toBe(201);
  });

  it('two ratings of one dossier at once: exactly one is kept', async () => {
    const d = await makeDossier(h.db.kysely, { procedure, status: 'returned' });
    const all = await Promise.all(
      ['satisfied', 'unsatisfied', 'very_satisfied'].map((rating) =>
        postJson({ code: d.code, token: d.ratingToken, rating }),
      ),
    );
    expect(all.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await ratingsOf(d.id)).toHaveLength(1);
  });

  it('the form page: three levels and a comment box for a good link, a polite refusal otherwise', async () => {
    const d = await makeDossier(h.db.kysely, { procedure, status: 'returned' });
    const url = `/danh-gia?ma=${encodeURIComponent(d.code)}&t=${d.ratingToken}`;
    const form = await h.app.inject({ method: 'GET', url, remoteAddress: from() });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toContain('text/html');
    const body = flat(form.body);
    expect(body).toMatch(/<title>Đánh giá mức độ hài lòng – [^<]+<\/title>/);
    expect(body).toContain('<form class="card" method="post" action="/danh-gia">');
    for (const label of ['Rất hài lòng', 'Hài lòng', 'Không hài lòng']) expect(body).toContain(label);
    expect(body).toContain('<label for="ykien">');
    expect(body).toContain('&lt;b&gt;đậm&lt;/b&gt;');
    expect(body).not.toContain('<b>đậm');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('Trần Thị Bình');

    const wrong = await h.app.inject({ method: 'GET', url: url.replace(/t=\w+/u, 't=sai'), remoteAddress: from() });
    expect(wrong.statusCode).toBe(404);
    expect(flat(wrong.body)).toContain('Liên kết đánh giá không đúng');
  });

  it('the plain HTML form post (no script, no session) rates once, then says it is already rated', async () => {
    const d = await makeDossier(h.db.kysely, { procedure, status: 'returned' });
    const missing = await postForm({ ma: d.code, t: d.ratingToken, ykien: 'Chưa chọn' });
    expect(missing.statusCode).toBe(400);
    expect(flat(missing.body)).toContain('Hãy chọn một mức hài lòng.');
    expect(flat(missing.body)).toContain('>Chưa chọn</textarea>');

    const wrong = await postForm({ ma: d.code, t: 'sai', muc: 'satisfied' });
    expect(wrong.statusCode).toBe(404);
    expect(await ratingsOf(d.id)).toHaveLength(0);

    const ok = await postForm({
      ma: d.code,
      t: d.ratingToken,
      muc: 'unsatisfied',
      ykien: 'Phải đi lại <script>hai lần</script>',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/html');
    expect(flat(ok.body)).toContain('Cảm ơn bạn đã đánh giá');
    expect(await ratingsOf(d.id)).toEqual([
      expect.objectContaining({ rating: 'unsatisfied', comment: 'Phải đi lại <script>hai lần</script>' }),
    ]);

    const again = await postForm({ ma: d.code, t: d.ratingToken, muc: 'satisfied' });
    expect(again.statusCode).toBe(200);
    expect(flat(again.body)).toContain('đã được đánh giá');
    const page = await h.app.inject({
      method: 'GET',
      url: `/danh-gia?ma=${encodeURIComponent(d.code)}&t=${d.ratingToken}`,
      remoteAddress: from(),
    });
    expect(flat(page.body)).toContain('đã được đánh giá');
    expect(flat(page.body)).not.toContain('<form');
    expect(await ratingsOf(d.id)).toHaveLength(1);
  });

  it('answers a broken form post with a page, not JSON', async () => {
    const res = await postForm({ ma: 'a\u0000b', t: 'x', muc: 'satisfied' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(flat(res.body)).toContain('Không thực hiện được');
  });
});
