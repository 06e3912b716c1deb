import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRegistryRow } from '../../test/factories/registries.ts';
import {
  makeDisaggregation,
  makeIndicator,
  makeStatUnit,
  makeStatValue,
  makeUnitMapping,
} from '../../test/factories/statistics.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  rootOrgId,
  makeUser,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

/**
 * The analytics API on hand-computed figures. A province with two districts until 30/06/2025 (D1, D2) and two
 * communes after (C1 formed from D1, C2 from D2). GT (monthly, summed, by ownership):
 *   2024: D1 state 10 + fdi 20 a month, D2 state 5 a month → 420 for the year, 35 a month.
 *   2025: D1 33 and D2 6 a month to June, C1 36 and C2 7 a month from July → 492.
 *   2023: only D1's yearly figure, 300, stored as a year.
 */
type Row = { period: string; unitId: string | null; category: string; value: number | null };
type Body = { rows: Row[]; notes: string[]; unit: { id: string } | null; indicator: { code: string } };

describe.each(DIALECTS)('analytics (%s)', (dialect) => {
  let h: Harness;
  let viewer: Client;
  const u: Record<string, string> = {};
  const get = async (query: string) => {
    const res = await viewer.get(`/api/v1/analytics?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Body;
  };
  const one = async (query: string) => (await get(query)).rows[0]!.value;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    await makeUser(admin, 'xem.pt', [{ role: 'viewer', orgId: await rootOrgId(h) }], 'Xem-so@2026');
    viewer = await signIn(h.app, 'xem.pt', 'Xem-so@2026');
    const k = h.db.kysely;
    u.P = (await makeStatUnit(k, { code: 'TINH', name: 'Tỉnh', kind: 'province' })).id;
    const district = (code: string) =>
      makeStatUnit(k, { code, name: `Huyện ${code}`, kind: 'district', parentId: u.P, validTo: '2025-06-30' });
    const commune = (code: string) =>
      makeStatUnit(k, { code, name: `Xã ${code}`, kind: 'commune', parentId: u.P, validFrom: '2025-07-01' });
    u.D1 = (await district('D1')).id;
    u.D2 = (await district('D2')).id;
    u.C1 = (await commune('C1')).id;
    u.C2 = (await commune('C2')).id;
    await makeUnitMapping(k, { oldUnitId: u.D1, newUnitId: u.C1 });
    await makeUnitMapping(k, { oldUnitId: u.D2, newUnitId: u.C2 });

    const own = await makeDisaggregation(k, { code: 'SO_HUU' });
    const gt = await makeIndicator(k, { code: 'GT', disaggregationId: own.id });
    const iip = await makeIndicator(k, { code: 'IIP', unit: '%', aggregation: 'none' });
    const price = await makeIndicator(k, { code: 'GIA', aggregation: 'average', unit: 'nghìn đồng' });
    const vxh = await makeIndicator(k, { code: 'VDT_XH', periodType: 'quarter' });
    const vcn = await makeIndicator(k, { code: 'VDT_CN', periodType: 'quarter' });
    await makeIndicator(k, {
      code: 'TL_VDT_CN',
      unit: '%',
      periodType: 'quarter',
      formula: 'share([VDT_CN], [VDT_XH])',
    });
    await makeIndicator(k, { code: 'CHIA_0', periodType: 'quarter', formula: '[VDT_CN] / ([VDT_XH] - [VDT_XH])' });
    await makeIndicator(k, { code: 'TT_GT', unit: '%', formula: 'growth([GT])' });
    await makeIndicator(k, { code: 'TT_LK_GT', unit: '%', formula: 'growth(ytd([GT]))' });
    await makeIndicator(k, { code: 'TTBQ_GT', unit: '%', periodType: 'year', formula: 'cagr([GT], 2)' });
    await makeIndicator(k, {
      code: 'SL_LN',
      unit: 'làng nghề',
      aggregation: 'last',
      periodType: 'year',
      registryKind: 'craft-villages',
    });

    const v = (indicatorId: string, unitId: string, period: string, value: number, category = '') =>
      makeStatValue(k, { indicatorId, unitId, period, value, category });
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      await v(gt.id, u.D1!, `2024-${mm}`, 10, 'state');
      await v(gt.id, u.D1!, `2024-${mm}`, 20, 'fdi');
      await v(gt.id, u.D2!, `2024-${mm}`, 5, 'state');
      if (m <= 6) {
        await v(gt.id, u.D1!, `2025-${mm}`, 11, 'state');
        await v(gt.id, u.D1!, `2025-${mm}`, 22, 'fdi');
        await v(gt.id, u.D2!, `2025-${mm}`, 6, 'state');
      } else {
        await v(gt.id, u.C1!, `2025-${mm}`, 12, 'state');
        await v(gt.id, u.C1!, `2025-${mm}`, 24, 'fdi');
        await v(gt.id, u.C2!, `2025-${mm}`, 7, 'state');
      }
    }
    await v(gt.id, u.D1!, '2023', 300, 'state');
    // The index: stored for the province for two months and the year; for the districts only in March.
    await v(iip.id, u.P!, '2024-01', 105);
    await v(iip.id, u.P!, '2024-02', 107);
    await v(iip.id, u.P!, '2024', 106.5);
    await v(iip.id, u.D1!, '2024-03', 103);
    await v(iip.id, u.D2!, '2024-03', 104);
    await v(price.id, u.D1!, '2024-01', 10);
    await v(price.id, u.D1!, '2024-02', 20);
    await v(price.id, u.D2!, '2024-01', 40);
    await v(vxh.id, u.P!, '2024Q1', 200);
    await v(vxh.id, u.P!, '2024Q2', 300);
    await v(vcn.id, u.P!, '2024Q1', 120);
    await v(vcn.id, u.P!, '2024Q2', 150);
    for (const [name, from] of [
      ['Làng chè Tân Cương', '2015-01-01'],
      ['Làng rèn Phúc Xuân', '2020-05-01'],
      ['Làng mây tre Phú Lạc', '2023-02-01'],
    ] as const)
      await makeRegistryRow(k, 'craft-villages', { name, valid_from: from });
  });
  afterAll(() => h.close());

  it('a year of a monthly sum is the sum of its months, over the units that existed in it', async () => {
    expect(await one('indicator=GT&period=2024')).toBe(420);
    expect(await one('indicator=GT&period=2025')).toBe(492);
    expect(await one('indicator=GT&period=2024Q3')).toBe(105);
    expect(await one('indicator=GT&period=2024S2')).toBe(210);
    expect(await one('indicator=GT&period=2024-07')).toBe(35);
    expect(await one('indicator=GT&period=2024M07')).toBe(35);
    expect(await one(`indicator=GT&period=2024&unit=${u.D2}`)).toBe(60);
    // A yearly figure stored for a monthly indicator is the year's value.
    expect(await one('indicator=GT&period=2023')).toBe(300);
  });

  it('year to date', async () => {
    const body = await get('indicator=GT&period=2024YTD09');
    expect(body.rows).toEqual([{ period: '2024YTD09', unitId: null, category: '', value: 315 }]);
    expect(await one('indicator=GT&period=2025YTD09')).toBe(363);
    expect(await one('indicator=TT_LK_GT&period=2025-09')).toBeCloseTo((363 / 315 - 1) * 100, 9);
  });

  it('splits by unit, by sub-period and by option', async () => {
    const byUnit = await get('indicator=GT&period=2025-09&by=unit');
    expect(byUnit.rows.map((r) => [r.unitId, r.value])).toEqual([
      [u.C1, 36],
      [u.C2, 7],
    ]);
    expect((await get('indicator=GT&period=2025&by=unit')).rows.map((r) => r.value)).toEqual([216, 42, 198, 36]);
    const byPeriod = await get('indicator=GT&period=2024Q3&by=period');
    expect(byPeriod.rows.map((r) => [r.period, r.value])).toEqual([
      ['2024-07', 35],
      ['2024-08', 35],
      ['2024-09', 35],
    ]);
    const byCategory = await get('indicator=GT&period=2024&by=category');
    expect(byCategory.rows.map((r) => [r.category, r.value])).toEqual([
      ['state', 180],
      ['non_state', null],
      ['fdi', 240],
    ]);
  });

  it('an index is never summed: a year or a province from months or districts is "không đủ số liệu" unless stored', async () => {
    expect(await one('indicator=IIP&period=2024-01')).toBe(105);
    expect(await one('indicator=IIP&period=2024')).toBe(106.5);
    expect(await one('indicator=IIP&period=2024Q1')).toBeNull();
    expect(await one('indicator=IIP&period=2024-03')).toBeNull();
    expect(await one(`indicator=IIP&period=2024-03&unit=${u.D1}`)).toBe(103);
  });

  it('averages weight by the number of values', async () => {
    expect(await one(`indicator=GIA&period=2024Q1&unit=${u.D1}`)).toBe(15);
    expect(await one('indicator=GIA&period=2024Q1')).toBeCloseTo(70 / 3, 9);
  });

  it('derived: a share is the ratio of sums; a division by zero or a missing term is null', async () => {
    expect(await one('indicator=TL_VDT_CN&period=2024Q1')).toBe(60);
    expect(await one('indicator=TL_VDT_CN&period=2024S1')).toBe(54);
    expect(await one('indicator=TL_VDT_CN&period=2023Q1')).toBeNull();
    expect(await one('indicator=CHIA_0&period=2024Q1')).toBeNull();
    expect(await one('indicator=TT_GT&period=2025')).toBeCloseTo((492 / 420 - 1) * 100, 9);
    expect(await one('indicator=TTBQ_GT&period=2025')).toBeCloseTo((Math.sqrt(492 / 300) - 1) * 100, 9);
  });

  it('same period last year across the 2025 change: a commune against its district, with the note', async () => {
    const body = await get(`indicator=TT_GT&period=2025-09&unit=${u.C1}`);
    expect(body.rows[0]!.value).toBeCloseTo(20, 9);
    expect(body.unit).toEqual({ id: u.C1, name: 'Xã C1' });
    expect(body.notes.join(' ')).toMatch(/Xã C1, tháng 09\/2024: tính qua bảng chuyển đổi .* Huyện D1/u);
    const district = await get(`indicator=GT&period=2025&unit=${u.D1}`);
    expect(district.rows[0]!.value).toBe(198 + 216);
    expect(district.notes.join(' ')).toMatch(/Huyện D1, năm 2025: .*Xã C1/u);
    expect((await get(`indicator=GT&period=2025-09&unit=${u.C1}`)).notes).toEqual([]);
  });

  it('registry indicators count as of the period’s last day', async () => {
    expect(await one('indicator=SL_LN&period=2022')).toBe(2);
    expect(await one('indicator=SL_LN&period=2023')).toBe(3);
  });

  it('refuses an unknown indicator, unit or period in Vietnamese', async () => {
    for (const q of [
      'indicator=KHONG_CO&period=2024',
      'indicator=GT&period=2024&unit=khong-co',
      'indicator=GT&period=2024M13',
      'indicator=GT&period=2024&by=xa',
    ]) {
      const res = await viewer.get(`/api/v1/analytics?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().detail, q).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/u);
    }
  });
});
