/**
 * npm run bench -- --national [--people 3000000] [--provinces 34] [--duration 10] [--connections 64] [--runs 3] [--keep]
 *
 * P6, national scale on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL): a throwaway database, migrated,
 * loaded with a ministry's 34 provinces (nationalData.ts), then the real server in its own process: the people
 * lists a, b, c under autocannon, one province's whole candidate list, the five-year summary report of that
 * province, and the database's size with the indexes' share. Each figure carries the load average it was taken
 * under. Adds its section to bench/results/latest.md (replacing an older one).
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDb } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { createAdmin } from '../../apps/server/src/bootstrap.ts';
import { timeCandidatesApi } from './candidates.ts';
import { freshDatabase, postgresBaseUrl } from './databases.ts';
import { generateNational, loadavg, PROVINCES, type NationalDataset } from './nationalData.ts';
import { REPO_ROOT, cpuMs, rssMb, settle, signIn, startServer } from './server.ts';

const ADMIN_PASSWORD = 'Bench@Quantri2026';
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const people = Number(option('people') ?? 3_000_000);
const duration = Number(option('duration') ?? 10);
const connections = Number(option('connections') ?? 64);
const runs = Number(option('runs') ?? 3);
/** Fewer provinces (the first N) give a province of national size from a smaller load: `--provinces 1 --people 90000`. */
const provinceCount = Number(option('provinces') ?? PROVINCES.length);
const log = (m: string) => console.error(`[national] ${m}`);
if (!postgresBaseUrl()) throw new Error('--national needs BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');

interface ListFigure {
  id: string;
  path: string;
  total?: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  failed: number;
  cpuMsPerRequest?: number;
  load: string;
}
interface Timed {
  status: number;
  medianMs: number;
  minMs: number;
  bytes: number;
  load: string;
  detail?: string;
}
interface Sizes {
  databaseBytes: number;
  indexBytes: number;
  tables: { name: string; rows: number; total: number; indexes: number }[];
}

async function loadList(baseUrl: string, cookie: string, pid: number | undefined, id: string, p: string) {
  const res = await fetch(baseUrl + p, { headers: { cookie } });
  const body = (await res.json()) as { items?: unknown[]; total?: number };
  if (!res.ok || !body.items?.length) throw new Error(`${id} ${p} answered ${res.status}`);
  await autocannon({ url: baseUrl + p, connections, duration: 2, headers: { cookie } });
  await settle(baseUrl);
  const load = loadavg();
  const before = cpuMs(pid);
  const r = await autocannon({ url: baseUrl + p, connections, duration, headers: { cookie } });
  await settle(baseUrl);
  const after = cpuMs(pid);
  const f: ListFigure = {
    id,
    path: p,
    ...(body.total === undefined ? {} : { total: body.total }),
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
    ...(before !== undefined && after !== undefined && r.requests.total
      ? { cpuMsPerRequest: (after - before) / r.requests.total }
      : {}),
    load,
  };
  log(
    `${id}: ${Math.round(f.reqPerSec)} req/s, p99 ${f.p99} ms, CPU ${f.cpuMsPerRequest?.toFixed(2)} ms/req (load ${load})`,
  );
  return f;
}

/** One warm-up, then `runs` requests one after another, to the last byte. */
async function timeGet(baseUrl: string, cookie: string, p: string): Promise<Timed> {
  const load = loadavg();
  const samples: number[] = [];
  let status = 0;
  let bytes = 0;
  let detail: string | undefined;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const res = await fetch(baseUrl + p, { headers: { cookie } });
    const text = await res.text();
    const ms = performance.now() - t;
    status = res.status;
    bytes = text.length;
    if (!res.ok) {
      detail = text.slice(0, 200);
      break;
    }
    if (i > 0) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return {
    status,
    medianMs: samples[samples.length >> 1] ?? NaN,
    minMs: samples[0] ?? NaN,
    bytes,
    load,
    ...(detail ? { detail } : {}),
  };
}

async function sizes(url: string): Promise<Sizes> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const db = await c.query<{ d: string; i: string }>(
      `select pg_database_size(current_database()) d, coalesce(sum(pg_indexes_size(relid)), 0) i from pg_stat_user_tables`,
    );
    const t = await c.query<{ name: string; rows: string; total: string; indexes: string }>(
      `select relname name, n_live_tup rows, pg_total_relation_size(relid) total, pg_indexes_size(relid) indexes
       from pg_stat_user_tables order by pg_total_relation_size(relid) desc limit 8`,
    );
    return {
      databaseBytes: Number(db.rows[0]!.d),
      indexBytes: Number(db.rows[0]!.i),
      tables: t.rows.map((r) => ({
        name: r.name,
        rows: Number(r.rows),
        total: Number(r.total),
        indexes: Number(r.indexes),
      })),
    };
  } finally {
    await c.end();
  }
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const gb = (b: number) => `${fmt(b / 2 ** 30, 2)} GiB`;

