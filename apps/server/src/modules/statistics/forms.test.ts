import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import { makeDisaggregation, makeIndicator, makeStatUnit } from '../../test/factories/statistics.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

type Problem = { errors?: { path: string; message: string }[] };
const pathsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path);

describe.each(DIALECTS)('statistics catalog: data sets, rules, targets (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const own = await makeDisaggregation(h, {
      code: 'TP',
      options: [
        { code: 'state', name: 'Nhà nước' },
        { code: 'fdi', name: 'FDI' },
      ],
    });
    ids.gtsx = (await makeIndicator(h, { code: 'GTSX', periodType: 'month', disaggregationId: own.id })).id;
    ids.xk = (await makeIndicator(h, { code: 'XK', periodType: 'month', unit: 'triệu USD' })).id;
    ids.year = (await makeIndicator(h, { code: 'NAM', periodType: 'year' })).id;
    ids.derived = (await makeIndicator(h, { code: 'TT', formula: 'share([GTSX.fdi], [GTSX])', unit: '%' })).id;
    ids.province = (await makeStatUnit(h, { code: 'T', kind: 'province' })).id;
    ids.commune = (await makeStatUnit(h, { code: 'X', kind: 'commune' })).id;
  });
  afterAll(async () => h?.close());

  it('a data set takes element indicators of its period type, in order, and units of its kind', async () => {
    const body = {
      code: 'BM01',
      name: 'Báo cáo tháng công nghiệp',
      periodType: 'month',
      unitKind: 'province',
      dueDay: 20,
      indicatorIds: [ids.xk, ids.gtsx],
      unitIds: [ids.province],
    };
    const bad = await admin.send('POST', '/api/v1/stat-datasets', {
      ...body,
      indicatorIds: [ids.gtsx, ids.year, ids.derived],
      unitIds: [ids.commune],
    });
    expect(bad.statusCode).toBe(400);
    expect(pathsOf(bad.json())).toEqual(['indicatorIds.1', 'indicatorIds.2', 'unitIds.0']);
    const ok = await admin.send('POST', '/api/v1/stat-datasets', body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().indicators.map((i: { code: string }) => i.code)).toEqual(['XK', 'GTSX']);
    const edit = await admin.send('PUT', `/api/v1/stat-datasets/${ok.json().id}`, {
      ...body,
      indicatorIds: [ids.gtsx],
      version: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().indicators.map((i: { code: string }) => i.code)).toEqual(['GTSX']);
    const list = (await admin.get('/api/v1/stat-datasets?q=cong nghiep')).json();
    expect(list.items[0]).toMatchObject({ code: 'BM01', indicatorCount: 1, unitCount: 1 });
    const dueLate = await admin.send('POST', '/api/v1/stat-datasets', { ...body, code: 'BM02', dueDay: 31 });
    expect(pathsOf(dueLate.json())).toEqual(['dueDay']);
  });

  it('rules: expressions are parsed against the catalog; built-in checks need an indicator and a threshold', async () => {
    const base = { code: 'R1', name: 'Tổng bằng cộng thành phần', kind: 'expression', severity: 'error' };
    const unknown = await admin.send('POST', '/api/v1/stat-rules', {
      ...base,
      leftExpr: '[GTSX]',
      operator: '>=',
      rightExpr: '[GTSX.state] + [KHONGCO]',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: 'rightExpr', message: 'Chỉ tiêu [KHONGCO] không có trong danh mục' },
    ]);
    const badOp = await admin.send('POST', '/api/v1/stat-rules', {
      ...base,
      leftExpr: '[GTSX]',
      operator: '=>',
      rightExpr: '1',
    });
    expect(pathsOf(badOp.json())).toEqual(['operator']);
    const ok = await admin.send('POST', '/api/v1/stat-rules', {
      ...base,
      leftExpr: '[GTSX]',
      operator: '>=',
      rightExpr: '[GTSX.state] + [GTSX.fdi]',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const mom = await admin.send('POST', '/api/v1/stat-rules', {
      code: 'R2',
      name: 'Biến động tháng',
      kind: 'mom_change',
      severity: 'warning',
    });
    expect(pathsOf(mom.json()).sort()).toEqual(['indicatorId', 'threshold']);
    const momOk = await admin.send('POST', '/api/v1/stat-rules', {
      code: 'R2',
      name: 'Biến động tháng',
      kind: 'mom_change',
      severity: 'warning',
      indicatorId: ids.xk,
      threshold: 30,
    });
    expect(momOk.statusCode, momOk.body).toBe(200);
    expect(momOk.json()).toMatchObject({ indicator: { code: 'XK' }, threshold: 30, severity: 'warning' });
    const del = await admin.send('DELETE', `/api/v1/stat-rules/${momOk.json().id}?version=1`);
    expect(del.statusCode).toBe(200);
    expect((await admin.get('/api/v1/stat-rules')).json().total).toBe(1);
  });

  it("targets: a batch sets, changes and removes the year's plan, version-checked, all or nothing", async () => {
    const put = (items: unknown[]) => admin.send('PUT', '/api/v1/stat-targets', { year: 2026, items });
    const set = await put([
      { indicatorId: ids.gtsx, unitId: ids.province, value: 1200 },
      { indicatorId: ids.gtsx, unitId: ids.province, category: 'fdi', value: 500 },
      { indicatorId: ids.xk, unitId: ids.province, value: 80.5, note: 'Nghị quyết HĐND' },
    ]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ saved: 3, removed: 0 });
    const bad = await put([
      { indicatorId: ids.xk, unitId: ids.province, value: 90, version: 1 },
      { indicatorId: ids.xk, unitId: ids.province, category: 'state', value: 1 },
    ]);
    expect(pathsOf(bad.json())).toEqual(['items.1.category']);
    const list = (await admin.get('/api/v1/stat-targets?year=2026')).json();
    expect(
      list.items.map(
        (t: { indicator: { code: string }; category: string; value: number }) =>
          `${t.indicator.code}.${t.category}=${t.value}`,
      ),
    ).toEqual(['GTSX.=1200', 'GTSX.fdi=500', 'XK.=80.5']);
    // The Excel export holds the same rows, and follows the filter.
    const exported = await exportRows(admin, '/api/v1/stat-targets/export.xlsx?year=2026');
    expect(exported.map((r) => `${r[1]}.${r[4]}=${r[5]}`)).toEqual(['GTSX.=1200', 'GTSX.fdi=500', 'XK.=80.5']);
    const one = await exportRows(admin, `/api/v1/stat-targets/export.xlsx?year=2026&indicatorId=${ids.xk}`);
    expect(one.map((r) => r[1])).toEqual(['XK']);
    const stale = await put([{ indicatorId: ids.xk, unitId: ids.province, value: 90 }]);
    expect(stale.statusCode).toBe(409);
    expect(pathsOf(stale.json())).toEqual(['items.0.version']);
    const change = await put([
      { indicatorId: ids.xk, unitId: ids.province, value: 90, version: 1 },
      { indicatorId: ids.gtsx, unitId: ids.province, category: 'fdi', value: null, version: 1 },
    ]);
    expect(change.json()).toEqual({ saved: 1, removed: 1 });
    const after = (await admin.get(`/api/v1/stat-targets?year=2026&indicatorId=${ids.xk}`)).json();
    expect(after.items).toMatchObject([{ value: 90, version: 2 }]);
    expect((await admin.get('/api/v1/stat-targets?year=2025')).json().total).toBe(0);
  });
});
