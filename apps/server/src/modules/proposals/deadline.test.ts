import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
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
import { insertPerson, insertProposal, insertUnit } from '../../test/factories.ts';

/** The public posting of a Huân chương list ends on a day; the app's clock says whether it has. */
describe.each(DIALECTS)('posting deadline by the clock (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let unitA: string;
  const clock = new ManualClock('2026-03-12T09:00:00+07:00');

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = await insertUnit(h.db.kysely, root, 'QLCN', 'Phòng Quản lý Công nghiệp');
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
  });
  afterAll(() => h.close());

  const postedUntil = async (to: string) => {
    const person = await insertPerson(h.db.kysely, unitA, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Nam' });
    return insertProposal(h.db.kysely, {
      orgId: unitA,
      year: 2025,
      status: 'posting',
      posting: { from: '2026-02-26', to },
      items: [{ subject: person, awardCode: 'order_labour_3', justification: 'Thành tích xuất sắc' }],
    });
  };
  /** Moves the clock and signs in again (an idle session lapses by the same clock). */
  const moveTo = async (at: string) => {
    clock.set(at);
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
  };
  const toCouncil = (p: { id: string; version: number }) =>
    office.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'to_council', version: p.version });

  it('refuses to send the list to the council on the last day of posting, and accepts it the next day', async () => {
    const p = await postedUntil('2026-03-12');
    await moveTo('2026-03-12T16:00:00+07:00');
    const early = await toCouncil(p);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('12/03/2026');
    // Late on the 12th in Hà Nội the posting still runs.
    await moveTo('2026-03-12T23:30:00+07:00');
    expect((await toCouncil(p)).statusCode).toBe(409);
    await moveTo('2026-03-13T07:30:00+07:00');
    const sent = await toCouncil(p);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('council');
    // The step is stamped with the clock's time.
    expect(sent.json().transitions.at(-1).at).toBe('2026-03-13T00:30:00.000Z');
  });
});
