/**
 * npx tsx bench/src/reportBench.ts [--people 100000] [--dossiers 1000000] [--stat-values 1800000]
 *   [--db sqlite|postgres|both] [--runs 3] [--no-wait] [--keep] [--sqlite-file FILE] [--database-url URL] [--save DIR]
 *
 * The five-year summary report (docs/reports.md) over a province's data, per database: a fresh database, migrated;
 * N people with ten years of award history and initiatives (generate.ts, history.ts), the one-stop desk's dossiers
 * (onestopData.ts), the sector statistics (statData.ts), movements and the Director's Giấy khen (reportData.ts), all
 * under one department; an admin; the real server in its own process. Timed, for 2017–2021 and 2022–2026, as JSON
 * (`GET /api/v1/reports/summary`) and as DOCX (`/reports/summary.docx`): one warm-up, then `runs` requests one after
 * another, to the last byte (median, minimum), the server's CPU per report, and its peak RSS (VmHWM) at the end.
 * Target (reported, not asserted): < 5 s. `--keep` leaves the databases (their place is logged);
 * `--sqlite-file` / `--database-url` time such a database again without generating; `--save DIR` writes each
 * span's JSON (without `computedAt`) for comparing the figures of two versions of the code. Prints a markdown
 * section and puts it into bench/results/latest.md in place of an earlier one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDb } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { createAdmin } from '../../apps/server/src/bootstrap.ts';
import { freshDatabase, postgresBaseUrl, type DbKind, type FreshDb } from './databases.ts';
import { generateDataset } from './generate.ts';
import { generateOnestop } from './onestopData.ts';
import { machineLine } from './report.ts';
import { generateReportExtras } from './reportData.ts';
import { cpuMs, signIn, startServer } from './server.ts';
import { generateStatValues } from './statData.ts';
import { log, median, waitForQuiet, writeResultsSection } from './measure.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const PEOPLE = Number(option('people') ?? 100_000);
const DOSSIERS = Number(option('dossiers') ?? 1_000_000);
const STAT_VALUES = Number(option('stat-values') ?? 1_800_000);
const RUNS = Number(option('runs') ?? 3);
const KEEP = process.argv.includes('--keep');
const SAVE = option('save');
const SQLITE_FILE = option('sqlite-file');
const DATABASE_URL = option('database-url');
const ADMIN_PASSWORD = 'Bench@Quantri2026';
const DESK_PASSWORD = 'Bench@Motcua2026';
const SECTION = '## Summary report (five years)';
const SPANS: [number, number][] = [
  [2017, 2021],
  [2022, 2026],
];
const dbOption = option('db') ?? (postgresBaseUrl() ? 'both' : 'sqlite');
const kinds: DbKind[] =
  SQLITE_FILE || DATABASE_URL
    ? [...(SQLITE_FILE ? ['sqlite' as const] : []), ...(DATABASE_URL ? ['postgres' as const] : [])]
    : dbOption === 'both'
      ? ['sqlite', 'postgres']
      : [dbOption as DbKind];
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Timing {
  span: string;
  format: 'JSON' | 'DOCX';
  medianMs: number;
  minMs: number;
  runs: number[];
  bytes: number;
  cpuMs?: number;
  load: string;
}
interface DbRun {
  kind: DbKind;
  rows: Record<string, number>;
  generateSeconds: number | null;
  sizeMb: number;
  timings: Timing[];
  peakRssMb?: number;
  startRssMb?: number;
}

/** Peak resident memory of a process (VmHWM), MB. */
function peakRssMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/u.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function existingDatabase(kind: DbKind, where: string): FreshDb {
  const keep = () => Promise.resolve();
  if (kind === 'postgres') return { kind, databaseUrl: where, serverEnv: { DATABASE_URL: where }, drop: keep };
  const file = path.resolve(where);
  if (path.basename(file) !== 'thidua.db') throw new Error('--sqlite-file must be named thidua.db (the server’s name)');
  return { kind, sqlitePath: file, serverEnv: { THIDUA_DATA_DIR: path.dirname(file) }, drop: keep };
}

