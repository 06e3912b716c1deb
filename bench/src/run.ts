/**
 * npm run bench -- [--people 100000] [--db sqlite|postgres|both] [--duration 10] [--connections 64] [--candidate-runs 5] [--no-wait]
 *   [--no-onestop] [--no-stats] [--stat-values 1800000] [--no-import] [--no-report]
 *
 * Per database: fresh database → migrate → generated dataset → admin account →
 * the real server in its own process → sign in → autocannon on the people
 * list queries → server RSS → the province's candidate list (GET /api/v1/eligibility/candidates,
 * every ladder) → the same list queries as raw SQL on one connection → one ladder as hand-written SQL.
 * Prints a markdown table and writes it to bench/results/latest.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { openDb } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { createAdmin } from '../../apps/server/src/bootstrap.ts';
import { measureCeiling } from './ceiling.ts';
import { freshDatabase, postgresBaseUrl, type DbKind } from './databases.ts';
import { LADDER, ladderPostgres, ladderSqlite, timeCandidatesApi, type CandidatesResult } from './candidates.ts';
import { findRareName, generateDataset } from './generate.ts';
import { rawPostgres, rawQueries, rawSqlite } from './raw.ts';
import { machineLine, renderReport, type DbResult, type QueryResult } from './report.ts';
import { REPO_ROOT, cpuMs, rssMb, settle, signIn, startServer } from './server.ts';
import { log, waitForQuiet } from './measure.ts';

// P6 (national scale, PostgreSQL only) is its own script: `npm run bench -- --national [--people N]`.
if (process.argv.includes('--national')) {
  const args = process.argv.slice(2).filter((a) => a !== '--national');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench/src/national.ts'), ...args], {
    stdio: 'inherit',
    cwd: path.join(REPO_ROOT, 'bench'),
  });
  process.exit(0);
}

const ADMIN_PASSWORD = 'Bench@Quantri2026';
const WARMUP_SECONDS = 2;
const RAW_SECONDS = 5;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const people = Number(option('people') ?? 100_000);
const duration = Number(option('duration') ?? 10);
const connections = Number(option('connections') ?? 64);
const candidateRuns = Number(option('candidate-runs') ?? 5);
const YEAR = 2026;
const dbOption = option('db') ?? (postgresBaseUrl() ? 'both' : 'sqlite');
if (!['sqlite', 'postgres', 'both'].includes(dbOption))
  throw new Error(`--db must be sqlite, postgres or both, not ${dbOption}`);
const kinds: DbKind[] = dbOption === 'both' ? ['sqlite', 'postgres'] : [dbOption as DbKind];
if (kinds.includes('postgres') && !postgresBaseUrl())
  throw new Error('--db postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL');

async function load(url: string, cookie: string, seconds: number): Promise<Result> {
  return autocannon({ url, connections, duration: seconds, headers: { cookie } });
}

/** Other work on a shared 2-core machine skews every figure: wait a while for a quiet moment. */

