import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStatUnit, makeUnitMapping } from '../../test/factories/statistics.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';
import { successorsOf, unitsValidAt } from './service.ts';

const UNITS = '/api/v1/stat-units';
const MAPS = '/api/v1/stat-unit-mappings';
type Problem = { errors?: { path: string; message: string }[] };
const pathsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path);

describe.each(DIALECTS)('statistics catalog: reporting units and mappings (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let province: { id: string };
  let district: { id: string };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    province = await makeStatUnit(h, {
      code: 'T01',
      name: 'Tỉnh Thử Nghiệm',
      kind: 'province',
      validFrom: '2000-01-01',
    });
    district = await makeStatUnit(h, {
      code: 'H01',
      name: 'Huyện Đông',
      kind: 'district',
      parentId: province.id,
      validFrom: '2000-01-01',
      validTo: '2025-06-30',
    });
  });
  afterAll(async () => h?.close());

  it('a unit is valid only within its parent: a commune outliving its district is refused on parentId', async () => {
    const outlives = await admin.send('POST', UNITS, {
      code: 'X01',
      name: 'Xã Tây',
      kind: 'commune',
      parentId: district.id,
      validFrom: '2020-01-01',
    });
    expect(outlives.statusCode).toBe(400);
    expect(pathsOf(outlives.json())).toEqual(['parentId']);
    expect(outlives.json().errors[0].message).toContain('30/06/2025');
    const inside = await admin.send('POST', UNITS, {
      code: 'X02',
      name: 'Xã Nam',
      kind: 'commune',
      parentId: district.id,
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    });
    expect(inside.statusCode, inside.body).toBe(200);
    expect(inside.json()).toMatchObject({ parent: { code: 'H01' }, validTo: '2025-06-30' });
    // Shortening the district now would leave its commune outside it.
    const shorten = await admin.send('PUT', `${UNITS}/${district.id}`, {
      code: 'H01',
      name: 'Huyện Đông',
      kind: 'district',
      parentId: province.id,
      validFrom: '2000-01-01',
      validTo: '2024-12-31',
      version: 1,
    });
    expect(shorten.statusCode).toBe(400);
    expect(pathsOf(shorten.json())).toEqual(['validTo']);
    const backwards = await admin.send('POST', UNITS, {
      code: 'X03',
      name: 'Xã ngược',
      kind: 'commune',
      validFrom: '2025-01-01',
      validTo: '2024-01-01',
    });
    expect(pathsOf(backwards.json())).toEqual(['validTo']);
  });

  it('lists the units valid on a day, and the tree puts parents before children', async () => {
    await makeStatUnit(h, {
      code: 'P01',
      name: 'Phường Mới',
      kind: 'commune',
      parentId: province.id,
      validFrom: '2025-07-01',
    });
    const before = (await admin.get(`${UNITS}?asOf=2025-06-30&kind=commune`)).json();
    expect(before.items.map((u: { code: string }) => u.code)).toEqual(['X02']);
    const after = (await admin.get(`${UNITS}?asOf=2025-07-01`)).json();
    expect(after.items.map((u: { code: string }) => u.code)).toEqual(['P01', 'T01']);
    const tree = (await admin.get(`${UNITS}/tree?asOf=2025-01-01`)).json();
    expect(tree.items.map((u: { code: string; depth: number }) => `${u.depth}:${u.code}`)).toEqual([
      '0:T01',
      '1:H01',
      '2:X02',
    ]);
    expect((await unitsValidAt(h.db.kysely, '2025-07-01', 'commune')).map((u) => u.code)).toEqual(['P01']);
    const bad = await admin.get(`${UNITS}?asOf=2025-02-30`);
    expect(bad.statusCode).toBe(400);
  });

  it('mappings: shares of one old unit at one date add up to at most 1; successors follow them', async () => {
    const a = await makeStatUnit(h, { code: 'XA', kind: 'commune', validFrom: '2025-07-01' });
    const b = await makeStatUnit(h, { code: 'XB', kind: 'commune', validFrom: '2025-07-01' });
    const c = await makeStatUnit(h, { code: 'XC', kind: 'commune', validFrom: '2025-07-01' });
    const first = await admin.send('POST', MAPS, {
      oldUnitId: district.id,
      newUnitId: a.id,
      effectiveDate: '2025-07-01',
      share: 0.6,
    });
    expect(first.statusCode, first.body).toBe(200);
    const over = await admin.send('POST', MAPS, {
      oldUnitId: district.id,
      newUnitId: b.id,
      effectiveDate: '2025-07-01',
      share: 0.5,
    });
    expect(over.statusCode).toBe(400);
    expect(pathsOf(over.json())).toEqual(['share']);
    expect(over.json().errors[0].message).toContain('1,1');
    const zero = await admin.send('POST', MAPS, {
      oldUnitId: district.id,
      newUnitId: b.id,
      effectiveDate: '2025-07-01',
      share: 0,
    });
    expect(pathsOf(zero.json())).toEqual(['share']);
    const rest = await admin.send('POST', MAPS, {
      oldUnitId: district.id,
      newUnitId: b.id,
      effectiveDate: '2025-07-01',
      share: 0.4,
    });
    expect(rest.statusCode, rest.body).toBe(200);
    // The new unit must be valid on the day the mapping takes effect.
    const early = await admin.send('POST', MAPS, {
      oldUnitId: district.id,
      newUnitId: c.id,
      effectiveDate: '2025-01-01',
      share: 0.1,
    });
    expect(pathsOf(early.json())).toEqual(['newUnitId']);
    const sameUnit = await admin.send('POST', MAPS, {
      oldUnitId: a.id,
      newUnitId: a.id,
      effectiveDate: '2026-01-01',
    });
    expect(pathsOf(sameUnit.json())).toContain('newUnitId');
    // Editing a share re-checks the sum without counting the old value of the same mapping.
    const edit = await admin.send('PUT', `${MAPS}/${first.json().id}`, {
      oldUnitId: district.id,
      newUnitId: a.id,
      effectiveDate: '2025-07-01',
      share: 0.55,
      version: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const successors = await successorsOf(h.db.kysely, district.id, '2026-01-01');
    expect(successors.sort((x, y) => x.share - y.share)).toEqual([
      { unitId: b.id, share: 0.4 },
      { unitId: a.id, share: 0.55 },
    ]);
    expect(await successorsOf(h.db.kysely, district.id, '2025-03-01')).toEqual([{ unitId: district.id, share: 1 }]);
    // Through a second change: XA merges whole into XC in 2026.
    await makeUnitMapping(h, { oldUnitId: a.id, newUnitId: c.id, effectiveDate: '2026-07-01' });
    await h.db.kysely.updateTable('stat_units').set({ valid_to: '2026-06-30' }).where('id', '=', a.id).execute();
    const later = await successorsOf(h.db.kysely, district.id, '2026-08-01');
    expect(later.sort((x, y) => x.share - y.share)).toEqual([
      { unitId: b.id, share: 0.4 },
      { unitId: c.id, share: 0.55 },
    ]);
    const list = (await admin.get(`${MAPS}?unitId=${district.id}`)).json();
    expect(list.total).toBe(2);
    const del = await admin.send('DELETE', `${MAPS}/${rest.json().id}?version=1`);
    expect(del.statusCode, del.body).toBe(200);
  });
});
