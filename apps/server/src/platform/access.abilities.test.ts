import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@thidua/domain';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../test/harness.ts';

/**
 * The abilities the web shows its menus and buttons by (`/auth/me`, and each
 * record's own) come from the same policies the server refuses by: for every
 * role, an ability is offered exactly when the route behind it admits that
 * role (access.test.ts checks that the routes refuse the others), and a unit
 * officer's abilities stop at his own unit, as his requests do.
 */
describe.each(DIALECTS)('abilities agree with what the server accepts (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitA: string;
  let unitB: string;
  let inA: { id: string; fullName: string };
  let inB: { id: string; fullName: string };
  const byRole = new Map<Role, Client>();
  let officerA: Client;
  let officeA: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    for (const role of ROLES) {
      const name = `kha.${role.replace(/_/g, '-')}`;
      await makeUser(admin, name, [{ role, orgId: root }], 'Kha-nang@2026');
      byRole.set(role, await signIn(h.app, name, 'Kha-nang@2026'));
    }
    unitA = (await makeOrg(admin, root, 'KA', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'KB', 'Phòng Kế hoạch – Tài chính')).id;
    inA = await makePerson(admin, unitA, { familyName: 'Nguyễn', middleName: 'Thị', givenName: 'Lan' });
    inB = await makePerson(admin, unitB, { familyName: 'Trần', middleName: 'Văn', givenName: 'Bình' });
    await makeUser(admin, 'kha.donvi-a', [{ role: 'unit_officer', orgId: unitA }], 'Kha-nang@2026');
    officerA = await signIn(h.app, 'kha.donvi-a', 'Kha-nang@2026');
    await makeUser(admin, 'kha.tdkt-a', [{ role: 'emulation_officer', orgId: unitA }], 'Kha-nang@2026');
    officeA = await signIn(h.app, 'kha.tdkt-a', 'Kha-nang@2026');
  });
  afterAll(() => h.close());

  const accessOf = (method: string, url: string) => {
    const route = h.app.routeTable.find((r) => r.method === method && r.url === `/api/v1${url}`);
    if (!route) throw new Error(`no route ${method} ${url}`);
    return route.access;
  };
  const admits = (method: string, url: string, role: Role) => {
    const access = accessOf(method, url);
    return access === 'authenticated' || (Array.isArray(access) && access.includes(role));
  };
  const abilitiesOf = async (c: Client) => {
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().abilities;
  };

  it('for each role granted department-wide, each collection ability is offered exactly when its route admits the role', async () => {
    for (const role of ROLES) {
      const a = await abilitiesOf(byRole.get(role)!);
      const expected = {
        people: {
          create: admits('POST', '/people', role),
          import: admits('POST', '/people/import', role),
          export: admits('GET', '/people/export.xlsx', role),
        },
        ratings: { edit: admits('PUT', '/ratings', role), import: admits('POST', '/ratings/import', role) },
        awardHistory: {
          create: admits('POST', '/history/awards', role),
          import: admits('POST', '/history/awards/import', role) && admits('POST', '/history/periods/import', role),
        },
        blocs: { create: admits('POST', '/blocs', role) },
        organisations: { manage: admits('POST', '/organisations', role) },
        users: { manage: admits('POST', '/users', role) },
        audit: { read: admits('GET', '/audit', role) },
        calendar: { edit: admits('POST', '/calendar/days', role) },
        settings: { edit: admits('PUT', '/settings/:key', role) },
        decisions: { issue: admits('POST', '/decisions', role), record: admits('POST', '/decisions/record', role) },
        mail: { manage: admits('PUT', '/email-templates/:kind', role) && admits('GET', '/outbox', role) },
        initiatives: { create: admits('POST', '/initiatives', role) },
        onestop: {
          desk: admits('GET', '/dossiers', role),
          receive: admits('POST', '/dossiers', role),
          catalogEdit: admits('POST', '/procedures', role),
        },
      };
      expect(a, role).toMatchObject(expected);
    }
  });

  it('a viewer and a council member are offered no adding, importing or rating; the office and a unit officer are', async () => {
    for (const role of ['viewer', 'council_member'] as const) {
      const a = await abilitiesOf(byRole.get(role)!);
      expect(a.people, role).toEqual({ create: false, import: false, export: true });
      expect(a.ratings, role).toEqual({ edit: false, import: false });
      expect(a.awardHistory, role).toEqual({ create: false, import: false });
      expect([a.blocs.create, a.organisations.manage, a.users.manage, a.audit.read], role).toEqual([
        false,
        false,
        false,
        false,
      ]);
      // And the server refuses what is not offered.
      const res = await byRole.get(role)!.send('POST', '/api/v1/people', {
        familyName: 'Lý',
        givenName: 'Nam',
        gender: 'male',
        employmentType: 'worker',
        orgId: unitA,
      });
      expect(res.statusCode, role).toBe(403);
    }
    for (const c of [byRole.get('emulation_officer')!, officerA]) {
      const a = await abilitiesOf(c);
      expect(a.people).toEqual({ create: true, import: true, export: true });
      expect(a.ratings).toEqual({ edit: true, import: true });
    }
  });

  it("a unit officer's list holds only his unit's people, each editable; a viewer's rows say they are not", async () => {
    const own = (await officerA.get('/api/v1/people?pageSize=100')).json();
    expect(own.items.map((p: { id: string }) => p.id)).toEqual([inA.id]);
    expect(own.items[0].abilities).toEqual({ edit: true });
    expect((await officerA.get(`/api/v1/people/${inB.id}`)).statusCode).toBe(404);
    const viewed = (await byRole.get('viewer')!.get('/api/v1/people?pageSize=100')).json();
    expect(viewed.items.map((p: { id: string }) => p.id).sort()).toEqual([inA.id, inB.id].sort());
    expect(viewed.items.every((p: { abilities: { edit: boolean } }) => !p.abilities.edit)).toBe(true);
    const office = (await byRole.get('emulation_officer')!.get(`/api/v1/people/${inB.id}`)).json();
    expect(office.abilities).toEqual({ edit: true });
  });

  it("a unit officer's ratings grid and award history are editable for his unit only", async () => {
    const grid = (await officerA.get(`/api/v1/ratings?orgId=${unitA}&year=2025`)).json();
    expect(grid.items.length).toBeGreaterThan(0);
    expect(grid.items.every((r: { canEdit: boolean }) => r.canEdit)).toBe(true);
    expect((await officerA.get(`/api/v1/ratings?orgId=${unitB}&year=2025`)).statusCode).toBe(404);
    const viewerGrid = (await byRole.get('viewer')!.get(`/api/v1/ratings?orgId=${unitA}&year=2025`)).json();
    expect(viewerGrid.items.some((r: { canEdit: boolean }) => r.canEdit)).toBe(false);

    const history = (await officerA.get(`/api/v1/history?subjectId=${inA.id}`)).json();
    expect(history.canEdit).toBe(true);
    expect((await officerA.get(`/api/v1/history?subjectId=${inB.id}`)).statusCode).toBe(404);
    expect((await byRole.get('viewer')!.get(`/api/v1/history?subjectId=${inB.id}`)).json().canEdit).toBe(false);
  });

  it('blocs are set up department-wide: an emulation officer granted on one unit is neither offered nor allowed it', async () => {
    expect((await abilitiesOf(officeA)).blocs).toEqual({ create: false });
    const res = await officeA.send('POST', '/api/v1/blocs', {
      name: 'Khối các phòng chuyên môn',
      kind: 'bloc',
      organiser: 'department',
    });
    expect(res.statusCode, res.body).toBe(403);
    expect((await abilitiesOf(byRole.get('emulation_officer')!)).blocs).toEqual({ create: true });
  });

  it("an administrator may not take away his own last administrator's grant, nor lock his own account", async () => {
    const users = (await admin.get('/api/v1/users')).json().items as {
      id: string;
      username: string;
      version: number;
      roles: { role: Role; orgId: string }[];
    }[];
    const self = users.find((u) => u.username === 'admin')!;
    const root = await rootOrgId(h);
    for (const change of [{ roles: [{ role: 'viewer', orgId: root }] }, { active: false }]) {
      const res = await admin.send('PATCH', `/api/v1/users/${self.id}`, { ...change, version: self.version });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('self_lockout');
    }
    expect((await abilitiesOf(admin)).users).toEqual({ manage: true });
    // Another administrator's grants are his to change.
    const other = users.find((u) => u.username === 'kha.admin')!;
    const res = await admin.send('PATCH', `/api/v1/users/${other.id}`, {
      roles: [{ role: 'viewer', orgId: root }],
      version: other.version,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
