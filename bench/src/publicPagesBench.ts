/**
 * npx tsx bench/src/publicPagesBench.ts [--url http://127.0.0.1:3161] [--connections 64] [--duration 10]
 *
 * The public pages (/cong-khai/…) under load, against a server already running (e.g. the demo:
 * `THIDUA_TRUST_PROXY=true node scripts/start.mjs`): autocannon, `connections` connections for `duration` s after
 * a 2 s warm-up, each request from another address (X-Forwarded-For, honoured only behind a trusted proxy) so the
 * per-address throttle lets the views through as it would for many readers; without the proxy setting most answers
 * are 429 and the non-2xx column says so. Reports req/s, p50, p99 and max per page (target, not asserted: p99 under
 * 20 ms). Prints a markdown table.
 */
import os from 'node:os';
import autocannon, { type Options, type Result } from 'autocannon';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const BASE = option('url') ?? 'http://127.0.0.1:3161';
const CONNECTIONS = Number(option('connections') ?? 64);
const DURATION = Number(option('duration') ?? 10);
const PAGES = [
  '/cong-khai',
  '/cong-khai/quyet-dinh',
  '/cong-khai/sang-kien',
  '/cong-khai/thong-ke',
  '/cong-khai/lay-y-kien',
];

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
          headers: { ...req.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        };
      },
    },
  ],
});

const rows: string[] = [];
for (const page of PAGES) {
  await autocannon(options(BASE + page, 2));
  const r: Result = await autocannon(options(BASE + page, DURATION));
  rows.push(
    `| ${page} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.non2xx} |`,
  );
  console.error(`[bench] ${page}: p99 ${r.latency.p99} ms`);
}
console.log(
  `## Public pages\n\n${CONNECTIONS} connections, ${DURATION} s each, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}; ${BASE}\n\n| page | req/s | p50 ms | p99 ms | max ms | non-2xx |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