async function benchDatabase(kind: DbKind): Promise<DbResult> {
  const fresh = await freshDatabase(kind);
  try {
    log(`${kind}: generating ${people} people…`);
    const db = openDb({ databaseUrl: fresh.databaseUrl, sqlitePath: fresh.sqlitePath });
    let dataset, rare;
    try {
      await migrateToLatest(db);
      dataset = await generateDataset(db, people);
      rare = await findRareName(db);
      await createAdmin(db, ADMIN_PASSWORD, false);
      db.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await db.close();
    }
    log(`${kind}: ${people} rows in ${dataset.seconds.toFixed(1)} s; rare name "${rare.name}" (${rare.matches})`);

    // Query c uses the unit in the middle of the list: an ordinary unit of ~1/39 of the rows.
    const unitId = dataset.unitIds[Math.floor(dataset.unitIds.length / 2)]!;
    const paths: Record<string, string> = {
      a: '/api/v1/people?page=1&pageSize=50',
      b: '/api/v1/people?q=nguyen%20van&pageSize=50',
      c: `/api/v1/people?orgId=${unitId}&subtree=false&page=3&pageSize=50`,
      d: `/api/v1/people?q=${encodeURIComponent(rare.name)}&pageSize=50`,
    };

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
    log(`${kind}: server healthy after ${Math.round(server.startMs)} ms (pid ${server.child.pid})`);
    const queries: QueryResult[] = [];
    let rss: number | undefined;
    let candidatesApi: CandidatesResult['api'] = null;
    let candidatesApiError: string | undefined;
    try {
      const cookie = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
      for (const [id, p] of Object.entries(paths)) {
        // One plain request first: a wrong answer should fail loudly, not as a fast 4xx benchmark.
        const res = await fetch(server.baseUrl + p, { headers: { cookie } });
        const body = (await res.json()) as { items?: { fullName: string }[]; total?: number };
        if (!res.ok || !body.items?.length)
          throw new Error(`query ${id} ${p} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
        log(`${kind} ${id}: ${body.items.length} items, total ${body.total}, first ${body.items[0]!.fullName}`);
        await load(server.baseUrl + p, cookie, WARMUP_SECONDS);
        await settle(server.baseUrl);
        const cpuBefore = cpuMs(server.child.pid);
        const r = await load(server.baseUrl + p, cookie, duration);
        const drained = await settle(server.baseUrl);
        const cpuAfter = cpuMs(server.child.pid);
        const cpuPerRequest =
          cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total
            ? (cpuAfter - cpuBefore) / r.requests.total
            : undefined;
        if (drained > 1000) log(`${kind} ${id}: server needed ${(drained / 1000).toFixed(1)} s to drain its backlog`);
        queries.push({
          id,
          path: p,
          reqPerSec: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          ...(cpuPerRequest === undefined ? {} : { cpuMsPerRequest: cpuPerRequest }),
        });
        log(
          `${kind} ${id}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, server CPU ${cpuPerRequest?.toFixed(2)} ms/req`,
        );
      }
      rss = rssMb(server.child.pid);

      // P1: the whole province's candidate list, every ladder (after the list load, so RSS above is unchanged).
      await settle(server.baseUrl);
      const api = await timeCandidatesApi(
        server.baseUrl,
        cookie,
        server.child.pid,
        dataset.rootId,
        YEAR,
        candidateRuns,
      );
      if (api && 'error' in api) {
        candidatesApiError = api.error;
        log(`${kind} candidates: the API answered ${api.error}`);
      } else {
        candidatesApi = api;
        const one = await timeCandidatesApi(
          server.baseUrl,
          cookie,
          server.child.pid,
          dataset.rootId,
          YEAR,
          candidateRuns,
          LADDER,
        );
        if (api && one && !('error' in one)) {
          api.ladder = { medianMs: one.medianMs, minMs: one.minMs, runs: one.runs, items: one.items };
          log(`${kind} candidates for ${LADDER} only: ${one.items} items, median ${one.medianMs.toFixed(0)} ms`);
        }
        if (api)
          log(
            `${kind} candidates: ${api.items} items of ${api.subjectsJudged} subjects, median ${api.medianMs.toFixed(0)} ms, min ${api.minMs.toFixed(0)} ms, ${LADDER} ${api.ladderCount}, RSS ${api.rssMb?.toFixed(0)} MB`,
          );
      }
    } catch (e) {
      log(`server output:\n${server.output()}`);
      throw e;
    } finally {
      await server.stop();
    }

    // Raw SQL after the server stopped, so the two do not share the CPU.
    for (const q of rawQueries(unitId, rare.name)) {
      const qps =
        kind === 'sqlite'
          ? rawSqlite(fresh.sqlitePath!, q, RAW_SECONDS)
          : await rawPostgres(fresh.databaseUrl!, q, RAW_SECONDS);
      const target = queries.find((x) => x.id === q.id);
      if (target) target.rawQps = qps;
      log(`${kind} raw ${q.id}: ${Math.round(qps)} q/s`);
    }
    const sql =
      kind === 'sqlite'
        ? ladderSqlite(fresh.sqlitePath!, YEAR, candidateRuns)
        : await ladderPostgres(fresh.databaseUrl!, YEAR, candidateRuns);
    log(
      `${kind} ladder SQL: ${sql.count} subjects, median ${sql.medianMs.toFixed(1)} ms, min ${sql.minMs.toFixed(1)} ms`,
    );
    if (candidatesApi && candidatesApi.ladderCount !== sql.count)
      log(`${kind}: MISMATCH — the API lists ${candidatesApi.ladderCount} for ${LADDER}, the SQL ${sql.count}`);
    return {
      kind,
      people,
      generateSeconds: dataset.seconds,
      ...(dataset.history ? { history: dataset.history } : {}),
      candidates: { api: candidatesApi, sql, ...(candidatesApiError ? { apiError: candidatesApiError } : {}) },
      rareName: rare.name,
      rareMatches: rare.matches,
      startMs: server.startMs,
      loadAverage,
      ...(rss === undefined ? {} : { rssMb: rss }),
      queries,
    };
  } finally {
    await fresh.drop();
  }
}

const machine = machineLine();
// The node:http ceiling in this run, so each API figure reads as a share of what Node itself can serve here.
const ceiling = await measureCeiling(connections, duration);
log(`node:http ceiling: ${Math.round(ceiling.reqPerSec)} req/s, p99 ${ceiling.p99} ms (load ${ceiling.loadAverage})`);
const results: DbResult[] = [];
for (const kind of kinds) results.push(await benchDatabase(kind));
const report = renderReport({
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  duration,
  connections,
  machine,
  results,
  ceiling,
});
console.log(report);
const out = path.join(REPO_ROOT, 'bench/results/latest.md');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, report);
log(`written to ${path.relative(process.cwd(), out) || out}`);

// The document builders (decision appendix, certificates) in their own process: their memory is
// reported apart from the server's, and they add their section to the file just written.
execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench/src/documents.ts')], {
  stdio: 'inherit',
  cwd: path.join(REPO_ROOT, 'bench'),
});

// The initiative registry and its review round, in-process (Fastify inject) on SQLite and, when
// configured, PostgreSQL: its own process too, adding its section after the documents'.
execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench/src/initiatives.ts')], {
  stdio: 'inherit',
  cwd: path.join(REPO_ROOT, 'bench'),
});

// The one-stop desk (Biểu 06 for the year, the desk's queues under load) over --onestop-dossiers N (1,000,000)
// dossiers in fresh databases and server processes; skipped with --no-onestop.
function passOn(from: string, to: string): string[] {
  const i = process.argv.indexOf(`--${from}`);
  return i >= 0 ? [`--${to}`, process.argv[i + 1]!] : [];
}
if (!process.argv.includes('--no-onestop'))
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'bench/src/onestopBench.ts'),
      ...passOn('onestop-dossiers', 'dossiers'),
      ...passOn('db', 'db'),
      ...passOn('duration', 'duration'),
      ...passOn('connections', 'connections'),
      ...(process.argv.includes('--no-wait') ? ['--no-wait'] : []),
    ],
    { stdio: 'inherit', cwd: path.join(REPO_ROOT, 'bench') },
  );

// Sector statistics (statBench.ts: --stat-values N values, 1,800,000 by default, 18,000,000 the full province:
// a year's pivot, the dashboard), then the analytics, entry-grid and import scripts beside it when present;
// skipped with --no-stats.
if (!process.argv.includes('--no-stats'))
  for (const script of ['statBench.ts', 'statPivotBench.ts', 'statEntryBench.ts', 'statImportBench.ts']) {
    const file = path.join(REPO_ROOT, 'bench/src', script);
    if (!fs.existsSync(file)) continue;
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        file,
        ...passOn('stat-values', 'stat-values'),
        ...passOn('db', 'db'),
        ...(process.argv.includes('--no-wait') ? ['--no-wait'] : []),
      ],
      { stdio: 'inherit', cwd: path.join(REPO_ROOT, 'bench') },
    );
  }

// The staff import and the refusal of an oversized sheet, through fresh server processes (their
// peak RSS is the server's own); skipped with --no-import.
if (!process.argv.includes('--no-import'))
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench/src/importBench.ts')], {
    stdio: 'inherit',
    cwd: path.join(REPO_ROOT, 'bench'),
  });

// The five-year summary report (JSON and DOCX, 2017–2021 and 2022–2026) over the province's data: --people,
// --onestop-dossiers (1,000,000) and --stat-values passed on; its own databases and server; skipped with --no-report.
if (!process.argv.includes('--no-report'))
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'bench/src/reportBench.ts'),
      ...passOn('people', 'people'),
      ...passOn('onestop-dossiers', 'dossiers'),
      ...passOn('stat-values', 'stat-values'),
      ...passOn('db', 'db'),
      ...(process.argv.includes('--no-wait') ? ['--no-wait'] : []),
    ],
    { stdio: 'inherit', cwd: path.join(REPO_ROOT, 'bench') },
  );
