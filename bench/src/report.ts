/** The markdown report: machine, dataset, command, and per query our figures next to the peer's and raw SQL. */
import os from 'node:os';
import type { CandidatesResult } from './candidates.ts';
import type { Ceiling } from './ceiling.ts';
import type { DbKind } from './databases.ts';
import type { HistoryStats } from './history.ts';

/**
 * Directus figures from ../shared/PERFORMANCE.md (100k people, 64 connections, same kind of machine):
 * measured elsewhere, not in this run, and labelled so in the report.
 */
export const PEER: Record<DbKind, Record<string, number>> = {
  sqlite: { a: 181, b: 168, c: 83 },
  postgres: { a: 161, b: 156, c: 108 },
};

export const QUERY_LABELS: Record<string, string> = {
  a: 'a. first page of 50, sorted by name',
  b: 'b. search "nguyen van", 50 results',
  c: 'c. one unit, sorted by name, page 3',
  d: 'd. rare-name search',
};

export interface QueryResult {
  id: string;
  path: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server process CPU (all threads) per answered request: robust to other load on the machine. */
  cpuMsPerRequest?: number;
  rawQps?: number;
}

export interface DbResult {
  kind: DbKind;
  people: number;
  generateSeconds: number;
  rareName: string;
  rareMatches: number;
  startMs: number;
  rssMb?: number;
  /** 1/5/15-minute load averages when the server started (other work on the machine skews figures). */
  loadAverage: string;
  queries: QueryResult[];
  /** Ten years of ratings and award history generated with the people. */
  history?: HistoryStats;
  /** P1: the province's candidate list through the API, and one ladder as hand-written SQL. */
  candidates?: CandidatesResult;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ratio = (x: number, y: number | undefined) => (y ? `${fmt(x / y, x / y >= 10 ? 0 : 1)}×` : '–');

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}`;
}

export function renderReport(opts: {
  command: string;
  duration: number;
  connections: number;
  machine: string;
  results: DbResult[];
  /** The bare node:http server measured in this run (ceiling.ts). */
  ceiling?: Ceiling;
}): string {
  const c = opts.ceiling;
  const lines = [
    `# thidua benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- machine: ${opts.machine}`,
    `- command: \`${opts.command}\``,
    `- load: autocannon in the bench process, ${opts.connections} connections, ${opts.duration} s per query after a short warm-up; server in its own process; raw SQL: one connection, one query at a time, 5 s`,
    c
      ? `- node:http ceiling (this run): a bare node:http server in its own process answering a fixed ${fmt(c.bodyBytes / 1024, 1)} KB JSON, same connections: ${fmt(c.reqPerSec)} req/s, p50 ${fmt(c.p50, 1)} ms, p99 ${fmt(c.p99, 1)} ms${c.cpuMsPerRequest === undefined ? '' : `, ${fmt(c.cpuMsPerRequest, 3)} ms CPU/req`} (load average ${c.loadAverage})`
      : '- node:http ceiling: not measured',
    "- × Directus: the peer's figures measured elsewhere (`../shared/PERFORMANCE.md`, same kind of machine), not in this run",
  ];
  for (const r of opts.results) {
    lines.push(
      '',
      `## ${r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — ${fmt(r.people)} people in 39 units`,
      '',
      `Dataset generated in ${fmt(r.generateSeconds, 1)} s${r.history ? ` (people, then ten years of history: ${fmt(Object.values(r.history.rows).reduce((s, n) => s + n, 0))} rows in ${fmt(r.history.seconds, 1)} s)` : ''}. Start to first healthy /api/health: ${fmt(r.startMs)} ms. ` +
        `Server RSS after the load: ${r.rssMb === undefined ? 'n/a' : `${fmt(r.rssMb)} MB`}. Rare name for d: "${r.rareName}" (${r.rareMatches} matches). ` +
        `Load average at server start: ${r.loadAverage}.`,
      '',
      '| query | req/s | p50 ms | p99 ms | non-2xx | × Directus (measured elsewhere, PERFORMANCE.md) | server CPU ms/req | raw SQL q/s | API ÷ raw | ÷ node:http ceiling |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const q of r.queries) {
      const peer = PEER[r.kind][q.id];
      const cells = [
        QUERY_LABELS[q.id] ?? q.id,
        fmt(q.reqPerSec),
        fmt(q.p50, 1),
        fmt(q.p99, 1),
        `${q.non2xx + q.errors}${q.errors ? ` (${q.errors} errors/timeouts)` : ''}`,
        peer ? `${ratio(q.reqPerSec, peer)} (${peer})` : '–',
        q.cpuMsPerRequest === undefined ? '–' : fmt(q.cpuMsPerRequest, 2),
        q.rawQps === undefined ? '–' : fmt(q.rawQps),
        q.rawQps ? ratio(q.reqPerSec, q.rawQps) : '–',
        c?.reqPerSec ? `${fmt((100 * q.reqPerSec) / c.reqPerSec)} %` : '–',
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  lines.push(...candidateTable(opts.results));
  lines.push(
    '',
    'Targets (docs/performance.md, P2/P5): ≥ 10× Directus on a, b, c; p99 < 50 ms at 64 connections; start < 2 s; RSS < 250 MB under load.',
    '',
  );
  return lines.join('\n');
}

const ms = (n: number) => fmt(n, n < 100 ? 1 : 0);

/** P1 side by side: the whole candidate computation through the API, and one ladder as raw SQL. */
function candidateTable(results: DbResult[]): string[] {
  const rows = results.filter((r) => r.candidates);
  if (!rows.length) return [];
  const lines = [
    '',
    '## P1 — candidate lists of the whole province, year 2026',
    '',
    'API: `GET /api/v1/eligibility/candidates?orgId=<root>&year=2026&include=all` (every ladder, every subject), ' +
      'timed to the last byte, one warm-up then runs one after another. SQL: the CSTĐ cấp tỉnh ladder alone as one ' +
      'hand-written statement on one connection (`bench/src/candidates.ts`), timed the same way; and the API for that ' +
      'ladder alone (`&awardCode=provincial_emulation_fighter`).',
    '',
    '| database | history rows | subjects judged | list items | API median ms | API min ms | server RSS MB | CSTĐ tỉnh SQL median ms | SQL min ms | CSTĐ tỉnh: API / SQL | API ÷ SQL (median) | CSTĐ tỉnh API median ms | its ÷ SQL |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const { api, sql, apiError } = r.candidates!;
    const history = r.history ? Object.values(r.history.rows).reduce((s, n) => s + n, 0) : undefined;
    const match = api
      ? `${fmt(api.ladderCount)} / ${fmt(sql.count)}${api.ladderCount === sql.count ? '' : ' ≠'}`
      : `– / ${fmt(sql.count)}`;
    const cells = [
      r.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      history === undefined ? '–' : `${fmt(history)} (${fmt(r.history!.seconds, 1)} s)`,
      api ? fmt(api.subjectsJudged) : '–',
      api ? fmt(api.items) : '–',
      api ? ms(api.medianMs) : apiError ? `n/a (${apiError.slice(0, 40)})` : 'n/a',
      api ? ms(api.minMs) : '–',
      api?.rssMb === undefined ? '–' : fmt(api.rssMb),
      ms(sql.medianMs),
      ms(sql.minMs),
      match,
      api ? ratio(api.medianMs, sql.medianMs) : '–',
      api?.ladder ? ms(api.ladder.medianMs) : '–',
      api?.ladder ? ratio(api.ladder.medianMs, sql.medianMs) : '–',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    `Target P1: whole-province candidate computation < 1 s and within 2× of the hand-written SQL for one ladder, on both databases (reported, not asserted); runs per figure: ${rows[0]!.candidates!.sql.runs}.`,
  );
  return lines;
}
