import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '@thidua/domain';
import { exportRows } from '../../test/exportRows.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

type Item = { name: string; kind: string; group: string; subjects: string[]; audience: string | null };

describe.each(DIALECTS)('the award catalog exported to Excel (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let items: Item[];
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    items = (await admin.get('/api/v1/awards/catalog?date=2025-08-01')).json().items;
  });
  afterAll(() => h.close());

  /** The export's names for a filter of the page, the audience shown after the name as "(…)". */
  const names = async (query: string) =>
    (await exportRows(admin, `/api/v1/awards/catalog/export.xlsx?date=2025-08-01${query}`)).map((r) => r[1]);
  const plain = (list: Item[]) => list.filter((a) => !a.audience).map((a) => a.name);

  it('holds the catalog of the day as the page filters it, in the catalog order', async () => {
    const civil = plain(items);
    expect(civil.length).toBeLessThan(items.length);
    expect(await names('')).toEqual(civil);
    const titles = plain(items.filter((a) => a.kind === 'emulation_title'));
    expect(titles.length).toBeLessThan(civil.length);
    expect(await names('&kind=emulation_title')).toEqual(titles);
    const collective = plain(items.filter((a) => a.subjects.includes('collective')));
    expect(await names('&subject=collective')).toEqual(collective);
    // Words without diacritics find "Chiến sĩ thi đua …".
    const cstd = plain(items.filter((a) => searchKey(a.name).includes('chien si thi dua')));
    expect(cstd.length).toBeGreaterThan(0);
    expect(await names('&q=chien%20si%20thi%20dua')).toEqual(cstd);
    expect(await names('&all=true')).toHaveLength(items.length);
  });

  it('writes the vocabularies and the bonus in Vietnamese', async () => {
    const rows = await exportRows(admin, '/api/v1/awards/catalog/export.xlsx?date=2025-08-01&kind=emulation_title');
    expect(rows.every((r) => r[2] === 'Danh hiệu thi đua')).toBe(true);
    expect(rows.some((r) => r[7]!.includes('× lương cơ sở'))).toBe(true);
  });

  it('refuses a day before the known rules and a caller not signed in, as the list does', async () => {
    const early = await admin.get('/api/v1/awards/catalog/export.xlsx?date=2020-01-01');
    expect(early.statusCode).toBe((await admin.get('/api/v1/awards/catalog?date=2020-01-01')).statusCode);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('date');
    expect((await h.app.inject({ url: '/api/v1/awards/catalog/export.xlsx' })).statusCode).toBe(401);
  });
});
