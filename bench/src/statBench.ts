/**
 * npx tsx bench/src/statBench.ts [--stat-values 1800000] [--db sqlite|postgres|both] [--runs 5] [--no-wait]
 *
 * Sector statistics at scale, per database: a fresh database, migrated; 200 monthly indicators × U units × 5
 * options × 120 months (bench/src/statData.ts; --stat-values 18000000 is the full 150 units, the default
 * 1,800,000 is 15 units so `npm run bench` stays short); an admin; the real server in its own process. Timed:
 * (a) a year's pivot by unit and indicator, `POST /api/v1/analytics/pivot` (every indicator, every unit, 2025,
 * rows unit, columns indicator): one warm-up, then `runs` requests, median and minimum; the same aggregation as
 * one hand-written SQL statement on one connection, for the ratio; (b) the sector dashboard
 * (`GET /api/v1/analytics/dashboard?period=2025-12`). Reported with the generation time and database size.
 * Targets (reported, not asserted): pivot < 500 ms. The entry grid save and the 100,000-value import have
 * their own scripts (statEntryBench.ts, statImportBench.ts) run by `npm run bench` after this one. Prints a
 * markdown section and puts it into bench/results/latest.md in place of an earlier one.
 */
import os from 'node:os';
import { sql } from 'kysely';
import { openDb, type Db } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { createAdmin } from '../../apps/server/src/bootstrap.ts';
import { freshDatabase, postgresBaseUrl, type DbKind } from './databases.ts';
import { machineLine } from './report.ts';
import { rssMb, startServer } from './server.ts';
import { generateStatValues, type StatDataset } from './statData.ts';
import { log, median, waitForQuiet, writeResultsSection } from './measure.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const N = Number(option('stat-values') ?? 1_800_000);
const RUNS = Number(option('runs') ?? 5);
const YEAR = 2025;
const ADMIN_PASSWORD = 'Bench@Quantri2026';
const SECTION = '## Sector statistics';
const dbOption = option('db') ?? (postgresBaseUrl() ? 'both' : 'sqlite');
const kinds: DbKind[] = dbOption === 'both' ? ['sqlite', 'postgres'] : [dbOption as DbKind];

interface Timed {
  medianMs: number;
  minMs: number;
  runs: number[];
  note: string;
}
interface DbRun {
  kind: DbKind;
  data: StatDataset;
  loadAverage: string;
  rawPivot: Timed;
  pivot: Timed | string;
  single: Timed | string;
  dashboard: Timed | string;
  rssMb?: number;
}

/** One warm-up, then `RUNS` timed calls; `run` returns a short description of the answer. */
async function timed(run: () => Promise<string>): Promise<Timed> {
  let note = await run();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    note = await run();
    runs.push(performance.now() - t);
  }
  return { medianMs: median(runs), minMs: Math.min(...runs), runs, note };
}

/** The pivot's aggregation by hand: every indicator's year by unit, one statement. */
async function rawPivot(db: Db, data: StatDataset): Promise<Timed> {
  return timed(async () => {
    const r = await sql<{ n: number }>`
      select v.unit_id, v.indicator_id, sum(v.value) as s from stat_values v
      join stat_indicators i on i.id = v.indicator_id
      where i.source = 'bench' and v.year = ${YEAR} and v.period_type = 'month'
      group by v.unit_id, v.indicator_id`.execute(db.kysely);
    return `${r.rows.length} cells of ${data.units} units × ${data.indicators} indicators`;
  });
}

