// Small helpers every bench script uses: the median of runs, and waiting for a quieter machine before timing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './server.ts';

/** The bench's progress line, on stderr so that the printed tables stay clean. */
export const log = (msg: string): void => console.error(`[bench] ${msg}`);

/** The median of the runs (the mean of the middle two for an even count). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Waits up to `maxSeconds` for the 1-minute load average to fall below 1: on a shared 2-core machine, timings
 *  taken under someone else's load say little. */
export async function waitForQuiet(maxSeconds = 180): Promise<void> {
  const started = Date.now();
  while (os.loadavg()[0]! > 1 && Date.now() - started < maxSeconds * 1000) {
    log(`load average ${os.loadavg()[0]!.toFixed(2)}: waiting for a quieter machine…`);
    await new Promise((r) => setTimeout(r, 15_000));
  }
}

/** Puts a script's section (its `## heading` and what follows) into bench/results/latest.md: in place of the same
 *  section when it is there, else at the end. */
export function writeResultsSection(heading: string, section: string): void {
  const out = path.join(REPO_ROOT, 'bench/results/latest.md');
  const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const start = before.indexOf(`\n${heading}\n`);
  let next = start >= 0 ? before.indexOf('\n## ', start + heading.length + 2) : -1;
  if (next < 0) next = before.length;
  const merged = start >= 0 ? before.slice(0, start + 1) + section + before.slice(next) : `${before}\n${section}`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, merged);
  log(`written to ${path.relative(process.cwd(), out) || out}`);
}