/** Rows of the tables the report reads, counted in the database. */
async function countRows(d: FreshDb): Promise<{ rows: Record<string, number>; sizeMb: number }> {
  const db = openDb({ databaseUrl: d.databaseUrl, sqlitePath: d.sqlitePath });
  try {
    const rows: Record<string, number> = {};
    for (const t of [
      'people',
      'award_records',
      'initiatives',
      'movements',
      'decision_recipients',
      'dossiers',
      'transitions',
      'stat_values',
    ] as const) {
      const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(t)}`.execute(db.kysely);
      rows[t] = Number(r.rows[0]!.n);
    }
    let sizeMb: number;
    if (d.sqlitePath) {
      const files = [d.sqlitePath, `${d.sqlitePath}-wal`].filter((f) => fs.existsSync(f));
      sizeMb = files.reduce((t, f) => t + fs.statSync(f).size, 0) / 2 ** 20;
    } else {
      const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(db.kysely);
      sizeMb = Number(r.rows[0]!.n) / 2 ** 20;
    }
    return { rows, sizeMb };
  } finally {
    await db.close();
  }
}

async function generate(d: FreshDb): Promise<number> {
  const started = performance.now();
  const db = openDb({ databaseUrl: d.databaseUrl, sqlitePath: d.sqlitePath });
  try {
    await migrateToLatest(db);
    log(`${d.kind}: ${PEOPLE.toLocaleString('en-US')} people and ten years of history…`);
    const people = await generateDataset(db, PEOPLE);
    const orgs = new Map(
      (await db.kysely.selectFrom('organisations').select(['code', 'id']).execute()).map((o) => [o.code, o.id]),
    );
    log(`${d.kind}: movements and the Director's Giấy khen…`);
    const extras = await generateReportExtras(db, people.unitIds);
    log(`${d.kind}: ${JSON.stringify(extras)}; ${STAT_VALUES.toLocaleString('en-US')} statistics values…`);
    await generateStatValues(db, STAT_VALUES, d.sqlitePath, people.rootId);
    log(`${d.kind}: ${DOSSIERS.toLocaleString('en-US')} dossiers…`);
    await generateOnestop(db, DOSSIERS, DESK_PASSWORD, new Date().toISOString(), orgs);
    await createAdmin(db, ADMIN_PASSWORD, false);
    if (d.kind === 'postgres') await sql`vacuum analyze`.execute(db.kysely);
    db.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await db.close();
  }
  return (performance.now() - started) / 1000;
}

