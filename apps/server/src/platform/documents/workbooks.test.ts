import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertScorecard, insertScorecardTemplate } from '../../test/factories.ts';
import { loadWorkbook } from './xlsx.ts';

/**
 * Every workbook the API hands out prints: A4, one page wide, the header rows repeated on each
 * page, the header frozen on screen, the department's heading on paper and page numbers in the
 * footer. The endpoints are read from the API's own description, so a new export that is not
 * listed here fails the test until it is.
 */

const XLSX_DUMP = process.env.XLSX_DUMP_DIR;

describe.each(DIALECTS)('every generated workbook prints on A4 (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  /** The one-stop desk's clerk: the dossier list is not the emulation office's. */
  let desk: Client;
  /** The planning division's statistician: the statistics templates are the entry roles'. */
  let stat: Client;
  /** The administrator: the accounts are his. */
  let admin: Client;
  let ids: { root: string; decision: string; round: string; year: number };

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    office = await signIn(h.app, 'canbo.tdkt', DEMO_PASSWORD);
    desk = await signIn(h.app, 'motcua', DEMO_PASSWORD);
    stat = await signIn(h.app, 'thongke', DEMO_PASSWORD);
    admin = await asAdmin(h);
    const k = h.db.kysely;
    const decision = await k
      .selectFrom('decisions')
      .select(['id'])
      .orderBy('signed_on', 'desc')
      .executeTakeFirstOrThrow();
    const round = await k.selectFrom('initiative_rounds').select('id').executeTakeFirstOrThrow();
    ids = { root: await rootOrgId(h), decision: decision.id, round: round.id, year: 2025 };
  }, 240_000);
  afterAll(() => h.close());

  /** A template with one faulty row, as a clerk would upload it to get the error report back. */
  const faulty = async (template: string, row: (string | number)[]) => {
    const wb = await loadWorkbook((await office.get(template)).rawPayload);
    wb.worksheets[0]!.getRow(2).values = row;
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  /** A ranked scorecard cycle: the demo's first, or one put in for the test. */
  let ranked: Promise<{ id: string; memberId: string }> | undefined;
  const rankedCycle = () =>
    (ranked ??= (async () => {
      const k = h.db.kysely;
      const found = await k
        .selectFrom('scorecards as s')
        .innerJoin('scorecard_members as m', 'm.scorecard_id', 's.id')
        .select(['s.id', 'm.id as memberId'])
        .where('s.status', 'in', ['ranked', 'published'])
        .executeTakeFirst();
      if (found) return found;
      const template = await insertScorecardTemplate(k, { kind: 'bloc', year: 2019 });
      const c = await insertScorecard(k, {
        template,
        status: 'ranked',
        members: [{ name: 'Sở Công Thương' }, { name: 'Sở Xây dựng' }],
      });
      return { id: c.id, memberId: c.memberIds[0]! };
    })());

  /** The demo's movement with the most registered units. */
  const demoMovement = async () =>
    (
      await h.db.kysely
        .selectFrom('movement_registrations')
        .select(['movement_id', (eb) => eb.fn.countAll().as('n')])
        .groupBy('movement_id')
        .orderBy('n', 'desc')
        .orderBy('movement_id')
        .executeTakeFirstOrThrow()
    ).movement_id;

  const requests: Record<
    string,
    () => Promise<{ url: string; body?: Buffer; desk?: boolean; stat?: boolean; admin?: boolean }>
  > = {
    'GET /api/v1/stat-entry/template.xlsx': async () => {
      const ds = await h.db.kysely.selectFrom('stat_datasets').select(['id', 'period_type']).executeTakeFirstOrThrow();
      const period = { month: '2026-03', quarter: '2026Q1', half: '2026S1', year: '2025' }[ds.period_type];
      return { url: `/api/v1/stat-entry/template.xlsx?dataset=${ds.id}&period=${period}`, stat: true };
    },
    'GET /api/v1/stat-submissions/export.xlsx': async () => {
      const ds = await h.db.kysely.selectFrom('stat_datasets').select(['id', 'period_type']).executeTakeFirstOrThrow();
      const period = { month: '2026-03', quarter: '2026Q1', half: '2026S1', year: '2025' }[ds.period_type];
      return { url: `/api/v1/stat-submissions/export.xlsx?dataset=${ds.id}&period=${period}`, stat: true };
    },
    'GET /api/v1/analytics/pivot.xlsx': async () => ({
      url: '/api/v1/analytics/pivot.xlsx?indicators=GTSX_CN,KN_XK,TL_VDT_CN&periods=2021&compare=prevYear,growth,target',
    }),
    'GET /api/v1/decisions/export.xlsx': async () => ({ url: `/api/v1/decisions/export.xlsx?year=${ids.year}` }),
    'GET /api/v1/decisions/{id}/recipients.xlsx': async () => ({
      url: `/api/v1/decisions/${ids.decision}/recipients.xlsx`,
    }),
    'GET /api/v1/eligibility/candidates.xlsx': async () => ({
      url: `/api/v1/eligibility/candidates.xlsx?orgId=${ids.root}&year=${ids.year}`,
    }),
    'GET /api/v1/initiatives/export.xlsx': async () => ({ url: '/api/v1/initiatives/export.xlsx?from=2020&to=2026' }),
    'GET /api/v1/initiatives/stats/export.xlsx': async () => ({
      url: '/api/v1/initiatives/stats/export.xlsx?from=2020&to=2026',
    }),
    'GET /api/v1/initiative-rounds/{id}/export.xlsx': async () => ({
      url: `/api/v1/initiative-rounds/${ids.round}/export.xlsx`,
    }),
    'GET /api/v1/movements/export.xlsx': async () => ({ url: '/api/v1/movements/export.xlsx' }),
    'GET /api/v1/people/export.xlsx': async () => ({ url: '/api/v1/people/export.xlsx' }),
    'GET /api/v1/dossiers/export.xlsx': async () => ({ url: '/api/v1/dossiers/export.xlsx?queue=overdue', desk: true }),
    'GET /api/v1/one-stop/report.xlsx': async () => ({
      url: '/api/v1/one-stop/report.xlsx?from=2026-01-01&to=2026-12-31',
    }),
    'GET /api/v1/scorecards/{id}/ranking.xlsx': async () => ({
      url: `/api/v1/scorecards/${(await rankedCycle()).id}/ranking.xlsx`,
    }),
    'GET /api/v1/scorecards/{id}/members/{memberId}/sheet.xlsx': async () => {
      const c = await rankedCycle();
      return { url: `/api/v1/scorecards/${c.id}/members/${c.memberId}/sheet.xlsx` };
    },
    'GET /api/v1/scorecard-templates/export.xlsx': async () => ({ url: '/api/v1/scorecard-templates/export.xlsx' }),
    'GET /api/v1/scorecard-templates/{id}/export.xlsx': async () => {
      const t = await h.db.kysely
        .selectFrom('scorecard_templates')
        .select('id')
        .orderBy('year', 'desc')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/scorecard-templates/${t.id}/export.xlsx` };
    },
    'GET /api/v1/people/import/template.xlsx': async () => ({ url: '/api/v1/people/import/template.xlsx' }),
    'GET /api/v1/work-programmes/export.xlsx': async () => ({ url: '/api/v1/work-programmes/export.xlsx?year=2026' }),
    'GET /api/v1/tasks/export.xlsx': async () => ({ url: '/api/v1/tasks/export.xlsx?year=2026&overdue=true' }),
    'GET /api/v1/proposals/export.xlsx': async () => ({ url: '/api/v1/proposals/export.xlsx' }),
    'GET /api/v1/registries/facilities/export.xlsx': async () => ({
      url: '/api/v1/registries/facilities/export.xlsx?asOf=2022-06-30&ownership=state',
    }),
    'GET /api/v1/registries/cooperatives/export.xlsx': async () => ({
      url: '/api/v1/registries/cooperatives/export.xlsx?asOf=2022-06-30',
    }),
    'GET /api/v1/registries/craft-villages/export.xlsx': async () => ({
      url: '/api/v1/registries/craft-villages/export.xlsx?asOf=2022-06-30',
    }),
    'GET /api/v1/registries/rural-products/export.xlsx': async () => ({
      url: '/api/v1/registries/rural-products/export.xlsx?asOf=2022-06-30',
    }),
    'GET /api/v1/registries/industrial-zones/export.xlsx': async () => ({
      url: '/api/v1/registries/industrial-zones/export.xlsx?asOf=2022-06-30',
    }),
    'GET /api/v1/reports/tdkt-forms.xlsx': async () => ({ url: '/api/v1/reports/tdkt-forms.xlsx?year=2025' }),
    'GET /api/v1/procedures/export.xlsx': async () => ({ url: '/api/v1/procedures/export.xlsx' }),
    'GET /api/v1/council/members/export.xlsx': async () => ({ url: '/api/v1/council/members/export.xlsx' }),
    'GET /api/v1/council/sessions/export.xlsx': async () => ({ url: '/api/v1/council/sessions/export.xlsx' }),
    'GET /api/v1/blocs/export.xlsx': async () => ({ url: '/api/v1/blocs/export.xlsx' }),
    'GET /api/v1/blocs/{id}/years/{year}/export.xlsx': async () => {
      const y = await h.db.kysely.selectFrom('bloc_years').select(['bloc_id', 'year']).executeTakeFirstOrThrow();
      return { url: `/api/v1/blocs/${y.bloc_id}/years/${y.year}/export.xlsx` };
    },
    'GET /api/v1/scorecards/export.xlsx': async () => ({ url: '/api/v1/scorecards/export.xlsx?kind=bloc' }),
    'GET /api/v1/scorecards/history/export.xlsx': async () => ({
      url: '/api/v1/scorecards/history/export.xlsx?kind=par',
    }),
    'GET /api/v1/calendar/export.xlsx': async () => ({ url: '/api/v1/calendar/export.xlsx?year=2026' }),
    'GET /api/v1/par-index/history/export.xlsx': async () => ({ url: '/api/v1/par-index/history/export.xlsx' }),
    'GET /api/v1/stat-targets/export.xlsx': async () => ({
      url: '/api/v1/stat-targets/export.xlsx?year=2026',
      stat: true,
    }),
    'GET /api/v1/users/export.xlsx': async () => ({ url: '/api/v1/users/export.xlsx', admin: true }),
    'GET /api/v1/awards/catalog/export.xlsx': async () => ({
      url: '/api/v1/awards/catalog/export.xlsx?date=2026-01-01',
    }),
    'GET /api/v1/stat-datasets/export.xlsx': async () => ({ url: '/api/v1/stat-datasets/export.xlsx' }),
    'GET /api/v1/stat-units/export.xlsx': async () => ({ url: '/api/v1/stat-units/export.xlsx?asOf=2026-01-01' }),
    'GET /api/v1/stat-rules/export.xlsx': async () => ({ url: '/api/v1/stat-rules/export.xlsx' }),
    'GET /api/v1/procedures/simplification/export.xlsx': async () => ({
      url: '/api/v1/procedures/simplification/export.xlsx?from=2020-01-01&to=2026-12-31&by=field',
    }),
    'GET /api/v1/history/export.xlsx': async () => {
      const r = await h.db.kysely.selectFrom('award_records').select('subject_id').executeTakeFirstOrThrow();
      return { url: `/api/v1/history/export.xlsx?subjectId=${r.subject_id}` };
    },
    'GET /api/v1/movements/{id}/progress/export.xlsx': async () => {
      const r = await h.db.kysely.selectFrom('movement_progress').select('movement_id').executeTakeFirst();
      return { url: `/api/v1/movements/${r?.movement_id ?? (await demoMovement())}/progress/export.xlsx` };
    },
    'GET /api/v1/audit/export.xlsx': async () => ({ url: '/api/v1/audit/export.xlsx?entityType=person', admin: true }),
    'GET /api/v1/initiative-rounds/export.xlsx': async () => ({ url: '/api/v1/initiative-rounds/export.xlsx' }),
    'GET /api/v1/movements/{id}/registrations/export.xlsx': async () => ({
      url: `/api/v1/movements/${await demoMovement()}/registrations/export.xlsx`,
    }),
    'GET /api/v1/movements/{id}/exemplars/export.xlsx': async () => ({
      url: `/api/v1/movements/${await demoMovement()}/exemplars/export.xlsx`,
    }),
    'GET /api/v1/indicators/export.xlsx': async () => ({ url: '/api/v1/indicators/export.xlsx' }),
    'GET /api/v1/procedures/published.xlsx': async () => ({ url: '/api/v1/procedures/published.xlsx' }),
    'GET /api/v1/ratings/export.xlsx': async () => ({
      url: `/api/v1/ratings/export.xlsx?orgId=${ids.root}&year=${ids.year}`,
    }),
    'GET /api/v1/history/awards/import/template.xlsx': async () => ({
      url: '/api/v1/history/awards/import/template.xlsx',
    }),
    'GET /api/v1/history/periods/import/template.xlsx': async () => ({
      url: '/api/v1/history/periods/import/template.xlsx',
    }),
    'POST /api/v1/people/import/report': async () => ({
      url: '/api/v1/people/import/report',
      body: await faulty('/api/v1/people/import/template.xlsx', [
        1,
        'Nguyễn',
        'Văn',
        'An',
        'Nam',
        '31/02/1990',
        '',
        'VP',
        'Công chức',
      ]),
    }),
    'POST /api/v1/history/awards/import/report': async () => ({
      url: '/api/v1/history/awards/import/report',
      body: await faulty('/api/v1/history/awards/import/template.xlsx', [
        1,
        'Cá nhân',
        'Không Có Ai',
        '',
        'VP',
        'Huy chương trên trời',
        2023,
      ]),
    }),
    'POST /api/v1/history/periods/import/report': async () => ({
      url: '/api/v1/history/periods/import/report',
      body: await faulty('/api/v1/history/periods/import/template.xlsx', [
        1,
        'Cá nhân',
        'Không Có Ai',
        '',
        'VP',
        'Không rõ',
        'x',
        '40/40/2025',
      ]),
    }),
  };

  it('covers every endpoint that answers with a workbook', () => {
    const doc = h.app.swagger() as OpenAPIV3.Document;
    const workbooks = Object.entries(doc.paths).flatMap(([path, item]) => [
      ...(item?.get && path.endsWith('.xlsx') ? [`GET /api/v1${path.replace(/^\/api\/v1/u, '')}`] : []),
      ...(item?.post && path.endsWith('/import/report') ? [`POST /api/v1${path.replace(/^\/api\/v1/u, '')}`] : []),
    ]);
    expect(workbooks.sort()).toEqual(Object.keys(requests).sort());
  });

  const sheetsOf = async (key: string): Promise<ExcelJS.Workbook> => {
    const { url, body, desk: atDesk, stat: asStat, admin: byAdmin } = await requests[key]!();
    const res = body
      ? await office.send('POST', url, multipart(body).body, { 'content-type': multipart(body).type })
      : await (byAdmin ? admin : asStat ? stat : atDesk ? desk : office).get(url);
    expect(res.statusCode, `${key}: ${res.body.slice(0, 300)}`).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    if (XLSX_DUMP) {
      mkdirSync(XLSX_DUMP, { recursive: true });
      writeFileSync(join(XLSX_DUMP, `${key.replace(/[^a-z0-9]+/giu, '_')}.xlsx`), res.rawPayload);
    }
    return loadWorkbook(res.rawPayload);
  };

  it.each(Object.keys(requests))(
    '%s: A4, fit to width, repeated and frozen header, heading and page numbers',
    async (key) => {
      const wb = await sheetsOf(key);
      const heading = 'SỞ CÔNG THƯƠNG TỈNH';
      for (const ws of wb.worksheets) {
        const where = `${key} — ${ws.name}`;
        const p = ws.pageSetup;
        expect(p.paperSize, where).toBe(9);
        expect([p.fitToPage, p.fitToWidth, p.fitToHeight], where).toEqual([true, 1, 0]);
        const titles = /^1:(\d+)$/u.exec(p.printTitlesRow ?? '');
        expect(titles, `${where}: print titles`).not.toBeNull();
        const headerRow = Number(titles![1]);
        expect(ws.views[0], where).toMatchObject({ state: 'frozen', ySplit: headerRow });
        expect(ws.headerFooter.oddFooter, where).toContain('Trang &P/&N');
        // The department's heading is on paper: in the sheet's first row or in the page header.
        const onPaper = `${ws.getCell(1, 1).text} ${ws.headerFooter.oddHeader ?? ''}`;
        expect(onPaper, where).toContain(heading);
        // Wide tables turn the page.
        const width = ws.columns.reduce((s, c) => s + (c.width ?? 9), 0);
        expect(p.orientation, where).toBe(width > 100 ? 'landscape' : 'portrait');
      }
    },
  );

  it('puts the title and the column headers of a report on the rows repeated on every page', async () => {
    const ws = (await sheetsOf('GET /api/v1/eligibility/candidates.xlsx')).worksheets[0]!;
    expect(ws.getCell('A1').text).toMatch(/^SỞ CÔNG THƯƠNG TỈNH/u);
    expect(ws.getCell('A2').text).toContain(`ĐỦ ĐIỀU KIỆN XÉT KHEN THƯỞNG NĂM ${ids.year}`);
    expect(ws.getRow(4).getCell(2).text).toBe('Họ và tên / Tên tập thể');
    expect(ws.pageSetup.printTitlesRow).toBe('1:4');
    // Columns are as wide as their text, within the writer's bound.
    expect(ws.getColumn(1).width).toBeLessThanOrEqual(6);
    expect(ws.getColumn(5).width).toBeLessThanOrEqual(40);
  });
});
