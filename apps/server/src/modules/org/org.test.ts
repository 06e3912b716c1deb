import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, makeOrg, rootOrgId, type Client, type Harness } from '../../test/harness.ts';

describe.each(DIALECTS)('organisation tree (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let root: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    root = await rootOrgId(h);
  });
  afterAll(() => h.close());

  it('creates units of every kind and lists the tree with id and parentId', async () => {
    const qltt = await makeOrg(admin, root, 'QLTT', 'Chi cục Quản lý thị trường', 'sub_department');
    await makeOrg(admin, qltt.id, 'QLTT-D1', 'Đội Quản lý thị trường số 1', 'affiliated_unit');
    await makeOrg(admin, root, 'DN-GT', 'Công ty Cổ phần Gang thép Thái Nguyên', 'enterprise');
    await makeOrg(admin, root, 'HTX-LB', 'Hợp tác xã Chè La Bằng', 'cooperative');
    const list = (await admin.get('/api/v1/organisations')).json().items as {
      id: string;
      parentId: string | null;
      code: string;
      kind: string;
    }[];
    const byCode = new Map(list.map((o) => [o.code, o]));
    expect(byCode.get('QLTT-D1')!.parentId).toBe(qltt.id);
    expect(byCode.get('DN-GT')!.kind).toBe('enterprise');
    expect(byCode.get('HTX-LB')!.kind).toBe('cooperative');
    expect(list.filter((o) => o.parentId === null)).toHaveLength(1);
  });

  it('moves a unit within the tree and refuses a move into its own subtree', async () => {
    const a = await makeOrg(admin, root, 'MV-A', 'Phòng A');
    const b = await makeOrg(admin, a.id, 'MV-B', 'Tổ B', 'affiliated_unit');
    const c = await makeOrg(admin, root, 'MV-C', 'Phòng C');
    const cyc = await admin.send('PATCH', `/api/v1/organisations/${a.id}`, { parentId: b.id, version: a.version });
    expect(cyc.statusCode).toBe(400);
    expect(cyc.json()).toMatchObject({ code: 'cyclic_move' });
    expect(cyc.json().errors[0].path).toBe('parentId');
    const moved = await admin.send('PATCH', `/api/v1/organisations/${b.id}`, { parentId: c.id, version: b.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(c.id);
    const audit = (await admin.get(`/api/v1/audit?entityType=organisation&entityId=${b.id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'organisation.moved' });
    expect(audit[0].before.parentId).toBe(a.id);
    expect(audit[0].after.parentId).toBe(c.id);
  });

  it('refuses a duplicate code and a stale edit', async () => {
    const d = await makeOrg(admin, root, 'DUP', 'Phòng D');
    const dup = await admin.send('POST', '/api/v1/organisations', {
      parentId: root,
      code: 'DUP',
      name: 'Khác',
      kind: 'division',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('code');
    expect(
      (await admin.send('PATCH', `/api/v1/organisations/${d.id}`, { name: 'Phòng Đ', version: d.version })).statusCode,
    ).toBe(200);
    const stale = await admin.send('PATCH', `/api/v1/organisations/${d.id}`, { active: false, version: d.version });
    expect(stale.statusCode).toBe(409);
    expect((await admin.get(`/api/v1/organisations/${d.id}`)).json()).toMatchObject({ name: 'Phòng Đ', active: true });
  });

  it('refuses an unknown kind or a bad code with field paths', async () => {
    const res = await admin.send('POST', '/api/v1/organisations', {
      parentId: root,
      code: 'có dấu',
      name: '',
      kind: 'club',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['code', 'kind', 'name']);
  });
});
