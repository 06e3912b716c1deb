import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, rootOrgId, type Harness } from '../../../test/harness.ts';
import { makeDossier, makeProcedure, type DossierSpec, type MadeProcedure } from '../../../test/factories/onestop.ts';
import { insertUnit } from '../../../test/factories/people.ts';
import { newId } from '../../../platform/ids.ts';
import { SCORECARD_SOURCES, computeFigure } from './index.ts';

/** A Vietnam wall-clock time as a stored instant. */
const vn = (s: string) => new Date(`${s}+07:00`).toISOString();
const NOW = vn('2026-03-15T09:00:00');

/**
 * Hand-counted one-stop figures of 2025. Division A handles procedure P2 (and a draft P3, and P4 abolished in
 * 2024); the department itself P1; division B nothing.
 * P2: d1 online, early; d2 counter, finished on its due date (on time); d3 by post, late, one apology letter in
 * 2025; d4 online, still in process; d5 finished in 2024; d6 refused in 2025 (leaves Biểu 06).
 * P1: d7 counter, early; apology letters in 2025 and in 2024.
 * Ratings: d1 very satisfied and d2 unsatisfied (2025), d7 satisfied (2025), d5 satisfied (2024).
 */
describe.each(DIALECTS)('computed criteria: one-stop sources (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  let divA: string;
  let divB: string;
  const q = (orgId: string | null, year = 2025) => ({ orgId, year, now: NOW });

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const db = h.db.kysely;
    root = await rootOrgId(h);
    divA = await insertUnit(db, root, 'QLTM', 'Phòng Quản lý thương mại');
    divB = await insertUnit(db, root, 'VP', 'Văn phòng');
    const p1 = await makeProcedure(db, { orgId: root });
    const p2 = await makeProcedure(db, { orgId: divA });
    const p3 = await makeProcedure(db, { orgId: divA });
    const p4 = await makeProcedure(db, { orgId: divA });
    // P1, P2 published in 2024; P3 entered in February 2025 and never published; P4 abolished from 01/07/2024.
    await db
      .updateTable('procedure_versions')
      .set({ decision_date: '2024-01-05', effective_from: '2024-01-05' })
      .where('id', 'in', [p1.versionId, p2.versionId, p4.versionId])
      .execute();
    await db
      .updateTable('procedures')
      .set({ created_at: vn('2024-01-02T08:00:00') })
      .execute();
    await db
      .updateTable('procedures')
      .set({ status: 'draft', created_at: vn('2025-02-01T08:00:00') })
      .where('id', '=', p3.id)
      .execute();
    await db
      .updateTable('procedure_versions')
      .set({ status: 'draft', decision_date: null, decision_no: '', effective_from: null })
      .where('id', '=', p3.versionId)
      .execute();
    await db.updateTable('procedures').set({ status: 'abolished' }).where('id', '=', p4.id).execute();
    await db
      .updateTable('procedure_versions')
      .set({ status: 'abolished', effective_to: '2024-06-30' })
      .where('id', '=', p4.versionId)
      .execute();

    const d = (procedure: MadeProcedure, s: Omit<DossierSpec, 'procedure'>) =>
      makeDossier(db, {
        procedure,
        ...s,
        receivedAt: s.receivedAt && vn(s.receivedAt),
        dueAt: s.dueAt && vn(s.dueAt),
        finishedAt: s.finishedAt && vn(s.finishedAt),
        closedAt: s.closedAt && vn(s.closedAt),
      });
    const d1 = await d(p2, {
      status: 'finished',
      channel: 'online',
      receivedAt: '2025-03-03T09:00:00',
      dueAt: '2025-03-17T17:00:00',
      finishedAt: '2025-03-07T10:00:00',
    });
    const d2 = await d(p2, {
      status: 'returned',
      receivedAt: '2025-04-01T09:00:00',
      dueAt: '2025-04-15T17:00:00',
      finishedAt: '2025-04-15T16:00:00',
    });
    const d3 = await d(p2, {
      status: 'finished',
      channel: 'post',
      receivedAt: '2025-05-05T09:00:00',
      dueAt: '2025-05-19T17:00:00',
      finishedAt: '2025-05-21T10:00:00',
    });
    await d(p2, { status: 'in_process', channel: 'online', receivedAt: '2025-12-22T09:00:00' });
    const d5 = await d(p2, {
      status: 'finished',
      receivedAt: '2024-11-04T09:00:00',
      dueAt: '2024-11-18T17:00:00',
      finishedAt: '2024-11-08T10:00:00',
    });
    await d(p2, { status: 'refused', receivedAt: '2025-06-02T09:00:00', closedAt: '2025-06-02T10:00:00' });
    const d7 = await d(p1, {
      status: 'finished',
      receivedAt: '2025-06-02T09:00:00',
      dueAt: '2025-06-16T17:00:00',
      finishedAt: '2025-06-05T10:00:00',
    });
    const apology = (dossierId: string, seq: number, at: string) =>
      db
        .insertInto('transitions')
        .values({
          id: newId(),
          entity_type: 'dossier',
          entity_id: dossierId,
          seq,
          action: 'apologise',
          from_status: 'in_process',
          to_status: 'in_process',
          actor_id: null,
          actor_name: 'lanhdao',
          reason: 'Hồ sơ phải xác minh thêm',
          at: vn(at),
          data: JSON.stringify({ form: '04' }),
        })
        .execute();
    await apology(d3.id, 50, '2025-05-19T15:00:00');
    await apology(d7.id, 50, '2024-12-30T15:00:00');
    await apology(d7.id, 51, '2025-06-04T15:00:00');
    const rate = (dossierId: string, rating: string, at: string) =>
      db
        .insertInto('dossier_ratings')
        .values({ id: newId(), dossier_id: dossierId, rating, comment: '', at: vn(at) })
        .execute();
    await rate(d1.id, 'very_satisfied', '2025-03-08T10:00:00');
    await rate(d2.id, 'unsatisfied', '2025-04-16T10:00:00');
    await rate(d7.id, 'satisfied', '2025-06-06T10:00:00');
    await rate(d5.id, 'satisfied', '2024-11-09T10:00:00');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('registers every source the issue names, each with a Vietnamese label and unit', () => {
    expect(SCORECARD_SOURCES.map((s) => s.key)).toEqual([
      'onestop.on_time_rate',
      'onestop.procedures_published',
      'onestop.apology_letters',
      'onestop.online_share',
      'onestop.satisfaction',
      'initiatives.recognised',
      'movements.targets_met',
      'statistics.submitted_on_time',
      'work_programmes.tasks_on_time',
    ]);
    expect(SCORECARD_SOURCES.find((s) => s.key === 'onestop.apology_letters')?.suggested).toEqual({
      rule: 'at_most',
      limit: 0,
    });
  });

  it('on-time rate: finished early or on time over finished in the year (Biểu 06), for the subtree', async () => {
    const a = await computeFigure(h.db.kysely, 'onestop.on_time_rate', q(divA));
    expect(a).toMatchObject({ numerator: 2, denominator: 3, value: 66.67, unit: '%' });
    expect(a).toMatchObject({ periodFrom: '2025-01-01', periodTo: '2025-12-31', computedAt: NOW });
    expect(a.detail).toContain('Phòng Quản lý thương mại');
    expect(a.detail).toContain('trước hạn 1, đúng hạn 1, quá hạn 1');
    // The whole department adds d7 (early); the department's own subtree is the same as the whole.
    expect(await computeFigure(h.db.kysely, 'onestop.on_time_rate', q(null))).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 75,
    });
    expect(await computeFigure(h.db.kysely, 'onestop.on_time_rate', q(root))).toMatchObject({
      numerator: 3,
      denominator: 4,
    });
  });

  it('online share: received online among the year’s new receipts (refused ones leave the count)', async () => {
    expect(await computeFigure(h.db.kysely, 'onestop.online_share', q(divA))).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 50,
    });
    expect(await computeFigure(h.db.kysely, 'onestop.online_share', q(null))).toMatchObject({
      numerator: 2,
      denominator: 5,
      value: 40,
    });
  });

  it('apology letters: the apologies issued in the year, from the dossiers’ histories', async () => {
    const a = await computeFigure(h.db.kysely, 'onestop.apology_letters', q(divA));
    expect(a).toMatchObject({ value: 1, numerator: 1, denominator: null, unit: 'văn bản' });
    expect(await computeFigure(h.db.kysely, 'onestop.apology_letters', q(null))).toMatchObject({ value: 2 });
    expect(await computeFigure(h.db.kysely, 'onestop.apology_letters', q(null, 2024))).toMatchObject({ value: 1 });
  });

  it('procedures published: in force on the last day among those listed then (drafts count, abolished do not)', async () => {
    const a = await computeFigure(h.db.kysely, 'onestop.procedures_published', q(divA));
    expect(a).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(a.detail).toContain('31/12/2025');
    // In 2024 P3 was not yet entered and P4 was abolished from 01/07: P2 alone, published.
    expect(await computeFigure(h.db.kysely, 'onestop.procedures_published', q(divA, 2024))).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 100,
    });
    expect(await computeFigure(h.db.kysely, 'onestop.procedures_published', q(null))).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });

  it('satisfaction: very satisfied and satisfied over the ratings given in the year', async () => {
    expect(await computeFigure(h.db.kysely, 'onestop.satisfaction', q(divA))).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    expect(await computeFigure(h.db.kysely, 'onestop.satisfaction', q(null))).toMatchObject({
      numerator: 2,
      denominator: 3,
      value: 66.67,
    });
    const none = await computeFigure(h.db.kysely, 'onestop.satisfaction', q(divA, 2023));
    expect(none).toMatchObject({ value: null, numerator: 0, denominator: 0 });
    expect(none.detail).toContain('Chưa có đánh giá nào');
  });

  it('nothing to count gives null, never a number: a unit with no procedure, a year not begun', async () => {
    for (const s of SCORECARD_SOURCES.filter((x) => x.module === 'onestop')) {
      const f = await computeFigure(h.db.kysely, s.key, q(divB));
      expect(f.value, s.key).toBeNull();
      expect(f.detail).toContain('không giải quyết thủ tục hành chính nào');
    }
    const future = await computeFigure(h.db.kysely, 'onestop.on_time_rate', q(null, 2027));
    expect(future.value).toBeNull();
    expect(future.detail).toContain('chưa bắt đầu');
  });

  it('the current year is counted up to the day of the computation', async () => {
    const f = await computeFigure(h.db.kysely, 'onestop.on_time_rate', q(null, 2026));
    expect(f).toMatchObject({ periodFrom: '2026-01-01', periodTo: '2026-03-15', value: null, denominator: 0 });
  });
});
