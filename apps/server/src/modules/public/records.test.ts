import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertPerson, insertUnit } from '../../test/factories/people.ts';
import { insertProposal, votedProposal } from '../../test/factories/proposals.ts';
import { insertDecision } from '../../test/factories/decisions.ts';
import { insertInitiative } from '../../test/factories/initiatives.ts';

/** The department's public pages without a session (docs/reports.md, "Public pages"). */
describe.each(DIALECTS)('public pages /cong-khai (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let postingId: string;
  let n = 0;
  const from = () => `10.9.${dialect === 'sqlite' ? 1 : 2}.${++n}`;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  const get = (url: string, remoteAddress = from()) => h.app.inject({ method: 'GET', url, remoteAddress });
  const tokenFrom = (body: string) => /name="t" value="([^"]+)"/u.exec(body)?.[1] ?? '';
  const post = (fields: Record<string, string>, remoteAddress = from(), headers: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/cong-khai/lay-y-kien',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: new URLSearchParams(fields).toString(),
      remoteAddress,
    });

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = await insertUnit(h.db.kysely, root, 'PKT', 'Phòng Kinh tế');
    await makeUser(admin, 'thiduacongkhai', [{ role: 'emulation_officer', orgId: root }]);
    const lan = await insertPerson(h.db.kysely, unit, { familyName: 'Trần', middleName: 'Thị', givenName: 'Lan' });
    const binh = await insertPerson(h.db.kysely, unit, { familyName: 'Lê', middleName: 'Văn', givenName: 'Bình' });
    await h.db.kysely.updateTable('people').set({ date_of_birth: '1980-05-17', citizen_id: '001080012345' }).execute();
    const voted = await votedProposal(h.db.kysely, lan, 2026);
    await insertDecision(h.deps, { proposalIds: [voted], signedOn: '2026-11-20' });
    const p = await insertProposal(h.db.kysely, {
      orgId: unit,
      year: 2026,
      status: 'posting',
      title: 'Đề nghị Huân chương Lao động <script>alert(1)</script>',
      items: [{ subject: binh, awardCode: 'labour_order_3' }],
      posting: { from: '2000-01-01', to: '2099-12-31' },
    });
    postingId = p.id;
    await insertInitiative(h.db.kysely, {
      orgId: unit,
      authors: [{ personId: lan.id, share: 100 }],
      level: 'provincial',
      recognisedOn: '2025-06-01',
      title: 'Số hóa sổ theo dõi điện năng',
    });
  });
  afterAll(() => h.close());

  it('every page opens without a session: titled, described for sharing, cached, no personal data beyond name, unit, title', async () => {
    for (const url of [
      '/cong-khai',
      '/cong-khai/quyet-dinh',
      '/cong-khai/lay-y-kien',
      '/cong-khai/sang-kien',
      '/cong-khai/thong-ke',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toMatch(/<title>[^<]+<\/title>/u);
      expect(res.body).toContain('<meta name="description"');
      expect(res.body).toContain('<meta property="og:title"');
      expect(res.body).not.toMatch(/1980|17\/05|001080012345/u);
      if (url !== '/cong-khai/lay-y-kien') {
        expect(res.headers['cache-control']).toBe('public, max-age=30');
        const again = await h.app.inject({
          method: 'GET',
          url,
          headers: { 'if-none-match': String(res.headers.etag) },
          remoteAddress: from(),
        });
        expect(again.statusCode).toBe(304);
      }
    }
    const index = (await get('/cong-khai')).body;
    for (const href of [
      '/cong-khai/quyet-dinh',
      '/cong-khai/lay-y-kien',
      '/cong-khai/sang-kien',
      '/cong-khai/thong-ke',
      '/thu-tuc',
      '/tra-cuu',
    ])
      expect(index).toContain(`href="${href}"`);
  });

  it('the decisions register lists the number, date and recipients, searchable without diacritics', async () => {
    const body = flat((await get('/cong-khai/quyet-dinh')).body);
    expect(body).toMatch(/Quyết định số \d+\/QĐ-/u);
    expect(body).toContain('20/11/2026');
    expect(body).toContain('Trần Thị Lan');
    expect(body).toContain('Phòng Kinh tế');
    expect(flat((await get('/cong-khai/quyet-dinh?q=tran%20thi%20lan')).body)).toContain('Trần Thị Lan');
    expect(flat((await get('/cong-khai/quyet-dinh?q=khong%20co%20ai')).body)).toContain('Không có quyết định');
  });

  it('initiatives show title, authors, level and year', async () => {
    const body = flat((await get('/cong-khai/sang-kien?q=so%20hoa')).body);
    expect(body).toContain('Số hóa sổ theo dõi điện năng');
    expect(body).toContain('Trần Thị Lan');
    expect(body).toContain('cấp tỉnh');
    expect(body).toContain('năm 2025');
  });

  it('the posting page lists the candidates (escaped) and a comment reaches the emulation office, kept as text', async () => {
    const page = await get('/cong-khai/lay-y-kien');
    expect(page.body).toContain('Lê Văn Bình');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const t = tokenFrom(page.body);
    const script = '<script>alert("x")</script> Ông Bình làm việc tốt';
    const ok = await post({ hoso: postingId, t, ykien: script, ten: 'Người dân' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.body).toContain('Đã nhận ý kiến');
    const stored = await h.db.kysely.selectFrom('public_comments').selectAll().execute();
    expect(stored).toEqual([
      expect.objectContaining({ proposal_id: postingId, body: script, sender_name: 'Người dân' }),
    ]);
    const officer = await signIn(h.app, 'thiduacongkhai', 'Matkhau@2026');
    const notes = (await officer.get('/api/v1/notifications')).json() as { items: { kind: string; link: string }[] };
    expect(notes.items).toContainEqual(
      expect.objectContaining({ kind: 'public_comment', link: `/proposals/${postingId}` }),
    );
    const list = await officer.get('/api/v1/public-comments');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ body: script, proposalId: postingId }] });
    // Without a session the list is refused.
    expect((await get('/api/v1/public-comments')).statusCode).toBe(401);
  });

  it('refuses a forged, empty, too long or oversized comment with a Vietnamese page, writing nothing', async () => {
    const before = (await h.db.kysely.selectFrom('public_comments').select('id').execute()).length;
    const t = tokenFrom((await get('/cong-khai/lay-y-kien')).body);
    const forged = await post({ hoso: postingId, t: 'x.y.z', ykien: 'Góp ý' });
    expect(forged.statusCode).toBe(403);
    const cross = await post({ hoso: postingId, t, ykien: 'Góp ý' }, from(), { origin: 'https://evil.example' });
    expect(cross.statusCode).toBe(403);
    expect(cross.body).toContain('mẫu trên trang công khai');
    const empty = await post({ hoso: postingId, t, ykien: '  ' });
    expect(empty.statusCode).toBe(422);
    const long = await post({ hoso: postingId, t, ykien: 'a'.repeat(2001) });
    expect(long.statusCode).toBe(422);
    expect(flat(long.body)).toContain('vượt giới hạn 2.000 ký tự');
    const huge = await post({ hoso: postingId, t, ykien: 'b'.repeat(100 * 1024) });
    expect([413, 422]).toContain(huge.statusCode);
    expect(huge.headers['content-type']).toMatch(/text\/html/);
    expect(huge.body).toContain('quá dài');
    const gone = await post({ hoso: 'khong-co', t, ykien: 'Góp ý' });
    expect(gone.statusCode).toBe(404);
    expect((await h.db.kysely.selectFrom('public_comments').select('id').execute()).length).toBe(before);
  });

  it('a flood of comments from one address gets 429 with Retry-After', async () => {
    const t = tokenFrom((await get('/cong-khai/lay-y-kien')).body);
    const address = from();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await post({ hoso: postingId, t, ykien: '' }, address)).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
    const last = await post({ hoso: postingId, t, ykien: 'x' }, address);
    expect(last.headers['retry-after']).toBeDefined();
  });
});
