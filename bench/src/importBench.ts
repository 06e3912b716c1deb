/**
 * P3: Excel import through the real server process, as a clerk's browser sends it.
 *  1. N staff rows (100,000) imported for real (validation, duplicate check, people, name index,
 *     one audit entry for the import, one transaction): rows/s and the server's peak RSS.
 *  2. An oversized sheet (780,000 rows, about 19 MB) sent for a dry run: time until the refusal
 *     (413) and the server's peak RSS.
 * Each measurement runs in a fresh server process so its peak RSS (VmHWM) is its own; with --runs N
 * (3) each is repeated N times on a fresh database and the median is reported, with every run.
 *   npx tsx bench/src/importBench.ts [--rows 100000] [--refuse-rows 780000] [--db sqlite|postgres|both] [--runs 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { COLUMNS } from '../../apps/server/src/modules/people/sheet.ts';
import { Rng, randomName } from '../../apps/server/src/seed/names.ts';
import { freshDatabase, postgresBaseUrl, type DbKind } from './databases.ts';
import { REPO_ROOT, cpuMs, startServer } from './server.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const ADMIN_PASSWORD = 'Bench-import-2026';
const SECTION = '## Excel import (P3)';
/** Seeding the demo on a first start takes well over a minute when the shared machine is busy. */
const START_TIMEOUT_MS = 600_000;
const UNITS = ['VP', 'TTR', 'KHTC', 'QLCN', 'QLTM', 'QLNL', 'QLTT-D1', 'TTKC'];

