import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, rootOrgId, type Harness } from '../../../test/harness.ts';
import { insertInitiative, insertSubmittedInitiative } from '../../../test/factories/initiatives.ts';
import { insertMovement } from '../../../test/factories/movements.ts';
import { insertPerson, insertUnit } from '../../../test/factories/people.ts';
import { makeDataset, makeStatUnit } from '../../../test/factories/statistics.ts';
import type { Db } from '../../../test/factories/steps.ts';
import { nowIso } from '../../../db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { computeFigure } from './index.ts';

const NOW = new Date('2026-03-15T09:00:00+07:00').toISOString();
const at = (day: string) => new Date(`${day}T09:00:00+07:00`).toISOString();

/** A movement target with the units' registrations (commitments) and period reports. */
async function target(
  db: Db,
  movementId: string,
  t: { name: string; value: number; aggregation: 'sum' | 'latest'; direction: 'at_least' | 'at_most' },
) {
  const id = newId();
  await db
    .insertInto('movement_targets')
    .values({
      id,
      movement_id: movementId,
      name: t.name,
      unit: 'hồ sơ',
      target_value: t.value,
      direction: t.direction,
      aggregation: t.aggregation,
      sort_order: 0,
    })
    .execute();
  return id;
}
async function progress(db: Db, movementId: string, orgId: string, targetId: string, period: string, value: number) {
  await db
    .insertInto('movement_progress')
    .values({
      id: newId(),
      movement_id: movementId,
      org_id: orgId,
      target_id: targetId,
      period,
      value,
      note: '',
      reported_by: 'test',
      reported_at: nowIso(),
      version: 1,
    })
    .execute();
}
async function submission(db: Db, datasetId: string, unitId: string, period: string, submittedOn: string | null) {
  await db
    .insertInto('stat_submissions')
    .values({
      id: newId(),
      dataset_id: datasetId,
      unit_id: unitId,
      period,
      status: submittedOn ? 'accepted' : 'open',
      submitted_at: submittedOn ? at(submittedOn) : null,
      approved_at: null,
      accepted_at: null,
      created_at: nowIso(),
      updated_at: nowIso(),
      version: 1,
    })
    .execute();
}

