import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';
import { seedAnalyticsFixture } from '../../test/factories/analytics.ts';
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
import { latestEnded } from './dashboard.ts';

/** The pivot, the dashboard, saved views and the Excel export on the figures of test/factories/analytics.ts. */
type Cell = Record<string, number | null> & { row: number; column: number };
type Pivot = {
  rowDimensions: string[];
  columnDimensions: string[];
  rows: { indicator?: string; unitId?: string; category?: string; labels: string[] }[];
  columns: { period?: string; category?: string; labels: string[] }[];
  cells: Cell[];
  notes: string[];
};

describe.each(DIALECTS)('analytics pivot, dashboard and views (%s)', (dialect) => {
  let h: Harness;
  let viewer: Client;
  let other: Client;
  let u: Record<string, string>;
  const pivot = async (body: Record<string, unknown>) => {
    const res = await viewer.send('POST', '/api/v1/analytics/pivot', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Pivot;
  };
  const cellAt = (p: Pivot, row: number, column = 0) => p.cells.find((c) => c.row === row && c.column === column)!;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'xem.pv', [{ role: 'viewer', orgId: root }], 'Xem-so@2026');
    await makeUser(admin, 'lanhdao.pv', [{ role: 'leader', orgId: root }], 'Lanh-dao@2026');
    viewer = await signIn(h.app, 'xem.pv', 'Xem-so@2026');
    other = await signIn(h.app, 'lanhdao.pv', 'Lanh-dao@2026');
    u = await seedAnalyticsFixture(h);
  });
  afterAll(() => h.close());

  it('gives the monthly report’s columns: same period, growth, year to date and its growth, the plan', async () => {
    const p = await pivot({
      indicators: ['GT', 'IIP', 'TL_VDT_CN'],
      periods: ['2025-09'],
      rows: ['indicator'],
      columns: ['period'],
      compare: ['prevYear', 'growth', 'ytd', 'ytdGrowth', 'target'],
    });
    expect(p.rows.map((r) => r.indicator)).toEqual(['GT', 'IIP', 'TL_VDT_CN']);
    const gt = cellAt(p, 0);
    expect(gt).toMatchObject({ value: 43, prevYear: 35, ytd: 363, target: 600 });
    expect(gt.growth).toBeCloseTo((43 / 35 - 1) * 100, 9);
    expect(gt.ytdGrowth).toBeCloseTo((363 / 315 - 1) * 100, 9);
    expect(gt.targetShare).toBeCloseTo(60.5, 9);
    expect(cellAt(p, 1)).toMatchObject({ value: null, growth: null, target: null });
  });

  it('lists units with last year mapped to this year’s communes, and options on the columns', async () => {
    const p = await pivot({
      indicators: ['GT'],
      periods: ['2025-09'],
      rows: ['unit'],
      columns: [],
      compare: ['prevYear', 'growth'],
    });
    expect(p.rows.map((r) => r.unitId)).toEqual([u.C1, u.C2]);
    expect(cellAt(p, 0)).toMatchObject({ value: 36, prevYear: 30 });
    expect(cellAt(p, 0).growth).toBeCloseTo(20, 9);
    expect(cellAt(p, 1).growth).toBeCloseTo(40, 9);
    expect(p.notes.join(' ')).toMatch(/Xã C1, tháng 09\/2024: .*Huyện D1/u);

    const byOption = await pivot({ indicators: ['GT'], periods: ['2024'], rows: ['indicator'], columns: ['category'] });
    expect(byOption.columns.map((c) => c.category)).toEqual(['', 'state', 'non_state', 'fdi']);
    expect(byOption.cells.map((c) => c.value)).toEqual([420, 180, null, 240]);
    // Two periods off the axes go on the columns; a ratio over a half-year is the ratio of its sums.
    const two = await pivot({
      indicators: ['TL_VDT_CN'],
      periods: ['2024Q1', '2024S1'],
      rows: ['indicator'],
      columns: [],
    });
    expect(two.columnDimensions).toEqual(['period']);
    expect(two.cells.map((c) => c.value)).toEqual([60, 54]);
  });

  it('gives the same whole figures whether the options are added up in the database or on the columns', async () => {
    const indicators = ['GT', 'GIA', 'IIP', 'VDT_XH', 'TL_VDT_CN', 'TT_GT', 'TT_LK_GT'];
    for (const periods of [['2024'], ['2025-09'], ['2025S1']]) {
      const base = { indicators, periods, rows: ['unit'], compare: ['prevYear', 'growth', 'ytd'] };
      const whole = await pivot({ ...base, columns: ['indicator'] });
      const split = await pivot({ ...base, columns: ['indicator', 'category'] });
      const totals = split.columns.flatMap((c, i) => (c.category === '' ? [i] : []));
      expect(totals).toHaveLength(indicators.length);
      expect(whole.cells.filter((c) => c.value !== null).length, periods[0]).toBeGreaterThan(0);
      for (const cell of whole.cells) {
        const other = cellAt(split, cell.row, totals[cell.column]);
        for (const key of ['value', 'prevYear', 'growth', 'ytd'])
          if (cell[key] === null) expect(other[key], `${periods[0]} ${key}`).toBeNull();
          else expect(other[key], `${periods[0]} ${key}`).toBeCloseTo(cell[key]!, 6);
      }
    }
  });

  it('refuses a malformed pivot in Vietnamese with the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ indicators: ['GT', 'KHONG_CO'], periods: ['2024'] }, 'indicators.1'],
      [{ indicators: ['GT'], periods: ['2024M13'] }, 'periods.0'],
      [{ indicators: ['GT'], periods: ['2024'], rows: ['unit'], columns: ['unit'] }, 'columns'],
      [{ indicators: [], periods: ['2024'] }, 'indicators'],
    ];
    for (const [body, path] of cases) {
      const res = await viewer.send('POST', '/api/v1/analytics/pivot', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        (res.json().errors as { path: string }[]).map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('the dashboard shows each headline for its own latest ended period, with a 13-period trend', async () => {
    expect(latestEnded('quarter', { type: 'month', year: 2024, index: 8 })).toEqual({
      type: 'quarter',
      year: 2024,
      index: 2,
    });
    expect(latestEnded('year', { type: 'month', year: 2024, index: 8 })).toEqual({
      type: 'year',
      year: 2023,
      index: 0,
    });
    expect(latestEnded('half', { type: 'month', year: 2024, index: 3 })).toEqual({
      type: 'half',
      year: 2023,
      index: 2,
    });
    const res = await viewer.get('/api/v1/analytics/dashboard?period=2025-01');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as {
      items: {
        indicator: { code: string };
        period: string;
        value: number | null;
        prevYear: number | null;
        trend: { period: string; value: number | null }[];
      }[];
    };
    expect(d.items.map((i) => i.indicator.code)).toEqual(['IIP', 'TL_VDT_CN']);
    const iip = d.items[0]!;
    expect(iip).toMatchObject({ period: '2025-01', value: null, prevYear: 105 });
    expect(iip.trend).toHaveLength(13);
    expect(iip.trend.slice(0, 2)).toEqual([
      { period: '2024-01', value: 105 },
      { period: '2024-02', value: 107 },
    ]);
    const share = (await viewer.get('/api/v1/analytics/dashboard?period=2024-08')).json().items[1];
    expect(share).toMatchObject({ period: '2024Q2', value: 50, ytd: 54 });
  });

  it('opens without a chosen month on the latest month that has figures, and gives no year to date for a missing month', async () => {
    const latest = (await viewer.get('/api/v1/analytics/dashboard')).json() as { period: string };
    expect(latest.period).toBe('2024-03');
    const gap = (await viewer.get('/api/v1/analytics/dashboard?period=2025-01')).json().items[0];
    expect(gap).toMatchObject({ period: '2025-01', value: null, ytd: null, ytdGrowth: null });
  });

  it('saves views: the owner’s own until shared, edited only by the owner, version-checked, audited', async () => {
    const definition = {
      indicators: ['GT'],
      periods: ['2025-09'],
      rows: ['unit'],
      columns: ['period'],
      compare: ['growth'],
    };
    const made = await viewer.send('POST', '/api/v1/analytics/views', {
      name: '  Giá trị sản xuất theo xã ',
      definition,
    });
    expect(made.statusCode, made.body).toBe(200);
    const view = made.json();
    expect(view).toMatchObject({
      name: 'Giá trị sản xuất theo xã',
      shared: false,
      abilities: { edit: true, delete: true },
    });
    expect(view.definition.chart).toBe('table');
    expect((await other.get('/api/v1/analytics/views')).json().total).toBe(0);
    expect((await other.get(`/api/v1/analytics/views/${view.id}`)).statusCode).toBe(404);
    const shared = await viewer.send('PUT', `/api/v1/analytics/views/${view.id}`, {
      name: view.name,
      definition,
      shared: true,
      version: 1,
    });
    expect(shared.statusCode, shared.body).toBe(200);
    const seen = (await other.get('/api/v1/analytics/views')).json();
    expect(seen.items.map((v: { id: string; abilities: unknown }) => [v.id, v.abilities])).toEqual([
      [view.id, { edit: false, delete: false }],
    ]);
    expect(
      (await other.send('PUT', `/api/v1/analytics/views/${view.id}`, { name: 'X', definition, version: 2 })).statusCode,
    ).toBe(403);
    expect((await other.send('DELETE', `/api/v1/analytics/views/${view.id}?version=2`)).statusCode).toBe(403);
    expect(
      (await viewer.send('PUT', `/api/v1/analytics/views/${view.id}`, { name: 'Y', definition, version: 1 }))
        .statusCode,
    ).toBe(409);
    const bad = await viewer.send('POST', '/api/v1/analytics/views', {
      name: '',
      definition: { ...definition, periods: ['x'] },
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path)).toEqual(
      expect.arrayContaining(['name', 'definition.periods.0']),
    );
    expect((await viewer.send('DELETE', `/api/v1/analytics/views/${view.id}?version=2`)).statusCode).toBe(200);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'stat_view')
      .where('entity_id', '=', view.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('exports the pivot to Excel with the comparison columns', async () => {
    const res = await viewer.get(
      '/api/v1/analytics/pivot.xlsx?indicators=GT,TL_VDT_CN&periods=2025-09&compare=prevYear,growth,target',
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
    expect(ws.getRow(4).getCell(1).text).toBe('Chỉ tiêu');
    expect(ws.getRow(4).getCell(2).text).toContain('Thực hiện');
    expect(ws.getRow(4).getCell(4).text).toContain('So cùng kỳ');
    const gt = ws.getRow(5);
    expect(gt.getCell(1).text).toContain('GT');
    expect([gt.getCell(2).value, gt.getCell(3).value, gt.getCell(5).value]).toEqual([43, 35, 600]);
    expect(ws.getRow(6).getCell(2).value).toBeNull();
    expect((await viewer.get('/api/v1/analytics/pivot.xlsx?indicators=&periods=2025')).statusCode).toBe(400);
  });
});