/** The template's layout with shared strings, as Excel writes a workbook. */
async function writeSheet(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Danh sách cán bộ');
  ws.addRow(['STT', ...COLUMNS.map((c) => c.header)]).commit();
  const rng = new Rng(7);
  for (let i = 0; i < rows; i++) {
    const n = randomName(rng, i % 2 ? 'male' : 'female');
    ws.addRow([
      i + 1,
      n.familyName,
      n.middleName,
      n.givenName,
      n.gender === 'female' ? 'Nữ' : 'Nam',
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${1960 + (i % 35)}`,
      'Chuyên viên',
      UNITS[i % UNITS.length],
      'Công chức',
      '01/03/2010',
      'Đang công tác',
      `0${String(190000000000 + i).slice(1)}`,
    ]).commit();
  }
  await wb.commit();
}

/**
 * The oversized sheet: a block of people pasted down 780,000 rows, only the required columns
 * filled, so that it stays under the 20 MB upload cap (about 19 MB) and reaches the importer.
 */
async function writeOversized(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Danh sách cán bộ');
  ws.addRow(['STT', ...COLUMNS.map((c) => c.header)]).commit();
  const rng = new Rng(11);
  const names = Array.from({ length: 50 }, (_, i) => randomName(rng, i % 2 ? 'male' : 'female'));
  for (let i = 0; i < rows; i++) {
    const n = names[i % names.length]!;
    const row = ws.getRow(i + 2);
    row.getCell(2).value = n.familyName;
    row.getCell(4).value = n.givenName;
    row.getCell(5).value = n.gender === 'female' ? 'Nữ' : 'Nam';
    row.getCell(8).value = UNITS[i % UNITS.length]!;
    row.getCell(9).value = 'Công chức';
    row.commit();
  }
  await wb.commit();
}

const peakRssMb = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/u.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Measured {
  status: number;
  body: string;
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  startRss: number;
}

/** A fresh server process on the (already seeded) database; sign in; send the file; the server's peak RSS after. */
async function importOnce(env: Record<string, string>, file: Buffer, query: string): Promise<Measured> {
  const server = await startServer(
    {
      ...env,
      THIDUA_SEED_DEMO: 'true',
      THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    },
    START_TIMEOUT_MS,
  );
  try {
    const pid = server.child.pid!;
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('thidua_sid='))!
      .split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const form = new FormData();
    form.append('file', new Blob([file]), 'Danh sách cán bộ.xlsx');
    const startRss = peakRssMb(pid);
    const cpu0 = cpuMs(pid) ?? 0;
    const started = performance.now();
    const res = await fetch(`${server.baseUrl}/api/v1/people/import?${query}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: form,
    });
    const body = await res.text();
    const seconds = (performance.now() - started) / 1000;
    return {
      status: res.status,
      body,
      seconds,
      cpuSeconds: ((cpuMs(pid) ?? 0) - cpu0) / 1000,
      peakRss: peakRssMb(pid),
      startRss,
    };
  } finally {
    await server.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface Run {
  imp: Measured;
  ref: Measured;
}

/** One run on a fresh database: the import, then the refusal. */
async function runOnce(kind: DbKind, rows: number, ok: Buffer, big: Buffer): Promise<Run> {
  const target = await freshDatabase(kind);
  try {
    // The demo is seeded by a first start of its own: seeding happens once in a department's life, and its
    // high-water mark is not the import's.
    await (
      await startServer(
        {
          ...target.serverEnv,
          THIDUA_SEED_DEMO: 'true',
          THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
          LOG_LEVEL: 'warn',
        },
        START_TIMEOUT_MS,
      )
    ).stop();
    const imp = await importOnce(target.serverEnv, ok, 'dryRun=false&allowDuplicates=true');
    const result = JSON.parse(imp.body) as { imported?: number };
    if (imp.status !== 200 || result.imported !== rows)
      throw new Error(`import answered ${imp.status}: ${imp.body.slice(0, 500)}`);
    const ref = await importOnce(target.serverEnv, big, 'dryRun=true');
    if (ref.status !== 413 || !ref.body.includes('too_many_rows'))
      throw new Error(`oversized file answered ${ref.status}: ${ref.body.slice(0, 300)}`);
    console.log(
      `${kind}: ${Math.round(rows / imp.seconds)} rows/s (${imp.seconds.toFixed(2)} s, CPU ${imp.cpuSeconds.toFixed(2)} s, peak ${Math.round(imp.peakRss)} MB); refused in ${ref.seconds.toFixed(2)} s, peak ${Math.round(ref.peakRss)} MB`,
    );
    return { imp, ref };
  } finally {
    await target.drop();
  }
}

async function benchDatabase(
  kind: DbKind,
  rows: number,
  refuseRows: number,
  runs: number,
  files: { ok: string; big: string },
) {
  const ok = fs.readFileSync(files.ok);
  const big = fs.readFileSync(files.big);
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(kind, rows, ok, big));
  const m = (pick: (r: Run) => number) => median(all.map(pick));
  const each = (pick: (r: Run) => number, digits = 0) =>
    runs > 1 ? ` [${all.map((r) => pick(r).toLocaleString('en', { maximumFractionDigits: digits })).join(', ')}]` : '';
  const mb = (b: Buffer) => `${(b.length / 1e6).toFixed(1)} MB`;
  const rate = (r: Run) => Math.round(rows / r.imp.seconds);
  return [
    `| ${kind} | import ${rows.toLocaleString('en')} rows (${mb(ok)}) | ${m((r) => r.imp.seconds).toFixed(2)} s | ${m((r) => r.imp.cpuSeconds).toFixed(2)} s | ${m(rate).toLocaleString('en')} rows/s${each(rate)} | ${Math.round(m((r) => r.imp.peakRss))} MB${each((r) => Math.round(r.imp.peakRss))} (${Math.round(m((r) => r.imp.startRss))} at start) |`,
    `| ${kind} | refuse ${refuseRows.toLocaleString('en')} rows (${mb(big)}) | ${m((r) => r.ref.seconds).toFixed(2)} s${each((r) => r.ref.seconds, 2)} | ${m((r) => r.ref.cpuSeconds).toFixed(2)} s | 413 | ${Math.round(m((r) => r.ref.peakRss))} MB${each((r) => Math.round(r.ref.peakRss))} (${Math.round(m((r) => r.ref.startRss))} at start) |`,
  ];
}

const rows = Number(arg('rows', '100000'));
const refuseRows = Number(arg('refuse-rows', '780000'));
const runs = Number(arg('runs', '3'));
const db = arg('db', postgresBaseUrl() ? 'both' : 'sqlite');
const kinds: DbKind[] = db === 'both' ? ['sqlite', 'postgres'] : [db as DbKind];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-'));
try {
  const files = { ok: path.join(dir, `staff-${rows}.xlsx`), big: path.join(dir, `staff-${refuseRows}.xlsx`) };
  await writeSheet(files.ok, rows);
  await writeOversized(files.big, refuseRows);
  const lines = [
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${os.cpus().length} cores`,
    '',
    `Median of ${runs} run${runs > 1 ? 's' : ''} on each database (each run in brackets), a fresh database each, seeded by a first start; the import and the refusal each in a server process of their own.`,
    '',
    '| db | what | wall time | server CPU | result | server peak RSS |',
    '|---|---|---|---|---|---|',
  ];
  for (const kind of kinds) lines.push(...(await benchDatabase(kind, rows, refuseRows, runs, files)));
  const section = [
    SECTION,
    '',
    `Targets: import ≥ 20,000 rows/s with peak RSS < 300 MB; refusal < 2 s and < 200 MB.`,
    '',
    ...lines,
    '',
  ].join('\n');
  console.log(section);
  // The main bench rewrites latest.md: replace our section when it is there, else append it.
  const out = path.join(REPO_ROOT, 'bench/results/latest.md');
  const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const start = before.indexOf(`\n${SECTION}\n`);
  const next = start < 0 ? -1 : before.indexOf('\n## ', start + SECTION.length + 1);
  const rest = next < 0 ? '' : `\n${before.slice(next + 1)}`;
  const merged = start < 0 ? `${before.trimEnd()}\n\n${section}` : `${before.slice(0, start + 1)}${section}${rest}`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, merged);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
