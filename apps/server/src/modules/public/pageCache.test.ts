import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, rootOrgId, type Harness } from '../../test/harness.ts';
import { insertPerson, insertUnit } from '../../test/factories/people.ts';
import { votedProposal } from '../../test/factories/proposals.ts';
import { insertDecision } from '../../test/factories/decisions.ts';
import { etagMatches, memoryThrottle } from './pageCache.ts';

/** The public pages under a flood and after a change (docs/reports.md, "Caching and throttling"). */
describe.each(DIALECTS)('public pages: cache, compression, throttle (%s)', (dialect) => {
  let h: Harness;
  let unit: string;
  let n = 0;
  const from = () => `10.8.${dialect === 'sqlite' ? 1 : 2}.${++n}`;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  const get = (url: string, headers: Record<string, string> = {}, remoteAddress = from()) =>
    h.app.inject({ method: 'GET', url, headers, remoteAddress });
  /** A decision on `count` new people's voted dossiers, issued as the decision book issues it (audited). */
  const decide = async (count: number, signedOn: string, familyName: string) => {
    const ids = [];
    for (let i = 0; i < count; i++) {
      const person = await insertPerson(h.db.kysely, unit, { familyName, middleName: 'Văn', givenName: `Số${i + 1}` });
      ids.push(await votedProposal(h.db.kysely, person, 2026));
    }
    return insertDecision(h.deps, { proposalIds: ids, signedOn });
  };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    unit = await insertUnit(h.db.kysely, await rootOrgId(h), 'PVP', 'Phòng Văn phòng');
    await decide(1, '2026-10-01', 'Hoàng');
  });
  afterAll(() => h.close());

  it('a decision issued after a view shows on the next view, with a new ETag; an unchanged page answers 304', async () => {
    const first = await get('/cong-khai/quyet-dinh');
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=30');
    const etag = String(first.headers.etag);
    expect((await get('/cong-khai/quyet-dinh', { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get('/cong-khai/quyet-dinh', { 'if-none-match': `"x", ${etag}` })).statusCode).toBe(304);

    const issued = await decide(1, '2026-11-25', 'Đinh');
    const next = await get('/cong-khai/quyet-dinh', { 'if-none-match': etag });
    expect(next.statusCode).toBe(200);
    expect(next.headers.etag).not.toBe(etag);
    expect(flat(next.body)).toContain(`Quyết định số ${issued.number}`);
    expect(flat(next.body)).toContain('Đinh Văn Số1');
    // The same on the search page (another cache entry).
    expect(flat((await get('/cong-khai/quyet-dinh?q=dinh%20van')).body)).toContain('Đinh Văn Số1');
  });

  it('compresses for a client that accepts it (brotli, else gzip), the same page as uncompressed', async () => {
    const plain = await get('/cong-khai/quyet-dinh');
    const br = await get('/cong-khai/quyet-dinh', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    const gz = await get('/cong-khai/quyet-dinh', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    expect(Number(gz.headers['content-length'])).toBeLessThan(plain.body.length / 2);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('the register shows five recipients of a decision and links to its page with all of them', async () => {
    const big = await decide(7, '2026-11-26', 'Phan');
    const register = flat((await get('/cong-khai/quyet-dinh')).body);
    const card = register.slice(register.indexOf(`Quyết định số ${big.number}`));
    expect(card).toContain('Phan Văn Số5');
    expect(card).not.toContain('Phan Văn Số6');
    expect(card).toContain(`href="/cong-khai/quyet-dinh/${big.id}"`);
    expect(card).toContain(`Xem toàn bộ 7 người, tập thể được khen theo Quyết định số ${big.number}`);
    // A search by name shows the matching recipient among the first five.
    expect(flat((await get('/cong-khai/quyet-dinh?q=phan%20van%20so7')).body)).toContain('Phan Văn Số7');

    const own = await get(`/cong-khai/quyet-dinh/${big.id}`);
    expect(own.statusCode).toBe(200);
    expect(flat(own.body)).toContain(`<h1>Quyết định số ${big.number}</h1>`);
    for (let i = 1; i <= 7; i++) expect(own.body).toContain(`Phan Văn Số${i}`);
    expect(
      (await get(`/cong-khai/quyet-dinh/${big.id}`, { 'if-none-match': String(own.headers.etag) })).statusCode,
    ).toBe(304);
    const missing = await get('/cong-khai/quyet-dinh/khong-co');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Không có quyết định khen thưởng này');
  });

  it('a flood of views from one address gets a Vietnamese 429 page, writes nothing, and others still read', async () => {
    const address = from();
    const before = await h.db.kysely.selectFrom('public_lookup_throttle').select('key').execute();
    const answers: number[] = [];
    for (let i = 0; i < 301; i++) answers.push((await get('/cong-khai', {}, address)).statusCode);
    expect(answers.slice(0, 300).every((s) => s === 200)).toBe(true);
    expect(answers[300]).toBe(429);
    for (const url of ['/cong-khai/thong-ke', '/thu-tuc', '/tra-cuu', '/cong-khai/lay-y-kien']) {
      const refused = await get(url, {}, address);
      expect(refused.statusCode, url).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.headers['content-type']).toMatch(/text\/html/u);
      expect(refused.headers['cache-control']).toBe('no-store');
      expect(flat(refused.body)).toContain('quá nhiều lần trong một phút');
    }
    expect((await get('/cong-khai')).statusCode).toBe(200);
    // Views are counted in memory: no throttle row per view.
    expect(await h.db.kysely.selectFrom('public_lookup_throttle').select('key').execute()).toEqual(before);
  });

  it('the posting page is one page a minute for every reader, its form still accepted', async () => {
    const a = await get('/cong-khai/lay-y-kien');
    const b = await get('/cong-khai/lay-y-kien');
    expect(a.statusCode).toBe(200);
    expect(a.headers['cache-control']).toBe('no-cache');
    expect(b.headers.etag).toBe(a.headers.etag);
  });
});

describe('memoryThrottle and etagMatches', () => {
  it('counts per address up to the limit and keeps a bounded number of addresses', () => {
    const count = memoryThrottle(2, 60_000, 3);
    expect([count('a'), count('a'), count('a')].map((t) => t.permitted)).toEqual([true, true, false]);
    expect(count('a').retryAfter).toBeGreaterThan(0);
    count('b');
    count('c');
    // A fourth address makes room by forgetting the oldest window ('a' starts counting again).
    expect(count('d').permitted).toBe(true);
    expect(count('a').permitted).toBe(true);
  });

  it('compares ETags weakly and accepts a list or *', () => {
    expect(etagMatches('W/"x"', 'W/"x"')).toBe(true);
    expect(etagMatches('"x"', 'W/"x"')).toBe(true);
    expect(etagMatches('"y", W/"x"', 'W/"x"')).toBe(true);
    expect(etagMatches('*', 'W/"x"')).toBe(true);
    expect(etagMatches('"y"', 'W/"x"')).toBe(false);
    expect(etagMatches(undefined, 'W/"x"')).toBe(false);
  });
});
