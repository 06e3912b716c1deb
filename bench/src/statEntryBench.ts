/**
 * Sector statistics, the entry grid (issue 16, "Performance"): saving a whole grid of 200 values (40 indicators,
 * each a total and 4 options) through the API in one transaction, every value changed each time, with a history
 * row each, the data set's rules run on the saved values and the refreshed grid returned. Target: under 50 ms.
 * In process (app.inject): the figure is the server's handling, without the network.
 *   npx tsx bench/src/statEntryBench.ts [--db sqlite|postgres|both] [--saves 40] [--units 20] [--months 24]
 */
import { performance } from 'node:perf_hooks';
import {
  makeDataset,
  makeDisaggregation,
  makeIndicator,
  makeRule,
  makeStatUnit,
} from '../../apps/server/src/test/factories/statistics.ts';
import { refreshTotals } from '../../apps/server/src/modules/statValues/totals.ts';
import { asAdmin, makeHarness, type Client, type Harness } from '../../apps/server/src/test/harness.ts';
import { postgresBaseUrl, type DbKind } from './databases.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
export const SECTION_ENTRY = '## Statistics entry grid';
export const OPTIONS = ['a', 'b', 'c', 'd'];

export interface StatBench {
  h: Harness;
  admin: Client;
  dataset: string;
  indicators: string[];
  units: { id: string; code: string }[];
  codes: string[];
}

/** A monthly data set of `indicators` indicators split 4 ways, `units` units, a sum rule per indicator. */
export async function setupStatBench(kind: DbKind, units: number, indicators = 40): Promise<StatBench> {
  if (kind === 'postgres' && !postgresBaseUrl())
    throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  const h = await makeHarness(kind);
  const admin = await asAdmin(h);
  const dis = await makeDisaggregation(h, {
    code: 'B4',
    options: OPTIONS.map((code) => ({ code, name: `Nhóm ${code}` })),
  });
  const inds = [];
  for (let i = 0; i < indicators; i++)
    inds.push(await makeIndicator(h, { code: `I${String(i).padStart(3, '0')}`, disaggregationId: dis.id }));
  const us = [];
  for (let u = 0; u < units; u++) us.push(await makeStatUnit(h, { code: `U${String(u).padStart(3, '0')}` }));
  const ds = await makeDataset(h, { code: 'BENCH', indicatorIds: inds.map((i) => i.id), unitIds: us.map((u) => u.id) });
  for (const i of inds)
    await makeRule(h, {
      code: `SUM_${i.code}`,
      leftExpr: OPTIONS.map((o) => `[${i.code}.${o}]`).join(' + '),
      rightExpr: `[${i.code}]`,
      datasetId: ds.id,
    });
  return { h, admin, dataset: ds.id, indicators: inds.map((i) => i.id), units: us, codes: inds.map((i) => i.code) };
}

/** Months of history for every unit, written straight into the table (the background the reads run over). */
export async function background(b: StatBench, months: number): Promise<number> {
  const now = new Date().toISOString();
  let n = 0;
  for (let m = 0; m < months; m++) {
    const year = 2024 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const rows = b.units.flatMap((u) =>
      b.indicators.flatMap((indicator_id) =>
        ['', ...OPTIONS].map((category) => ({
          indicator_id,
          unit_id: u.id,
          period,
          category,
          period_type: 'month' as const,
          year,
          month,
          value: category ? 25 : 100,
          revision: 'official' as const,
          comment: '',
          updated_by: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })),
      ),
    );
    for (let i = 0; i < rows.length; i += 500)
      await b.h.db.kysely
        .insertInto('stat_values')
        .values(rows.slice(i, i + 500))
        .execute();
    n += rows.length;
    await refreshTotals(b.h.db.kysely, {
      indicatorIds: b.indicators,
      unitIds: b.units.map((u) => u.id),
      years: [year],
      periodTypes: ['month'],
    });
  }
  return n;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, c) => a - c)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function benchEntry(kind: DbKind, opts: { saves: number; units: number; months: number }) {
  const b = await setupStatBench(kind, opts.units);
  try {
    const rows = await background(b, opts.months);
    const unit = b.units[0]!.id;
    const body = (k: number) => ({
      dataset: b.dataset,
      unit,
      period: '2026-03',
      values: b.indicators.flatMap((indicatorId) => [
        { indicatorId, category: '', value: 100 + k },
        ...OPTIONS.map((category) => ({ indicatorId, category, value: 25 + k / 4 })),
      ]),
    });
    const times: number[] = [];
    const cpu: number[] = [];
    for (let k = 0; k < opts.saves + 3; k++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const res = await b.admin.send('PUT', '/api/v1/stat-entry', body(k));
      const ms = performance.now() - t;
      const used = process.cpuUsage(c);
      if (res.statusCode !== 200) throw new Error(`save ${res.statusCode}: ${res.body.slice(0, 300)}`);
      const saved = (res.json() as { saved: number }).saved;
      if (saved !== 200) throw new Error(`expected 200 values written, got ${saved}`);
      // The first saves warm the statement caches and the JIT.
      if (k >= 3) {
        times.push(ms);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const t = performance.now();
    await b.admin.get(`/api/v1/stat-entry?dataset=${b.dataset}&unit=${unit}&period=2026-03`);
    const read = performance.now() - t;
    return {
      kind,
      background: rows,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      cpu: quantile(cpu, 0.5),
      read,
    };
  } finally {
    await b.h.close();
  }
}

if (process.argv[1]?.endsWith('statEntryBench.ts')) {
  const which = arg('db', 'both');
  const kinds: DbKind[] =
    which === 'both' ? (postgresBaseUrl() ? ['sqlite', 'postgres'] : ['sqlite']) : [which as DbKind];
  const opts = {
    saves: Number(arg('saves', '40')),
    units: Number(arg('units', '20')),
    months: Number(arg('months', '24')),
  };
  console.log(
    `${SECTION_ENTRY}\n\n200-value grid save (PUT /api/v1/stat-entry, every value changed, history, rules, grid returned); ${opts.saves} saves; target < 50 ms.\n`,
  );
  console.log(
    '| database | values in table | save median | save p95 | CPU per save (median) | grid read |\n|---|---|---|---|---|---|',
  );
  for (const kind of kinds) {
    const r = await benchEntry(kind, opts);
    console.log(
      `| ${r.kind} | ${r.background.toLocaleString('en')} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.cpu.toFixed(1)} ms | ${r.read.toFixed(1)} ms |`,
    );
  }
}
