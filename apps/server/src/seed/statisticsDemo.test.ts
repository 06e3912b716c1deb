import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { LAST_MONTH, YEARLY } from './statisticsDemoData.ts';
import { splitWhole } from './statisticsDemoSeries.ts';

type Row = { period: string; unitId: string | null; category: string; value: number | null };

// The article's figures (issue 16), each derived from the seeded demo through the public API, as a leader reads them.
describe.each(DIALECTS)('the sector statistics demo on %s', (dialect) => {
  let h: Harness;
  let leader: Client;
  let seedMs = 0;

  beforeAll(async () => {
    const t = performance.now();
    h = await makeHarness(dialect, { seedDemo: true });
    seedMs = performance.now() - t;
    leader = await signIn(h.app, 'lanhdao', DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => {
    console.info(`[statisticsDemo] ${dialect}: migrate + whole demo seed ${Math.round(seedMs)} ms`);
    await h?.close();
  });

  /** The figure of an indicator for the province as a whole: its total row, or the options' sum when only those come. */
  const figure = async (indicator: string, period: string): Promise<number | null> => {
    const res = await leader.get(`/api/v1/analytics?indicator=${indicator}&period=${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = (res.json() as { rows: Row[] }).rows.filter((r) => r.period === period);
    const total = rows.filter((r) => r.category === '');
    if (total.length === 1) return total[0]!.value;
    expect(rows.length, `${indicator} ${period}: ${res.body}`).toBeGreaterThan(0);
    return rows.reduce((s, r) => s + (r.value ?? 0), 0);
  };
  const registry = async (kind: string, query = '') => {
    const res = await leader.get(`/api/v1/registries/${kind}?asOf=2022-06-30&pageSize=100${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: { name: string }[] };
  };

  it('gives 884,000 tỷ đồng of industrial production in 2021, 544,000 more than 2015, growing over 10 % every year', async () => {
    expect(await figure('GTSX_CN', '2021')).toBe(884_000);
    expect(await figure('GTSX_CN', '2015')).toBe(340_000);
    for (let y = 2016; y <= 2021; y++) {
      const growth = await figure('TT_GTSX_CN', String(y));
      expect(growth, String(y)).not.toBeNull();
      expect(growth!, String(y)).toBeGreaterThan(10);
      const [now, before] = [await figure('GTSX_CN', String(y)), await figure('GTSX_CN', String(y - 1))];
      expect(growth!).toBeCloseTo((now! / before! - 1) * 100, 6);
    }
  });

  it('gives retail sales of 44,670 tỷ đồng in 2021, 11.2 %/year on average since 2015', async () => {
    expect(await figure('BLHH_DV', '2021')).toBe(44_670);
    const [start, plan, end] = [
      await figure('BLHH_DV', '2015'),
      await figure('BLHH_DV', '2020'),
      await figure('BLHH_DV', '2021'),
    ];
    expect((((end! / start!) ** (1 / 6) - 1) * 100).toFixed(1)).toBe('11.2');
    // The 2016–2020 plan (2015 → 2020) averages the same.
    expect((((plan! / start!) ** (1 / 5) - 1) * 100).toFixed(1)).toBe('11.2');
    expect((await figure('TTBQ_BLHH', '2021'))!.toFixed(1)).toBe('11.2');
  });

  it('gives exports of 28,850 triệu USD in 2021 and industry about 60 % of total investment', async () => {
    expect(await figure('KN_XK', '2021')).toBe(28_850);
    expect(await figure('KN_XK_NH', '2021')).toBe(28_850);
    expect(await figure('TL_VDT_CN', '2021')).toBeCloseTo(60, 1);
    for (const y of [2016, 2019, 2024]) {
      const share = await figure('TL_VDT_CN', String(y));
      expect(Math.abs(share! - 60), String(y)).toBeLessThan(1.5);
    }
  });

  it('lists, as of 30/06/2022, 11,236 facilities, 343 cooperatives (104 industrial), 162 craft villages, 30 + 5 typical products and the three parks', async () => {
    expect((await registry('facilities')).total).toBe(11_236);
    expect((await registry('cooperatives')).total).toBe(343);
    expect((await registry('cooperatives', '&field=industry_handicraft')).total).toBe(104);
    expect((await registry('craft-villages')).total).toBe(162);
    expect((await registry('rural-products', '&level=provincial')).total).toBe(30);
    expect((await registry('rural-products', '&level=regional')).total).toBe(5);
    const parks = await registry('industrial-zones', '&zoneType=park');
    expect(parks.items.map((p) => p.name).sort()).toEqual([
      'Khu công nghiệp Sông Công II',
      'Khu công nghiệp Yên Bình',
      'Khu công nghiệp Điềm Thụy',
    ]);
    // Each regional product also holds a valid provincial certificate that day.
    const provincial = new Set((await registry('rural-products', '&level=provincial')).items.map((p) => p.name));
    for (const p of (await registry('rural-products', '&level=regional')).items)
      expect(provincial.has(p.name)).toBe(true);
  });

  it('counts the registries into their indicators, and other dates give other counts', async () => {
    expect(await figure('SL_CSCN', '2022S1')).toBe(11_236);
    expect(await figure('SL_HTX', '2022S1')).toBe(343);
    expect(await figure('SL_HTX_CN', '2022S1')).toBe(104);
    expect(await figure('SL_LANG_NGHE', '2022S1')).toBe(162);
    expect(await figure('SL_SP_CNNT_TINH', '2022S1')).toBe(30);
    expect(await figure('SL_SP_CNNT_KV', '2022S1')).toBe(5);
    expect(await figure('SL_KCN', '2022S1')).toBe(3);
    const earlier = await figure('SL_CSCN', '2019S1');
    const later = await figure('SL_CSCN', '2025S2');
    expect(earlier).not.toBe(11_236);
    expect(later).not.toBe(11_236);
    expect((await figure('SL_SP_CNNT_TINH', '2020S1'))!).toBe(26);
  });

  it('cuts every year into months that add up exactly, with the Tết dip, and keeps the last month waiting for approval', async () => {
    const k = h.db.kysely;
    const id = (
      await k.selectFrom('stat_indicators').select('id').where('code', '=', 'GTSX_CN').executeTakeFirstOrThrow()
    ).id;
    const values = await k
      .selectFrom('stat_values')
      .select(['period', 'value', 'year'])
      .where('indicator_id', '=', id)
      .execute();
    expect(values.every((v) => Number.isInteger(v.value))).toBe(true);
    const month = (p: string) => values.filter((v) => v.period === p).reduce((s, v) => s + v.value!, 0);
    expect(month('2021-02')).toBeLessThan(month('2021-03')); // Tết on 12/02/2021
    expect(month('2023-01')).toBeLessThan(month('2023-02')); // Tết on 22/01/2023
    expect(
      values
        .filter((v) => v.year === LAST_MONTH.year)
        .map((v) => v.period)
        .sort()
        .at(-1),
    ).toBe('2026-10');
    expect(splitWhole(YEARLY.GTSX_CN[0]!, [1, 1, 1])).toEqual([113_334, 113_333, 113_333]);

    const subs = await k.selectFrom('stat_submissions').select(['id', 'period', 'status', 'version']).execute();
    expect(
      subs
        .filter((s) => s.status !== 'accepted')
        .map((s) => [s.period, s.status])
        .sort(),
    ).toEqual([
      ['2026-10', 'submitted'],
      ['2026Q3', 'approved'],
    ]);
    const steps = await k
      .selectFrom('transitions')
      .select(['entity_id', 'to_status', 'actor_name'])
      .where('entity_type', '=', 'stat_submission')
      .orderBy('entity_id')
      .orderBy('seq')
      .execute();
    const last = new Map(steps.map((s) => [s.entity_id, s]));
    for (const s of subs) {
      expect(last.get(s.id)!.to_status).toBe(s.status);
      expect(steps.filter((x) => x.entity_id === s.id)).toHaveLength(Number(s.version));
    }
    expect(new Set(steps.map((s) => s.actor_name))).toEqual(
      new Set(['Trịnh Văn Khải', 'Phạm Thị Thu Hằng', 'Lê Quang Tiến']),
    );
  });
});
