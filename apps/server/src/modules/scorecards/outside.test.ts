import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { insertInitiative, insertPerson, insertScorecard, insertScorecardTemplate } from '../../test/factories.ts';
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

/**
 * A bloc member outside the department (another Sở, no organisation here) has none of its figures in this
 * product: its computed criteria are scored by hand from its evidence, never from the department's own data.
 */
describe.each(DIALECTS)('a member outside the department (%s)', (dialect) => {
  let h: Harness;
  let office: Client;
  let root: string;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-20T09:00:00+07:00') });
    const admin = await asAdmin(h);
    root = await rootOrgId(h);
    await makeUser(admin, 'tdkt.ngoai', [{ role: 'emulation_officer', orgId: root }], 'Cham-diem@2026');
    office = await signIn(h.app, 'tdkt.ngoai', 'Cham-diem@2026');
  });
  afterAll(() => h.close());

  it('scores its computed criterion by hand and freezes no figure of the department for it', async () => {
    const k = h.db.kysely;
    const t = await insertScorecardTemplate(k, {
      kind: 'bloc',
      year: 2025,
      computed: { source: 'initiatives.recognised', scoring: { rule: 'per_unit', pointsEach: 10 } },
    });
    const c = await insertScorecard(k, {
      template: t,
      status: 'open',
      members: [
        { name: 'Sở Công Thương', orgId: root },
        { name: 'Sở Xây dựng', orgId: null },
      ],
    });
    // The department recognised an initiative in 2025: its own sheet counts it, the other Sở's does not.
    const person = await insertPerson(k, root);
    await insertInitiative(k, {
      orgId: root,
      authors: [{ personId: person.id, share: 100 }],
      recognisedOn: '2025-06-10',
      title: 'Số hóa sổ theo dõi an toàn hóa chất',
    });
    const leaf = (s: { items: unknown[]; scores: { itemId: string }[] }) =>
      s.scores.find((x) => x.itemId === t.ids['2.2']) as unknown as {
        figure: unknown;
        figurePoints: number | null;
        selfPoints: number | null;
      };
    const ours = (await office.get(`/api/v1/scorecards/${c.id}/members/${c.memberIds[0]}`)).json();
    expect(leaf(ours)).toMatchObject({ figure: { value: 1 }, figurePoints: 10 });

    const url = `/api/v1/scorecards/${c.id}/members/${c.memberIds[1]}`;
    let sheet = (await office.get(url)).json();
    expect(leaf(sheet)).toMatchObject({ figure: null, figurePoints: null, selfPoints: null });
    const item = JSON.stringify(sheet.items);
    expect(item).toContain('Cơ quan ngoài Sở');
    // Without the hand score the sheet is incomplete: the computed criterion is one of the missing.
    const early = await office.send('POST', `${url}/transitions`, { action: 'submit', version: sheet.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('2.2');
    const scores = ['1.1', '1.2.a', '1.2.b', '2.1', '2.2'].map((code) => ({ itemId: t.ids[code], points: 5 }));
    const saved = await office.send('PUT', `${url}/self`, { scores, version: sheet.version });
    expect(saved.statusCode, saved.body).toBe(200);
    sheet = saved.json();
    const submitted = await office.send('POST', `${url}/transitions`, { action: 'submit', version: sheet.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(leaf(submitted.json())).toMatchObject({ figure: null, selfPoints: 5 });
    expect(submitted.json().member.selfTotal).toBe(25);
  });
});
