import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMovement } from '../../test/factories.ts';
import { exportRows } from '../../test/exportRows.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

describe.each(DIALECTS)("a movement's registrations exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let office: Client;
  let movement: string;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const orgs = [];
    // Names that differ by đ and by the letter's mark: "Du" < "Dược" < "Đầu" < "Điện".
    for (const [code, name] of [
      ['DT', 'Phòng Đầu tư'],
      ['DL', 'Phòng Du lịch'],
      ['DI', 'Phòng Điện lực'],
      ['DU', 'Phòng Dược'],
    ])
      orgs.push((await makeOrg(admin, root, code!, name)).id);
    await makeUser(admin, 'tdkt.pt', [{ role: 'emulation_officer', orgId: root }], 'Phong-trao@2026');
    office = await signIn(h.app, 'tdkt.pt', 'Phong-trao@2026');
    movement = (
      await insertMovement(h.db.kysely, { stage: 'launched', orgIds: orgs, name: 'Thi đua chuyển đổi số năm 2026' })
    ).id;
  }, 120_000);
  afterAll(() => h.close());

  it('lists every participating unit as the tab does, in Vietnamese order of the names', async () => {
    const rows = await exportRows(office, `/api/v1/movements/${movement}/registrations/export.xlsx`);
    const tab = (await office.get(`/api/v1/movements/${movement}/registrations`)).json() as {
      items: { orgName: string }[];
    };
    expect(rows.map((r) => r[1])).toEqual(tab.items.map((i) => i.orgName));
    expect(rows.map((r) => r.slice(1, 3))).toEqual([
      ['Phòng Du lịch', 'Chưa đăng ký'],
      ['Phòng Dược', 'Chưa đăng ký'],
      ['Phòng Đầu tư', 'Chưa đăng ký'],
      ['Phòng Điện lực', 'Chưa đăng ký'],
    ]);
  });

  it('answers 404 for a movement that does not exist', async () => {
    const res = await office.get('/api/v1/movements/00000000-0000-7000-8000-000000000000/registrations/export.xlsx');
    expect(res.statusCode).toBe(404);
  });
});
