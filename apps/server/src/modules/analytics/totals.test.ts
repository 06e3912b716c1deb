import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combinePartsAccumulator, parsePeriodId } from '@thidua/domain';
import { makeIndicator, makeStatUnit, makeStatValue, makeDisaggregation } from '../../test/factories/statistics.ts';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { writeValues } from '../statValues/save.ts';
import { periodInfo } from '../statValues/period.ts';
import { rebuildTotals } from '../statValues/totals.ts';
import { fetchPeriod, type PeriodData } from './fetch.ts';
import { loadIndicators } from './universe.ts';

/**
 * The running totals (migration 129) give exactly the sums of the values themselves: for years, halves,
 * quarters and spans between quarter ends, after direct inserts, grid saves that change values and empty them,
 * on both databases. A deterministic spread of values, some cells empty, two period types.
 */
const flat = (d: PeriodData) =>
  [...d.entries()]
    .flatMap(([k, cats]) => [...cats.entries()].map(([c, a]) => [`${k}|${c}`, a.count, Math.round(a.sum * 1e6) / 1e6]))
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe.each(DIALECTS)('running totals of statistics values (%s)', (dialect) => {
  let h: Harness;
  const units: string[] = [];

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const k = h.db.kysely;
    const own = await makeDisaggregation(k, { code: 'SH_T' });
    const monthly = await makeIndicator(k, { code: 'M_T', disaggregationId: own.id });
    const quarterly = await makeIndicator(k, { code: 'Q_T', periodType: 'quarter' });
    const province = await makeStatUnit(k, { code: 'T_T', name: 'Tỉnh', kind: 'province' });
    for (const c of ['A', 'B', 'C'])
      units.push(
        (await makeStatUnit(k, { code: `U${c}`, name: `Xã ${c}`, kind: 'commune', parentId: province.id })).id,
      );
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (const year of [2024, 2025])
      for (const unitId of units) {
        for (let m = 1; m <= 12; m++)
          for (const category of ['state', 'fdi']) {
            const r = next();
            // About one cell in seven left empty: counts must then differ from the month count.
            const value = r % 7 === 0 ? null : (r % 10007) / 10;
            await makeStatValue(k, {
              indicatorId: monthly.id,
              unitId,
              period: `${year}-${String(m).padStart(2, '0')}`,
              value,
              category,
            });
          }
        for (let q = 1; q <= 4; q++)
          await makeStatValue(k, { indicatorId: quarterly.id, unitId, period: `${year}Q${q}`, value: next() % 500 });
      }
    // An entered total beside the options (it wins over their sum) and a stored year (it wins over its quarters).
    for (let m = 1; m <= 6; m++)
      await makeStatValue(k, {
        indicatorId: monthly.id,
        unitId: units[0]!,
        period: `2024-${String(m).padStart(2, '0')}`,
        value: 40 + m / 4,
      });
    await makeStatValue(k, { indicatorId: quarterly.id, unitId: units[1]!, period: '2025', value: 1234.5 });
    // A grid save changes some values and empties others: the totals follow in the same transaction.
    await k.transaction().execute((trx) =>
      writeValues(
        trx,
        [
          {
            indicatorId: monthly.id,
            unitId: units[0]!,
            period: periodInfo('2025-05'),
            category: 'state',
            value: 999.5,
          },
          { indicatorId: monthly.id, unitId: units[1]!, period: periodInfo('2025-08'), category: 'fdi', value: null },
          { indicatorId: quarterly.id, unitId: units[2]!, period: periodInfo('2024Q3'), category: '', value: 12.25 },
        ],
        null,
        '2026-01-08T08:00:00.000Z',
      ),
    );
  });
  afterAll(() => h.close());

  it('answers every span between quarter ends as the values themselves do', async () => {
    const k = h.db.kysely;
    const inds = [...(await loadIndicators(k)).values()].filter((i) => i.code === 'M_T' || i.code === 'Q_T');
    expect(inds).toHaveLength(2);
    for (const id of ['2024', '2025', '2025S1', '2025S2', '2024Q1', '2024Q3', '2025Q2', '2025Q4']) {
      const period = parsePeriodId(id)!;
      const fast = await fetchPeriod(k, inds, period);
      const slow = await fetchPeriod(k, inds, period, undefined, { totals: false });
      expect(flat(fast), id).toEqual(flat(slow));
      expect(fast.size, id).toBeGreaterThan(0);
      const some = await fetchPeriod(k, inds, period, [units[1]!]);
      expect(flat(some), id).toEqual(flat(await fetchPeriod(k, inds, period, [units[1]!], { totals: false })));
    }
  });

  it('adds up the options in the database as the analysis combines them, the entered total and a stored year winning', async () => {
    const k = h.db.kysely;
    const inds = [...(await loadIndicators(k)).values()].filter((i) => i.code === 'M_T' || i.code === 'Q_T');
    const byId = new Map(inds.map((i) => [i.id, i]));
    // The reference: every option read from the months, then each (indicator, unit) combined as `Analysis` does.
    const whole = (d: PeriodData): PeriodData =>
      new Map(
        [...d].map(([key, cats]) => {
          const ind = byId.get(key.split('|')[0]!)!;
          return [key, new Map([['', cats.get('') ?? combinePartsAccumulator(ind.aggregation, [...cats.values()])]])];
        }),
      );
    for (const id of ['2024', '2025', '2024S1', '2025S2', '2024Q1', '2025Q3', '2024YTD05']) {
      const period = parsePeriodId(id)!;
      const reference = flat(whole(await fetchPeriod(k, inds, period, undefined, { totals: false })));
      expect(reference.length, id).toBeGreaterThan(0);
      for (const totals of [true, false])
        expect(flat(await fetchPeriod(k, inds, period, undefined, { totals, wholeOnly: true })), id).toEqual(reference);
      expect(flat(await fetchPeriod(k, inds, period, [units[0]!], { wholeOnly: true })), id).toEqual(
        reference.filter((r) => String(r[0]).includes(`|${units[0]!}|`)),
      );
    }
    // The stored year is read, not the sum of its quarters.
    const year = await fetchPeriod(k, inds, parsePeriodId('2025')!, [units[1]!], { wholeOnly: true });
    const quarterly = inds.find((i) => i.code === 'Q_T')!;
    expect(year.get(`${quarterly.id}|${units[1]!}`)?.get('')?.sum).toBe(1234.5);
  });

  it('keeps the stored totals equal to a recomputation from the values', async () => {
    const k = h.db.kysely;
    const read = async () =>
      (
        await k
          .selectFrom('stat_value_totals')
          .selectAll()
          .orderBy('indicator_id')
          .orderBy('year')
          .orderBy('period_type')
          .orderBy('upto')
          .orderBy('unit_id')
          .orderBy('category')
          .execute()
      ).map((r) => ({
        ...r,
        total: r.total === null ? null : Math.round(Number(r.total) * 1e6) / 1e6,
        count: Number(r.count),
      }));
    const kept = await read();
    expect(kept.length).toBeGreaterThan(0);
    await rebuildTotals(k);
    expect(await read()).toEqual(kept);
  });
});