function render(
  ds: NationalDataset,
  lists: ListFigure[],
  cand: Timed & { items?: number; subjects?: number },
  report: Timed,
  size: Sizes,
  server: { startMs: number; rssMb?: number },
): string {
  const historyRows = ds.steps
    .filter((s) => /^(ratings|award_|initiative|subject_|units)/u.test(s.step))
    .reduce((a, s) => a + (s.rows ?? 0), 0);
  const builds = ['key', 'index', 'foreign key'].map((k) => {
    const s = ds.steps.filter((x) => x.step.startsWith(`${k}: `));
    return `${s.length} ${k === 'index' ? 'indexes' : `${k}s`} ${fmt(
      s.reduce((a, x) => a + x.seconds, 0),
      1,
    )} s`;
  });
  const lines = [
    '',
    `## P6 — national scale on PostgreSQL: ${fmt(ds.people)} people, ${ds.provinceIds.length} provinces`,
    '',
    `Command: \`npm run bench -- --national ${process.argv.slice(2).join(' ')}\`. A ministry over ${ds.provinceIds.length} provincial departments of 39 units each; ` +
      `${fmt(ds.people)} people and ${fmt(historyRows)} history rows (${2022}–${2026}: ratings, LĐTT/CSTĐCS, Bằng khen, CSTĐ tỉnh, initiatives, discipline; units' ratings and titles), ` +
      `made on the server with \`insert … select generate_series\` from a Node-drawn pool of 200,000 names; keys, foreign keys and indexes dropped for the load and built after; then \`vacuum analyze\`. ` +
      `Generated in ${fmt(ds.seconds, 0)} s in all.`,
    '',
    '| step | rows | seconds |',
    '|---|---:|---:|',
    ...ds.steps
      .filter((s) => !/^(key|index|foreign key): /u.test(s.step))
      .map((s) => `| ${s.step} | ${s.rows === undefined ? '–' : fmt(s.rows)} | ${fmt(s.seconds, 1)} |`),
    `| rebuilt after the load: ${builds.join(', ')} | | ${fmt(
      ds.steps.filter((x) => /^(key|index|foreign key): /u.test(x.step)).reduce((a, x) => a + x.seconds, 0),
      1,
    )} |`,
    '',
    `Database size ${gb(size.databaseBytes)}, of which indexes ${gb(size.indexBytes)} (${fmt((100 * size.indexBytes) / size.databaseBytes)} %). ` +
      `Server start to healthy: ${fmt(server.startMs)} ms; RSS after the list load: ${server.rssMb === undefined ? 'n/a' : `${fmt(server.rssMb)} MB`}.`,
    '',
    '| table | rows | total | indexes |',
    '|---|---:|---:|---:|',
    ...size.tables.map((t) => `| ${t.name} | ${fmt(t.rows)} | ${gb(t.total)} | ${gb(t.indexes)} |`),
    '',
    `People lists, autocannon ${connections} connections, ${duration} s each after a 2 s warm-up (target p99 < 50 ms):`,
    '',
    '| query | total shown | req/s | p50 ms | p99 ms | failed | server CPU ms/req | load average |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...lists.map(
      (l) =>
        `| ${l.id} \`${l.path.replace(/orgId=[^&]+/u, 'orgId=<unit>')}\` | ${l.total === undefined ? '–' : fmt(l.total)} | ${fmt(l.reqPerSec)} | ${fmt(l.p50, 1)} | ${fmt(l.p99, 1)} | ${l.failed} | ${l.cpuMsPerRequest === undefined ? '–' : fmt(l.cpuMsPerRequest, 2)} | ${l.load} |`,
    ),
    '',
    `One province (${PROVINCES[0]}, ~${fmt(ds.people / ds.provinceIds.length)} people), one warm-up then ${runs} runs, to the last byte:`,
    '',
    '| request | status | median ms | min ms | answer | target | load average |',
    '|---|---:|---:|---:|---|---|---|',
    `| candidate list \`GET /api/v1/eligibility/candidates?orgId=<province>&year=2026&include=all\` | ${cand.status} | ${fmt(cand.medianMs)} | ${fmt(cand.minMs)} | ${cand.items === undefined ? (cand.detail ?? '') : `${fmt(cand.items)} items of ${fmt(cand.subjects ?? 0)} subjects, ${fmt(cand.bytes / 1024)} KB`} | < 2,000 ms | ${cand.load} |`,
    `| five-year report \`GET /api/v1/reports/summary?orgId=<province>&from=2022&to=2026\` | ${report.status} | ${fmt(report.medianMs)} | ${fmt(report.minMs)} | ${report.detail ?? `${fmt(report.bytes / 1024, 1)} KB`} | < 10,000 ms | ${report.load} |`,
    '',
  ];
  return lines.join('\n');
}

