import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, rootOrgId, type Client, type Harness } from '../../test/harness.ts';
import { insertPerson, insertRating, insertUnit } from '../../test/factories.ts';

interface Criterion {
  key: string;
  met: boolean | null;
  detail: string;
  citation: { instrument: string };
}

/** Judgements "as of today" read the app's clock: a test fixes the day and moves it. */
describe.each(DIALECTS)('the clock decides the consideration date (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: string;
  // Spring 2026: the proposals of the season are for the achievement year 2025.
  const clock = new ManualClock('2026-03-15T09:00:00+07:00');

  /** A person of her own for each test, recruited in 2015. */
  const newPerson = () =>
    insertPerson(h.db.kysely, unit, { familyName: 'Đỗ', middleName: 'Thị', givenName: 'Lan', startDate: '2015-03-01' });
  const check = async (person: string, year: number, awardCode = 'advanced_worker') => {
    const res = await admin.send('POST', '/api/v1/eligibility/check', { subjectId: person, awardCode, year });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { verdict: string; criteria: Criterion[] };
  };
  const line = (r: { criteria: Criterion[] }, key: string) => r.criteria.find((c) => c.key === key);

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    admin = await asAdmin(h);
    unit = await insertUnit(h.db.kysely, await rootOrgId(h), 'QLCN', 'Phòng Quản lý Công nghiệp');
  });
  afterAll(() => h.close());

  it('a year that has not begun by the clock is refused, and accepted once the clock reaches it', async () => {
    const person = (await newPerson()).id;
    clock.set('2025-12-31T20:00:00+07:00');
    const early = await admin.send('POST', '/api/v1/eligibility/check', {
      subjectId: person,
      awardCode: 'advanced_worker',
      year: 2026,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('year_out_of_range');
    clock.set('2026-01-01T08:00:00+07:00');
    expect((await check(person, 2026)).verdict).toBe('not_eligible');
  });

  it('asked for 2025 before the 2025 rating exists, the answer says the rating is missing', async () => {
    const person = (await newPerson()).id;
    clock.set('2026-03-15T09:00:00+07:00');
    const r = await check(person, 2025);
    expect(r.verdict).toBe('not_eligible');
    expect(line(r, 'achievement_year_rating')?.detail).toContain('Chưa có kết quả xếp loại năm 2025');
    const rated = await admin.send('PUT', '/api/v1/ratings', {
      year: 2025,
      items: [{ subjectKind: 'individual', subjectId: person, rating: 'good', version: null }],
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect((await check(person, 2025)).verdict).toBe('eligible');
  });

  it('a review opened in 2026 refuses the 2025 judgement while it is open, judged on the day by the clock', async () => {
    const lan = await newPerson();
    await insertRating(h.db.kysely, lan, 2025, 'good');
    const person = lan.id;
    clock.set('2026-03-15T09:00:00+07:00');
    const review = await admin.send('POST', '/api/v1/history/periods', {
      subjectId: person,
      category: 'review',
      kind: 'discipline_review',
      from: '2026-02-10',
    });
    expect(review.statusCode, review.body).toBe(201);
    const during = await check(person, 2025);
    expect(during.verdict).toBe('not_eligible');
    expect(line(during, 'not_under_review')?.detail).toContain('15/03/2026');
    // Considered on a day before the review was opened, the same history is eligible.
    clock.set('2026-02-01T09:00:00+07:00');
    const before = await check(person, 2025);
    expect(before.verdict).toBe('eligible');
    expect(line(before, 'not_under_review')?.detail).toContain('01/02/2026');
    // A 2025 judgement cites Decree 152/2025, the rule set of 2025.
    expect(line(before, 'not_under_review')?.citation.instrument).toBe('Nghị định 152/2025/NĐ-CP');
  });

  it('a review open during 2025 that ended in discipline in 2026 refuses the 2025 judgement after it closed', async () => {
    const lan = await newPerson();
    await insertRating(h.db.kysely, lan, 2025, 'good');
    clock.set('2026-03-15T09:00:00+07:00');
    const add = (body: Record<string, unknown>) =>
      admin.send('POST', '/api/v1/history/periods', { subjectId: lan.id, ...body });
    const review = await add({ category: 'review', kind: 'discipline_review', from: '2025-10-01', to: '2026-01-20' });
    expect(review.statusCode, review.body).toBe(201);
    // Closed without a sanction, the review does not count against 2025.
    expect((await check(lan.id, 2025)).verdict).toBe('eligible');
    const reprimand = await add({
      category: 'discipline',
      kind: 'reprimand',
      from: '2026-01-20',
      to: '2026-07-20',
      decisionNumber: '5/QĐ-SCT',
    });
    expect(reprimand.statusCode, reprimand.body).toBe(201);
    const r = await check(lan.id, 2025);
    expect(r.verdict).toBe('not_eligible');
    expect(line(r, 'not_under_review')?.detail).toContain('kết thúc bằng kỷ luật');
    // The reprimand itself falls in 2026: only the review rule reaches back to 2025.
    expect(line(r, 'no_discipline')?.met).toBe(true);
  });

  it('a start date in the future of the clock is refused; the same date is accepted once the clock passes it', async () => {
    const person = (await newPerson()).id;
    clock.set('2026-03-15T09:00:00+07:00');
    const body = { subjectId: person, category: 'review', kind: 'complaint', from: '2026-04-01' };
    const future = await admin.send('POST', '/api/v1/history/periods', body);
    expect(future.statusCode).toBe(400);
    expect(JSON.stringify(future.json().errors)).toContain('from');
    clock.set('2026-04-02T09:00:00+07:00');
    // Session timers read the same clock: eighteen days on, the old session has lapsed.
    expect((await admin.get('/api/v1/auth/me')).statusCode).toBe(401);
    admin = await asAdmin(h);
    expect((await admin.send('POST', '/api/v1/history/periods', body)).statusCode).toBe(201);
  });
});
