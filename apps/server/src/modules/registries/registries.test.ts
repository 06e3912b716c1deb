import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { makeRegistryRow, makeStatUnit } from '../../test/factories/registries.ts';
import { registryMeasure } from './service.ts';

const API = '/api/v1/registries';
const names = (res: { json(): unknown }) =>
  ((res.json() as { items: { name: string }[] }).items ?? []).map((i) => i.name).sort();
const fields = (res: { json(): unknown }) =>
  ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

describe.each(DIALECTS)('sector registries (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;
  let planner: Client;
  let commune: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'xem.reg', [{ role: 'viewer', orgId: root }], 'Xem-so@2026');
    await makeUser(admin, 'khth.reg', [{ role: 'stat_planner', orgId: root }], 'Ke-hoach@2026');
    viewer = await signIn(h.app, 'xem.reg', 'Xem-so@2026');
    planner = await signIn(h.app, 'khth.reg', 'Ke-hoach@2026');
    commune = await makeStatUnit(h.db.kysely, 'X-001', 'Xã Tân Cương');
    const k = h.db.kysely;
    // A boundary on 30/06/2022: one village begins that day, another's recognition ends that day.
    await makeRegistryRow(k, 'craft-villages', {
      name: 'Làng chè Tân Cương',
      valid_from: '2015-01-01',
      traditional: 1,
      unit_id: commune,
    });
    await makeRegistryRow(k, 'craft-villages', { name: 'Làng mây tre đan Phú Lạc', valid_from: '2022-06-30' });
    await makeRegistryRow(k, 'craft-villages', {
      name: 'Làng rèn Hà Châu',
      valid_from: '2010-01-01',
      valid_to: '2022-06-30',
      status: 'revoked',
      traditional: 1,
      households: 400,
    });
    await makeRegistryRow(k, 'cooperatives', {
      name: 'HTX Gốm Việt',
      valid_from: '2020-01-01',
      field: 'industry_handicraft',
      members: 12,
    });
    await makeRegistryRow(k, 'cooperatives', {
      name: 'HTX Chè Hoàng Nông',
      valid_from: '2020-01-01',
      field: 'agriculture',
      members: 30,
    });
    await makeRegistryRow(k, 'cooperatives', {
      name: 'HTX Cơ khí Đại Từ',
      valid_from: '2023-01-01',
      field: 'industry_handicraft',
      members: 9,
    });
  });
  afterAll(() => h.close());

  it('lists the rows valid at a date, exactly at the boundary, with the total', async () => {
    const before = await viewer.get(`${API}/craft-villages?asOf=2022-06-29`);
    expect(before.statusCode, before.body).toBe(200);
    expect(names(before)).toEqual(['Làng chè Tân Cương', 'Làng rèn Hà Châu']);
    const on = await viewer.get(`${API}/craft-villages?asOf=2022-06-30`);
    expect(names(on)).toEqual(['Làng chè Tân Cương', 'Làng mây tre đan Phú Lạc']);
    expect(on.json().total).toBe(2);
    expect((await viewer.get(`${API}/craft-villages`)).json().total).toBe(3);
    const traditional = await viewer.get(`${API}/craft-villages?asOf=2022-06-29&traditional=true`);
    expect(names(traditional)).toEqual(['Làng chè Tân Cương', 'Làng rèn Hà Châu']);
    const inCommune = (await viewer.get(`${API}/craft-villages?unitId=${commune}`)).json();
    expect(inCommune.items.map((i: { unitName: string }) => i.unitName)).toEqual(['Xã Tân Cương']);
    const paged = (await viewer.get(`${API}/craft-villages?pageSize=1&page=2&sort=-name`)).json();
    expect([paged.total, paged.items[0].name]).toEqual([3, 'Làng mây tre đan Phú Lạc']);
  });

  it('finds a record without diacritics, by name, tax code or address', async () => {
    const made = await planner.send('POST', `${API}/craft-villages`, {
      name: 'Làng nghề gốm Hương Canh',
      address: 'Thôn Đồng Tâm',
      status: 'active',
      validFrom: '2024-03-01',
      households: 300,
      craftHouseholds: 90,
    });
    expect(made.statusCode, made.body).toBe(200);
    expect(names(await viewer.get(`${API}/craft-villages?q=lang%20nghe`))).toEqual(['Làng nghề gốm Hương Canh']);
    expect(names(await viewer.get(`${API}/craft-villages?q=dong%20tam`))).toEqual(['Làng nghề gốm Hương Canh']);
    const f = await planner.send('POST', `${API}/facilities`, {
      name: 'Công ty TNHH Cơ khí Thái Nguyên',
      taxCode: '4600123456',
      ownership: 'non_state',
      workers: 120,
      status: 'active',
      validFrom: '2018-05-01',
    });
    expect(f.statusCode, f.body).toBe(200);
    expect(names(await viewer.get(`${API}/facilities?q=4600123456`))).toEqual(['Công ty TNHH Cơ khí Thái Nguyên']);
    expect(names(await viewer.get(`${API}/facilities?q=co%20khi&ownership=fdi`))).toEqual([]);
  });

  it('refuses bad input in Vietnamese, naming the field, and writes nothing', async () => {
    const zone = {
      name: 'Cụm công nghiệp Sơn Cẩm',
      zoneType: 'cluster',
      areaHa: 50,
      industrialLandHa: 40,
      leasedLandHa: 45,
      status: 'active',
      validFrom: '2020-01-01',
    };
    const res = await planner.send('POST', `${API}/industrial-zones`, zone);
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['leasedLandHa']);
    expect(res.json().errors[0].message).toContain('không được lớn hơn diện tích đất công nghiệp');
    expect(
      fields(
        await planner.send('POST', `${API}/industrial-zones`, { ...zone, industrialLandHa: 60, leasedLandHa: 10 }),
      ),
    ).toEqual(['industrialLandHa']);
    const product = {
      name: 'Chè Tân Cương',
      level: 'provincial',
      voteYear: 2021,
      score: 65,
      status: 'active',
      validFrom: '2021-10-01',
    };
    const low = await planner.send('POST', `${API}/rural-products`, product);
    expect([low.statusCode, fields(low)]).toEqual([400, ['score']]);
    expect(low.json().errors[0].message).toContain('từ 70 điểm');
    const f = await planner.send('POST', `${API}/facilities`, {
      name: 'X',
      ownership: 'tư nhân',
      status: 'active',
      validFrom: '2020-01-01',
    });
    expect(fields(f)).toEqual(['ownership']);
    const closedStatus = await planner.send('POST', `${API}/facilities`, {
      name: 'X',
      ownership: 'state',
      status: 'closed',
      validFrom: '2020-01-01',
    });
    expect(fields(closedStatus)).toEqual(['status']);
    const unit = await planner.send('POST', `${API}/cooperatives`, {
      name: 'HTX Y',
      field: 'other',
      unitId: 'khong-co',
      status: 'active',
      validFrom: '2020-01-01',
    });
    expect([unit.statusCode, fields(unit)]).toEqual([400, ['unitId']]);
    expect((await viewer.get(`${API}/industrial-zones`)).json().total).toBe(0);
    expect((await viewer.get(`${API}/rural-products`)).json().total).toBe(0);
  });

  it('closes a record from a date with a reason: earlier counts keep it, nothing is deleted', async () => {
    const made = (
      await planner.send('POST', `${API}/cooperatives`, {
        name: 'HTX Dệt Phổ Yên',
        field: 'industry_handicraft',
        members: 15,
        status: 'active',
        validFrom: '2019-03-01',
      })
    ).json();
    const stale = await planner.send('POST', `${API}/cooperatives/${made.id}/close`, {
      version: made.version + 1,
      validTo: '2023-01-01',
      reason: 'Giải thể theo nghị quyết đại hội thành viên',
    });
    expect(stale.statusCode).toBe(409);
    const early = await planner.send('POST', `${API}/cooperatives/${made.id}/close`, {
      version: made.version,
      validTo: '2019-03-01',
      reason: 'x',
    });
    expect(fields(early)).toEqual(['validTo']);
    const closed = await planner.send('POST', `${API}/cooperatives/${made.id}/close`, {
      version: made.version,
      validTo: '2023-01-01',
      reason: 'Giải thể theo nghị quyết đại hội thành viên',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'dissolved', validTo: '2023-01-01', abilities: { close: false } });
    expect(closed.json().note).toContain('Giải thể theo nghị quyết');
    expect(names(await viewer.get(`${API}/cooperatives?asOf=2022-12-31&field=industry_handicraft`))).toEqual([
      'HTX Dệt Phổ Yên',
      'HTX Gốm Việt',
    ]);
    expect(names(await viewer.get(`${API}/cooperatives?asOf=2023-01-01&field=industry_handicraft`))).toEqual([
      'HTX Cơ khí Đại Từ',
      'HTX Gốm Việt',
    ]);
    const again = await planner.send('POST', `${API}/cooperatives/${made.id}/close`, {
      version: closed.json().version,
      validTo: '2024-01-01',
      reason: 'lần nữa',
    });
    expect(again.statusCode).toBe(409);
    const audit = await h.db.kysely.selectFrom('audit_log').select('action').where('entity_id', '=', made.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['registry.created', 'registry.closed']);
  });

  it('edits with the version: a stale save is refused', async () => {
    const made = (
      await planner.send('POST', `${API}/rural-products`, {
        name: 'Gốm Hương Canh',
        level: 'provincial',
        voteYear: 2021,
        score: 78.5,
        status: 'active',
        validFrom: '2021-10-01',
      })
    ).json();
    const body = { ...made, level: 'regional' };
    for (const k of ['id', 'kind', 'unitName', 'validTo', 'abilities', 'createdAt', 'updatedAt']) delete body[k];
    const saved = await planner.send('PUT', `${API}/rural-products/${made.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ level: 'regional', version: 2 });
    expect((await planner.send('PUT', `${API}/rural-products/${made.id}`, body)).statusCode).toBe(409);
  });

  it('counts and sums for the registry indicators, filtered, at a date', async () => {
    const k = h.db.kysely;
    const at = (asOf: string, filter: Record<string, string | number> = {}, measure = 'count') =>
      registryMeasure(k, { kind: 'cooperatives', measure, filter, asOf });
    expect(await at('2022-06-30')).toBe(3);
    expect(await at('2022-06-30', { field: 'industry_handicraft' })).toBe(2);
    expect(await at('2023-06-30', { field: 'industry_handicraft' })).toBe(2);
    expect(await at('2022-06-30', { field: 'industry_handicraft' }, 'members')).toBe(27);
    expect(await at('2024-01-01', {}, 'members')).toBe(12 + 30 + 9);
    expect(
      await registryMeasure(k, {
        kind: 'craft_villages',
        measure: 'count',
        filter: { traditional: 1 },
        asOf: '2022-06-29',
      }),
    ).toBe(2);
    expect(
      await registryMeasure(k, {
        kind: 'craft-villages',
        measure: 'count',
        filter: {},
        asOf: '2022-06-30',
        unitIds: [commune],
      }),
    ).toBe(1);
    await expect(
      registryMeasure(k, { kind: 'cooperatives', measure: 'name', filter: {}, asOf: '2022-06-30' }),
    ).rejects.toThrow(/cột số/u);
    await expect(
      registryMeasure(k, { kind: 'shops', measure: 'count', filter: {}, asOf: '2022-06-30' }),
    ).rejects.toThrow();
  });

  it('summarises by status and classification, with the occupancy rate of industrial land', async () => {
    const k = h.db.kysely;
    await makeRegistryRow(k, 'industrial-zones', {
      name: 'Khu công nghiệp Sông Công II',
      zone_type: 'park',
      valid_from: '2018-01-01',
      area_ha: 250,
      industrial_land_ha: 200,
      leased_land_ha: 150,
    });
    await makeRegistryRow(k, 'industrial-zones', {
      name: 'Cụm công nghiệp Kha Sơn',
      zone_type: 'cluster',
      valid_from: '2019-01-01',
      area_ha: 70,
      industrial_land_ha: 50,
      leased_land_ha: 10,
    });
    const s = (await viewer.get(`${API}/industrial-zones/summary?asOf=2022-06-30`)).json();
    expect(s.total).toBe(2);
    expect(s.byClass).toEqual([
      { code: 'park', label: 'Khu công nghiệp', count: 1 },
      { code: 'cluster', label: 'Cụm công nghiệp', count: 1 },
    ]);
    expect(s.sums.find((x: { code: string }) => x.code === 'areaHa').value).toBe(320);
    expect(s.occupancyRate).toBe(64); // 160 ÷ 250 × 100
    const c = (await viewer.get(`${API}/cooperatives/summary?asOf=2022-06-30`)).json();
    expect([c.total, c.byClass[0]]).toEqual([
      3,
      { code: 'industry_handicraft', label: 'Công nghiệp – tiểu thủ công nghiệp', count: 2 },
    ]);
  });

  it('lets every signed-in role read and only the planning division write', async () => {
    expect((await viewer.get(`${API}/facilities`)).statusCode).toBe(200);
    const res = await viewer.send('POST', `${API}/facilities`, {
      name: 'X',
      ownership: 'state',
      status: 'active',
      validFrom: '2020-01-01',
    });
    expect(res.statusCode).toBe(403);
    const one = (await viewer.get(`${API}/craft-villages`)).json().items[0];
    expect(one.abilities).toEqual({ edit: false, close: false });
    expect(
      (
        await viewer.send('POST', `${API}/craft-villages/${one.id}/close`, {
          version: 1,
          validTo: '2030-01-01',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
  it('keeps a certificate with its planned end date valid and closable until then', async () => {
    const id = await makeRegistryRow(h.db.kysely, 'rural-products', {
      name: 'Chè búp Tân Cương',
      level: 'regional',
      valid_from: '2020-10-01',
      valid_to: '2023-12-31',
      status: 'active',
    });
    const seen = (await planner.get(`${API}/rural-products/${id}`)).json();
    expect(seen.abilities).toEqual({ edit: true, close: true });
    expect((await viewer.get(`${API}/rural-products?asOf=2023-12-30&level=regional&q=che%20bup`)).json().total).toBe(1);
    expect((await viewer.get(`${API}/rural-products?asOf=2023-12-31&level=regional&q=che%20bup`)).json().total).toBe(0);
    const put = await viewer.send('PUT', `${API}/rural-products/${id}`, { name: 'x', version: 1 });
    expect(put.statusCode).toBe(403);
    const revoked = await planner.send('POST', `${API}/rural-products/${id}/close`, {
      version: seen.version,
      validTo: '2022-01-01',
      status: 'revoked',
      reason: 'Thu hồi giấy chứng nhận',
    });
    expect(revoked.json()).toMatchObject({ status: 'revoked', validTo: '2022-01-01', abilities: { close: false } });
  });
});
