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
import { insertDecision, votedProposal } from '../../test/factories.ts';

/** A decision's detail says what its reader may do with it, by the rules the server refuses by. */
describe.each(DIALECTS)('decision abilities (%s)', (dialect) => {
  let h: Harness;
  let leader: Client;
  let office: Client;
  let decisionId: string;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'PB', 'Phòng Kế hoạch')).id;
    const person = await makePerson(admin, unit);
    await makeUser(admin, 'giamdoc', [{ role: 'leader', orgId: root }], 'Giam-doc@2026');
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    leader = await signIn(h.app, 'giamdoc', 'Giam-doc@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
    const proposalId = await votedProposal(h.db.kysely, { id: person.id, org_id: unit }, 2026);
    decisionId = (await insertDecision(h.deps, { proposalIds: [proposalId], signedOn: '2026-12-01' })).id;
  });
  afterAll(() => h.close());

  it('offers revoking to the leader only, printing to both, and revoking no more once revoked', async () => {
    const asLeader = (await leader.get(`/api/v1/decisions/${decisionId}`)).json();
    const asOffice = (await office.get(`/api/v1/decisions/${decisionId}`)).json();
    expect(asLeader.abilities).toEqual({ revoke: true, printCertificates: true });
    expect(asOffice.abilities).toEqual({ revoke: false, printCertificates: true });
    expect(
      (
        await office.send('POST', `/api/v1/decisions/${decisionId}/revoke`, {
          reason: 'Sai đối tượng',
          signedOn: '2026-12-10',
          signer: 'Lê Quang Tiến',
        })
      ).statusCode,
    ).toBe(403);

    const revocation = await leader.send('POST', `/api/v1/decisions/${decisionId}/revoke`, {
      reason: 'Sai đối tượng',
      signedOn: '2026-12-10',
      signer: 'Lê Quang Tiến',
    });
    expect(revocation.statusCode, revocation.body).toBe(200);
    // A revocation awards nothing: nothing to print, nothing to revoke.
    expect(revocation.json().abilities).toEqual({ revoke: false, printCertificates: false });
    expect((await leader.get(`/api/v1/decisions/${decisionId}`)).json().abilities).toEqual({
      revoke: false,
      printCertificates: true,
    });
  });
});
