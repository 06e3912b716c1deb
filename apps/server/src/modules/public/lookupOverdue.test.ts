import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { makeDossier, makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';

const WARNING = 'Đã quá hạn hẹn trả — Sở sẽ gửi văn bản xin lỗi và hẹn lại';

/** The public lookup tells the applicant when the appointment has passed, and when it was set anew. */
describe.each(DIALECTS)('public lookup of an overdue dossier (%s)', (dialect) => {
  let h: Harness;
  let procedure: MadeProcedure;
  let n = 0;
  const from = () => `10.1.${dialect === 'sqlite' ? 1 : 2}.${++n}`;
  const get = (url: string) => h.app.inject({ method: 'GET', url, remoteAddress: from() });
  const api = (code: string) => `/api/public/dossiers/${encodeURIComponent(code)}?check=5678`;
  const page = (code: string) => `/tra-cuu?ma=${encodeURIComponent(code)}&kiemtra=5678`;

  beforeAll(async () => {
    // Monday 7 December 2026, 09:00 in Vietnam.
    h = await makeHarness(dialect, { clock: new ManualClock('2026-12-07T02:00:00.000Z') });
    procedure = await makeProcedure(h.db.kysely, { name: 'Cấp Giấy phép bán lẻ rượu' });
  });
  afterAll(() => h.close());

  it('an open dossier past its appointment: overdue, the warning under the date', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure,
      status: 'in_process',
      receivedAt: '2026-10-05T02:00:00.000Z',
      dueAt: '2026-11-02T10:00:00.000Z',
    });
    const res = await get(api(d.code));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ overdue: true, rescheduled: false });
    const html = (await get(page(d.code))).body;
    expect(html).toContain('02/11/2026');
    expect(html).toMatch(new RegExp(`<dd class="warn" role="status">${WARNING}</dd>`));
    expect(html.indexOf(WARNING)).toBeGreaterThan(html.indexOf('02/11/2026'));
  });

  it('a paused dossier past its appointment is overdue too', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure,
      status: 'supplement',
      receivedAt: '2026-10-05T02:00:00.000Z',
      dueAt: '2026-11-02T10:00:00.000Z',
    });
    expect((await get(api(d.code))).json().overdue).toBe(true);
  });

  it('after an apology: the new appointment, "(đã hẹn lại)", no warning while it holds', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure,
      status: 'in_process',
      receivedAt: '2026-10-05T02:00:00.000Z',
      originalDueAt: '2026-11-02T10:00:00.000Z',
      dueAt: '2026-12-21T10:00:00.000Z',
      apologies: 1,
    });
    expect((await get(api(d.code))).json()).toMatchObject({ overdue: false, rescheduled: true });
    const html = (await get(page(d.code))).body;
    expect(html).toContain('21/12/2026 (đã hẹn lại)');
    expect(html).not.toContain(WARNING);
  });

  it('an open dossier within time and a dossier already handed back are not overdue', async () => {
    const open = await makeDossier(h.db.kysely, {
      procedure,
      status: 'accepted',
      receivedAt: '2026-12-04T02:00:00.000Z',
      dueAt: '2026-12-18T10:00:00.000Z',
    });
    const returned = await makeDossier(h.db.kysely, {
      procedure,
      status: 'returned',
      receivedAt: '2026-10-05T02:00:00.000Z',
      dueAt: '2026-11-02T10:00:00.000Z',
      finishedAt: '2026-11-10T03:00:00.000Z',
      returnedAt: '2026-11-11T03:00:00.000Z',
    });
    for (const d of [open, returned]) {
      expect((await get(api(d.code))).json().overdue).toBe(false);
      expect((await get(page(d.code))).body).not.toContain(WARNING);
    }
  });
});