const MONTHS_DUE_2025 = ['2024-12', ...Array.from({ length: 11 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`)];
/** The 10th of the month after the period: before any deadline on the 20th. */
const tenthAfter = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-10` : `${y}-${String(m + 1).padStart(2, '0')}-10`;
};

/**
 * Hand-counted figures of 2025 (computed on 15/03/2026) for division A (with its team), division B, division C
 * (nothing of any kind) and the whole department.
 */
describe.each(DIALECTS)('computed criteria: initiatives, movements, statistics (%s)', (dialect) => {
  let h: Harness;
  let divA: string;
  let divB: string;
  let divC: string;
  const q = (orgId: string | null, year = 2025) => ({ orgId, year, now: NOW });
  const figure = (key: string, orgId: string | null, year = 2025) => computeFigure(h.db.kysely, key, q(orgId, year));

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const db = h.db.kysely;
    const root = await rootOrgId(h);
    divA = await insertUnit(db, root, 'KHTC', 'Phòng Kế hoạch – Tài chính');
    const team = await insertUnit(db, divA, 'TKH', 'Tổ kế hoạch');
    divB = await insertUnit(db, root, 'QLCN', 'Phòng Quản lý công nghiệp');
    divC = await insertUnit(db, root, 'TTR', 'Thanh tra Sở');

    // Initiatives: A has two in 2025 and its team one (3); one of A's was recognised on 31/12/2024; the
    // department's own one in 2025; one of A's is registered, not recognised.
    const author = await insertPerson(db, divA);
    const authors = [{ personId: author.id, share: 100 }];
    await insertInitiative(db, { orgId: divA, authors, level: 'grassroots', recognisedOn: '2025-03-10' });
    await insertInitiative(db, { orgId: divA, authors, level: 'provincial', recognisedOn: '2025-12-31' });
    await insertInitiative(db, { orgId: team, authors, level: 'national', recognisedOn: '2025-05-05' });
    await insertInitiative(db, { orgId: divA, authors, level: 'grassroots', recognisedOn: '2024-12-31' });
    await insertInitiative(db, { orgId: root, authors, level: 'grassroots', recognisedOn: '2025-01-01' });
    await insertSubmittedInitiative(db, { orgId: divA, authors, title: 'Sổ theo dõi điện tử' });

    // Movement 2025: T1 (sum, at least 100), T2 (latest, at most 5). A registered 120 on T1 and reported
    // 50 + 80 = 130 (met) and 7 on T2 (not met); B unregistered reported 90 on T1 (target 100: not met) and
    // nothing on T2 (not judged). A draft movement of 2025 and one of 2024 are not counted.
    const m = await insertMovement(db, { stage: 'closed', orgIds: [divA, divB], year: 2025 });
    const t1 = await target(db, m.id, {
      name: 'Hồ sơ trực tuyến',
      value: 100,
      aggregation: 'sum',
      direction: 'at_least',
    });
    const t2 = await target(db, m.id, { name: 'Hồ sơ trễ hạn', value: 5, aggregation: 'latest', direction: 'at_most' });
    const regId = newId();
    await db
      .insertInto('movement_registrations')
      .values({
        id: regId,
        movement_id: m.id,
        org_id: divA,
        registered_at: at('2025-02-10'),
        registered_by: 'test',
        late_reason: '',
        note: '',
        created_at: nowIso(),
        updated_at: nowIso(),
        version: 1,
      })
      .execute();
    await db
      .insertInto('registration_commitments')
      .values({ registration_id: regId, target_id: t1, value: 120 })
      .execute();
    await progress(db, m.id, divA, t1, '2025Q1', 50);
    await progress(db, m.id, divA, t1, '2025Q2', 80);
    await progress(db, m.id, divA, t2, '2025Q2', 7);
    await progress(db, m.id, divB, t1, '2025Q1', 90);
    for (const [stage, year] of [
      ['draft', 2025],
      ['closed', 2024],
    ] as const) {
      const other = await insertMovement(db, { stage, orgIds: [divA], year });
      const t = await target(db, other.id, { name: 'Khác', value: 1, aggregation: 'sum', direction: 'at_least' });
      await progress(db, other.id, divA, t, `${year}Q1`, 0);
    }

    // Statistics: a monthly data set due on the 20th (moved to a working day) of U1 and U3 (division A) and U2
    // (division B). Due in 2025: the reports of 12/2024 to 11/2025. U1: 10 on time, 05/2025 sent 27/06 (late),
    // 11/2025 never sent (late by now): 10/12. U3 ended 31/03/2025: 4 reports, all on time. U2: none sent: 0/12.
    // An inactive data set of U1 is not counted.
    const u1 = await makeStatUnit(h, { orgId: divA });
    const u3 = await makeStatUnit(h, { orgId: team, validTo: '2025-03-31' });
    const u2 = await makeStatUnit(h, { orgId: divB });
    const ds = await makeDataset(h, { periodType: 'month', dueDay: 20, unitIds: [u1.id, u2.id, u3.id] });
    await makeDataset(h, { periodType: 'month', dueDay: 20, unitIds: [u1.id], active: false });
    for (const p of MONTHS_DUE_2025) {
      if (p === '2025-11') continue;
      await submission(db, ds.id, u1.id, p, p === '2025-05' ? '2025-06-27' : tenthAfter(p));
    }
    for (const p of ['2024-12', '2025-01', '2025-02', '2025-03']) await submission(db, ds.id, u3.id, p, tenthAfter(p));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('initiatives recognised in the year, in the subtree, any level; none is 0, not "no data"', async () => {
    const a = await figure('initiatives.recognised', divA);
    expect(a).toMatchObject({ value: 3, numerator: 3, denominator: null, unit: 'sáng kiến' });
    expect(a.detail).toContain('cấp cơ sở 1, cấp tỉnh/bộ 1, toàn quốc 1');
    expect(await figure('initiatives.recognised', null)).toMatchObject({ value: 4 });
    expect(await figure('initiatives.recognised', divA, 2024)).toMatchObject({ value: 1 });
    expect(await figure('initiatives.recognised', divB)).toMatchObject({ value: 0 });
    expect(await figure('initiatives.recognised', divA, 2027)).toMatchObject({ value: null });
  });

  it("movement targets met: the dashboard's judgement of the units of the subtree", async () => {
    const a = await figure('movements.targets_met', divA);
    expect(a).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(a.detail).toContain('Phong trào thi đua năm 2025');
    const all = await figure('movements.targets_met', null);
    expect(all).toMatchObject({ numerator: 1, denominator: 3, value: 33.33 });
    expect(all.detail).toContain('1 chỉ tiêu chưa có số liệu hoặc mức đăng ký');
    const none = await figure('movements.targets_met', divC);
    expect(none.value).toBeNull();
    expect(none.detail).toContain('Không có phong trào thi đua nào của năm 2025 (đã phát động) mà Thanh tra Sở');
  });

  it('statistics submitted on time: reports due in the year, open ones past their deadline are late', async () => {
    const a = await figure('statistics.submitted_on_time', divA);
    expect(a).toMatchObject({ numerator: 14, denominator: 16, value: 87.5 });
    expect(a.detail).toContain('trễ hạn 2 (trong đó chưa gửi 1');
    expect(await figure('statistics.submitted_on_time', divB)).toMatchObject({
      numerator: 0,
      denominator: 12,
      value: 0,
    });
    expect(await figure('statistics.submitted_on_time', null)).toMatchObject({
      numerator: 14,
      denominator: 28,
      value: 50,
    });
    const none = await figure('statistics.submitted_on_time', divC);
    expect(none).toMatchObject({ value: null, denominator: 0 });
    expect(none.detail).toContain('không đủ số liệu');
  });
});
