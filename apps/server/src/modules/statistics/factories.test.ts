import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import {
  makeDataset,
  makeDisaggregation,
  makeIndicator,
  makeRule,
  makeStatUnit,
  makeStatValue,
  makeTarget,
  makeUnitMapping,
} from '../../test/factories/statistics.ts';

describe.each(DIALECTS)('statistics factories (%s)', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(dialect);
  });
  afterAll(async () => h?.close());

  it('put a whole catalog and its values straight into the tables', async () => {
    const d = await makeDisaggregation(h, { code: 'OWN' });
    const a = await makeIndicator(h, { code: 'IIP', unit: '%', aggregation: 'none', disaggregationId: d.id });
    const b = await makeIndicator(h.db.kysely, { code: 'DER', formula: '[IIP] * 2', periodType: 'year' });
    const p = await makeStatUnit(h, { code: 'TINH', kind: 'province' });
    const old = await makeStatUnit(h, { kind: 'district', parentId: p.id, validTo: '2025-06-30' });
    const nu = await makeStatUnit(h, { kind: 'commune', parentId: p.id, validFrom: '2025-07-01' });
    await makeUnitMapping(h, { oldUnitId: old.id, newUnitId: nu.id, share: 0.5 });
    await makeDataset(h, { unitKind: 'province', indicatorIds: [a.id], unitIds: [p.id] });
    for (const period of ['2021', '2021S1', '2021Q3', '2021-07'])
      await makeStatValue(h, { indicatorId: a.id, unitId: p.id, period, value: 1, category: 'fdi' });
    await makeTarget(h, { indicatorId: b.id, unitId: p.id, year: 2021, value: 10 });
    await makeRule(h, { kind: 'mom_change', indicatorId: a.id, threshold: 30 });
    const rows = await h.db.kysely
      .selectFrom('stat_values')
      .select(['period', 'period_type', 'year', 'month'])
      .orderBy('month')
      .execute();
    expect(rows.map((r) => [r.period, r.period_type, Number(r.year), Number(r.month)])).toEqual([
      ['2021S1', 'half', 2021, 6],
      ['2021-07', 'month', 2021, 7],
      ['2021Q3', 'quarter', 2021, 9],
      ['2021', 'year', 2021, 12],
    ]);
  });
});
