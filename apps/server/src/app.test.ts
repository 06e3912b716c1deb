import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, makeHarness, type Harness } from './test/harness.ts';
import { ConfigError, loadConfig } from './config.ts';

describe.each(DIALECTS)('HTTP surface (%s)', (dialect) => {
  let h: Harness;
  const web = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>thidua</title>');
  beforeAll(async () => {
    h = await makeHarness(dialect, { build: { webDir: web } });
  });
  afterAll(() => h.close());

  it('reports health: database, migrations and version', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: { dialect, reachable: true },
      migrations: { pending: 0 },
    });
  });

  it('answers unknown API paths with a JSON 404 and other pages with the web app', async () => {
    const api = await h.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
    expect(api.json().code).toBe('route_not_found');
    const page = await h.app.inject({ method: 'GET', url: '/can-bo/123' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>thidua</title>');
  });

  // PostgreSQL only: SQLite has no server to drop connections.
  if (dialect === 'postgres')
    it('stays up when PostgreSQL drops its idle connections', async () => {
      expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
        h.db.kysely,
      );
      await new Promise((r) => setTimeout(r, 200));
      const after = await h.app.inject({ method: 'GET', url: '/api/health' });
      expect(after.statusCode).toBe(200);
      expect(after.json().database.reachable).toBe(true);
    });

  it('publishes OpenAPI generated from the schemas, and a docs page', async () => {
    const spec = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3/);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/organisations', '/api/v1/people']),
    );
    expect(spec.paths['/api/v1/people'].get.parameters.map((p: { name: string }) => p.name)).toContain('q');
    const docs = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});

describe('configuration', () => {
  it('explains invalid settings in Vietnamese, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', THIDUA_ADMIN_PASSWORD: 'ngan' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL phải bắt đầu bằng postgres/);
    }
    expect(loadConfig({}).port).toBe(3000);
  });
});
