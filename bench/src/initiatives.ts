/**
 * npm run bench:initiatives -w bench [-- --runs 5]
 *
 * The initiative registry (sáng kiến) at province scale, through the in-process app (Fastify
 * inject: no network, no separate server): 12 units, 3,000 people, 20,000 initiatives over
 * 2007–2026 with their authors, and one open review round of 300 initiatives × 15 reviewers with
 * every sheet filed (bench/src/initiativesData.ts). Timed: the registry's statistics and list for
 * five years, the chair's page of the round and its Excel export, one reviewer's queue, and a
 * reviewer saving a sheet. One warm-up, then `runs` requests one after another; median and minimum,
 * response size, and the process's peak RSS so far. SQLite in memory always; PostgreSQL too when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Prints a markdown section and puts it into
 * bench/results/latest.md in place of an earlier one (appended when there is none).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  asAdmin,
  makeHarness,
  signIn,
  type Client,
  type Harness,
  type Response,
} from '../../apps/server/src/test/harness.ts';
import { postgresBaseUrl, type DbKind } from './databases.ts';
import { DEFAULT_SIZES, REVIEWER_PASSWORD, generateInitiatives, type InitiativeData } from './initiativesData.ts';
import { machineLine } from './report.ts';
import { REPO_ROOT } from './server.ts';
import { log, median } from './measure.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const RUNS = option('runs', 5);
const SECTION = '## Initiatives';
const SLOW_MS = 2000;
// maxRSS is in kilobytes.
const rssMb = () => process.resourceUsage().maxRSS / 1024;

interface Row {
  label: string;
  medianMs: number;
  minMs: number;
  bytes: number;
  /** Items in the answer, when it is a JSON list. */
  items?: number;
  /** The process's peak RSS after this request's runs. */
  peakRssMb: number;
}

interface DbRun {
  kind: DbKind;
  data: InitiativeData;
  rows: Row[];
  /** Peak RSS after generating, and at the end. */
  genRssMb: number;
  peakRssMb: number;
}

