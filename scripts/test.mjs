// `npm test`: every suite, which ran and which were skipped (and why), then "N passed, N failed".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureServerBuilt, ensureWebBuilt, freePort, startServer, waitForHealth } from './lib.mjs';

const CI = process.env.CI === 'true';
// `npm test -- --only=browser` (or `--only=vitest`) runs one suite while working on it; CI runs both.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only && CI) throw new Error('--only is for development; CI runs every suite.');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
const suites = [];
let passed = 0;
let failed = 0;

function record(name, status, detail, p = 0, f = 0) {
  suites.push({ name, status, detail });
  passed += p;
  failed += f;
}

// 1. Unit (packages/domain, apps/web helpers) and integration (apps/server through HTTP; SQLite, and PostgreSQL when TEST_DATABASE_URL is set).
if (!only || only === 'vitest') {
  const json = path.join(out, 'vitest.json');
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (fs.existsSync(json)) {
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    const skipped = report.numPendingTests + report.numTodoTests;
    record(
      'unit + integration (vitest)',
      report.numFailedTests || r.status ? 'failed' : 'ran',
      `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
      report.numPassedTests,
      report.numFailedTests + (r.status && !report.numFailedTests ? 1 : 0),
    );
    if (skipped) record('skipped tests inside vitest', 'skipped', `${skipped} test(s) marked skip/todo`);
  } else record('unit + integration (vitest)', 'failed', `vitest exited with ${r.status}`, 0, 1);
  record('integration on SQLite', 'ran', 'in-memory SQLite per test file');
  if (process.env.TEST_DATABASE_URL)
    record('integration on PostgreSQL', 'ran', 'TEST_DATABASE_URL (a fresh database per test file)');
  else
    record(
      'integration on PostgreSQL',
      'skipped',
      'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
    );
}

// 2. Browser: the built app in Debian's Chromium, against a real server with a fresh database.
if (only && only !== 'browser') {
  // another suite was asked for
} else if (!fs.existsSync(CHROMIUM)) {
  record('browser (Playwright, Chromium)', 'skipped', `${CHROMIUM} not found (apt-get install -y chromium)`);
} else {
  let server;
  try {
    ensureWebBuilt();
    await ensureServerBuilt();
    const port = await freePort();
    const password = `E2e-${Math.random().toString(36).slice(2)}-Aa1`;
    const dataDir = path.join(out, 'e2e-data');
    server = startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      THIDUA_DATA_DIR: dataDir,
      THIDUA_ADMIN_PASSWORD: password,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // Deadline scenarios move the server's clock (admin-only /api/v1/test/clock; real time until set).
      THIDUA_TEST_CLOCK: '1',
    });
    let log = '';
    server.stdout.on('data', (d) => (log += d));
    server.stderr.on('data', (d) => (log += d));
    await waitForHealth(`http://127.0.0.1:${port}/api/health`).catch((e) => {
      throw new Error(`${e.message}\n${log}`);
    });
    const json = path.join(out, 'e2e.json');
    const r = spawnSync('npx', ['playwright', 'test', '-c', 'apps/web/playwright.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: `http://127.0.0.1:${port}`,
        E2E_ADMIN_PASSWORD: password,
        PLAYWRIGHT_JSON_OUTPUT_NAME: json,
      },
    });
    if (fs.existsSync(json)) {
      const s = JSON.parse(fs.readFileSync(json, 'utf8')).stats;
      const f = s.unexpected + (r.status && !s.unexpected ? 1 : 0);
      record(
        'browser (Playwright, Chromium)',
        f ? 'failed' : 'ran',
        `${s.expected} passed, ${s.unexpected} failed, ${s.skipped} skipped, ${s.flaky} flaky`,
        s.expected + s.flaky,
        f,
      );
      if (s.skipped) record('skipped browser tests', 'skipped', `${s.skipped} test(s) skipped`);
    } else record('browser (Playwright, Chromium)', 'failed', `playwright exited with ${r.status}`, 0, 1);
  } catch (e) {
    record('browser (Playwright, Chromium)', 'failed', e.message.split('\n').slice(0, 20).join('\n'), 0, 1);
  } finally {
    server?.kill('SIGTERM');
  }
}

console.log('\nSuites:');
for (const s of suites) console.log(`  ${s.status.padEnd(8)} ${s.name} — ${s.detail}`);
const skipped = suites.filter((s) => s.status === 'skipped');
if (CI && skipped.length) {
  console.log(`CI=true: ${skipped.length} suite(s) skipped; every suite must run in CI.`);
  failed += skipped.length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
