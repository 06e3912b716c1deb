import { makeRegistryRow } from './registries.ts';
import {
  makeDisaggregation,
  makeIndicator,
  makeStatUnit,
  makeStatValue,
  makeTarget,
  makeUnitMapping,
} from './statistics.ts';
import type { Harness } from '../harness.ts';

/**
 * The analytics API on hand-computed figures. A province with two districts until 30/06/2025 (D1, D2) and two
 * communes after (C1 formed from D1, C2 from D2). GT (monthly, summed, by ownership):
 *   2024: D1 state 10 + fdi 20 a month, D2 state 5 a month → 420 for the year, 35 a month.
 *   2025: D1 33 and D2 6 a month to June, C1 36 and C2 7 a month from July → 492.
 *   2023: only D1's yearly figure, 300, stored as a year.
 */
export async function seedAnalyticsFixture(h: Harness): Promise<Record<string, string>> {
  const u: Record<string, string> = {};
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
  await makeTarget(k, { indicatorId: gt.id, unitId: u.P!, year: 2025, value: 600 });
  return u;
}
