// Small helpers every bench script uses: the median of runs, and waiting for a quieter machine before timing.
import os from 'node:os';

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
