/**
 * npx tsx bench/src/statPivotBench.ts [--stat-values 1800000] [--db sqlite|postgres|both] [--runs 5]
 *
 * The analytics engine in-process, without HTTP: `timeStatPivot(db, data)` times on a seeded database
 * (bench/src/statData.ts) (a) a year's pivot by unit and indicator — every indicator, every unit, the year —
 * with and without the "cùng kỳ"/growth columns, (b) one indicator's year by unit (`GET /analytics`'s work), and
 * (c) the sector dashboard for December. Run alone, it seeds a fresh database per kind and prints a markdown
 * section. Targets (reported, not asserted): pivot < 500 ms.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { openDb, type Db } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { analyticsQuery } from '../../apps/server/src/modules/analytics/service.ts';
import { dashboard } from '../../apps/server/src/modules/analytics/dashboard.ts';
import { pivotQuery } from '../../apps/server/src/modules/analytics/pivot.ts';
import type { Deps } from '../../apps/server/src/platform/context.ts';
import { freshDatabase, postgresBaseUrl, type DbKind } from './databases.ts';
import { machineLine } from './report.ts';
import { generateStatValues, type StatDataset } from './statData.ts';
import { median } from './measure.ts';

export interface PivotTiming {
  label: string;
  medianMs: number;
  minMs: number;
  note: string;
}

async function timed(label: string, runs: number, run: () => Promise<string>): Promise<PivotTiming> {
  let note = await run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    note = await run();
    ms.push(performance.now() - t);
  }
  return { label, medianMs: median(ms), minMs: Math.min(...ms), note };
}

/** The analytics timings on a database already holding `data` (statData.ts); `year` the pivot's year. */
export async function timeStatPivot(db: Db, data: StatDataset, opts: { runs?: number; year?: number } = {}) {
  const runs = opts.runs ?? 5;
  const year = opts.year ?? 2025;
  // The engine reads only the database; the org tree and config are not touched by these calls.
  const deps = { db, config: {}, tree: {}, version: 'bench' } as unknown as Deps;
  const pivot = (compare: ('prevYear' | 'growth')[]) => async () => {
    const p = await pivotQuery(deps, {
      indicators: data.indicatorCodes,
      periods: [String(year)],
      rows: ['unit'],
      columns: ['indicator'],
      compare,
    });
    return `${p.cells.length} cells, ${p.cells.filter((c) => c.value !== null).length} with a value`;
  };
  return [
    await timed("a year's pivot by unit and indicator", runs, pivot([])),
    await timed('the same with cùng kỳ and growth', runs, pivot(['prevYear', 'growth'])),
    await timed("one indicator's year by unit (GET /analytics)", runs, async () => {
      const r = await analyticsQuery(deps, { indicator: data.indicatorCodes[0]!, period: String(year), by: 'unit' });
      return `${r.rows.length} rows`;
    }),
    await timed('sector dashboard for December', runs, async () => {
      const d = await dashboard(deps, { period: `${year}-12` });
      return `${d.items.length} headline figures`;
    }),
  ];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const n = Number(option('stat-values') ?? 1_800_000);
  const runs = Number(option('runs') ?? 5);
  const dbOption = option('db') ?? (postgresBaseUrl() ? 'both' : 'sqlite');
  const kinds: DbKind[] = dbOption === 'both' ? ['sqlite', 'postgres'] : [dbOption as DbKind];
  const lines = [
    '## Sector analytics in-process (statPivotBench.ts)',
    '',
    machineLine(),
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}. One warm-up, then ${runs} runs.`,
    '',
    '| database | values | what | median | min | answer |',
    '|---|---|---|---|---|---|',
  ];
  for (const kind of kinds) {
    const fresh = await freshDatabase(kind);
    const db = openDb({ databaseUrl: fresh.databaseUrl, sqlitePath: fresh.sqlitePath });
    try {
      await migrateToLatest(db);
      const data = await generateStatValues(db, n, fresh.sqlitePath);
      console.error(`[bench] ${kind}: ${data.values} values in ${data.seconds.toFixed(1)} s`);
      for (const t of await timeStatPivot(db, data, { runs }))
        lines.push(
          `| ${kind} | ${data.values.toLocaleString('en-US')} | ${t.label} | ${t.medianMs.toFixed(0)} ms | ${t.minMs.toFixed(0)} ms | ${t.note} |`,
        );
    } finally {
      await db.close();
      await fresh.drop();
    }
  }
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
