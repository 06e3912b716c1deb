import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDisaggregation, makeIndicator } from '../../test/factories/statistics.ts';
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

const API = '/api/v1/indicators';
type Problem = { code: string; detail: string; errors?: { path: string; message: string }[] };
const pathsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path);
const messagesOf = (body: Problem, path: string) =>
  (body.errors ?? []).filter((e) => e.path === path).map((e) => e.message);

const iip = {
  code: 'IIP',
  name: 'Chỉ số sản xuất công nghiệp',
  unit: '%',
  valueType: 'percent',
  aggregation: 'none',
  periodType: 'month',
};

describe.each(DIALECTS)('statistics catalog: indicators (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let planner: Client;
  let reporter: Client;
  let ownership: { id: string };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'ke.hoach', [{ role: 'stat_planner', orgId: root }], 'Kehoach@2026x');
    await makeUser(admin, 'bao.cao', [{ role: 'stat_reporter', orgId: root }], 'Baocao@2026x');
    planner = await signIn(h.app, 'ke.hoach', 'Kehoach@2026x');
    reporter = await signIn(h.app, 'bao.cao', 'Baocao@2026x');
    ownership = await makeDisaggregation(h, {
      code: 'TPKT',
      name: 'Thành phần kinh tế',
      options: [
        { code: 'state', name: 'Nhà nước' },
        { code: 'fdi', name: 'FDI' },
      ],
    });
    await makeIndicator(h, { code: 'GTSX', name: 'Giá trị sản xuất công nghiệp', disaggregationId: ownership.id });
    await makeIndicator(h, { code: 'DTBL', name: 'Tổng mức bán lẻ hàng hóa', periodType: 'month' });
  });
  afterAll(async () => h?.close());

  it('a planner adds and edits an indicator; a stale version is refused with 409', async () => {
    const res = await planner.send('POST', API, iip);
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json();
    expect(made).toMatchObject({
      code: 'IIP',
      kind: 'element',
      aggregation: 'none',
      active: true,
      disaggregation: null,
    });
    const edited = await planner.send('PUT', `${API}/${made.id}`, {
      ...iip,
      name: 'Chỉ số IIP',
      version: made.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(made.version + 1);
    const stale = await planner.send('PUT', `${API}/${made.id}`, { ...iip, name: 'Khác', version: made.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', made.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['stat_indicator.created', 'stat_indicator.updated']);
  });

  it('the list is searched without diacritics, filtered by kind and period, and carries the stable fields', async () => {
    const res = await reporter.get(`${API}?q=ban le&periodType=month`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { code: string }) => i.code)).toEqual(['DTBL']);
    expect(Object.keys(body.items[0])).toEqual(
      expect.arrayContaining(['id', 'code', 'name', 'unit', 'aggregation', 'periodType', 'kind', 'valueType']),
    );
    const split = (await reporter.get(`${API}?q=GTSX`)).json().items[0];
    expect(split.disaggregation).toMatchObject({ code: 'TPKT', options: [{ code: 'state' }, { code: 'fdi' }] });
    const derived = (await reporter.get(`${API}?kind=derived`)).json();
    expect(derived.items.every((i: { kind: string }) => i.kind === 'derived')).toBe(true);
  });

  it('refuses a duplicate code on field code, and a summed percent on field aggregation', async () => {
    const dup = await planner.send('POST', API, { ...iip, name: 'Trùng' });
    expect(dup.statusCode).toBe(409);
    expect(pathsOf(dup.json())).toEqual(['code']);
    expect(dup.json().detail).toContain('IIP');
    const summed = await planner.send('POST', API, { ...iip, code: 'IIP2', aggregation: 'sum' });
    expect(summed.statusCode).toBe(400);
    expect(pathsOf(summed.json())).toEqual(['aggregation']);
    const averaged = await planner.send('POST', API, { ...iip, code: 'IIP3', aggregation: 'average' });
    expect(averaged.statusCode, averaged.body).toBe(200);
  });

  it('validates a derived formula when saved: unknown code, unknown option, syntax with its position', async () => {
    const base = {
      name: 'Tỷ trọng',
      unit: '%',
      valueType: 'percent',
      aggregation: 'none',
      periodType: 'month',
      kind: 'derived',
    };
    const unknown = await planner.send('POST', API, { ...base, code: 'TT1', formula: 'share([GTSX], [ABC])' });
    expect(unknown.statusCode).toBe(400);
    expect(messagesOf(unknown.json(), 'formula')).toEqual(['Chỉ tiêu [ABC] không có trong danh mục']);
    const option = await planner.send('POST', API, { ...base, code: 'TT2', formula: 'share([GTSX.private], [GTSX])' });
    expect(option.statusCode).toBe(400);
    expect(messagesOf(option.json(), 'formula')[0]).toContain('không có phân tổ "private"');
    const syntax = await planner.send('POST', API, { ...base, code: 'TT3', formula: '[GTSX] * (2 +' });
    expect(syntax.statusCode).toBe(400);
    expect(messagesOf(syntax.json(), 'formula')[0]).toMatch(/^Lỗi cú pháp ở ký tự thứ \d+/);
    const ok = await planner.send('POST', API, { ...base, code: 'TT4', formula: 'share([GTSX.fdi], [GTSX])' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ kind: 'derived', formula: 'share([GTSX.fdi], [GTSX])' });
    const noFormula = await planner.send('POST', API, { ...base, code: 'TT5' });
    expect(pathsOf(noFormula.json())).toEqual(['formula']);
    const elementWithFormula = await planner.send('POST', API, { ...iip, code: 'TT6', formula: '[GTSX]' });
    expect(pathsOf(elementWithFormula.json())).toEqual(['formula']);
  });

  it('refuses a cycle (A uses B uses A) and a formula naming itself', async () => {
    const base = { name: 'Vòng', unit: 'tỷ đồng', aggregation: 'sum', periodType: 'year', kind: 'derived' };
    const a = await planner.send('POST', API, { ...base, code: 'VA', formula: '[GTSX] * 2' });
    expect(a.statusCode, a.body).toBe(200);
    const b = await planner.send('POST', API, { ...base, code: 'VB', formula: '[VA] + 1' });
    expect(b.statusCode, b.body).toBe(200);
    const cyc = await planner.send('PUT', `${API}/${a.json().id}`, {
      ...base,
      code: 'VA',
      formula: '[VB] - 1',
      version: 1,
    });
    expect(cyc.statusCode).toBe(400);
    expect(messagesOf(cyc.json(), 'formula')).toEqual(['Công thức vòng tròn: [VA] → [VB] → [VA]']);
    const self = await planner.send('POST', API, { ...base, code: 'VC', formula: '[VC] + 1' });
    expect(messagesOf(self.json(), 'formula')).toEqual(['Công thức vòng tròn: [VC] → [VC]']);
    // Renaming an indicator a formula names would break that formula.
    const rename = await planner.send('PUT', `${API}/${a.json().id}`, {
      ...base,
      code: 'VA2',
      formula: '[GTSX] * 2',
      version: 1,
    });
    expect(rename.statusCode).toBe(400);
    expect(messagesOf(rename.json(), 'code')[0]).toContain('[VB]');
    // Nor can it leave use while VB reads it.
    const off = await planner.send('POST', `${API}/${a.json().id}/deactivate`, { version: 1 });
    expect(off.statusCode).toBe(409);
    const offB = await planner.send('POST', `${API}/${b.json().id}/deactivate`, { version: 1 });
    expect(offB.statusCode, offB.body).toBe(200);
    expect(offB.json().active).toBe(false);
  });

  it('a registry indicator names a registry, a measure it has and filter columns it has', async () => {
    const base = { name: 'Số KCN', unit: 'khu', aggregation: 'last', periodType: 'year', kind: 'registry' };
    const none = await planner.send('POST', API, { ...base, code: 'R1' });
    expect(pathsOf(none.json())).toEqual(['registryKind']);
    const bad = await planner.send('POST', API, {
      ...base,
      code: 'R2',
      registryKind: 'industrial-zones',
      registryMeasure: 'workers',
      registryFilter: { colour: 'red' },
    });
    expect(pathsOf(bad.json()).sort()).toEqual(['registryFilter.colour', 'registryMeasure']);
    const ok = await planner.send('POST', API, {
      ...base,
      code: 'R3',
      registryKind: 'industrial-zones',
      registryMeasure: 'leased_land_ha',
      registryFilter: { zone_type: 'park' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ registryKind: 'industrial-zones', registryFilter: { zone_type: 'park' } });
  });

  it('a statistics reporter reads the catalog but cannot write it (403)', async () => {
    expect((await reporter.get(API)).statusCode).toBe(200);
    expect((await reporter.send('POST', API, { ...iip, code: 'X9' })).statusCode).toBe(403);
    expect(
      (await reporter.send('POST', '/api/v1/stat-disaggregations', { code: 'A', name: 'B', options: [] })).statusCode,
    ).toBe(403);
  });
});
