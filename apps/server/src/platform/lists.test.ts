import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@thidua/domain';
import { DIALECTS, asAdmin, makeHarness, rootOrgId, type Client, type Harness } from '../test/harness.ts';
import { decisionSearchKey } from '../db/searchKeys.ts';
import { decisionList, decisionRows } from '../modules/decisions/service.ts';

const N = 7;
const AT = '2026-03-01T08:00:00.000Z';

describe.each(DIALECTS)('paged lists (%s)', (dialect) => {
  let h: Harness;
  let c: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    c = await asAdmin(h);
    const org = await rootOrgId(h);
    const db = h.db.kysely;
    // Every row shares the sort keys of its list: only the tie-breaker keeps pages apart.
    const base = { created_by: null, created_at: AT, updated_at: AT, version: 1 };
    await db
      .insertInto('decisions')
      .values(
        Array.from({ length: N + 3 }, (_, i) => ({
          ...base,
          search_key: decisionSearchKey({
            number: `${i + 1}/QĐ-SCT`,
            signer: 'Nguyễn Văn A',
            summary: i < N ? `Khen thưởng tập thể ${i}` : `Tặng giấy mời ${i}`,
          }),
          id: `dec-${i}`,
          number: `${i + 1}/QĐ-SCT`,
          seq: null,
          symbol: 'QĐ-SCT',
          year: 2026,
          signed_on: '2026-03-01',
          signer: 'Nguyễn Văn A',
          signer_title: 'Giám đốc',
          authority: 'Sở Công Thương',
          level: 'higher',
          kind: 'award',
          // Three rows do not match the search: they must count neither in the total nor on a page.
          summary: i < N ? `Khen thưởng tập thể ${i}` : `Tặng giấy mời ${i}`,
          legal_basis: '',
          status: 'issued',
          revokes_id: null,
          revoked_by_id: null,
        })),
      )
      .execute();
    await db
      .insertInto('movements')
      .values(
        Array.from({ length: N }, (_, i) => ({
          ...base,
          id: `mov-${i}`,
          name: 'Thi đua chung',
          search_key: searchKey('Thi đua chung'),
          kind: 'regular',
          year: 2026,
          launch_level: 'department',
          launch_doc_number: '',
          launch_doc_date: null,
          launch_doc_signer: '',
          objectives: '',
          content: '',
          criteria: '',
          starts_on: '2026-01-01',
          ends_on: '2026-12-31',
          registration_deadline: null,
          report_every: 'none',
          status: 'draft',
        })),
      )
      .execute();
    await db
      .insertInto('proposals')
      .values(
        Array.from({ length: N }, (_, i) => ({
          ...base,
          id: `pro-${i}`,
          org_id: org,
          title: `Hồ sơ ${i}`,
          search_key: searchKey(`Hồ sơ ${i}`),
          commendation_type: 'periodic',
          year: 2026,
          simplified: 0,
          movement_id: null,
          status: 'draft',
          posting_from: null,
          posting_to: null,
          submitted_at: null,
        })),
      )
      .execute();
  });
  afterAll(() => h?.close());

  const pages = async (url: string) => {
    const sep = url.includes('?') ? '&' : '?';
    const first = await c.get(`${url}${sep}pageSize=5`);
    const second = await c.get(`${url}${sep}pageSize=5&page=2`);
    expect(first.statusCode, first.body).toBe(200);
    expect(second.statusCode, second.body).toBe(200);
    return [first.json(), second.json()] as [
      { items: { id: string }[]; total: number; page: number; pageSize: number },
      { items: { id: string }[]; total: number; page: number; pageSize: number },
    ];
  };

  it.each([
    ['/api/v1/decisions?q=khen thuong', 'dec-'],
    ['/api/v1/movements?year=2026', 'mov-'],
    ['/api/v1/proposals?year=2026', 'pro-'],
  ])('%s: the total counts every row, the second page holds the rest, none twice', async (url, prefix) => {
    const [one, two] = await pages(url);
    expect([one.total, one.page, one.pageSize]).toEqual([N, 1, 5]);
    expect([two.total, two.page, two.pageSize]).toEqual([N, 2, 5]);
    expect(one.items).toHaveLength(5);
    expect(two.items).toHaveLength(N - 5);
    const ids = [...one.items, ...two.items].map((x) => x.id);
    expect(new Set(ids).size).toBe(N);
    expect(ids.every((id) => id.startsWith(prefix))).toBe(true);
    // Asked again, the same pages come back in the same order.
    const [again, againTwo] = await pages(url);
    expect([...again.items, ...againTwo.items].map((x) => x.id)).toEqual(ids);
  });

  it('an export takes the whole view and refuses, in Vietnamese, above its limit', async () => {
    const all = await decisionList.all(decisionRows(h.deps), { q: 'khen thuong', sort: '-signedOn' });
    expect(all).toHaveLength(N);
    await expect(decisionList.all(decisionRows(h.deps), { sort: '-signedOn' }, N)).rejects.toMatchObject({
      status: 413,
      detail: expect.stringContaining('vượt giới hạn xuất Excel') as unknown,
    });
  });
});
