import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import { ManualClock } from '../../platform/clock.ts';
import { SYSTEM_ACTOR } from '../../platform/audit.ts';
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
import { recordParFromScorecard } from './fromScorecard.ts';

const year2024 = {
  year: 2024,
  selfScore: 92.5,
  appraisedScore: 88.1,
  surveyScore: 4.2,
  score: 92.3,
  rank: 1,
  of: 21,
  classification: 'Xuất sắc',
  decisionNumber: '512/QĐ-UBND',
  decisionDate: '2025-03-14',
  decisionSigner: 'Chủ tịch UBND tỉnh',
  version: null,
};

describe.each(DIALECTS)('the PAR-index history (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let viewer: Client;
  let unitOffice: Client;
  let root: string;
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-03-15T09:00:00+07:00') });
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'PA', 'Phòng Quản lý Công nghiệp')).id;
    await makeUser(admin, 'par.xem', [{ role: 'viewer', orgId: root }], 'Chi-so@2026');
    viewer = await signIn(h.app, 'par.xem', 'Chi-so@2026');
    await makeUser(admin, 'par.tdkt', [{ role: 'emulation_officer', orgId: unit }], 'Chi-so@2026');
    unitOffice = await signIn(h.app, 'par.tdkt', 'Chi-so@2026');
  });
  afterAll(() => h.close());

  const history = async (c: Client, q = '') => {
    const res = await c.get(`/api/v1/par-index/history${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('keeps one row per year for the department, with a version check, and audits each change', async () => {
    expect(await history(admin)).toMatchObject({ orgId: root, items: [], canEdit: true });
    const created = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024 });
    expect(created.statusCode, created.body).toBe(200);
    const row = created.json();
    expect(row).toMatchObject({
      year: 2024,
      score: 92.3,
      rank: 1,
      of: 21,
      decision: { number: '512/QĐ-UBND', date: '2025-03-14', signer: 'Chủ tịch UBND tỉnh' },
      version: 1,
    });
    await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2023, rank: 2, score: 90.1 });

    // Read by anyone, oldest first; the default organisation is the department at the root.
    const seen = await history(viewer);
    expect(seen.canEdit).toBe(false);
    expect(seen.items.map((r: { year: number; rank: number }) => [r.year, r.rank])).toEqual([
      [2023, 2],
      [2024, 1],
    ]);

    // Typing the same year again as new is refused; so is a save over someone else's.
    const again = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024 });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'year', message: 'Năm 2024 đã có kết quả' }]);
    const fixed = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, score: 92.4, version: 1 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ score: 92.4, version: 2 });
    const stale = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, score: 80, version: 1 });
    expect(stale.statusCode).toBe(409);

    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('entity_id', '=', row.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['par_index.created', 'par_index.updated']);
    expect(JSON.parse(audit[1]!.before_json!).score).toBe(92.3);
    expect(JSON.parse(audit[1]!.after_json!).score).toBe(92.4);
  });

  it('refuses a rank below the number ranked, a year not begun, and anyone but the office of the department', async () => {
    const bad = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2020, rank: 22 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'rank', message: 'Thứ hạng không được lớn hơn số cơ quan xếp hạng' }]);
    const future = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2027 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('year');
    // A score too fine for the stored points is refused, not left to underflow in the database.
    const tiny = await admin.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2020, score: 1e-66 });
    expect(tiny.statusCode).toBe(400);
    expect(tiny.json().errors[0]).toMatchObject({ path: 'score', message: expect.stringContaining('ba chữ số') });
    expect((await viewer.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2020 })).statusCode).toBe(
      403,
    );
    // An emulation officer granted on one division does not keep the department's record.
    expect(
      (await unitOffice.send('PUT', '/api/v1/par-index', { orgId: root, ...year2024, year: 2020 })).statusCode,
    ).toBe(403);
    expect((await history(unitOffice)).canEdit).toBe(false);
    const none = await h.db.kysely.selectFrom('par_index_results').select('id').where('year', '=', 2020).execute();
    expect(none).toEqual([]);
    expect((await admin.get('/api/v1/par-index/history?orgId=khong-co')).statusCode).toBe(404);
  });

  it('deletes a year at the version seen', async () => {
    const row = (await history(admin)).items.find((r: { year: number }) => r.year === 2023);
    expect((await viewer.send('DELETE', `/api/v1/par-index/${row.id}?version=${row.version}`)).statusCode).toBe(403);
    expect((await admin.send('DELETE', `/api/v1/par-index/${row.id}?version=${row.version + 1}`)).statusCode).toBe(409);
    const ok = await admin.send('DELETE', `/api/v1/par-index/${row.id}?version=${row.version}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await history(admin)).items.map((r: { year: number }) => r.year)).toEqual([2024]);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', row.id)
      .where('action', '=', 'par_index.deleted')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("a published PAR cycle writes its year's scores, keeping the rank and decision typed from the province's", async () => {
    const k = h.db.kysely;
    const now = '2026-03-15T02:00:00.000Z';
    const stamp = { created_at: now, updated_at: now, version: 1 };
    const cycle = async (year: number, totals: [number, number, number, number]) => {
      const templateId = newId();
      await k
        .insertInto('scorecard_templates')
        .values({
          id: templateId,
          kind: 'par',
          bloc_id: null,
          scope_key: 'par',
          year,
          name: `Chỉ số CCHC ${year}`,
          search_key: 'chi so cchc',
          status: 'frozen',
          copied_from_id: null,
          bonus_cap: 0,
          penalty_cap: 0,
          basis: '',
          ...stamp,
        })
        .execute();
      const id = newId();
      await k
        .insertInto('scorecards')
        .values({
          id,
          template_id: templateId,
          kind: 'par',
          bloc_year_id: null,
          year,
          name: `Chỉ số CCHC ${year}`,
          search_key: 'chi so cchc',
          status: 'published',
          self_due: null,
          appraisal_due: null,
          published_on: '2026-03-10',
          decision_number: '301/QĐ-UBND',
          decision_date: '2026-03-10',
          decision_signer: 'Phó Chủ tịch UBND tỉnh',
          note: '',
          ...stamp,
        })
        .execute();
      await k
        .insertInto('scorecard_members')
        .values({
          id: newId(),
          scorecard_id: id,
          org_id: root,
          name: 'Sở',
          position: 0,
          status: 'final',
          submitted_at: now,
          self_total: totals[0],
          appraised_total: totals[1],
          survey_score: totals[2],
          final_total: totals[3],
          rank: 1,
          classification: 'Xuất sắc',
          explanation_used: 0,
          ...stamp,
        })
        .execute();
      await k.transaction().execute((trx) => recordParFromScorecard(trx, SYSTEM_ACTOR, id));
      return id;
    };

    // 2024 was typed by hand (rank 1 of 21, decision 512): the cycle's scores replace the typed ones, nothing else.
    const id2024 = await cycle(2024, [93, 89.5, 4.5, 94]);
    // 2025 was not: the row is created with the cycle's decision and no provincial rank yet.
    await cycle(2025, [91, 88, 4, 92]);
    const items = (await history(admin)).items;
    expect(items.find((r: { year: number }) => r.year === 2024)).toMatchObject({
      selfScore: 93,
      appraisedScore: 89.5,
      surveyScore: 4.5,
      score: 94,
      rank: 1,
      of: 21,
      decision: { number: '512/QĐ-UBND' },
      scorecardId: id2024,
      version: 3,
    });
    expect(items.find((r: { year: number }) => r.year === 2025)).toMatchObject({
      score: 92,
      rank: null,
      of: null,
      classification: 'Xuất sắc',
      decision: { number: '301/QĐ-UBND', date: '2026-03-10' },
    });
    const recorded = await k
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'par_index.recorded')
      .execute();
    expect(recorded).toHaveLength(2);
  });

  it('exports the years as the page lists them, latest first, to whoever reads them', async () => {
    const years = (await history(viewer)).items as { year: number }[];
    expect(years.length).toBeGreaterThan(0);
    const rows = await exportRows(viewer, '/api/v1/par-index/history/export.xlsx');
    expect(rows.map((r) => Number(r[0]))).toEqual(years.map((y) => y.year).sort((a, b) => b - a));
  });
});