async function benchDatabase(kind: DbKind): Promise<DbRun> {
  const fresh = await freshDatabase(kind);
  try {
    log(`${kind}: generating ${N.toLocaleString('en-US')} values…`);
    const db = openDb({ databaseUrl: fresh.databaseUrl, sqlitePath: fresh.sqlitePath });
    let data: StatDataset;
    let raw: Timed;
    try {
      await migrateToLatest(db);
      data = await generateStatValues(db, N, fresh.sqlitePath);
      await createAdmin(db, ADMIN_PASSWORD, false);
      log(`${kind}: ${data.values} values in ${data.seconds.toFixed(1)} s, ${(data.bytes / 1e6).toFixed(0)} MB`);
      if (!process.argv.includes('--no-wait')) await waitForQuiet();
      raw = await rawPivot(db, data);
      log(`${kind} raw pivot SQL: median ${raw.medianMs.toFixed(0)} ms (${raw.note})`);
    } finally {
      await db.close();
    }
    const loadAverage = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const server = await startServer({
      ...fresh.serverEnv,
      THIDUA_SEED_DEMO: 'false',
      THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    });
    try {
      const { cookie, csrf } = await login(server.baseUrl);
      const call = async (method: string, p: string, body?: unknown) => {
        const res = await fetch(server.baseUrl + p, {
          method,
          headers: { cookie, ...(body ? { 'content-type': 'application/json', 'x-csrf-token': csrf } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, text: await res.text() };
      };
      const pivotBody = {
        indicators: data.indicatorCodes,
        periods: [String(YEAR)],
        units: data.unitIds,
        rows: ['unit'],
        columns: ['indicator'],
      };
      const attempt = async (label: string, run: () => Promise<{ status: number; text: string }>) => {
        const first = await run();
        if (first.status !== 200) return `${label} answered ${first.status} (${first.text.slice(0, 120)})`;
        return timed(async () => {
          const r = await run();
          if (r.status !== 200) throw new Error(`${label} answered ${r.status}: ${r.text.slice(0, 300)}`);
          const j = JSON.parse(r.text) as { cells?: unknown[]; items?: unknown[]; rows?: unknown[] };
          const [n, what] = j.cells
            ? [j.cells.length, 'cells']
            : j.items
              ? [j.items.length, 'items']
              : [j.rows?.length ?? 0, 'rows'];
          return `${n} ${what}, ${r.text.length.toLocaleString('en-US')} bytes`;
        });
      };
      const pivot = await attempt('pivot', () => call('POST', '/api/v1/analytics/pivot', pivotBody));
      log(
        `${kind} pivot: ${typeof pivot === 'string' ? pivot : `median ${pivot.medianMs.toFixed(0)} ms (${pivot.note})`}`,
      );
      const single = await attempt('one indicator', () =>
        call('GET', `/api/v1/analytics?indicator=${data.indicatorCodes[0]}&period=${YEAR}&by=unit`),
      );
      log(
        `${kind} one indicator by unit: ${typeof single === 'string' ? single : `median ${single.medianMs.toFixed(0)} ms (${single.note})`}`,
      );
      const dashboard = await attempt('dashboard', () => call('GET', `/api/v1/analytics/dashboard?period=${YEAR}-12`));
      log(
        `${kind} dashboard: ${typeof dashboard === 'string' ? dashboard : `median ${dashboard.medianMs.toFixed(0)} ms (${dashboard.note})`}`,
      );
      const rss = rssMb(server.child.pid);
      return {
        kind,
        data,
        loadAverage,
        rawPivot: raw,
        pivot,
        single,
        dashboard,
        ...(rss === undefined ? {} : { rssMb: rss }),
      };
    } catch (e) {
      log(`server output:\n${server.output()}`);
      throw e;
    } finally {
      await server.stop();
    }
  } finally {
    await fresh.drop();
  }
}

/** The admin's session cookie and CSRF token (writes, such as the pivot's POST, need both). */
async function login(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('thidua_sid='))!
    .split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const show = (t: Timed | string, target?: number) =>
  typeof t === 'string'
    ? `– (${t})`
    : `median ${n0(t.medianMs)} ms, min ${n0(t.minMs)} ms${target && t.medianMs > target ? ' ⚠' : ''} — ${t.note}`;
const machine = machineLine();
const runs: DbRun[] = [];
for (const kind of kinds) runs.push(await benchDatabase(kind));
const lines = [
  SECTION,
  '',
  `\`bench/src/statBench.ts --stat-values ${N}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `machine: ${machine}. 200 monthly indicators × units × 5 options × 120 months (2016–2025); the real server ` +
    `in its own process; one warm-up then ${RUNS} runs. Target (not asserted): a year's pivot < 500 ms.`,
];
for (const r of runs) {
  lines.push(
    '',
    `### ${r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    `${n0(r.data.values)} values (${r.data.units} units) generated in ${r.data.seconds.toFixed(0)} s ` +
      `(${n0(r.data.values / r.data.seconds)} values/s); database ${n0(r.data.bytes / 1e6)} MB; load average before ` +
      `the timings ${r.loadAverage}; server RSS after ${r.rssMb?.toFixed(0) ?? '–'} MB.`,
    '',
    '| what | figure |',
    '|---|---|',
    `| a year's pivot by unit and indicator, \`POST /api/v1/analytics/pivot\` | ${show(r.pivot, 500)} |`,
    `| the same aggregation, hand-written SQL | ${show(r.rawPivot)} |`,
    `| one indicator's year by unit, \`GET /api/v1/analytics?by=unit\` | ${show(r.single)} |`,
    `| sector dashboard, \`GET /api/v1/analytics/dashboard\` | ${show(r.dashboard)} |`,
  );
}
lines.push('');
const section = lines.join('\n');
console.log(section);
writeResultsSection(SECTION, section);