const fresh = await freshDatabase('postgres');
try {
  log(
    `database ${fresh.databaseUrl!.replace(/^.*\//u, '')}: migrating, then ${fmt(people)} people (load ${loadavg()})`,
  );
  const db = openDb({ databaseUrl: fresh.databaseUrl });
  let ds: NationalDataset;
  try {
    await migrateToLatest(db);
    ds = await generateNational(db, fresh.databaseUrl!, people, log, provinceCount);
    await createAdmin(db, ADMIN_PASSWORD, false);
  } finally {
    await db.close();
  }
  log(`generated in ${ds.seconds.toFixed(0)} s`);
  const size = await sizes(fresh.databaseUrl!);
  log(`database ${gb(size.databaseBytes)}, indexes ${gb(size.indexBytes)}`);

  const server = await startServer({
    ...fresh.serverEnv,
    THIDUA_SEED_DEMO: 'false',
    THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  });
  log(`server healthy after ${Math.round(server.startMs)} ms`);
  try {
    const cookie = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
    const unit = ds.firstProvinceUnits[Math.floor(ds.firstProvinceUnits.length / 2)]!;
    const lists: ListFigure[] = [];
    for (const [id, p] of [
      ['a', '/api/v1/people?page=1&pageSize=50'],
      ['b', '/api/v1/people?q=nguyen%20van&pageSize=50'],
      // Page 3 of one unit (~2,300 people at full scale); page 1 when a small run leaves fewer than 150 a unit.
      [
        'c',
        `/api/v1/people?orgId=${unit}&subtree=false&page=${people / provinceCount / 39 >= 150 ? 3 : 1}&pageSize=50`,
      ],
    ] as const)
      lists.push(await loadList(server.baseUrl, cookie, server.child.pid, id, p));
    const rss = rssMb(server.child.pid);
    const province = ds.provinceIds[0]!;
    const candLoad = loadavg();
    const api = await timeCandidatesApi(server.baseUrl, cookie, server.child.pid, province, 2026, runs);
    const cand: Timed & { items?: number; subjects?: number } =
      api && !('error' in api)
        ? {
            status: 200,
            medianMs: api.medianMs,
            minMs: api.minMs,
            bytes: api.bytes,
            load: candLoad,
            items: api.items,
            subjects: api.subjectsJudged,
          }
        : {
            status: api ? Number(/\d{3}/u.exec(api.error)?.[0] ?? 0) : 404,
            medianMs: NaN,
            minMs: NaN,
            bytes: 0,
            load: candLoad,
            detail: api ? api.error.slice(0, 120) : 'no route',
          };
    if (cand.detail) log(`candidates failed; server output:\n${server.output().slice(-4000)}`);
    log(`candidates: median ${fmt(cand.medianMs)} ms, ${cand.items} items (load ${candLoad})`);
    const report = await timeGet(server.baseUrl, cookie, `/api/v1/reports/summary?orgId=${province}&from=2022&to=2026`);
    log(`summary report: ${report.status}, median ${fmt(report.medianMs)} ms (load ${report.load})`);
    const section = render(ds, lists, cand, report, size, {
      startMs: server.startMs,
      ...(rss === undefined ? {} : { rssMb: rss }),
    });
    console.log(section);
    const out = path.join(REPO_ROOT, 'bench/results/latest.md');
    const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    const cut = old.indexOf('\n## P6 — national scale');
    const next = cut < 0 ? -1 : old.indexOf('\n## ', cut + 5);
    const kept = cut < 0 ? old : old.slice(0, cut) + (next < 0 ? '' : old.slice(next));
    fs.writeFileSync(out, kept.trimEnd() + '\n' + section);
    log(`section written to ${out}`);
  } catch (e) {
    log(`server output:\n${server.output()}`);
    throw e;
  } finally {
    await server.stop();
  }
} finally {
  if (process.argv.includes('--keep')) log(`kept ${fresh.databaseUrl}`);
  else await fresh.drop();
}