async function benchDatabase(kind: DbKind): Promise<DbRun> {
  const reused = kind === 'sqlite' ? SQLITE_FILE : DATABASE_URL;
  const fresh = reused ? existingDatabase(kind, reused) : await freshDatabase(kind);
  try {
    let generateSeconds: number | null = null;
    if (reused) {
      const db = openDb({ databaseUrl: fresh.databaseUrl, sqlitePath: fresh.sqlitePath });
      await migrateToLatest(db).finally(() => db.close());
    } else generateSeconds = await generate(fresh);
    const { rows, sizeMb } = await countRows(fresh);
    log(
      `${kind}: ${JSON.stringify(rows)}, ${sizeMb.toFixed(0)} MB, ` +
        (generateSeconds === null ? 'generated earlier' : `generated in ${generateSeconds.toFixed(0)} s`),
    );
    if (!process.argv.includes('--no-wait')) await waitForQuiet();
    const server = await startServer({
      ...fresh.serverEnv,
      THIDUA_SEED_DEMO: 'false',
      THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    });
    const startRssMb = peakRssMb(server.child.pid);
    const timings: Timing[] = [];
    try {
      const cookie = await signIn(server.baseUrl, 'admin', ADMIN_PASSWORD);
      for (const [from, to] of SPANS)
        for (const format of ['JSON', 'DOCX'] as const) {
          const p = `/api/v1/reports/summary${format === 'DOCX' ? '.docx' : ''}?from=${from}&to=${to}`;
          const load = loadAverage();
          const runs: number[] = [];
          let bytes = 0;
          let cpuBefore: number | undefined;
          for (let i = 0; i <= RUNS; i++) {
            if (i === 1) cpuBefore = cpuMs(server.child.pid);
            const t = performance.now();
            const res = await fetch(server.baseUrl + p, { headers: { cookie } });
            const body = Buffer.from(await res.arrayBuffer());
            const ms = performance.now() - t;
            if (!res.ok) throw new Error(`${p} answered ${res.status}: ${body.toString().slice(0, 300)}`);
            if (i > 0) runs.push(ms);
            bytes = body.length;
            if (i === 0 && format === 'JSON' && SAVE) {
              const data = JSON.parse(body.toString()) as Record<string, unknown>;
              delete data.computedAt;
              fs.mkdirSync(SAVE, { recursive: true });
              fs.writeFileSync(path.join(SAVE, `${kind}-${from}-${to}.json`), JSON.stringify(data, null, 1));
            }
          }
          const cpuAfter = cpuMs(server.child.pid);
          const t: Timing = {
            span: `${from}–${to}`,
            format,
            medianMs: median(runs),
            minMs: Math.min(...runs),
            runs,
            bytes,
            load,
            ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMs: (cpuAfter - cpuBefore) / RUNS } : {}),
          };
          timings.push(t);
          log(
            `${kind} ${t.span} ${format}: median ${t.medianMs.toFixed(0)} ms, min ${t.minMs.toFixed(0)} ms, CPU ${t.cpuMs?.toFixed(0)} ms, ${bytes} bytes (load ${load})`,
          );
        }
      const peak = peakRssMb(server.child.pid);
      return {
        kind,
        rows,
        generateSeconds,
        sizeMb,
        timings,
        ...(peak === undefined ? {} : { peakRssMb: peak }),
        ...(startRssMb === undefined ? {} : { startRssMb }),
      };
    } catch (e) {
      log(`server output:\n${server.output()}`);
      throw e;
    } finally {
      await server.stop();
    }
  } finally {
    if (KEEP && !reused) log(`${kind}: kept at ${fresh.sqlitePath ?? fresh.databaseUrl}`);
    else await fresh.drop();
  }
}

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const machine = machineLine();
const results: DbRun[] = [];
for (const kind of kinds) results.push(await benchDatabase(kind));
const lines = [
  SECTION,
  '',
  `\`bench/src/reportBench.ts ${process.argv.slice(2).join(' ')}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `machine: ${machine}. The real server in its own process, signed in as admin; each report one warm-up, then ` +
    `${RUNS} runs one after another, to the last byte. Target (not asserted): < 5 s.`,
];
for (const r of results) {
  lines.push(
    '',
    `### ${r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    `${Object.entries(r.rows)
      .map(([t, n]) => `${n0(n)} ${t}`)
      .join(', ')}; ` +
      (r.generateSeconds === null ? 'generated earlier' : `generated in ${n0(r.generateSeconds)} s`) +
      `; database ${n0(r.sizeMb)} MB. Server peak RSS ${r.peakRssMb?.toFixed(0) ?? '–'} MB (${r.startRssMb?.toFixed(0) ?? '–'} MB after start).`,
    '',
    '| span | format | median ms | min ms | runs ms | server CPU ms a report | bytes | load average before |',
    '|---|---|---:|---:|---|---:|---:|---|',
    ...r.timings.map(
      (t) =>
        `| ${t.span} | ${t.format} | ${n0(t.medianMs)}${t.medianMs > 5000 ? ' ⚠' : ''} | ${n0(t.minMs)} | ${t.runs.map(n0).join(' / ')} | ${t.cpuMs === undefined ? '–' : n0(t.cpuMs)} | ${n0(t.bytes)} | ${t.load} |`,
    ),
  );
}
lines.push('');
const section = lines.join('\n');
console.log(section);
writeResultsSection(SECTION, section);
