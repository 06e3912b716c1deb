import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../test/harness.ts';

type Headers = Record<string, string | string[] | number | undefined>;

/** What every answer carries, page, API, download or error alike. */
function expectSecurityHeaders(h: Headers, label: string) {
  const csp = String(h['content-security-policy']);
  expect(csp, label).toContain("default-src 'self'");
  expect(csp, label).toContain("script-src 'self'");
  expect(csp, label).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp, label).toContain("style-src 'self' 'unsafe-inline'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).not.toContain('upgrade-insecure-requests');
  expect(h['x-content-type-options'], label).toBe('nosniff');
  expect(h['x-frame-options'], label).toBe('DENY');
  expect(h['referrer-policy'], label).toBe('no-referrer');
  expect(String(h['permissions-policy']), label).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  expect(h['x-powered-by'], label).toBeUndefined();
}

describe.each(DIALECTS)('security headers (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-web-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'export {};');
    h = await makeHarness(dialect, { build: { webDir } });
    admin = await asAdmin(h);
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('the web app: index page and a client-side route, never cached stale; assets keep their immutable caching', async () => {
    for (const url of ['/', '/people']) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectSecurityHeaders(res.headers, url);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const asset = await h.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expectSecurityHeaders(asset.headers, 'asset');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('API answers with personal data, and errors, are not stored by any cache', async () => {
    const people = await admin.get('/api/v1/people');
    expect(people.statusCode).toBe(200);
    expectSecurityHeaders(people.headers, 'people');
    expect(people.headers['cache-control']).toBe('no-store');
    const missing = await admin.get('/api/v1/people/00000000-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing.headers, '404');
    expect(missing.headers['cache-control']).toBe('no-store');
    const anonymous = await h.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('downloads (Excel, Word) are not stored by any cache either', async () => {
    const xlsx = await admin.get('/api/v1/people/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expectSecurityHeaders(xlsx.headers, 'xlsx');
    expect(xlsx.headers['cache-control']).toBe('no-store');
    const root = (await admin.get('/api/v1/organisations')).json().items[0].id;
    const proposal = await admin.send('POST', '/api/v1/proposals', {
      orgId: root,
      title: 'Đề nghị khen thưởng năm 2026',
      year: 2026,
      items: [{ subjectKind: 'collective', subjectId: root, awardCode: 'excellent_collective' }],
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const docx = await admin.get(`/api/v1/proposals/${proposal.json().id}/submission.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expectSecurityHeaders(docx.headers, 'docx');
    expect(docx.headers['cache-control']).toBe('no-store');
  });

  it('the API docs page and its scripts load under the same policy', async () => {
    const page = await h.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expectSecurityHeaders(page.headers, 'docs');
    // Swagger UI's page has no inline script the policy would block.
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = await h.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(script.statusCode).toBe(200);
    expectSecurityHeaders(script.headers, 'docs script');
  });

  it('behind a TLS proxy, browsers are also told to stay on https', async () => {
    const tls = await makeHarness(dialect, { env: { THIDUA_TRUST_PROXY: 'true' } });
    try {
      const res = await tls.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await tls.close();
    }
  });
});
