/**
 * npx tsx bench/src/publicPagesBench.ts [--url http://127.0.0.1:3161] [--connections 64] [--duration 10]
 *   [--pid <server pid>] [--identity]
 *
 * The public pages (/cong-khai/…, the procedures catalog /thu-tuc and the lookup form /tra-cuu) under load, against
 * a server already running (e.g. the demo: `THIDUA_TRUST_PROXY=true node scripts/start.mjs`): autocannon,
 * `connections` connections for `duration` s after a 2 s warm-up, each request from another address
 * (X-Forwarded-For, honoured only behind a trusted proxy) so the per-address throttle lets the views through as it
 * would for many readers; without the proxy setting most answers are 429 and the non-2xx column says so. Requests
 * ask for gzip or brotli as a browser does (`--identity`: uncompressed). With `--pid` (the server's process; its
 * child processes count too, for `npx tsx`) the server's CPU time per request is reported: the steadiest figure on
 * a shared machine. Reports req/s, p50, p99, max and bytes per answer per page (target, not asserted: p99 under
 * 20 ms). Prints a markdown table.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon, { type Options, type Result } from 'autocannon';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const BASE = option('url') ?? 'http://127.0.0.1:3161';
const CONNECTIONS = Number(option('connections') ?? 64);
const DURATION = Number(option('duration') ?? 10);
const PID = option('pid');
const ENCODING = process.argv.includes('--identity') ? 'identity' : 'gzip, deflate, br';

/** Pages found by following the first link of a list (a decision, a procedure), when the server has one. */
async function firstLink(path: string, pattern: RegExp): Promise<string | undefined> {
  const body = await (await fetch(BASE + path, { headers: { 'x-forwarded-for': '10.255.255.254' } })).text();
  return pattern.exec(body)?.[0];
}
const PAGES = [
  '/cong-khai',
  '/cong-khai/quyet-dinh',
  await firstLink('/cong-khai/quyet-dinh', /\/cong-khai\/quyet-dinh\/[\w-]+/u),
  '/cong-khai/sang-kien',
  '/cong-khai/thong-ke',
  '/cong-khai/lay-y-kien',
  '/thu-tuc',
  await firstLink('/thu-tuc', /\/thu-tuc\/[\w.-]+(?=")/u),
  '/tra-cuu',
].filter((p): p is string => !!p);

/** CPU time (ms) of a process and its descendants, from /proc (Linux). */
function cpuMs(pid: string): number {
  const ticks = 100; // USER_HZ on Linux
  const one = (p: string): number => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const own = ((Number(f[11]) + Number(f[12])) * 1000) / ticks;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean);
      return own + children.reduce((s, c) => s + one(c), 0);
    } catch {
      return 0;
    }
  };
  return one(pid);
}

/** autocannon's per-request hook (not in the shared declaration): a new client address on every request. */
type WithSetup = Options & {
  requests: { setupRequest: (req: { headers?: Record<string, string> }) => { headers: Record<string, string> } }[];
};
let n = 0;
const options = (url: string, duration: number): WithSetup => ({
  url,
  connections: CONNECTIONS,
  duration,
  requests: [
    {
      setupRequest: (req) => {
        n++;
        return {
          ...req,
          headers: {
            ...req.headers,
            'accept-encoding': ENCODING,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
        };
      },
    },
  ],
});

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const rows: string[] = [];
for (const page of PAGES) {
  await autocannon(options(BASE + page, 2));
  const cpuBefore = PID ? cpuMs(PID) : 0;
  const r: Result = await autocannon(options(BASE + page, DURATION));
  const cpu = PID ? ((cpuMs(PID) - cpuBefore) / Math.max(1, r.requests.total)).toFixed(3) : '–';
  const bytes = Math.round(r.throughput.total / Math.max(1, r.requests.total));
  rows.push(
    `| ${page} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${cpu} | ${bytes} | ${r.non2xx} | ${load()} |`,
  );
  console.error(`[bench] ${page}: p99 ${r.latency.p99} ms, cpu ${cpu} ms/request, load ${load()}`);
}
console.log(
  `## Public pages\n\n${CONNECTIONS} connections, ${DURATION} s each, ${os.cpus().length} CPUs, accept-encoding ${ENCODING}; ${BASE}\n\n| page | req/s | p50 ms | p99 ms | max ms | server CPU ms/request | bytes/answer | non-2xx | load after |\n|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
