import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

describe.each(DIALECTS)("a year's calendar exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  it('lists every holiday, day off and make-up day of the year by date, as the page does', async () => {
    const year = ((await admin.get('/api/v1/calendar/years')).json() as { years: number[] }).years[0]!;
    const view = (await admin.get(`/api/v1/calendar?year=${year}`)).json() as {
      days: { date: string; name: string }[];
    };
    const rows = await exportRows(admin, `/api/v1/calendar/export.xlsx?year=${year}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(view.days.length);
    const dates = [...view.days].map((d) => d.date).sort();
    expect(rows.map((r) => r[1])).toEqual(dates.map((d) => d.split('-').reverse().join('/')));
  });

  it('answers 404 naming the year when it is not configured', async () => {
    const res = await admin.get('/api/v1/calendar/export.xlsx?year=2099');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('2099');
  });
});
