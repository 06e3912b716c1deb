/**
 * npx tsx bench/src/onestopBench.ts [--dossiers 1000000] [--db sqlite|postgres|both] [--runs 5]
 *   [--duration 10] [--connections 64] [--no-wait] [--plain-runs 1]
 *   [--sqlite-file FILE] [--database-url postgres://…]
 *
 * `--sqlite-file` / `--database-url` time a database generated before (`tsx bench/src/onestopData.ts`) instead of
 * a fresh one, and keep it: it is migrated first (the time of that is reported: at a million dossiers it is the
 * backfill of a new migration), its figures are counted. The plain count (Biểu 06 from the UTC instants, what the
 * report did before migration 125) is timed in-process `--plain-runs` times for comparison.
 *
 * The one-stop desk at a province's scale, per database: a fresh database, migrated; N dossiers with their
 * transitions (bench/src/onestopData.ts); an admin; the real server in its own process. Timed:
 * (a) Biểu 06 for the year, `GET /api/v1/one-stop/report?from=<1 Jan>&to=<31 Dec>` (one warm-up, then `runs`
 * requests one after another: median and minimum);
 * (b) the desk's queue pages under load (autocannon, `connections` connections for `duration` s after a 2 s
 * warm-up): the overdue queue, first and fifth page, as the clerk, and "mine" as an officer → req/s, p99, max.
 * Targets (reported, not asserted): report < 1 s, desk page p99 < 50 ms. Prints a markdown section and puts it
 * into bench/results/latest.md in place of an earlier one (appended when there is none).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDb, type Db } from '../../apps/server/src/db/index.ts';
import { onestopReport } from '../../apps/server/src/modules/onestopReport/report.ts';
import type { Deps } from '../../apps/server/src/platform/context.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { createAdmin } from '../../apps/server/src/bootstrap.ts';
import { freshDatabase, postgresBaseUrl, type DbKind, type FreshDb } from './databases.ts';
import { generateOnestop, type OnestopDataset } from './onestopData.ts';
import { machineLine } from './report.ts';
import { cpuMs, rssMb, settle, signIn, startServer } from './server.ts';
import { log, median, waitForQuiet, writeResultsSection } from './measure.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const N = Number(option('dossiers') ?? 1_000_000);
const RUNS = Number(option('runs') ?? 5);
const DURATION = Number(option('duration') ?? 10);
const CONNECTIONS = Number(option('connections') ?? 64);
const ADMIN_PASSWORD = 'Bench@Quantri2026';
const DESK_PASSWORD = 'Bench@Motcua2026';
const SECTION = '## One-stop desk';
const PLAIN_RUNS = Number(option('plain-runs') ?? 1);
const SQLITE_FILE = option('sqlite-file');
const DATABASE_URL = option('database-url');
const dbOption = option('db') ?? (postgresBaseUrl() ? 'both' : 'sqlite');
const kinds: DbKind[] =
  SQLITE_FILE || DATABASE_URL
    ? [...(SQLITE_FILE ? ['sqlite' as const] : []), ...(DATABASE_URL ? ['postgres' as const] : [])]
    : dbOption === 'both'
      ? ['sqlite', 'postgres']
      : [dbOption as DbKind];

interface LoadRow {
  label: string;
  path: string;
  user: string;
  total: number | undefined;
  reqPerSec: number;
  p99: number;
  max: number;
  non2xx: number;
  cpuMsPerRequest?: number;
}
interface DbRun {
  kind: DbKind;
  data: OnestopDataset;
  /** Generated for this run, or an earlier database reused (then the migration's time). */
  reused: boolean;
  migrateMs: number;
  sizeMb: number;
  loadAverage: string;
  report: {
    medianMs: number;
    minMs: number;
    maxMs: number;
    runs: number[];
    bytes: number;
    rows: number;
    /** The server process's CPU per report (on SQLite the database's work too; on PostgreSQL not). */
    serverCpuMs?: number;
  };
  plain: number[];
  loads: LoadRow[];
  rssMb?: number;
}

