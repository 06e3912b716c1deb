import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { makeDossier, makeProcedure } from '../../test/factories/onestop.ts';
import { newId } from '../../platform/ids.ts';

/** A Vietnam wall-clock time as a stored instant. */
const vn = (s: string) => new Date(`${s}+07:00`).toISOString();
const JUNE = 'from=2026-06-01&to=2026-06-30';

interface StepSet {
  org: string;
  officer: string;
  due: string;
  finished?: string;
}

/**
 * June 2026. Units A and B, officers U1 and U2; each dossier's three internal steps set by hand:
 * L1 (procedure P): A/U1 on time; A/U1 late; B/U2 finished exactly at its due time (not late).
 * L2 (P, at step 2): A/U2 late; A/U1 open since 15/06, due 20/06: overdue at the end of June.
 * L3 (Q, received in May): B/U2 late before June (not counted); B/U2 late; B/U2 finished 01/07, due 05/06.
 * L4 (P, stopped 10/06): steps open and past due, but the dossier left: not counted.
 * Ratings: L1 very satisfied, L2 unsatisfied, L3 satisfied (30/06 23:00), L4 satisfied on 01/07 (not counted).
 */
async function seed(h: Harness, admin: Client) {
  const db = h.db.kysely;
  const root = await rootOrgId(h);
  const a = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý thương mại')).id as string;
  const b = (await makeOrg(admin, root, 'KTAT', 'Phòng Kỹ thuật an toàn')).id as string;
  const u1 = (await makeUser(admin, 'thuly.mot', [{ role: 'onestop_officer', orgId: a }])).id;
  const u2 = (await makeUser(admin, 'thuly.hai', [{ role: 'onestop_officer', orgId: b }])).id;
  const p = await makeProcedure(db, { name: 'Cấp giấy phép bán lẻ rượu' });
  const q = await makeProcedure(db, { name: 'Cấp giấy chứng nhận huấn luyện kỹ thuật an toàn' });
  const steps = async (stepIds: string[], sets: StepSet[]) => {
    for (const [i, s] of sets.entries())
      await db
        .updateTable('dossier_steps')
        .set({
          org_id: s.org,
          assignee_id: s.officer,
          due_at: vn(s.due),
          finished_at: s.finished ? vn(s.finished) : null,
        })
        .where('id', '=', stepIds[i]!)
        .execute();
  };
  const rate = (dossierId: string, rating: string, at: string) =>
    db
      .insertInto('dossier_ratings')
      .values({ id: newId(), dossier_id: dossierId, rating, comment: '', at: vn(at) })
      .execute();

  const l1 = await makeDossier(db, {
    procedure: p,
    status: 'finished',
    receivedAt: vn('2026-06-01T09:00:00'),
    finishedAt: vn('2026-06-10T17:00:00'),
  });
  await steps(l1.stepIds, [
    { org: a, officer: u1, due: '2026-06-05T17:00:00', finished: '2026-06-04T10:00:00' },
    { org: a, officer: u1, due: '2026-06-08T17:00:00', finished: '2026-06-09T09:00:00' },
    { org: b, officer: u2, due: '2026-06-10T17:00:00', finished: '2026-06-10T17:00:00' },
  ]);
  const l2 = await makeDossier(db, {
    procedure: p,
    status: 'in_process',
    stepSeq: 2,
    receivedAt: vn('2026-06-10T09:00:00'),
  });
  await steps(l2.stepIds, [
    { org: a, officer: u2, due: '2026-06-12T17:00:00', finished: '2026-06-15T09:00:00' },
    { org: a, officer: u1, due: '2026-06-20T17:00:00' },
  ]);
  const l3 = await makeDossier(db, {
    procedure: q,
    status: 'finished',
    receivedAt: vn('2026-05-20T09:00:00'),
    finishedAt: vn('2026-07-01T10:00:00'),
  });
  await steps(l3.stepIds, [
    { org: b, officer: u2, due: '2026-05-22T17:00:00', finished: '2026-05-25T10:00:00' },
    { org: b, officer: u2, due: '2026-06-02T17:00:00', finished: '2026-06-03T10:00:00' },
    { org: b, officer: u2, due: '2026-06-05T17:00:00', finished: '2026-07-01T10:00:00' },
  ]);
  const l4 = await makeDossier(db, {
    procedure: p,
    status: 'stopped',
    receivedAt: vn('2026-06-01T09:00:00'),
    closedAt: vn('2026-06-10T10:00:00'),
  });
  await steps(l4.stepIds, [
    { org: a, officer: u1, due: '2026-06-05T17:00:00' },
    { org: a, officer: u1, due: '2026-06-05T17:00:00' },
    { org: a, officer: u1, due: '2026-06-05T17:00:00' },
  ]);
  await rate(l1.id, 'very_satisfied', '2026-06-12T09:00:00');
  await rate(l2.id, 'unsatisfied', '2026-06-20T09:00:00');
  await rate(l3.id, 'satisfied', '2026-06-30T23:00:00');
  await rate(l4.id, 'satisfied', '2026-07-01T00:00:00');
  return { a, b, u1, u2, p, q };
}

