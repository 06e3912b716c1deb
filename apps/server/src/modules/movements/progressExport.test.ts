import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMovement } from '../../test/factories.ts';
import { exportRows } from '../../test/exportRows.ts';
import { newId } from '../../platform/ids.ts';
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

describe.each(DIALECTS)("a movement's progress exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let office: Client;
  let movement: string;
  let orgs: string[];
  let targets: string[];

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    orgs = [];
    // "Đầu" after "Dược": the units in Vietnamese order, not by code or id.
    for (const [code, name] of [
      ['DT', 'Phòng Đầu tư'],
      ['DU', 'Phòng Dược'],
    ])
      orgs.push((await makeOrg(admin, root, code!, name)).id);
    await makeUser(admin, 'tdkt.td', [{ role: 'emulation_officer', orgId: root }], 'Tien-do@2026');
    office = await signIn(h.app, 'tdkt.td', 'Tien-do@2026');
    movement = (await insertMovement(h.db.kysely, { stage: 'in_progress', orgIds: orgs, year: 2026 })).id;
    targets = [newId(), newId()];
    await h.db.kysely
      .insertInto('movement_targets')
      .values(
        [
          ['Số sáng kiến', 'sáng kiến'],
          ['Tỷ lệ hồ sơ đúng hạn', '%'],
        ].map(([name, unit], i) => ({
          id: targets[i]!,
          movement_id: movement,
          name: name!,
          unit: unit!,
          target_value: null,
          direction: 'at_least',
          aggregation: 'sum',
          sort_order: i,
        })),
      )
      .execute();
    for (const [org, period, n, pct] of [
      [orgs[0]!, '2026-Q2', 3, 90],
      [orgs[0]!, '2026-Q1', 2, 95],
      [orgs[1]!, '2026-Q1', 1, 85],
    ] as const) {
      const res = await office.send('PUT', `/api/v1/movements/${movement}/progress`, {
        orgId: org,
        period,
        values: [
          { targetId: targets[0], value: n },
          { targetId: targets[1], value: pct },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  }, 120_000);
  afterAll(() => h.close());

  const key = (e: { period: string; orgId: string; targetId: string }) => `${e.period}|${e.orgId}|${e.targetId}`;

  it('holds the figures of the tab as filtered, by period then unit in Vietnamese order', async () => {
    const all = await exportRows(office, `/api/v1/movements/${movement}/progress/export.xlsx`);
    expect(all.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Quý I/2026', 'Phòng Dược', 'Số sáng kiến', '1'],
      ['Quý I/2026', 'Phòng Dược', 'Tỷ lệ hồ sơ đúng hạn', '85'],
      ['Quý I/2026', 'Phòng Đầu tư', 'Số sáng kiến', '2'],
      ['Quý I/2026', 'Phòng Đầu tư', 'Tỷ lệ hồ sơ đúng hạn', '95'],
      ['Quý II/2026', 'Phòng Đầu tư', 'Số sáng kiến', '3'],
      ['Quý II/2026', 'Phòng Đầu tư', 'Tỷ lệ hồ sơ đúng hạn', '90'],
    ]);
    const list = (await office.get(`/api/v1/movements/${movement}/progress?orgId=${orgs[1]}`)).json();
    const one = await exportRows(office, `/api/v1/movements/${movement}/progress/export.xlsx?orgId=${orgs[1]}`);
    expect(one).toHaveLength(list.items.length);
    expect(one.map((r) => r[2])).toEqual(['Phòng Dược', 'Phòng Dược']);
    // Each figure of the unit's list once: its targets named in the movement's order.
    expect(list.items.map(key).sort()).toEqual(
      [`2026-Q1|${orgs[1]}|${targets[0]}`, `2026-Q1|${orgs[1]}|${targets[1]}`].sort(),
    );
    expect(one.map((r) => r[3])).toEqual(['Số sáng kiến', 'Tỷ lệ hồ sơ đúng hạn']);
  });

  it('answers an unknown movement and a caller not signed in as the tab does', async () => {
    const missing = '00000000-0000-7000-8000-000000000000';
    const tab = await office.get(`/api/v1/movements/${missing}/progress`);
    expect((await office.get(`/api/v1/movements/${missing}/progress/export.xlsx`)).statusCode).toBe(tab.statusCode);
    expect(tab.statusCode).toBe(404);
    expect((await h.app.inject({ url: `/api/v1/movements/${movement}/progress/export.xlsx` })).statusCode).toBe(401);
  });
});
