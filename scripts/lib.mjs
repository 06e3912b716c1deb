import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT, 'apps/web/dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'e2e') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources. */
export function ensureWebBuilt() {
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'apps/web/src')),
    newestMtime(path.join(ROOT, 'packages/domain/src')),
    newestMtime(path.join(ROOT, 'packages/contracts/src')),
    fs.existsSync(path.join(ROOT, 'apps/web/index.html'))
      ? fs.statSync(path.join(ROOT, 'apps/web/index.html')).mtimeMs
      : 0,
  );
  const built = fs.existsSync(WEB_DIST) ? fs.statSync(WEB_DIST).mtimeMs : 0;
  if (built >= sources) return;
  console.log('Đang build giao diện web (lần đầu mất khoảng 30 giây)…');
  const r = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Build giao diện web thất bại');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** The server as `npm start` runs it (the bundle; build it first with ensureServerBuilt). */
export function startServer(env) {
  return spawn(process.execPath, [path.join(ROOT, 'apps/server/build/main.mjs')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function waitForHealth(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy at ${url}`);
}

export const SERVER_BUILD = path.join(ROOT, 'apps/server/build/main.mjs');

/**
 * Bundles the server (with the workspace packages) into one ES module so that
 * `npm start` runs plain Node: no TypeScript loader at start-up. The bundle sits
 * at the same depth as src/, so its relative paths (web app, package.json) hold.
 */
export async function ensureServerBuilt() {
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'apps/server/src')),
    newestMtime(path.join(ROOT, 'packages/domain/src')),
    newestMtime(path.join(ROOT, 'packages/contracts/src')),
  );
  const built = fs.existsSync(SERVER_BUILD) ? fs.statSync(SERVER_BUILD).mtimeMs : 0;
  if (built >= sources) return;
  const { build } = await import('esbuild');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'apps/server/package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@thidua/'));
  await build({
    entryPoints: [path.join(ROOT, 'apps/server/src/main.ts')],
    outfile: SERVER_BUILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
}
