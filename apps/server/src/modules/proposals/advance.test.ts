import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertProposal } from '../../test/factories.ts';
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

/** A dossier moved on by another use case (a higher level's decision) carries its real reason and its version check. */
describe.each(DIALECTS)('dossiers moved on by a decision (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let unitA: string;
  let dossier: { id: string; version: number };
  const rec = () => ({
    proposalId: dossier.id,
    number: '1520/QĐ-UBND',
    signedOn: '2026-12-20',
    signer: 'Trịnh Việt Hùng',
    authority: 'Chủ tịch UBND tỉnh Thái Nguyên',
  });

  beforeAll(async () => {
    h = await makeHarness(dialect, { build: { logger: { level: 'error' } } });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua@2026');
    dossier = await insertProposal(h.db.kysely, {
      orgId: unitA,
      year: 2026,
      status: 'forwarded',
      items: [
        { subject: { id: unitA, org_id: unitA, kind: 'collective' }, awardCode: 'certificate_of_merit_provincial' },
      ],
    });
  });
  afterAll(() => h.close());

  it('refuses to record a decision on a dossier changed since the clerk picked it, recording nothing', async () => {
    const res = await office.send('POST', '/api/v1/decisions/record', {
      ...rec(),
      proposalVersion: dossier.version - 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'stale_version', errors: [{ path: 'proposalVersion' }] });
    const decisions = await h.db.kysely.selectFrom('decisions').select('id').execute();
    expect(decisions).toEqual([]);
    expect((await office.get(`/api/v1/proposals/${dossier.id}`)).json().status).toBe('forwarded');
  });

  it('records it at the version seen, and the dossier history says which decision closed it', async () => {
    const list = (await office.get('/api/v1/proposals?status=forwarded')).json().items;
    expect(list.find((p: { id: string }) => p.id === dossier.id).version).toBe(dossier.version);
    const res = await office.send('POST', '/api/v1/decisions/record', { ...rec(), proposalVersion: dossier.version });
    expect(res.statusCode, res.body).toBe(200);
    const p = (await office.get(`/api/v1/proposals/${dossier.id}`)).json();
    expect(p).toMatchObject({ status: 'decided', version: dossier.version + 1 });
    expect(p.transitions.at(-1)).toMatchObject({
      action: 'decide',
      fromStatus: 'forwarded',
      toStatus: 'decided',
      reason: 'Quyết định số 1520/QĐ-UBND của Chủ tịch UBND tỉnh Thái Nguyên',
      actorName: 'tdkt',
    });
  });
});
