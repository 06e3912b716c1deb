import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert } from '../db/bulk.ts';
import type { DecisionTable } from '../db/schema-proposals.ts';
import type { InitiativeTable } from '../db/schema-initiatives.ts';
import { decisionSearchKey, initiativeSearchKey } from '../db/searchKeys.ts';
import { insertMovement } from '../test/factories.ts';
import { DIALECTS, asAdmin, makeHarness, rootOrgId, type Client, type Harness } from '../test/harness.ts';

const AT = '2026-03-01T08:00:00.000Z';
const stamp = { created_at: AT, updated_at: AT, version: 1 };
/** More than the 2,000 rows the register once searched: the old match lies beyond them. */
const RECENT = 2_100;

function decision(i: number, over: Partial<DecisionTable> = {}): DecisionTable {
  const d = {
    ...stamp,
    id: `dec-${String(i).padStart(5, '0')}`,
    number: `${i + 1}/QĐ-SCT`,
    seq: i + 1,
    symbol: 'QĐ-SCT',
    year: 2026,
    // Many share a day: the tie-breaker alone keeps them apart.
    signed_on: `2026-0${1 + (i % 3)}-15`,
    signer: i % 2 ? 'Trần Văn Bình' : 'Lê Thị Hoa',
    signer_title: 'Giám đốc',
    authority: 'Sở Công Thương',
    level: 'here',
    kind: 'award',
    summary: `Về việc tặng Giấy khen năm 2026 (đợt ${i})`,
    legal_basis: '[]',
    status: 'issued',
    revokes_id: null,
    revoked_by_id: null,
    created_by: null,
    ...over,
  };
  return { ...d, search_key: decisionSearchKey(d) };
}

function initiative(i: number, org: string, title: string): InitiativeTable {
  return {
    ...stamp,
    id: `ini-${i}`,
    title,
    search_key: initiativeSearchKey({ title }),
    kind: 'initiative',
    field: 'Công Thương',
    org_id: org,
    level: 'grassroots',
    // Every one recognised the same day: pages are kept apart by the id alone.
    recognised_on: '2025-06-01',
    decision_number: '',
    decision_signer: '',
    summary: '',
  };
}

type Page = { items: { id: string }[]; total: number; page: number; pageSize: number };

describe.each(DIALECTS)('one list pattern (%s)', (dialect) => {
  let h: Harness;
  let c: Client;
  let movementId = '';

  beforeAll(async () => {
    h = await makeHarness(dialect);
    c = await asAdmin(h);
    const org = await rootOrgId(h);
    await h.db.kysely.transaction().execute(async (trx) => {
      await bulkInsert(trx, 'decisions', [
        ...Array.from({ length: RECENT }, (_, i) => decision(i)),
        decision(RECENT, {
          year: 2015,
          seq: 7,
          number: '7/QĐ-SCT',
          signed_on: '2015-02-03',
          summary: 'Về việc khen thưởng Bà Nguyễn Thị Đào, Lò gạch Đồng Tâm',
        }),
      ]);
      await bulkInsert(
        trx,
        'initiatives',
        Array.from({ length: 7 }, (_, i) => initiative(i, org, i === 3 ? 'Đổi mới lò đốt than' : `Sáng kiến số ${i}`)),
      );
    });
    movementId = (
      await insertMovement(h.db.kysely, {
        stage: 'draft',
        orgIds: [],
        kind: 'thematic',
        name: 'Phong trào Đổi mới sáng tạo',
      })
    ).id;
  }, 120_000);
  afterAll(() => h?.close());

  const get = async (url: string): Promise<Page> => {
    const res = await c.get(url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('finds an old decision far beyond the newest 2,000, in SQL, without diacritics', async () => {
    for (const q of ['lo gach', 'Lò gạch', 'nguyen thi dao', 'NGUYỄN', 'dong tam'])
      expect(
        (await get(`/api/v1/decisions?q=${encodeURIComponent(q)}`)).items.map((d) => d.id),
        q,
      ).toEqual([`dec-${String(RECENT).padStart(5, '0')}`]);
  });

  it('matches "đ" and "d" both ways, and every word of the query', async () => {
    const ids = async (q: string) =>
      (await get(`/api/v1/decisions?q=${encodeURIComponent(q)}&pageSize=5`)).items.map((d) => d.id);
    expect(await ids('đào')).toEqual(await ids('dao'));
    expect(await ids('đào')).toHaveLength(1);
    expect((await get('/api/v1/movements?q=doi%20moi')).items.map((m) => m.id)).toEqual([movementId]);
    expect((await get(`/api/v1/movements?q=${encodeURIComponent('đổi mới')}`)).total).toBe(1);
    // Words need not be adjacent; a word that appears nowhere empties the list.
    expect((await get('/api/v1/decisions?q=khen%20dao')).total).toBe(1);
    expect((await get('/api/v1/decisions?q=khen%20xyzw')).total).toBe(0);
  });

  it.each(['signer', '-signer', 'signedOn', '-signedOn', 'number'])(
    'walks every decision of 2026 page by page sorted by %s: none twice, none skipped',
    async (sort) => {
      const seen: string[] = [];
      let total = 0;
      for (let page = 1; ; page++) {
        const p = await get(`/api/v1/decisions?year=2026&sort=${sort}&pageSize=500&page=${page}`);
        total = p.total;
        seen.push(...p.items.map((d) => d.id));
        if (p.items.length < 500) break;
      }
      expect(total).toBe(RECENT);
      expect(seen).toHaveLength(RECENT);
      expect(new Set(seen).size).toBe(RECENT);
    },
  );

  it.each([
    ['/api/v1/decisions', 'password'],
    ['/api/v1/movements', 'id'],
    ['/api/v1/proposals', 'org_id'],
    ['/api/v1/initiatives', 'search_key'],
  ])('%s refuses to sort by an undeclared column (%s) with a Vietnamese 400 naming the field', async (url, col) => {
    const res = await c.get(`${url}?sort=${col}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<{ code: string; detail: string; errors: { path: string; message: string }[] }>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => e.path)).toContain('querystring.sort');
    expect(problem.detail).toContain('Không sắp xếp được theo cột này');
  });

  it('refuses a page size above the maximum', async () => {
    const res = await c.get('/api/v1/decisions?pageSize=100000');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('querystring.pageSize');
  });

  it('lists initiatives a page at a time with their total, searched without diacritics', async () => {
    const one = await get('/api/v1/initiatives?pageSize=5');
    const two = await get('/api/v1/initiatives?pageSize=5&page=2');
    expect([one.total, one.items.length, two.items.length]).toEqual([7, 5, 2]);
    expect(new Set([...one.items, ...two.items].map((i) => i.id)).size).toBe(7);
    const byTitle = await get('/api/v1/initiatives?sort=title&pageSize=50');
    expect(byTitle.items.map((i) => i.id)[0]).toBe('ini-3');
    expect((await get('/api/v1/initiatives?q=doi%20moi%20lo')).items.map((i) => i.id)).toEqual(['ini-3']);
  });

  it.each([
    '/api/v1/movements/export.xlsx?q=doi%20moi&sort=name',
    '/api/v1/decisions/export.xlsx?q=lo%20gach',
    '/api/v1/proposals/export.xlsx?year=2026',
    '/api/v1/initiatives/export.xlsx?from=2020&to=2026&q=doi%20moi',
  ])('%s exports the view as a workbook', async (url) => {
    const res = await c.get(url);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
