import type { Kysely } from 'kysely';
import type { ReportingPeriod } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { Analysis } from '../analytics/engine.ts';
import { loadIndicators, loadUnits } from '../analytics/universe.ts';
import { getSetting } from '../settings/service.ts';

/** How many years back the statistics page looks for figures (ending with the current year). */
const YEARS = 8;

export interface PublicSeries {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  points: { year: number; value: number | null }[];
}

const yearOf = (y: number): ReportingPeriod => ({ type: 'year', year: y, index: 0 });

/**
 * The indicators the department publishes (setting `public.statisticsIndicators`, codes in order; unknown codes
 * skipped): the province's whole-year figure for each of the last years, leading and trailing years without any
 * figure dropped. A missing year stays empty, never 0.
 */
export async function publicStatistics(db: Kysely<Database>, thisYear: number): Promise<PublicSeries[]> {
  const codes = (await getSetting(db, 'public.statisticsIndicators'))
    .split(/[\s,]+/u)
    .map((c) => c.trim())
    .filter(Boolean);
  const [catalog, units] = await Promise.all([loadIndicators(db), loadUnits(db)]);
  const picked = [...new Set(codes)].map((c) => catalog.get(c)).filter((i) => i !== undefined);
  if (!picked.length) return [];
  const analysis = new Analysis(db, catalog, units, { wholeOnly: true });
  const first = thisYear - YEARS + 1;
  for (const ind of picked) for (let y = first; y <= thisYear; y++) analysis.need(ind.code, yearOf(y));
  await analysis.load([null]);
  const series = picked.map((ind) => ({
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    decimals: ind.decimals,
    points: Array.from({ length: YEARS }, (_, k) => ({
      year: first + k,
      value: analysis.value(ind.code, yearOf(first + k), null),
    })),
  }));
  const has = (y: number) => series.some((s) => s.points.some((p) => p.year === y && p.value !== null));
  let lo = first;
  let hi = thisYear;
  while (lo <= hi && !has(lo)) lo++;
  while (hi >= lo && !has(hi)) hi--;
  return series.map((s) => ({ ...s, points: s.points.filter((p) => p.year >= lo && p.year <= hi) }));
}
