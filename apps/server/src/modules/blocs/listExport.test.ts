import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
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

describe.each(DIALECTS)('the blocs exported to Excel (%s)', (dialect) => {
  let h: Harness;
  let office: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    await makeUser(admin, 'tdkt.khoi', [{ role: 'emulation_officer', orgId: await rootOrgId(h) }], 'Khoi-thi@2026');
    office = await signIn(h.app, 'tdkt.khoi', 'Khoi-thi@2026');
    for (const [name, kind] of [
      ['Khối Đảng, đoàn thể', 'bloc'],
      ['Cụm thi đua số 2', 'cluster'],
      ['Khối Dân chính', 'bloc'],
      ['Khối các sở kinh tế', 'bloc'],
      ['Cụm thi đua số 1', 'cluster'],
    ])
      expect((await office.send('POST', '/api/v1/blocs', { name, kind })).statusCode).toBe(200);
  }, 120_000);
  afterAll(() => h.close());

  it('holds every bloc of the page, in Vietnamese order of the names ("Đ" after "D")', async () => {
    const rows = await exportRows(office, '/api/v1/blocs/export.xlsx');
    const list = (await office.get('/api/v1/blocs')).json() as { items: { name: string }[] };
    expect(rows.map((r) => r[1])).toEqual(list.items.map((b) => b.name));
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Cụm thi đua số 1', 'Cụm thi đua'],
      ['Cụm thi đua số 2', 'Cụm thi đua'],
      ['Khối các sở kinh tế', 'Khối thi đua'],
      ['Khối Dân chính', 'Khối thi đua'],
      ['Khối Đảng, đoàn thể', 'Khối thi đua'],
    ]);
  });
});
