import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnalyticsFixture } from '../../test/factories/analytics.ts';
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

/** The analytics API on the hand-computed figures of test/factories/analytics.ts. */
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
    Object.assign(u, await seedAnalyticsFixture(h));
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