describe.each(DIALECTS)('one-stop lateness and satisfaction (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let ids: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    ids = await seed(h, admin);
  }, 120_000);
  afterAll(() => h.close());

  const rowOf = (body: { rows: { key: string }[] }, key: string) => body.rows.find((r) => r.key === key);

  it('counts late steps per unit, each dossier once in the total', async () => {
    const res = await admin.get(`/api/v1/one-stop/lateness?${JUNE}&by=unit`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(rowOf(body, ids.a)).toEqual({
      key: ids.a,
      label: 'Phòng Quản lý thương mại',
      stepsFinished: 3,
      stepsLate: 2,
      dossiersLate: 2,
      stepsOverdueOpen: 1,
    });
    expect(rowOf(body, ids.b)).toMatchObject({ stepsFinished: 2, stepsLate: 1, dossiersLate: 1, stepsOverdueOpen: 1 });
    expect(body.total).toEqual({ stepsFinished: 5, stepsLate: 3, dossiersLate: 3, stepsOverdueOpen: 2 });
  });

  it('counts late steps per officer', async () => {
    const body = (await admin.get(`/api/v1/one-stop/lateness?${JUNE}&by=officer`)).json();
    expect(rowOf(body, ids.u1)).toMatchObject({
      label: 'thuly.mot',
      stepsFinished: 2,
      stepsLate: 1,
      dossiersLate: 1,
      stepsOverdueOpen: 1,
    });
    expect(rowOf(body, ids.u2)).toMatchObject({
      label: 'thuly.hai',
      stepsFinished: 3,
      stepsLate: 2,
      dossiersLate: 2,
      stepsOverdueOpen: 1,
    });
  });

  it('counts ratings by level per procedure, with the share satisfied', async () => {
    const res = await admin.get(`/api/v1/one-stop/satisfaction?${JUNE}&by=procedure`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.levels).toEqual([
      { code: 'very_satisfied', label: 'Rất hài lòng' },
      { code: 'satisfied', label: 'Hài lòng' },
      { code: 'unsatisfied', label: 'Không hài lòng' },
    ]);
    expect(rowOf(body, ids.p.id)).toMatchObject({
      label: 'Cấp giấy phép bán lẻ rượu',
      ratings: 2,
      counts: { very_satisfied: 1, satisfied: 0, unsatisfied: 1 },
      satisfiedShare: 0.5,
    });
    expect(rowOf(body, ids.q.id)).toMatchObject({ ratings: 1, counts: { satisfied: 1 }, satisfiedShare: 1 });
    expect(body.total).toEqual({
      ratings: 3,
      counts: { very_satisfied: 1, satisfied: 1, unsatisfied: 1 },
      satisfiedShare: 0.6667,
    });
  });

  it('counts a rating once for each officer who handled the dossier', async () => {
    const body = (await admin.get(`/api/v1/one-stop/satisfaction?${JUNE}&by=officer`)).json();
    expect(rowOf(body, ids.u1)).toMatchObject({
      ratings: 2,
      counts: { very_satisfied: 1, unsatisfied: 1 },
      satisfiedShare: 0.5,
    });
    expect(rowOf(body, ids.u2)).toMatchObject({
      ratings: 3,
      counts: { very_satisfied: 1, satisfied: 1, unsatisfied: 1 },
      satisfiedShare: 0.6667,
    });
  });

  it('refuses a bad span or grouping, and nothing rated is no share', async () => {
    const bad = await admin.get('/api/v1/one-stop/lateness?from=2026-06-30&to=2026-06-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Đến ngày');
    expect((await admin.get(`/api/v1/one-stop/satisfaction?${JUNE}&by=unit`)).statusCode).toBe(400);
    const empty = (await admin.get('/api/v1/one-stop/satisfaction?from=2025-01-01&to=2025-01-31')).json();
    expect(empty.total).toMatchObject({ ratings: 0, satisfiedShare: null });
  });
});
