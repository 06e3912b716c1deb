import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScorecard, insertScorecardTemplate } from '../../test/factories.ts';
import { exportRows } from '../../test/exportRows.ts';
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

describe.each(DIALECTS)("a bloc's results year on year exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let viewer: Client;
  let blocId: string;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'ket.qua.xem', [{ role: 'viewer', orgId: root }], 'Ket-qua@2026');
    viewer = await signIn(h.app, 'ket.qua.xem', 'Ket-qua@2026');
    const k = h.db.kysely;
    const t2024 = await insertScorecardTemplate(k, { kind: 'bloc', year: 2024 });
    blocId = t2024.blocId!;
    await insertScorecard(k, {
      template: t2024,
      status: 'published',
      members: [
        { name: 'Sở Công Thương', selfShare: 0.8 },
        { name: 'Sở Tài chính', selfShare: 0.9 },
      ],
    });
    const t2025 = await insertScorecardTemplate(k, { kind: 'bloc', year: 2025, blocId });
    await insertScorecard(k, {
      template: t2025,
      status: 'published',
      members: [
        { name: 'Sở Công Thương', selfShare: 0.95 },
        { name: 'Sở Tài chính', selfShare: 0.7 },
        { name: 'Sở Xây dựng', selfShare: 0.85 },
      ],
    });
    // Not published: left out of the history as of the section.
    const t2026 = await insertScorecardTemplate(k, { kind: 'bloc', year: 2026, blocId });
    await insertScorecard(k, { template: t2026, status: 'ranked', members: [{ name: 'Sở Y tế' }] });
    // Another bloc's published year: the filter by bloc excludes it.
    const other = await insertScorecardTemplate(k, { kind: 'bloc', year: 2025 });
    await insertScorecard(k, { template: other, status: 'published', members: [{ name: 'Sở Nội vụ' }] });
  }, 120_000);
  afterAll(() => h.close());

  it("holds the section's rows: each member's rank and final score per published year, the bloc's alone", async () => {
    const url = `/api/v1/scorecards/history?kind=bloc&blocId=${blocId}`;
    const section = (await viewer.get(url)).json() as {
      years: number[];
      members: { name: string; results: { year: number; rank: number | null; finalScore: number | null }[] }[];
    };
    expect(section.years).toEqual([2024, 2025]);
    const rows = await exportRows(viewer, `/api/v1/scorecards/history/export.xlsx?kind=bloc&blocId=${blocId}`);
    expect(rows.map((r) => r[1])).toEqual(section.members.map((m) => m.name));
    expect(rows.map((r) => r[1])).not.toContain('Sở Nội vụ');
    expect(rows.map((r) => r[1])).not.toContain('Sở Y tế');
    const cells = (m: (typeof section.members)[number]) =>
      section.years.flatMap((y) => {
        const r = m.results.find((x) => x.year === y);
        return [r?.rank == null ? '' : String(r.rank), r?.finalScore == null ? '' : String(r.finalScore)];
      });
    expect(rows.map((r) => r.slice(2))).toEqual(section.members.map(cells));
    // The hand-computed places: the Trade department second then first, Construction only in 2025.
    expect(rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Sở Công Thương', '2', '1'],
      ['Sở Tài chính', '1', '3'],
      ['Sở Xây dựng', '', '2'],
    ]);
  });

  it('answers an unknown bloc and a caller not signed in as the section does', async () => {
    const missing = '00000000-0000-7000-8000-000000000000';
    const section = await viewer.get(`/api/v1/scorecards/history?kind=bloc&blocId=${missing}`);
    expect(section.statusCode).toBe(404);
    const res = await viewer.get(`/api/v1/scorecards/history/export.xlsx?kind=bloc&blocId=${missing}`);
    expect(res.statusCode).toBe(section.statusCode);
    expect((await h.app.inject({ url: `/api/v1/scorecards/history/export.xlsx?kind=bloc` })).statusCode).toBe(401);
    expect((await viewer.get('/api/v1/scorecards/history/export.xlsx?kind=nope')).statusCode).toBe(400);
  });
});
