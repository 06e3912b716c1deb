import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@thidua/domain';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../test/harness.ts';

const FAKE_ID = '00000000-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replace(/:(\w+)/g, FAKE_ID);

describe.each(DIALECTS)('authorisation matrix (%s)', (dialect) => {
  let h: Harness;
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    for (const role of ROLES) {
      await makeUser(admin, `vai.${role.replace(/_/g, '-')}`, [{ role, orgId: root }], 'Vai-tro@2026');
      clients.set(role, await signIn(h.app, `vai.${role.replace(/_/g, '-')}`, 'Vai-tro@2026'));
    }
  });
  afterAll(() => h.close());

  const apiRoutes = () => h.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));

  it('every API route declares who may call it', () => {
    const undeclared = apiRoutes().filter((r) => r.access === undefined);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(apiRoutes().length).toBeGreaterThan(15);
  });

  it('anonymous callers reach only public routes', async () => {
    for (const r of apiRoutes()) {
      const res = await h.app.inject({
        method: r.method as 'GET',
        url: concrete(r.url),
        payload: r.method === 'GET' ? undefined : {},
      });
      if (r.access === 'public') expect(res.statusCode, `${r.method} ${r.url}`).not.toBe(401);
      else expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('each role is refused exactly the routes it is not granted', async () => {
    for (const r of apiRoutes()) {
      if (r.access === 'public' || r.url === '/api/v1/auth/logout') continue;
      for (const role of ROLES) {
        const c = clients.get(role)!;
        const res = r.method === 'GET' ? await c.get(concrete(r.url)) : await c.send(r.method, concrete(r.url), {});
        const allowed = r.access === 'authenticated' || (Array.isArray(r.access) && r.access.includes(role));
        const label = `${role} ${r.method} ${r.url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (allowed) expect([401, 403].includes(res.statusCode), label).toBe(false);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it('the working-day calendar: anyone signed in reads it, only an administrator changes it', () => {
    const calendar = apiRoutes()
      .filter((r) => r.url.startsWith('/api/v1/calendar'))
      .map((r) => `${r.method} ${r.url} ${Array.isArray(r.access) ? r.access.join(',') : r.access}`)
      .sort();
    expect(calendar).toEqual([
      'DELETE /api/v1/calendar/days/:id admin',
      'GET /api/v1/calendar authenticated',
      'GET /api/v1/calendar/export.xlsx authenticated',
      'GET /api/v1/calendar/years authenticated',
      'POST /api/v1/calendar/days admin',
      'POST /api/v1/calendar/years admin',
      'PUT /api/v1/calendar/days/:id admin',
    ]);
  });

  it('the summary report: the office and the leaders read and edit it, only the leaders sign (docs/reports.md)', () => {
    const routes = apiRoutes()
      .filter((r) => r.url.startsWith('/api/v1/reports/summary'))
      .map((r) => `${r.method} ${r.url} ${Array.isArray(r.access) ? r.access.join(',') : r.access}`)
      .sort();
    expect(routes).toEqual([
      'GET /api/v1/reports/summary admin,emulation_officer,leader',
      'GET /api/v1/reports/summary.docx admin,emulation_officer,leader',
      'GET /api/v1/reports/summary/drafts admin,emulation_officer,leader',
      'GET /api/v1/reports/summary/drafts/:id admin,emulation_officer,leader',
      'GET /api/v1/reports/summary/drafts/:id/report.docx admin,emulation_officer,leader',
      'GET /api/v1/reports/summary/drafts/:id/versions admin,emulation_officer,leader',
      'POST /api/v1/reports/summary/drafts admin,emulation_officer,leader',
      'POST /api/v1/reports/summary/drafts/:id/sign admin,leader',
      'PUT /api/v1/reports/summary/drafts/:id admin,emulation_officer,leader',
    ]);
  });

  it('each role’s home: every role reads its own (docs/reports.md)', async () => {
    const home = apiRoutes().find((r) => r.url === '/api/v1/home' && r.method === 'GET');
    expect(home?.access).toEqual([...ROLES]);
    for (const role of ROLES) expect((await clients.get(role)!.get('/api/v1/home')).statusCode, role).toBe(200);
  });

  it('a unit officer reaches only people of his own unit', async () => {
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const a = (
      await admin.send('POST', '/api/v1/organisations', {
        parentId: root,
        code: 'PA',
        name: 'Phòng A',
        kind: 'division',
      })
    ).json();
    const b = (
      await admin.send('POST', '/api/v1/organisations', {
        parentId: root,
        code: 'PB',
        name: 'Phòng B',
        kind: 'division',
      })
    ).json();
    const inA = (
      await admin.send('POST', '/api/v1/people', {
        familyName: 'Lê',
        middleName: 'Thị',
        givenName: 'Hoa',
        gender: 'female',
        employmentType: 'civil_servant',
        orgId: a.id,
      })
    ).json();
    const inB = (
      await admin.send('POST', '/api/v1/people', {
        familyName: 'Vũ',
        middleName: 'Văn',
        givenName: 'Hùng',
        gender: 'male',
        employmentType: 'civil_servant',
        orgId: b.id,
      })
    ).json();
    await makeUser(admin, 'canbo.a', [{ role: 'unit_officer', orgId: a.id }], 'Don-vi-A@2026');
    const officer = await signIn(h.app, 'canbo.a', 'Don-vi-A@2026');
    const list = (await officer.get('/api/v1/people?pageSize=500')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([inA.id]);
    expect((await officer.get(`/api/v1/people/${inB.id}`)).statusCode).toBe(404);
    const write = await officer.send('PATCH', `/api/v1/people/${inB.id}`, { position: 'Trưởng phòng', version: 1 });
    expect(write.statusCode).toBe(404);
    const move = await officer.send('PATCH', `/api/v1/people/${inA.id}`, { orgId: b.id, version: 1 });
    expect(move.statusCode).toBe(403);
    const create = await officer.send('POST', '/api/v1/people', {
      familyName: 'Lý',
      givenName: 'Nam',
      gender: 'male',
      employmentType: 'worker',
      orgId: b.id,
    });
    expect(create.statusCode).toBe(403);
    expect(
      (await officer.send('PATCH', `/api/v1/people/${inA.id}`, { position: 'Chuyên viên chính', version: 1 }))
        .statusCode,
    ).toBe(200);
  });
});
