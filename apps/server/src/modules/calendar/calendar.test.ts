import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposalStatus } from '@thidua/domain';
import { ManualClock } from '../../platform/clock.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertProposal } from '../../test/factories.ts';

/** A dossier put straight into a status (public posting when the dates are given). */
const proposalAt = (
  h: Harness,
  orgId: string,
  status: Exclude<ProposalStatus, 'decided'>,
  posting?: { from: string; to: string },
) => insertProposal(h.db.kysely, { orgId, year: 2026, status, items: [], title: `Hồ sơ ${status}`, posting });

const postingTo = async (h: Harness, id: string) =>
  (await h.db.kysely.selectFrom('proposals').select('posting_to').where('id', '=', id).executeTakeFirstOrThrow())
    .posting_to;

describe.each(DIALECTS)('working-day calendar (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let office: Client;
  let orgId: string;
  beforeAll(async () => {
    // Tuesday 01/12/2026, 09:00 in Vietnam.
    h = await makeHarness(dialect, { clock: new ManualClock(new Date('2026-12-01T02:00:00Z')) });
    admin = await asAdmin(h);
    orgId = await rootOrgId(h);
    await makeUser(admin, 'lich.tdkt', [{ role: 'emulation_officer', orgId }], 'Lich-tdkt@2026');
    office = await signIn(h.app, 'lich.tdkt', 'Lich-tdkt@2026');
  });
  afterAll(() => h.close());

  it('answers a configured year with its days, seeded 2016–2030', async () => {
    const res = await office.get('/api/v1/calendar?year=2028');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.year).toBe(2028);
    // Tết Mậu Thân: Wednesday 26/01/2028.
    expect(body.days).toContainEqual(
      expect.objectContaining({ date: '2028-01-26', kind: 'holiday', name: 'Tết Nguyên đán (mùng 1)' }),
    );
    expect(body.days.every((d: { legalBasis: string }) => d.legalBasis.includes('Bộ luật Lao động'))).toBe(true);
    const years = (await office.get('/api/v1/calendar/years')).json().years;
    expect(years).toEqual(Array.from({ length: 15 }, (_, i) => 2016 + i));
  });

  it('answers 404 naming a year that is not configured', async () => {
    const res = await office.get('/api/v1/calendar?year=2031');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('năm 2031');
    const bad = await office.get('/api/v1/calendar?year=abc');
    expect(bad.statusCode).toBe(400);
  });

  it('only an administrator writes; each write is audited', async () => {
    const day = { date: '2026-12-24', kind: 'holiday', name: 'Ngày nghỉ thử', legalBasis: '' };
    expect((await office.send('POST', '/api/v1/calendar/days', day)).statusCode).toBe(403);
    expect((await office.send('POST', '/api/v1/calendar/years', { year: 2031 })).statusCode).toBe(403);
    const added = await admin.send('POST', '/api/v1/calendar/years', { year: 2031 });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ year: 2031, days: [] });
    expect((await admin.send('POST', '/api/v1/calendar/years', { year: 2031 })).statusCode).toBe(409);
    const res = await admin.send('POST', '/api/v1/calendar/days', {
      ...day,
      date: '2031-01-01',
      name: 'Tết Dương lịch',
    });
    expect(res.statusCode, res.body).toBe(201);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity_type', 'in', ['calendar_day', 'calendar_year'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['calendar.year_added', 'calendar.day_added']);
    expect(audit[1]!.entity_id).toBe(res.json().id);
  });

  it('refuses bad days with Vietnamese errors naming the field', async () => {
    const post = (body: object) => admin.send('POST', '/api/v1/calendar/days', body);
    const noYear = await post({ date: '2035-05-01', kind: 'holiday', name: 'Quốc tế lao động' });
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().errors).toEqual([{ path: 'date', message: expect.stringContaining('Năm 2035') }]);
    const weekday = await post({ date: '2026-12-02', kind: 'makeup_workday', name: 'Làm bù' });
    expect(weekday.json().errors[0].path).toBe('kind');
    const dup = await post({ date: '2026-09-02', kind: 'holiday', name: 'Trùng' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0]).toMatchObject({ path: 'date', message: expect.stringContaining('Quốc khánh') });
    const empty = await post({ date: '2026-13-01', kind: 'nghi', name: '' });
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['date', 'kind', 'name']);
  });

  it('a stale edit or delete gets 409; a current one goes through', async () => {
    const created = (
      await admin.send('POST', '/api/v1/calendar/days', {
        date: '2027-06-05',
        kind: 'makeup_workday',
        name: 'Làm bù',
        legalBasis: 'Thông báo thử',
      })
    ).json();
    const edit = (version: number) =>
      admin.send('PUT', `/api/v1/calendar/days/${created.id}`, { ...created, name: 'Làm bù (sửa)', version });
    const ok = await edit(1);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Làm bù (sửa)', version: 2 });
    const stale = await edit(1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect((await admin.send('DELETE', `/api/v1/calendar/days/${created.id}?version=1`)).statusCode).toBe(409);
    expect((await admin.send('DELETE', `/api/v1/calendar/days/${created.id}?version=2`)).statusCode).toBe(200);
    const days = (await office.get('/api/v1/calendar?year=2027')).json().days;
    expect(days.some((d: { date: string }) => d.date === '2027-06-05')).toBe(false);
  });

  it("a holiday added inside a posting window moves the posting's end; removing it moves it back", async () => {
    // Posted Tuesday 01/12/2026 for 10 working days: ends Tuesday 15/12.
    const p = await proposalAt(h, orgId, 'posting', { from: '2026-12-01', to: '2026-12-15' });
    const other = await proposalAt(h, orgId, 'accepted');
    const res = await admin.send('POST', '/api/v1/calendar/days', {
      date: '2026-12-10',
      kind: 'day_off',
      name: 'Nghỉ thử',
      legalBasis: '',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await postingTo(h, p.id)).toBe('2026-12-16');
    expect(await postingTo(h, other.id)).toBeNull();
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('action', '=', 'proposal.posting_rescheduled')
      .where('entity_id', '=', p.id)
      .execute();
    expect(audit.map((a) => JSON.parse(a.after_json!))).toEqual([{ postingTo: '2026-12-16' }]);
    // The dossier's version moved on with it.
    const shown = await office.get(`/api/v1/proposals/${p.id}`);
    expect(shown.json()).toMatchObject({ postingTo: '2026-12-16', version: p.version + 1 });
    expect((await admin.send('DELETE', `/api/v1/calendar/days/${res.json().id}?version=1`)).statusCode).toBe(200);
    expect(await postingTo(h, p.id)).toBe('2026-12-15');
  });

  it('a new posting counts the working days of the stored calendar', async () => {
    const person = await makePerson(admin, orgId);
    const p = await insertProposal(h.db.kysely, {
      orgId,
      year: 2026,
      status: 'accepted',
      items: [{ subject: { id: person.id, org_id: orgId }, awardCode: 'order_labour_3' }],
    });
    await admin.send('POST', '/api/v1/calendar/days', { date: '2026-12-03', kind: 'day_off', name: 'Nghỉ thử' });
    const res = await office.send('POST', `/api/v1/proposals/${p.id}/transitions`, {
      action: 'post',
      version: p.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 10 working days from Tuesday 01/12 less Thursday 03/12: Wednesday 16/12.
    expect(res.json()).toMatchObject({ postingFrom: '2026-12-01', postingTo: '2026-12-16' });
  });
});
