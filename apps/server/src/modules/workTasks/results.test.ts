import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskStatus } from '@thidua/domain';
import { ManualClock } from '../../platform/clock.ts';
import { insertUnit } from '../../test/factories/people.ts';
import { makeProgramme, makeTask } from '../../test/factories/workProgrammes.ts';
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
import { computeFigure } from '../scorecards/sources/index.ts';

const NOW = '2026-12-07T09:00:00+07:00';

interface Row {
  orgName: string;
  total: number;
  done: number;
  onTime: number;
  extended: number;
  late: number;
  notDone: number;
  pending: number;
  dropped: number;
  onTimeRate: number | null;
}

/**
 * Results of 2026 counted on 07/12/2026, against tasks counted by hand:
 * - Phòng Quản lý Công nghiệp: on time 3 (one in the closed first quarter's programme), extended 1, late 1, not done
 *   2 (one still in progress, one marked overdue), pending 1, dropped 1 → 8 counted, on time 3 of 7 judged;
 * - its Tổ cụm công nghiệp: on time 1, pending 1 → 1 of 1;
 * - Phòng Kế hoạch – Tài chính: late 2 (one past even its extended deadline), not done 1 (extended, the new deadline
 *   passed too) → 0 of 3;
 * - Thanh tra Sở: pending 1 → nothing judged yet (null);
 * - not counted: a task of a draft programme, a task of 2025.
 */
