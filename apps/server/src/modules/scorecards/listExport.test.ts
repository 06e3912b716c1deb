import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScorecard, insertScorecardTemplate } from '../../test/factories.ts';
import { exportRows } from '../../test/exportRows.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

/**
 * The scoring cycles' export is the list as the page filters it, every row of it, and no more than
 * the list shows the caller: a unit's officer gets the published cycles and those his unit is in.
 */
describe.each(DIALECTS)('the scoring cycles exported to Excel (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let unit: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const a = await makeOrg(admin, root, 'PA', 'Phòng Quản lý công nghiệp');
    const b = await makeOrg(admin, root, 'PB', 'Phòng Quản lý thương mại');
    await makeUser(admin, 'tdkt.ky', [{ role: 'emulation_officer', orgId: root }], 'Ky-cham@2026');
    await makeUser(admin, 'donvi.ky', [{ role: 'unit_officer', orgId: a.id }], 'Ky-cham@2026');
    office = await signIn(h.app, 'tdkt.ky', 'Ky-cham@2026');
    unit = await signIn(h.app, 'donvi.ky', 'Ky-cham@2026');
    const k = h.db.kysely;
    const cycle = async (name: string, year: number, status: 'open' | 'published', orgId: string) =>
      insertScorecard(k, {
        template: await insertScorecardTemplate(k, { kind: 'bloc', year }),
        status,
        name,
        members: [{ name: 'Thành viên', orgId }],
      });
    await cycle('Chấm điểm khối 2025 – phòng A', 2025, 'open', a.id);
    await cycle('Chấm điểm khối 2025 – phòng B', 2025, 'open', b.id);
    await cycle('Chấm điểm khối 2024 – phòng B', 2024, 'published', b.id);
    await cycle('Chấm điểm khối 2024 – phòng A', 2024, 'open', a.id);
  }, 120_000);
  afterAll(() => h.close());

  const names = async (c: Client, query: string) => {
    const rows = await exportRows(c, `/api/v1/scorecards/export.xlsx?${query}`);
    const list = (await c.get(`/api/v1/scorecards?${query}&pageSize=500`)).json() as {
      items: { name: string }[];
      total: number;
    };
    // The same rows as the list, in its order, and as many as its total.
    expect(rows.map((r) => r[2])).toEqual(list.items.map((i) => i.name));
    expect(rows).toHaveLength(list.total);
    return rows.map((r) => r[2]);
  };

  it('applies the filters and the sort of the page', async () => {
    expect(await names(office, 'year=2025&sort=name')).toEqual([
      'Chấm điểm khối 2025 – phòng A',
      'Chấm điểm khối 2025 – phòng B',
    ]);
    expect(await names(office, 'status=published')).toEqual(['Chấm điểm khối 2024 – phòng B']);
    expect(await names(office, 'q=phong b&sort=-name')).toEqual([
      'Chấm điểm khối 2025 – phòng B',
      'Chấm điểm khối 2024 – phòng B',
    ]);
  });

  it("gives a unit's officer only his unit's cycles and the published ones", async () => {
    expect((await names(unit, 'sort=name')).sort()).toEqual([
      'Chấm điểm khối 2024 – phòng A',
      'Chấm điểm khối 2024 – phòng B',
      'Chấm điểm khối 2025 – phòng A',
    ]);
    expect(await names(unit, 'year=2025')).toEqual(['Chấm điểm khối 2025 – phòng A']);
  });

  it('refuses an unknown sort, naming it, as the list does', async () => {
    const res = await office.get('/api/v1/scorecards/export.xlsx?sort=points');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('sort');
  });
});
