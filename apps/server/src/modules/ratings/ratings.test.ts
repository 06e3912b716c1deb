import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from '../../test/harness.ts';

describe.each(DIALECTS)('yearly ratings (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitA: string;
  let unitB: string;
  let an: string;
  let binh: string;
  let other: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'RA', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'RB', 'Phòng Quản lý Thương mại')).id;
    binh = (await makePerson(admin, unitA, { familyName: 'Trần', middleName: 'Văn', givenName: 'Bình' })).id;
    an = (await makePerson(admin, unitA, { familyName: 'Lê', middleName: 'Thị', givenName: 'An', gender: 'female' }))
      .id;
    other = (await makePerson(admin, unitB, { familyName: 'Phạm', middleName: 'Văn', givenName: 'Cường' })).id;
    await makeUser(admin, 'canbo.ra', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-RA@2026');
  });
  afterAll(() => h.close());

  const grid = async (c: Client, orgId: string, year = 2025) =>
    (await c.get(`/api/v1/ratings?orgId=${orgId}&year=${year}`)).json();

  it('shows the unit and its people in Vietnamese name order, and saves a grid with audit entries', async () => {
    const officer = await signIn(h.app, 'canbo.ra', 'Don-vi-RA@2026');
    const g = await grid(officer, unitA);
    expect(g.items.map((r: { name: string }) => r.name)).toEqual([
      'Phòng Quản lý Công nghiệp',
      'Lê Thị An',
      'Trần Văn Bình',
    ]);
    expect(g.items.every((r: { rating: null; canEdit: boolean }) => r.rating === null && r.canEdit)).toBe(true);
    const res = await officer.send('PUT', '/api/v1/ratings', {
      year: 2025,
      items: [
        { subjectKind: 'individual', subjectId: an, rating: 'excellent', version: null },
        { subjectKind: 'individual', subjectId: binh, rating: 'good', note: 'Nghỉ thai sản 4 tháng', version: null },
        { subjectKind: 'collective', subjectId: unitA, rating: 'excellent', version: null },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ saved: 3, unchanged: 0 });
    const after = await grid(officer, unitA);
    expect(after.items.map((r: { rating: string }) => r.rating)).toEqual(['excellent', 'excellent', 'good']);
    const audit = (await admin.get(`/api/v1/audit?entityType=person&entityId=${an}`)).json().items;
    expect(audit[0]).toMatchObject({
      action: 'rating.set',
      after: { year: 2025, rating: 'excellent', label: 'Hoàn thành xuất sắc nhiệm vụ' },
    });
  });

  it("refuses the whole save when one row is out of the officer's units, and writes nothing", async () => {
    const officer = await signIn(h.app, 'canbo.ra', 'Don-vi-RA@2026');
    const before = (await grid(admin, unitA, 2024)).items;
    const res = await officer.send('PUT', '/api/v1/ratings', {
      year: 2024,
      items: [
        { subjectKind: 'individual', subjectId: an, rating: 'good', version: null },
        { subjectKind: 'individual', subjectId: other, rating: 'good', version: null },
        { subjectKind: 'individual', subjectId: 'khong-co', rating: 'good', version: null },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.1.subjectId', 'items.2.subjectId']);
    expect((await grid(admin, unitA, 2024)).items).toEqual(before);
    expect((await officer.get(`/api/v1/ratings?orgId=${unitB}&year=2024`)).statusCode).toBe(404);
  });

  it('detects a stale grid (409), changes and clears a rating', async () => {
    const g = (await grid(admin, unitA)).items.find((r: { subjectId: string }) => r.subjectId === binh);
    const ok = await admin.send('PUT', '/api/v1/ratings', {
      year: 2025,
      items: [{ subjectKind: 'individual', subjectId: binh, rating: 'excellent', version: g.version }],
    });
    expect(ok.json()).toEqual({ saved: 1, unchanged: 0 });
    const stale = await admin.send('PUT', '/api/v1/ratings', {
      year: 2025,
      items: [{ subjectKind: 'individual', subjectId: binh, rating: 'completed', version: g.version }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].path).toBe('items.0.version');
    const cleared = await admin.send('PUT', '/api/v1/ratings', {
      year: 2025,
      items: [{ subjectKind: 'individual', subjectId: binh, rating: null, version: g.version + 1 }],
    });
    expect(cleared.json()).toEqual({ saved: 1, unchanged: 0 });
    expect((await grid(admin, unitA)).items.find((r: { subjectId: string }) => r.subjectId === binh).rating).toBeNull();
  });

  it('refuses an unknown rating or year with field paths', async () => {
    const res = await admin.send('PUT', '/api/v1/ratings', {
      year: 1990,
      items: [{ subjectKind: 'individual', subjectId: an, rating: 'great', version: null }],
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['items.0.rating', 'year']);
  });
});