async function benchDatabase(kind: DbKind): Promise<DbRun> {
  const reused = kind === 'sqlite' ? SQLITE_FILE : DATABASE_URL;
  const fresh = reused ? existingDatabase(kind, reused) : await freshDatabase(kind);
  try {
    const db = openDb({ databaseUrl: fresh.databaseUrl, sqlitePath: fresh.sqlitePath });
    let data: OnestopDataset;
    let migrateMs = 0;
    try {
      const t = performance.now();
      await migrateToLatest(db);
      migrateMs = performance.now() - t;
      if (reused) {
        log(`${kind}: migrated ${reused} in ${(migrateMs / 1000).toFixed(1)} s`);
        data = await countDataset(db);
        if (kind === 'postgres') await sql`vacuum analyze dossiers`.execute(db.kysely);
      } else {
        log(`${kind}: generating ${N} dossiers…`);
        data = await generateOnestop(db, N, DESK_PASSWORD, new Date().toISOString());
      }
      if (!(await db.kysely.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst()))
        await createAdmin(db, ADMIN_PASSWORD, false);
      db.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await db.close();
    }
    const sizeMb = await databaseSizeMb(fresh);
    log(`${kind}: ${JSON.stringify(data)}, ${sizeMb.toFixed(0)} MB`);
    if (!process.argv.includes('--no-wait')) await waitForQuiet();
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
      const admin = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
      const clerk = await signIn(server.baseUrl, 'motcua', DESK_PASSWORD);
      const officer = await signIn(server.baseUrl, 'thuly', DESK_PASSWORD);
      const year = new Date().getUTCFullYear();
      const reportPath = `/api/v1/one-stop/report?from=${year}-01-01&to=${year}-12-31`;
      const samples: number[] = [];
      let bytes = 0;
      let rows = 0;
      let cpuBefore: number | undefined;
      for (let i = 0; i <= RUNS; i++) {
        if (i === 1) cpuBefore = cpuMs(server.child.pid);
        const t = performance.now();
        const res = await fetch(server.baseUrl + reportPath, { headers: { cookie: admin } });
        const text = await res.text();
        const ms = performance.now() - t;
        if (!res.ok) throw new Error(`report answered ${res.status}: ${text.slice(0, 300)}`);
        if (i > 0) samples.push(ms);
        bytes = text.length;
        rows = (JSON.parse(text) as { rows: unknown[] }).rows.length;
      }
      const cpuAfter = cpuMs(server.child.pid);
      const report = {
        ...(cpuBefore !== undefined && cpuAfter !== undefined ? { serverCpuMs: (cpuAfter - cpuBefore) / RUNS } : {}),
        medianMs: median(samples),
        minMs: Math.min(...samples),
        maxMs: Math.max(...samples),
        runs: samples,
        bytes,
        rows,
      };
      log(`${kind} report: median ${report.medianMs.toFixed(0)} ms, min ${report.minMs.toFixed(0)} ms, ${rows} rows`);
      const plain = await timePlain(fresh, year);

      const loads: LoadRow[] = [];
      const queues: [string, string, string, string][] = [
        ['overdue queue, page 1', '/api/v1/dossiers?queue=overdue&page=1', 'motcua', clerk],
        ['overdue queue, page 5', '/api/v1/dossiers?queue=overdue&page=5', 'motcua', clerk],
        ['mine, page 1', '/api/v1/dossiers?queue=mine&page=1', 'thuly', officer],
      ];
      for (const [label, p, user, cookie] of queues) {
        const res = await fetch(server.baseUrl + p, { headers: { cookie } });
        const body = (await res.json()) as { items?: unknown[]; total?: number };
        if (!res.ok) throw new Error(`${p} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
        log(`${kind} ${label}: ${body.items?.length} items of ${body.total}`);
        await autocannon({ url: server.baseUrl + p, connections: CONNECTIONS, duration: 2, headers: { cookie } });
        await settle(server.baseUrl);
        const before = cpuMs(server.child.pid);
        const r = await autocannon({
          url: server.baseUrl + p,
          connections: CONNECTIONS,
          duration: DURATION,
          headers: { cookie },
        });
        await settle(server.baseUrl);
        const after = cpuMs(server.child.pid);
        const row: LoadRow = {
          label,
          path: p,
          user,
          total: body.total,
          reqPerSec: r.requests.average,
          p99: r.latency.p99,
          max: r.latency.max,
          non2xx: r.non2xx + r.errors + r.timeouts,
          ...(before !== undefined && after !== undefined && r.requests.total
            ? { cpuMsPerRequest: (after - before) / r.requests.total }
            : {}),
        };
        loads.push(row);
        log(`${kind} ${label}: ${Math.round(row.reqPerSec)} req/s, p99 ${row.p99} ms, max ${row.max} ms`);
      }
      const rss = rssMb(server.child.pid);
      return {
        kind,
        data,
        reused: Boolean(reused),
        migrateMs,
        sizeMb,
        loadAverage,
        report,
        plain,
        loads,
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

/** A database generated before: kept after the run. */
function existingDatabase(kind: DbKind, where: string): FreshDb {
  const keep = () => Promise.resolve();
  if (kind === 'postgres') return { kind, databaseUrl: where, serverEnv: { DATABASE_URL: where }, drop: keep };
  const file = path.resolve(where);
  if (path.basename(file) !== 'thidua.db') throw new Error('--sqlite-file must be named thidua.db (the server’s name)');
  return { kind, sqlitePath: file, serverEnv: { THIDUA_DATA_DIR: path.dirname(file) }, drop: keep };
}

async function countDataset(db: Db): Promise<OnestopDataset> {
  const k = db.kysely;
  const n = async (q: Promise<{ n: unknown } | undefined>) => Number((await q)?.n ?? 0);
  const thuly = await k.selectFrom('users').select('id').where('username', '=', 'thuly').executeTakeFirst();
  const open = ['accepted', 'in_process', 'supplement', 'financial'] as const;
  return {
    dossiers: await n(
      k
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
    transitions: await n(
      k
        .selectFrom('transitions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('entity_type', '=', 'dossier')
        .executeTakeFirst(),
    ),
    pauses: await n(
      k
        .selectFrom('dossier_pauses')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
    legs: await n(
      k
        .selectFrom('dossier_legs')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ),
    seconds: 0,
    open: await n(
      k
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', 'in', open)
        .executeTakeFirst(),
    ),
    mine: await n(
      k
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', 'in', open)
        .where('assignee_id', '=', thuly?.id ?? '')
        .executeTakeFirst(),
    ),
  };
}

async function databaseSizeMb(d: FreshDb): Promise<number> {
  if (d.sqlitePath) {
    const files = [d.sqlitePath, `${d.sqlitePath}-wal`].filter((f) => fs.existsSync(f));
    return files.reduce((t, f) => t + fs.statSync(f).size, 0) / 2 ** 20;
  }
  const db = openDb({ databaseUrl: d.databaseUrl });
  try {
    const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(db.kysely);
    return Number(r.rows[0]!.n) / 2 ** 20;
  } finally {
    await db.close();
  }
}

/** Biểu 06 counted from the UTC instants row by row (the report before migration 125), in this process. */
async function timePlain(d: FreshDb, year: number): Promise<number[]> {
  const db = openDb({ databaseUrl: d.databaseUrl, sqlitePath: d.sqlitePath });
  const out: number[] = [];
  try {
    for (let i = 0; i < PLAIN_RUNS; i++) {
      const t = performance.now();
      await onestopReport(
        { db } as unknown as Deps,
        { from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'field' },
        {
          plain: true,
        },
      );
      out.push(performance.now() - t);
      log(`${d.kind} plain count: ${out.at(-1)!.toFixed(0)} ms`);
    }
  } finally {
    await db.close();
  }
  return out;
}

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const machine = machineLine();
const runs: DbRun[] = [];
for (const kind of kinds) runs.push(await benchDatabase(kind));
const lines = [
  SECTION,
  '',
  `\`bench/src/onestopBench.ts ${process.argv.slice(2).join(' ') || `--dossiers ${N}`}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `machine: ${machine}. The real server in its own process; the report one warm-up then ${RUNS} runs; ` +
    `the queues ${CONNECTIONS} connections for ${DURATION} s after a 2 s warm-up. Targets (not asserted): ` +
    `report < 1 s, desk page p99 < 50 ms.`,
];
for (const r of runs) {
  lines.push(
    '',
    `### ${r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    `${n0(r.data.dossiers)} dossiers (${n0(r.data.transitions)} transitions, ${n0(r.data.pauses)} pauses, ` +
      `${n0(r.data.legs)} legs; ${n0(r.data.open)} open, ${n0(r.data.mine)} held by thuly) ` +
      (r.reused
        ? `generated earlier, migrated in ${(r.migrateMs / 1000).toFixed(1)} s`
        : `generated in ${r.data.seconds.toFixed(0)} s`) +
      `; database ${n0(r.sizeMb)} MB; load average before the timings ${r.loadAverage}; server RSS after ${r.rssMb?.toFixed(0) ?? '–'} MB.`,
    '',
    `Biểu 06 for the year: median ${n0(r.report.medianMs)} ms, min ${n0(r.report.minMs)} ms, max ${n0(r.report.maxMs)} ms ` +
      `(runs ${r.report.runs.map(n0).join(' / ')}), ${r.report.rows} rows, ${n0(r.report.bytes)} bytes${r.report.medianMs > 1000 ? ' ⚠' : ''}` +
      (r.report.serverCpuMs === undefined ? '.' : `; server CPU ${n0(r.report.serverCpuMs)} ms a report.`) +
      (r.plain.length ? ` The plain count from instants, in-process: ${r.plain.map(n0).join(' / ')} ms.` : ''),
    '',
    '| queue | as | total | req/s | p99 ms | max ms | errors | server CPU ms/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...r.loads.map(
      (x) =>
        `| ${x.label} | ${x.user} | ${x.total === undefined ? '–' : n0(x.total)} | ${n0(x.reqPerSec)} | ${x.p99}${x.p99 > 50 ? ' ⚠' : ''} | ${x.max} | ${x.non2xx} | ${x.cpuMsPerRequest?.toFixed(2) ?? '–'} |`,
    ),
  );
}
lines.push('');
const section = lines.join('\n');
console.log(section);
writeResultsSection(SECTION, section);