function check(label: string, res: Response): Response {
  if (res.statusCode !== 200) throw new Error(`${label} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  return res;
}

function countItems(res: Response): number | undefined {
  if (!String(res.headers['content-type']).startsWith('application/json')) return undefined;
  const body = res.json() as { items?: unknown[] };
  return Array.isArray(body.items) ? body.items.length : undefined;
}

/** One warm-up, then RUNS timed requests; `request(i)` gets the run number (0 is the warm-up). */
async function measure(label: string, request: (i: number) => Promise<Response>): Promise<Row> {
  const first = check(label, await request(0));
  const samples: number[] = [];
  let last = first;
  for (let i = 1; i <= RUNS; i++) {
    const t = performance.now();
    last = check(label, await request(i));
    samples.push(performance.now() - t);
  }
  const items = countItems(last);
  const row: Row = {
    label,
    medianMs: median(samples),
    minMs: Math.min(...samples),
    bytes: last.rawPayload.length,
    ...(items === undefined ? {} : { items }),
    peakRssMb: rssMb(),
  };
  log(
    `${label}: median ${row.medianMs.toFixed(0)} ms, min ${row.minMs.toFixed(0)} ms, ${row.bytes} bytes, peak RSS ${row.peakRssMb.toFixed(0)} MB`,
  );
  return row;
}

async function benchDatabase(kind: DbKind): Promise<DbRun> {
  const h: Harness = await makeHarness(kind);
  try {
    const admin: Client = await asAdmin(h);
    log(`${kind}: generating…`);
    const data = await generateInitiatives(h, admin);
    const genRssMb = rssMb();
    log(`${kind}: ${JSON.stringify(data.rows)} in ${data.seconds.toFixed(1)} s, peak RSS ${genRssMb.toFixed(0)} MB`);
    const round = `/api/v1/initiative-rounds/${data.roundId}`;
    const reviewer = await signIn(h.app, data.reviewerNames[0]!, REVIEWER_PASSWORD);
    const rows: Row[] = [];
    rows.push(await measure('stats 2022–2026', () => admin.get('/api/v1/initiatives/stats?from=2022&to=2026')));
    rows.push(
      await measure('registry list 2022–2026, one page of 50', () =>
        admin.get('/api/v1/initiatives?from=2022&to=2026&pageSize=50'),
      ),
    );
    rows.push(
      await measure('registry list, last page of 50', () =>
        admin.get(
          `/api/v1/initiatives?from=2022&to=2026&pageSize=50&page=${Math.ceil(inRange(data, 2022, 2026) / 50)}`,
        ),
      ),
    );
    rows.push(
      await measure('registry export.xlsx 2022–2026', () =>
        admin.get('/api/v1/initiatives/export.xlsx?from=2022&to=2026'),
      ),
    );
    rows.push(await measure("round: chair's page", () => admin.get(round)));
    rows.push(await measure('round: export.xlsx', () => admin.get(`${round}/export.xlsx`)));
    rows.push(await measure("reviewer's queue", () => reviewer.get('/api/v1/initiative-reviews')));
    // A different initiative each run (the warm-up included), as a reviewer goes down his queue.
    const sheet = {
      action: 'score',
      scores: { novelty: 7, applicability: 6, effectiveness: 8, scope: 5 },
      comment: '',
    };
    rows.push(
      await measure('reviewer saves a sheet', (i) =>
        reviewer.send('PUT', `${round}/sheets/${data.roundItems[i * 7]!}`, sheet),
      ),
    );
    return { kind, data, rows, genRssMb, peakRssMb: rssMb() };
  } finally {
    await h.close();
  }
}

function inRange(d: InitiativeData, from: number, to: number): number {
  return [...d.perYear].reduce((sum, [y, n]) => sum + (y >= from && y <= to ? n : 0), 0);
}
const n0 = (v: number): string => Math.round(v).toLocaleString('en-US');
const ms = (v: number): string => v.toLocaleString('en-US', { maximumFractionDigits: v < 100 ? 1 : 0 });

if (!process.env.TEST_DATABASE_URL && postgresBaseUrl()) process.env.TEST_DATABASE_URL = postgresBaseUrl();
const kinds: DbKind[] = postgresBaseUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
const runs: DbRun[] = [];
for (const kind of kinds) runs.push(await benchDatabase(kind));

const s = DEFAULT_SIZES;
const rows0 = runs[0]!.data.rows;
const lines = [
  SECTION,
  '',
  `The in-process app (\`bench/src/initiatives.ts\`, Fastify inject, signed in as admin or as one reviewer), ` +
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; machine: ${machineLine()}. ` +
    `Data: ${s.units} units, ${n0(s.people)} people, ${n0(rows0.initiatives!)} initiatives ${s.fromYear}–${s.toYear} ` +
    `(${n0(rows0.initiative_authors!)} author rows; ~5% unrecognised, ~12% provincial, ~1% national, the rest grassroots), ` +
    `one open review round of ${s.inReview} initiatives × ${s.reviewers} reviewers with every sheet filed ` +
    `(${n0(rows0.initiative_reviews!)} sheets). One warm-up, then ${RUNS} requests one after another; ` +
    `the sheet save scores a different initiative each time. Peak RSS is the process's so far.`,
];
for (const r of runs) {
  lines.push(
    '',
    `### ${r.kind === 'sqlite' ? 'SQLite (in memory)' : 'PostgreSQL'}`,
    '',
    `Generated in ${r.data.seconds.toFixed(1)} s (peak RSS then ${n0(r.genRssMb)} MB); peak RSS at the end ${n0(r.peakRssMb)} MB. ` +
      `Initiatives counted in 2022–2026: ${n0(inRange(r.data, 2022, 2026))}.`,
    '',
    '| request | median ms | min ms | size bytes | items | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|',
    ...r.rows.map(
      (x) =>
        `| ${x.label} | ${ms(x.medianMs)}${x.medianMs > SLOW_MS ? ' ⚠' : ''} | ${ms(x.minMs)} | ${n0(x.bytes)} | ${x.items === undefined ? '–' : n0(x.items)} | ${n0(x.peakRssMb)} |`,
    ),
  );
}
const slow = runs.some((r) => r.rows.some((x) => x.medianMs > SLOW_MS));
lines.push(...(slow ? ['', `⚠: median over ${n0(SLOW_MS)} ms.`] : []), '');
const section = lines.join('\n');
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
log(`written to ${path.relative(process.cwd(), out) || out}`);
