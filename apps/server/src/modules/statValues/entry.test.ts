import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { entryUrl, grid, makeStatKit, type StatKit } from './testkit.ts';

describe.each(DIALECTS)('statistics entry grid (%s)', (dialect) => {
  let k: StatKit;
  beforeAll(async () => {
    k = await makeStatKit(dialect);
  });
  afterAll(() => k.h.close());

  it('shows the grid: a disaggregated indicator’s options (its total is their sum), the others’ one value; empty, open, editable by the unit reporter', async () => {
    const res = await k.reporter.get(entryUrl(k));
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.rows.map((r: { indicatorCode: string; category: string }) => `${r.indicatorCode}.${r.category}`)).toEqual([
      'GTSX.state',
      'GTSX.non_state',
      'GTSX.fdi',
      'XK.',
    ]);
    expect(v.completeness).toEqual({ present: 0, expected: 4 });
    expect(v.periodLabel).toBe('Tháng 03/2026');
    expect(v.submission).toMatchObject({ id: null, status: 'open', dueDate: '2026-04-20', late: false });
    expect(v.submission.abilities.edit).toBe(true);
    expect(v.submission.abilities.unavailable[0].reason).toContain('4 ô trống');
  });

  it('saves a whole grid in one go, with history, and returns the rule violations with the cells', async () => {
    const res = await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 70]));
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    // The total is kept when sent (the rule compares it with its parts) but is not a cell to fill.
    expect(v.saved).toBe(5);
    expect(v.completeness).toEqual({ present: 4, expected: 4 });
    expect(v.validation.errors).toBe(1);
    const x = v.validation.violations[0];
    expect([x.ruleCode, x.left, x.right, x.severity]).toEqual(['TONG', 60, 70, 'error']);
    expect(x.cells).toHaveLength(4);
    // The exports rule has no February value to compare with: skipped and said so.
    expect(v.validation.skipped.map((s: { ruleCode: string }) => s.ruleCode)).toContain('XK_MOM');
    const row = await k.h.db.kysely
      .selectFrom('stat_values')
      .selectAll()
      .where('indicator_id', '=', k.ids.gtsx)
      .where('category', '=', '')
      .executeTakeFirstOrThrow();
    expect([row.period_type, Number(row.year), Number(row.month), Number(row.value)]).toEqual(['month', 2026, 3, 70]);
    // Saving the same grid again writes nothing.
    const again = await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 70]));
    expect(again.json().saved).toBe(0);
  });

  it('keeps every version of a value with its comment and author', async () => {
    const body = grid(k, [10, 20, 30, 60]);
    body.values = [{ ...body.values[0]!, comment: 'Sửa theo báo cáo của Cục Thống kê' } as never];
    expect((await k.reporter.send('PUT', '/api/v1/stat-entry', body)).statusCode).toBe(200);
    const res = await k.planner.get(
      `/api/v1/stat-values/history?indicator=${k.ids.gtsx}&unit=${k.ids.u1}&period=2026-03&category=`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { value: number }) => i.value)).toEqual([60, 70]);
    expect(items[0]).toMatchObject({ comment: 'Sửa theo báo cáo của Cục Thống kê', changedBy: 'baocao' });
    const grid2 = (await k.reporter.get(entryUrl(k))).json();
    expect(grid2.validation.errors).toBe(0);
  });

  it('refuses bad cells and names them, writing nothing', async () => {
    const text = grid(k, [1, 2, 3, 6]);
    (text.values[3] as { value: unknown }).value = 'mười';
    const r1 = await k.reporter.send('PUT', '/api/v1/stat-entry', text);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().errors[0]).toMatchObject({ path: 'values.3.value' });
    expect(r1.json().errors[0].message).toContain('phải là một số');
    const foreign = grid(k, [1, 2, 3, 6]);
    foreign.values[4] = { indicatorId: k.ids.other, category: '', value: 1 };
    const r2 = await k.reporter.send('PUT', '/api/v1/stat-entry', foreign);
    expect(r2.statusCode).toBe(400);
    expect(r2.json().errors[0]).toMatchObject({ path: 'values.4.indicatorId' });
    const badOption = grid(k, [1, 2, 3, 6]);
    badOption.values[1] = { indicatorId: k.ids.gtsx, category: 'coop', value: 1 };
    expect((await k.reporter.send('PUT', '/api/v1/stat-entry', badOption)).json().errors[0].path).toBe(
      'values.1.category',
    );
    const stored = await k.h.db.kysely
      .selectFrom('stat_values')
      .select('value')
      .where('category', '=', 'state')
      .execute();
    expect(stored.map((s) => Number(s.value))).toEqual([10]);
  });

  it('offers the reporter only the units he enters for; the planning division all of the data set’s', async () => {
    const units = async (c: typeof k.reporter) => {
      const res = await c.get(`/api/v1/stat-entry/units?dataset=${k.ids.dataset}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { code: string }[]).map((u) => u.code);
    };
    // His division's city and its district that ended on 30/06/2025 (still his for the earlier periods); not U2.
    expect(await units(k.reporter)).toEqual(['HOLD', 'U1']);
    expect(await units(k.planner)).toEqual(expect.arrayContaining(['U1', 'U2']));
    expect((await units(k.planner)).length).toBe(3);
  });

  it('refuses a unit outside the reporter subtree (403), a unit not existing in the period, a wrong period type', async () => {
    const r1 = await k.reporter.send('PUT', '/api/v1/stat-entry', { ...grid(k, [1, 2, 3, 6]), unit: k.ids.u2 });
    expect(r1.statusCode).toBe(403);
    const r2 = await k.reporter.send('PUT', '/api/v1/stat-entry', { ...grid(k, [1, 2, 3, 6]), unit: k.ids.old });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().errors[0].path).toBe('unit');
    expect(r2.json().detail).toContain('Huyện Cũ');
    // The district did exist in March 2025.
    const r3 = await k.reporter.send('PUT', '/api/v1/stat-entry', {
      ...grid(k, [1, 2, 3, 6], 1, '2025-03'),
      unit: k.ids.old,
    });
    expect(r3.statusCode, r3.body).toBe(200);
    const r4 = await k.reporter.send('PUT', '/api/v1/stat-entry', { ...grid(k, [1, 2, 3, 6]), period: '2026Q1' });
    expect(r4.statusCode).toBe(400);
    expect(r4.json().errors[0].path).toBe('period');
    // The planning division enters for any unit.
    const r5 = await k.planner.send('PUT', '/api/v1/stat-entry', { ...grid(k, [1, 2, 3, 6]), unit: k.ids.u2 });
    expect(r5.statusCode, r5.body).toBe(200);
  });
});