describe.each(DIALECTS)('results per unit in charge (%s)', (dialect) => {
  let h: Harness;
  let viewer: Client;
  let divA: string;
  let team: string;
  let divC: string;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock(NOW) });
    const k = h.db.kysely;
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'xem.so', [{ role: 'viewer', orgId: root }], 'Ket-qua@2026');
    viewer = await signIn(h.app, 'xem.so', 'Ket-qua@2026');
    divA = await insertUnit(k, root, 'QLCN', 'Phòng Quản lý Công nghiệp');
    team = await insertUnit(k, divA, 'CCN', 'Tổ cụm công nghiệp');
    const divB = await insertUnit(k, root, 'KHTC', 'Phòng Kế hoạch – Tài chính');
    divC = await insertUnit(k, root, 'TTR', 'Thanh tra Sở');
    const year = await makeProgramme(k, { orgId: root, year: 2026 });
    const q1 = await makeProgramme(k, { orgId: root, year: 2026, kind: 'quarter', period: 1, status: 'closed' });
    const draft = await makeProgramme(k, { orgId: root, year: 2026, kind: 'month', period: 12, status: 'draft' });
    const old = await makeProgramme(k, { orgId: root, year: 2025 });
    const task = (
      programmeId: string,
      orgId: string,
      status: TaskStatus,
      deadline: string,
      more: { originalDeadline?: string; completedOn?: string } = {},
    ) => makeTask(k, { programmeId, orgId, status, deadline, ...more });
    // Phòng Quản lý Công nghiệp
    await task(year, divA, 'done', '2026-03-31', { completedOn: '2026-03-10' });
    await task(year, divA, 'done', '2026-08-31', { completedOn: '2026-08-31' });
    await task(q1, divA, 'done', '2026-03-31', { completedOn: '2026-03-25' });
    await task(year, divA, 'done', '2026-09-30', { originalDeadline: '2026-06-30', completedOn: '2026-09-15' });
    await task(year, divA, 'done', '2026-05-31', { completedOn: '2026-06-10' });
    await task(year, divA, 'in_progress', '2026-11-30');
    await task(year, divA, 'overdue', '2026-10-31');
    await task(year, divA, 'assigned', '2026-12-31');
    await task(year, divA, 'dropped', '2026-07-31');
    await task(draft, divA, 'done', '2026-12-05', { completedOn: '2026-12-01' });
    await task(old, divA, 'done', '2025-12-31', { completedOn: '2025-12-30' });
    // Tổ cụm công nghiệp
    await task(year, team, 'done', '2026-04-30', { completedOn: '2026-04-29' });
    await task(year, team, 'in_progress', '2026-12-07');
    // Phòng Kế hoạch – Tài chính
    await task(year, divB, 'done', '2026-02-27', { completedOn: '2026-03-02' });
    await task(year, divB, 'done', '2026-09-30', { originalDeadline: '2026-06-30', completedOn: '2026-10-05' });
    await task(year, divB, 'extended', '2026-11-15', { originalDeadline: '2026-09-30' });
    // Thanh tra Sở
    await task(year, divC, 'in_progress', '2026-12-18');
  });
  afterAll(async () => {
    await h?.close();
  });

  const results = async (query: string) => {
    const res = await viewer.get(`/api/v1/tasks/results?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { year: number; asOf: string; items: Row[]; totals: Row };
  };

  it('counts each unit in charge as counted by hand, units in Vietnamese name order', async () => {
    const r = await results('year=2026');
    expect(r).toMatchObject({ year: 2026, asOf: '2026-12-07' });
    expect(r.items.map((i) => i.orgName)).toEqual([
      'Phòng Kế hoạch – Tài chính',
      'Phòng Quản lý Công nghiệp',
      'Thanh tra Sở',
      'Tổ cụm công nghiệp',
    ]);
    const [b, a, c, t] = r.items;
    expect(a).toMatchObject({ total: 8, done: 5, onTime: 3, extended: 1, late: 1, notDone: 2, pending: 1, dropped: 1 });
    expect(a!.onTimeRate).toBeCloseTo(3 / 7);
    expect(t).toMatchObject({ total: 2, done: 1, onTime: 1, pending: 1, onTimeRate: 1 });
    expect(b).toMatchObject({ total: 3, done: 2, onTime: 0, extended: 0, late: 2, notDone: 1, onTimeRate: 0 });
    expect(c).toMatchObject({ total: 1, done: 0, pending: 1, onTimeRate: null });
    expect(r.totals).toMatchObject({
      total: 14,
      done: 8,
      onTime: 4,
      extended: 1,
      late: 3,
      notDone: 3,
      pending: 3,
      dropped: 1,
    });
    expect(r.totals.onTimeRate).toBeCloseTo(4 / 11);
  });

  it('takes a unit with its subtree; a year without programmes is empty; bad queries are refused', async () => {
    const r = await results(`year=2026&orgId=${divA}`);
    expect(r.items.map((i) => i.orgName)).toEqual(['Phòng Quản lý Công nghiệp', 'Tổ cụm công nghiệp']);
    expect(r.totals).toMatchObject({ total: 10, onTime: 4, pending: 2, onTimeRate: 0.5 });
    expect((await results('year=2025')).items).toEqual([
      expect.objectContaining({ orgName: 'Phòng Quản lý Công nghiệp', onTime: 1, total: 1 }),
    ]);
    expect((await results('year=2030')).items).toEqual([]);
    expect((await viewer.get('/api/v1/tasks/results')).statusCode).toBe(400);
    const unknown = await viewer.get('/api/v1/tasks/results?year=2026&orgId=00000000-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it("gives the scorecards' computed criterion the same count for a member's subtree", async () => {
    const q = (orgId: string | null) => ({ orgId, year: 2026, now: new Date(NOW).toISOString() });
    const a = await computeFigure(h.db.kysely, 'work_programmes.tasks_on_time', q(divA));
    expect(a).toMatchObject({ value: 50, numerator: 4, denominator: 8, unit: '%' });
    expect(a.detail).toContain('Phòng Quản lý Công nghiệp');
    expect((await computeFigure(h.db.kysely, 'work_programmes.tasks_on_time', q(null))).value).toBe(36.36);
    const c = await computeFigure(h.db.kysely, 'work_programmes.tasks_on_time', q(divC));
    expect(c).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(c.detail).toContain('không đủ số liệu');
    expect((await computeFigure(h.db.kysely, 'work_programmes.tasks_on_time', q(team))).value).toBe(100);
  });
});
