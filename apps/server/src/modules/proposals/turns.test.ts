import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSAL_ACTIONS, type ProposalStatus } from '@thidua/domain';
import { ManualClock } from '../../platform/clock.ts';
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
import { insertProposal, type ItemSpec } from '../../test/factories.ts';

interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string;
}
interface Dossier {
  id: string;
  version: number;
  status: string;
  nextStep: { actor: string | null; text: string; mine: boolean } | null;
  abilities: { actions: string[]; unavailable: { action: string; reason: string }[] };
}

/**
 * Whose turn it is: a step that hands a dossier or a session to another actor
 * tells that actor (in-app and in the outbox, with a link), the dossier names
 * its next step, and the actions the page offers are exactly those the route
 * accepts, for every status and role.
 */
describe.each(DIALECTS)('turns: next step, notices, offered ⇔ accepted (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: Client;
  let office: Client;
  let office2: Client;
  let leader: Client;
  let viewer: Client;
  const members: Client[] = [];
  let unitA: string;
  let person: { id: string };

  /** Giấy khen (the Director's, no public posting), or a Huân chương (posted, decided higher up). */
  const certificate = (): ItemSpec[] => [
    {
      subject: { id: person.id, org_id: unitA },
      awardCode: 'commendation_certificate',
      justification: 'Có thành tích',
    },
  ];
  const order = (): ItemSpec[] => [
    { subject: { id: person.id, org_id: unitA }, awardCode: 'order_labour_3', justification: 'Có thành tích' },
  ];
  const notices = async (c: Client) => (await c.get('/api/v1/notifications')).json().items as Notice[];
  const dossier = async (c: Client, id: string) => (await c.get(`/api/v1/proposals/${id}`)).json() as Dossier;
  const act = (c: Client, p: { id: string; version: number }, action: string) =>
    c.send('POST', `/api/v1/proposals/${p.id}/transitions`, {
      action,
      version: p.version,
      reason: 'Bổ sung bản thành tích có xác nhận',
    });
  const outboxTo = async (address: string) =>
    h.db.kysely.selectFrom('email_outbox').select(['subject', 'body']).where('to_address', '=', address).execute();

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-12-01T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'PA', 'Phòng Quản lý Công nghiệp')).id;
    person = await makePerson(admin, unitA);
    const users = [
      ['donvi.pa', 'unit_officer', unitA],
      ['tdkt.1', 'emulation_officer', root],
      ['tdkt.2', 'emulation_officer', root],
      ['giamdoc', 'leader', root],
      ['xem', 'viewer', root],
    ] as const;
    for (const [name, role, orgId] of users) {
      const u = await makeUser(admin, name, [{ role, orgId }], 'Matkhau@2026');
      await h.db.kysely
        .updateTable('users')
        .set({ email: `${name}@sct.vn` })
        .where('id', '=', u.id)
        .execute();
    }
    const clients = await Promise.all(users.map(([name]) => signIn(h.app, name, 'Matkhau@2026')));
    [unit, office, office2, leader, viewer] = clients as [Client, Client, Client, Client, Client];
    for (const i of [1, 2, 3]) {
      const u = await makeUser(admin, `hd.${i}`, [{ role: 'council_member', orgId: root }], 'Matkhau@2026');
      await h.db.kysely
        .updateTable('users')
        .set({ email: `hd.${i}@sct.vn` })
        .where('id', '=', u.id)
        .execute();
      const res = await office.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role: i === 1 ? 'chair' : 'member',
        orgId: root,
        termFrom: '2026-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      members.push(await signIn(h.app, `hd.${i}`, 'Matkhau@2026'));
    }
  });
  afterAll(() => h.close());

  it('tells the office when a unit submits, and the unit when its dossier is returned', async () => {
    const p = await insertProposal(h.db.kysely, { orgId: unitA, year: 2026, status: 'draft', items: certificate() });
    expect((await dossier(unit, p.id)).nextStep).toMatchObject({ actor: 'unit', mine: true });
    const submitted = await act(unit, p, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    for (const c of [office, office2])
      expect(await notices(c)).toContainEqual(
        expect.objectContaining({
          title: expect.stringMatching(/^Đã gửi: .* — Phòng Quản lý Công nghiệp$/u),
          body: expect.stringContaining('Bước tiếp theo: Phòng Thi đua – Khen thưởng: kiểm tra hồ sơ'),
          link: `/proposals/${p.id}`,
        }),
      );
    expect(await notices(unit)).toEqual([]);
    expect(await notices(leader)).toEqual([]);
    const [mail] = await outboxTo('tdkt.1@sct.vn');
    expect(mail!.subject).toMatch(/^\[Khen thưởng\] Đã gửi: /u);
    expect(mail!.body).toContain(`/proposals/${p.id}`);
    const seen = await dossier(office, p.id);
    expect(seen.nextStep).toMatchObject({ actor: 'office', mine: true });
    expect((await act(office, seen, 'return')).statusCode).toBe(200);
    expect(await notices(unit)).toContainEqual(
      expect.objectContaining({
        title: expect.stringMatching(/^Trả lại để bổ sung: /u),
        body: expect.stringContaining('Lý do: Bổ sung bản thành tích có xác nhận.'),
        link: `/proposals/${p.id}`,
      }),
    );
  });

  it('tells every council member when a session opens, and the office, then the Director, once the vote is closed', async () => {
    const p = await insertProposal(h.db.kysely, { orgId: unitA, year: 2026, status: 'council', items: certificate() });
    expect((await dossier(office, p.id)).nextStep).toMatchObject({
      actor: 'office',
      text: 'Phòng Thi đua – Khen thưởng: lập phiên họp Hội đồng TĐKT để Hội đồng bỏ phiếu.',
      mine: true,
    });
    const opened = await office.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp xét khen thưởng cuối năm',
      heldOn: '2026-12-15',
      venue: 'Phòng họp số 1',
      proposalIds: [p.id],
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const session = opened.json() as { id: string; version: number; members: { memberId: string }[] };
    for (const [i, m] of members.entries()) {
      expect(await notices(m)).toEqual([
        expect.objectContaining({
          kind: 'council',
          title: 'Đang họp: Phiên họp xét khen thưởng cuối năm',
          body: expect.stringContaining('bỏ phiếu kín từng đề nghị tại phiên họp ngày 15/12/2026'),
          link: `/council/sessions/${session.id}`,
        }),
      ]);
      expect((await outboxTo(`hd.${i + 1}@sct.vn`))[0]!.body).toContain(`/council/sessions/${session.id}`);
    }
    expect((await notices(office)).some((n) => n.link === `/council/sessions/${session.id}`)).toBe(false);
    expect((await dossier(members[0]!, p.id)).nextStep).toMatchObject({
      actor: 'council',
      text: 'Chờ Hội đồng TĐKT bỏ phiếu — phiên họp "Phiên họp xét khen thưởng cuối năm" ngày 15/12/2026 đang mở.',
    });
    const view = (await members[0]!.get(`/api/v1/council/sessions/${session.id}`)).json();
    expect(view.nextStep).toMatchObject({ actor: 'council', mine: true });

    const present = await office.send('PUT', `/api/v1/council/sessions/${session.id}/attendance`, {
      presentMemberIds: session.members.map((m) => m.memberId),
      version: session.version,
    });
    expect(present.statusCode, present.body).toBe(200);
    const itemId = present.json().items[0].itemId as string;
    for (const m of members) {
      const cast = await m.send('POST', `/api/v1/council/sessions/${session.id}/ballot`, {
        votes: [{ itemId, choice: 'agree' }],
      });
      expect(cast.statusCode, cast.body).toBe(200);
    }
    const closed = await office.send('POST', `/api/v1/council/sessions/${session.id}/close`, {
      version: present.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    // The other officer (the one who closed is not told of his own step) has the office's next step.
    expect(await notices(office2)).toContainEqual(
      expect.objectContaining({
        title: expect.stringMatching(/^Hội đồng đã biểu quyết: /u),
        body: expect.stringContaining('dự thảo quyết định và trình Giám đốc ký ban hành'),
        link: `/proposals/${p.id}`,
      }),
    );
    // Not yet the Director's turn: the office prepares the draft first.
    expect((await notices(leader)).some((n) => n.link === `/proposals/${p.id}`)).toBe(false);
    const steps = await h.db.kysely
      .selectFrom('transitions')
      .select(['action', 'to_status'])
      .where('entity_type', '=', 'council_session')
      .where('entity_id', '=', session.id)
      .orderBy('seq')
      .execute();
    expect(steps).toEqual([
      { action: null, to_status: 'open' },
      { action: 'close', to_status: 'closed' },
    ]);
    const voted = await dossier(office, p.id);
    expect(voted.nextStep).toMatchObject({ actor: 'office', mine: true });
    expect(voted.abilities.actions).toContain('submit_decision');
    expect((await act(office, voted, 'submit_decision')).statusCode).toBe(200);
    expect(await notices(leader)).toContainEqual(
      expect.objectContaining({
        title: expect.stringMatching(/^Chờ Giám đốc ký: /u),
        body: expect.stringContaining('Giám đốc Sở: xem dự thảo và ký ban hành quyết định'),
        link: `/proposals/${p.id}`,
      }),
    );
    const signing = await dossier(leader, p.id);
    expect(signing.nextStep).toMatchObject({ actor: 'leader', mine: true });
    expect(signing.abilities.actions).toEqual(['decide']);
    const body = { proposalIds: [p.id], signedOn: '2026-12-20', signer: 'Lê Quang Tiến' };
    const issued = await leader.send('POST', '/api/v1/decisions', { ...body, confirmCount: 1 });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(await notices(unit)).toContainEqual(
      expect.objectContaining({ title: expect.stringMatching(/^Đã có quyết định: /u), link: `/proposals/${p.id}` }),
    );
  });

  it('does not offer "Công khai danh sách" when nothing needs posting, and says why; the route refuses it alike', async () => {
    const p = await insertProposal(h.db.kysely, { orgId: unitA, year: 2026, status: 'accepted', items: certificate() });
    const seen = await dossier(office, p.id);
    expect(seen.abilities.actions).toEqual(['to_council', 'reject']);
    const why = seen.abilities.unavailable.find((u) => u.action === 'post')!.reason;
    expect(why).toMatch(/^Chưa thể công khai: hồ sơ không có hình thức khen thưởng nào phải công khai/u);
    const refused = await act(office, seen, 'post');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(why);
    const posted = await insertProposal(h.db.kysely, { orgId: unitA, year: 2026, status: 'accepted', items: order() });
    expect((await dossier(office, posted.id)).abilities.actions).toContain('post');
  });

  /** Every role as a client, and the dossiers of every status (with and without a posting still running). */
  const roles = () => ({ unit, office, leader, viewer, member: members[0]!, admin });
  const SETUPS: { status: Exclude<ProposalStatus, 'decided'>; items: () => ItemSpec[]; posting?: boolean }[] = [
    ...(
      ['draft', 'submitted', 'returned', 'accepted', 'council', 'voted', 'signing', 'forwarded', 'rejected'] as const
    ).map((status) => ({ status, items: certificate })),
    { status: 'accepted', items: order },
    { status: 'posting', items: order, posting: true },
    { status: 'posting', items: order, posting: false },
  ];

  it('offers exactly the actions the routes accept, for every status and role (and refuses the unavailable with its reason)', async () => {
    const make = (s: (typeof SETUPS)[number]) =>
      insertProposal(h.db.kysely, {
        orgId: unitA,
        year: 2026,
        status: s.status,
        items: s.items(),
        ...(s.status === 'posting'
          ? { posting: s.posting ? { from: '2026-11-25', to: '2026-12-09' } : { from: '2026-11-01', to: '2026-11-14' } }
          : {}),
      });
    const seen = { accepted: new Set<string>(), unavailable: new Set<string>() };
    for (const s of SETUPS)
      for (const [role, c] of Object.entries(roles())) {
        let p = await make(s);
        const read = await c.get(`/api/v1/proposals/${p.id}`);
        if (read.statusCode === 404) continue; // a record the role cannot see offers nothing
        const offered = (read.json() as Dossier).abilities;
        for (const action of PROPOSAL_ACTIONS) {
          const at = `${s.status}${s.posting === undefined ? '' : s.posting ? ' (posting runs)' : ' (posting over)'} ${role} ${action}`;
          const current = (await h.db.kysely
            .selectFrom('proposals')
            .select(['id', 'version'])
            .where('id', '=', p.id)
            .executeTakeFirstOrThrow()) as { id: string; version: number };
          const res =
            action === 'decide'
              ? await c.send('POST', '/api/v1/decisions/preview', {
                  proposalIds: [p.id],
                  signedOn: '2026-12-20',
                  signer: 'Lê Quang Tiến',
                })
              : await act(c, current, action);
          const accepted = res.statusCode === 200;
          expect(accepted, `${at}: ${res.body}`).toBe(offered.actions.includes(action));
          const unavailable = offered.unavailable.find((u) => u.action === action);
          if (unavailable) expect(res.json().detail, at).toBe(unavailable.reason);
          if (accepted) seen.accepted.add(action);
          if (unavailable) seen.unavailable.add(action);
          // A step taken moves the dossier on: the next action is tried on a fresh one in the same status.
          if (accepted && action !== 'decide') p = await make(s);
        }
      }
    // The walk met every step a dossier page offers, and both guards that close one.
    expect([...seen.accepted].sort()).toEqual(PROPOSAL_ACTIONS.filter((a) => a !== 'close_vote').sort());
    expect([...seen.unavailable].sort()).toEqual(['post', 'to_council']);
  }, 300_000); // about 500 requests: minutes on a busy machine
});
