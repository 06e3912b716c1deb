import type { StatPeriodType, StatRevision } from '../db/schema-statistics.ts';
import { Rng } from './names.ts';
import {
  FIRST_YEAR,
  INDUSTRY_SHARE,
  LAST_MONTH,
  LAST_QUARTER,
  TET_MONTH,
  YEARLY,
  optionShares,
} from './statisticsDemoData.ts';

/** One demo figure before it meets ids: the indicator's code, the period as the API writes it, the option. */
export interface DemoValue {
  code: string;
  period: string;
  category: string;
  periodType: StatPeriodType;
  year: number;
  month: number;
  value: number;
  revision: StatRevision;
}

const SEED = 20_211_231;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `total` cut into whole parts in proportion to `weights` (largest remainder): the parts always add up to
 * `total` exactly, so a year of months, or a month of options, sums to the figure it was cut from.
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]![1]]! += 1;
  return parts;
}

const INDUSTRY_MONTHS = [7.0, 6.6, 8.2, 8.2, 8.4, 8.5, 8.6, 8.7, 8.8, 9.0, 9.1, 9.5];
const RETAIL_MONTHS = [8.6, 8.2, 7.9, 7.9, 8.0, 8.1, 8.2, 8.3, 8.3, 8.5, 8.7, 9.3];

/** The shape of a year by month: Tết idles the plants and fills the shops; 2020–2021 distancing in the shops. */
function monthWeights(kind: 'industry' | 'retail', year: number, rng: Rng): number[] {
  const tet = TET_MONTH[year] ?? 2;
  return (kind === 'industry' ? INDUSTRY_MONTHS : RETAIL_MONTHS).map((w, i) => {
    const m = i + 1;
    let x = w * (0.98 + rng.next() * 0.04);
    if (kind === 'industry' && m === tet) x *= 0.8;
    if (kind === 'retail') {
      if (m === tet) x *= 1.06;
      if (m === tet + 1) x *= 0.93;
      if (year === 2020 && m === 4) x *= 0.78;
      if (year === 2021 && (m === 8 || m === 9)) x *= 0.9;
    }
    return x;
  });
}

/** Revision by age: official up to last year, preliminary this year, estimates for the last two months. */
function revisionOf(year: number, month: number): StatRevision {
  if (year < LAST_MONTH.year) return 'official';
  return month >= LAST_MONTH.month - 1 ? 'estimate' : 'preliminary';
}

/** Every monthly and quarterly figure of the demo, 2015-01 … 2026-10 (quarters to Q3/2026). */
export function demoSeries(): DemoValue[] {
  const rng = new Rng(SEED);
  const out: DemoValue[] = [];
  const byMonth = new Map<string, number>(); // GTSX_CN month totals, for the IIP
  for (let y = FIRST_YEAR; y <= LAST_MONTH.year; y++) {
    const i = y - FIRST_YEAR;
    const months = y === LAST_MONTH.year ? LAST_MONTH.month : 12;
    const industry = monthWeights('industry', y, rng);
    const shapes: Record<string, number[]> = {
      GTSX_CN: industry,
      BLHH_DV: monthWeights('retail', y, rng),
      KN_XK: industry.map((w) => w * (0.97 + rng.next() * 0.06)),
    };
    for (const code of ['GTSX_CN', 'BLHH_DV', 'KN_XK'] as const) {
      const perMonth = splitWhole(YEARLY[code][i]!, shapes[code]!);
      for (let m = 1; m <= months; m++) {
        const period = `${y}-${pad(m)}`;
        const base = { period, periodType: 'month' as const, year: y, month: m, revision: revisionOf(y, m) };
        const total = perMonth[m - 1]!;
        if (code === 'GTSX_CN') byMonth.set(period, total);
        const sets = code === 'KN_XK' ? ['KN_XK', 'KN_XK_NH'] : [code];
        for (const c of sets) {
          const shares = optionShares(c, y);
          const parts = splitWhole(
            total,
            shares.map(([, s]) => s),
          );
          shares.forEach(([category], k) => out.push({ ...base, code: c, category, value: parts[k]! }));
        }
      }
    }
    // IIP: this month's output against the same month last year, a little under the current-price growth.
    for (let m = 1; m <= months; m++) {
      const period = `${y}-${pad(m)}`;
      const prev = byMonth.get(`${y - 1}-${pad(m)}`);
      const ratio = prev ? (byMonth.get(period)! / prev) * 0.97 : 1.2 + rng.next() * 0.1;
      const base = { period, periodType: 'month' as const, year: y, month: m, revision: revisionOf(y, m) };
      out.push({ ...base, code: 'IIP', category: '', value: Math.round(ratio * 1000) / 10 });
    }
    // Investment by quarter; industry's part is cut from the same quarters so each quarter holds the year's share.
    const quarters = y === LAST_QUARTER.year ? LAST_QUARTER.quarter : 4;
    const total = YEARLY.VDT_XH[i]!;
    const shape = [0.17, 0.24, 0.26, 0.33];
    const all = splitWhole(total, shape);
    const industryPart = splitWhole(Math.round(total * INDUSTRY_SHARE[i]!), shape);
    for (let q = 1; q <= quarters; q++) {
      const revision: StatRevision =
        y < LAST_QUARTER.year ? 'official' : q === LAST_QUARTER.quarter ? 'estimate' : 'preliminary';
      const base = {
        period: `${y}Q${q}`,
        periodType: 'quarter' as const,
        year: y,
        month: q * 3,
        revision,
        category: '',
      };
      out.push({ ...base, code: 'VDT_XH', value: all[q - 1]! });
      out.push({ ...base, code: 'VDT_CN', value: industryPart[q - 1]! });
    }
  }
  return out;
}
