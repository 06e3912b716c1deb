import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIndicator, makeStatUnit, makeStatValue } from '../../test/factories/statistics.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

const API = '/api/v1/stat-disaggregations';
type Problem = { errors?: { path: string; message: string }[] };
const pathsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path);
const options = [
  { code: 'state', name: 'Kinh tế nhà nước' },
  { code: 'non_state', name: 'Kinh tế ngoài nhà nước' },
  { code: 'fdi', name: 'Khu vực có vốn đầu tư nước ngoài' },
];

describe.each(DIALECTS)('statistics catalog: disaggregations (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(async () => h?.close());

  it('options have unique codes; an option named in a formula or holding values is kept; a group in use is not deleted', async () => {
    const twice = await admin.send('POST', API, {
      code: 'TPKT',
      name: 'Thành phần kinh tế',
      options: [...options, { code: 'fdi', name: 'Lặp' }],
    });
    expect(twice.statusCode).toBe(400);
    expect(pathsOf(twice.json())).toEqual(['options.3.code']);
    const made = await admin.send('POST', API, { code: 'TPKT', name: 'Thành phần kinh tế', options });
    expect(made.statusCode, made.body).toBe(200);
    const d = made.json();
    expect((await admin.get(`${API}?q=thanh phan`)).json().items.map((x: { code: string }) => x.code)).toEqual([
      'TPKT',
    ]);

    const gtsx = await makeIndicator(h, { code: 'GTSX', disaggregationId: d.id });
    await makeIndicator(h, { code: 'TT_FDI', unit: '%', aggregation: 'none', formula: 'share([GTSX.fdi], [GTSX])' });
    const unit = await makeStatUnit(h, { code: 'T' });
    await makeStatValue(h, { indicatorId: gtsx.id, unitId: unit.id, period: '2025-03', category: 'state', value: 10 });

    const dropFdi = await admin.send('PUT', `${API}/${d.id}`, {
      code: 'TPKT',
      name: 'Thành phần kinh tế',
      options: options.filter((o) => o.code !== 'fdi'),
      version: d.version,
    });
    expect(dropFdi.statusCode).toBe(400);
    expect(dropFdi.json().errors[0]).toEqual({
      path: 'options',
      message: 'Phân tổ fdi đang được dùng trong công thức của [TT_FDI]',
    });
    const dropState = await admin.send('PUT', `${API}/${d.id}`, {
      code: 'TPKT',
      name: 'Thành phần kinh tế',
      options: options.filter((o) => o.code !== 'state'),
      version: d.version,
    });
    expect(dropState.statusCode).toBe(400);
    expect(dropState.json().errors[0].message).toBe('Phân tổ state đã có số liệu');
    const rename = await admin.send('PUT', `${API}/${d.id}`, {
      code: 'TPKT',
      name: 'Loại hình kinh tế',
      options: [...options, { code: 'coop', name: 'Kinh tế tập thể' }],
      version: d.version,
    });
    expect(rename.statusCode, rename.body).toBe(200);
    expect(rename.json()).toMatchObject({ name: 'Loại hình kinh tế', indicatorCount: 1, version: d.version + 1 });
    const stale = await admin.send('PUT', `${API}/${d.id}`, { code: 'TPKT', name: 'X', options, version: d.version });
    expect(stale.statusCode).toBe(409);

    const inUse = await admin.send('DELETE', `${API}/${d.id}?version=${d.version + 1}`);
    expect(inUse.statusCode).toBe(409);
    const spare = (await admin.send('POST', API, { code: 'NHOM_HANG', name: 'Nhóm hàng', options })).json();
    expect((await admin.send('DELETE', `${API}/${spare.id}?version=1`)).statusCode).toBe(200);
    expect((await admin.get(API)).json().total).toBe(1);
  });
});
