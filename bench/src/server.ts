/** The real server as a separate process, as in production: spawn, wait for health, sign in, read its memory. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** From spawn to the first 200 of /api/health. */
  startMs: number;
  stop(): Promise<void>;
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' };
  // The bench's own PostgreSQL variables must not leak into a SQLite run.
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  // The bundle `npm start` runs (built here when missing or stale), not the TypeScript loader.
  const built = spawnSync(process.execPath, ['-e', "import('./scripts/lib.mjs').then((m) => m.ensureServerBuilt())"], {
    stdio: 'inherit',
    cwd: REPO_ROOT,
  });
  if (built.status !== 0) throw new Error('server bundle failed to build');
  const started = performance.now();
  const child = spawn(process.execPath, ['apps/server/build/main.mjs'], {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;

  let startMs = -1;
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) {
        startMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  if (startMs < 0) {
    child.kill('SIGKILL');
    throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${out}`);
  }
  return {
    child,
    baseUrl,
    startMs,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Waits until the server answers /api/health quickly again: requests queued by
 * a finished load run (timed-out clients) must not spill into the next one.
 */
export async function settle(baseUrl: string, maxMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const t = performance.now();
    try {
      await fetch(`${baseUrl}/api/health`);
    } catch {
      // keep polling
    }
    if (performance.now() - t < 50) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - started;
}

/** Resident memory of a process in MB, from /proc (Linux only). */
export function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/u.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system, all threads) a process has used, in ms. Per request
 * it is the figure that survives a busy machine, unlike req/s.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100 on Linux)
  } catch {
    return undefined;
  }
}

/** Signs in like the web app and returns the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('thidua_sid='));
  if (!cookie) throw new Error('sign-in returned no session cookie');
  return cookie.split(';')[0]!;
}
