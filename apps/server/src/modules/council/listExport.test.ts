import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNames, splitFullName } from '@thidua/domain';
import { exportRows as rowsOf } from '../../test/exportRows.ts';
import { newId } from '../../platform/ids.ts';
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

// Names that differ only by đ or a tone mark: "Dương" before "Đặng", "Dũng" before "Đức".
const NAMES = [
  'Đặng Văn An',
  'Lê Văn Đức',
  'Dương Văn An',
  'Trần Thị Hòa',
  'Lê Văn Dũng',
  'Trần Thị Hoa',
  'Nguyễn Thị Ánh',
  'Phạm Văn Anh',
];

describe.each(DIALECTS)("the council's lists exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let office: Client;
  let reader: Client;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'tdkt.hd', [{ role: 'emulation_officer', orgId: root }], 'Hoi-dong@2026');
    await makeUser(admin, 'donvi.hd', [{ role: 'unit_officer', orgId: root }], 'Hoi-dong@2026');
    office = await signIn(h.app, 'tdkt.hd', 'Hoi-dong@2026');
    reader = await signIn(h.app, 'donvi.hd', 'Hoi-dong@2026');
    const add = async (name: string, i: number, role: string) => {
      const u = await makeUser(admin, `thanhvien.${i}`, [{ role: 'council_member', orgId: root }]);
      await h.db.kysely.updateTable('users').set({ display_name: name }).where('id', '=', u.id).execute();
      const res = await office.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role,
        orgId: root,
        termFrom: '2025-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await add('Vũ Văn Chủ', 99, 'chair');
    for (const [i, name] of NAMES.entries()) await add(name, i, 'member');
    const now = '2025-01-01T00:00:00.000Z';
    for (const [title, heldOn, status] of [
      ['Phiên họp xét khen thưởng năm 2024', '2024-12-20', 'closed'],
      ['Phiên họp xét khen thưởng năm 2025', '2025-12-19', 'open'],
    ] as const)
      await h.db.kysely
        .insertInto('council_sessions')
        .values({
          id: newId(),
          title,
          held_on: heldOn,
          venue: 'Phòng họp A',
          status,
          closed_at: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
  }, 120_000);
  afterAll(() => h.close());

  it('lists the members as the tab does: the chair first, then the members in Vietnamese name order', async () => {
    const rows = await rowsOf(reader, '/api/v1/council/members/export.xlsx');
    const list = (await reader.get('/api/v1/council/members')).json() as { items: { name: string }[] };
    expect(rows.map((r) => r[1])).toEqual(list.items.map((m) => m.name));
    expect(rows[0]?.slice(0, 3)).toEqual(['1', 'Vũ Văn Chủ', 'Chủ tịch Hội đồng']);
    const members = rows.slice(1).map((r) => r[1]!);
    expect(members).toEqual([...NAMES].sort((a, b) => compareNames(splitFullName(a), splitFullName(b))));
    const at = (name: string) => members.indexOf(name);
    expect(at('Dương Văn An')).toBeLessThan(at('Đặng Văn An'));
    expect(at('Lê Văn Dũng')).toBeLessThan(at('Lê Văn Đức'));
    expect(at('Trần Thị Hoa')).toBeLessThan(at('Trần Thị Hòa'));
    expect(rows).toHaveLength(NAMES.length + 1);
  });

  it('lists the sessions newest first with their state', async () => {
    const rows = await rowsOf(reader, '/api/v1/council/sessions/export.xlsx');
    expect(rows.map((r) => r.slice(1, 4))).toEqual([
      ['Phiên họp xét khen thưởng năm 2025', '19/12/2025', 'Đang họp'],
      ['Phiên họp xét khen thưởng năm 2024', '20/12/2024', 'Đã kết thúc'],
    ]);
  });

  it('is refused to a caller without a session', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/council/members/export.xlsx' })).statusCode).toBe(401);
  });
});
