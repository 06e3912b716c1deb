import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertProposal } from '../../test/factories.ts';

/** A session's view says what its reader may do in it: the secretary runs it, a present member votes. */
describe.each(DIALECTS)('council session abilities (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let member: Client;
  let session: { id: string; version: number };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'PC', 'Phòng Kỹ thuật')).id;
    const person = await makePerson(admin, unit);
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    const u = await makeUser(admin, 'hd.1', [{ role: 'council_member', orgId: root }], 'Hoi-dong-1@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
    member = await signIn(h.app, 'hd.1', 'Hoi-dong-1@2026');
    const seated = await office.send('POST', '/api/v1/council/members', {
      userId: u.id,
      role: 'chair',
      orgId: root,
      termFrom: '2026-01-01',
    });
    expect(seated.statusCode, seated.body).toBe(200);
    const p = await insertProposal(h.db.kysely, {
      orgId: unit,
      year: 2026,
      status: 'council',
      items: [{ subject: { id: person.id, org_id: unit }, awardCode: 'commendation_certificate' }],
    });
    const created = await office.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp xét khen thưởng',
      heldOn: '2026-11-20',
      proposalIds: [p.id],
    });
    expect(created.statusCode, created.body).toBe(200);
    session = created.json();
  });
  afterAll(() => h.close());

  it('lets the secretary run the session and the member vote once he is present', async () => {
    const url = `/api/v1/council/sessions/${session.id}`;
    expect((await office.get(url)).json().abilities).toEqual({ manage: true, vote: false });
    expect((await member.get(url)).json().abilities).toEqual({ manage: false, vote: false });

    const ids = (await office.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
    const roll = await office.send('PUT', `${url}/attendance`, { presentMemberIds: ids, version: session.version });
    expect(roll.statusCode, roll.body).toBe(200);
    expect(roll.json().abilities).toEqual({ manage: true, vote: false });
    expect((await member.get(url)).json().abilities).toEqual({ manage: false, vote: true });
  });
});
