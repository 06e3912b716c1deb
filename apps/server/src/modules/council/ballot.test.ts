import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const docxText = async (buf: Buffer) =>
  (await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, '');

interface Item {
  itemId: string;
  verdict: string | null;
  unmet: { detail: string; met: boolean | null; citation: { instrument: string; article: string | null } | null }[];
  justification: string;
  threshold: number;
  comparison: string;
  thresholdText: string;
  result: { approved: boolean; comparison: string; unanimous: boolean; text: string } | null;
}
interface Session {
  id: string;
  version: number;
  items: Item[];
}

describe.each(DIALECTS)('the council ballot (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: Client;
  let office: Client;
  let orgId: string;
  let people: { id: string }[];
  const members: Client[] = [];

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-12-01T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    orgId = (await makeOrg(admin, root, 'PA', 'Phòng Quản lý Công nghiệp')).id;
    people = [await makePerson(admin, orgId), await makePerson(admin, orgId, { givenName: 'Bình' })];
    await makeUser(admin, 'donvi', [{ role: 'unit_officer', orgId }], 'Don-vi-PA@2026');
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    unit = await signIn(h.app, 'donvi', 'Don-vi-PA@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
    // Four members, none from the unit: all four are entitled to vote on its items.
    for (const i of [1, 2, 3, 4]) {
      const u = await makeUser(admin, `hd.${i}`, [{ role: 'council_member', orgId: root }], `Hoi-dong-${i}@2026`);
      const res = await office.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role: i === 1 ? 'chair' : i === 4 ? 'secretary' : 'member',
        orgId: root,
        termFrom: '2026-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      members.push(await signIn(h.app, `hd.${i}`, `Hoi-dong-${i}@2026`));
    }
  });
  afterAll(() => h.close());

  /** A dossier of the unit, submitted, accepted and sent to the council through the API. */
  async function councilDossier(items: { subjectId: string; awardCode: string; justification?: string }[]) {
    const created = await unit.send('POST', '/api/v1/proposals', {
      orgId,
      title: 'Đề nghị khen thưởng năm 2026',
      year: 2026,
      items: items.map((i) => ({ subjectKind: 'individual', achievement: 'Hoàn thành xuất sắc nhiệm vụ', ...i })),
    });
    expect(created.statusCode, created.body).toBe(200);
    let p = created.json() as { id: string; version: number };
    for (const [c, action] of [
      [unit, 'submit'],
      [office, 'accept'],
      [office, 'to_council'],
    ] as const) {
      const res = await c.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version });
      expect(res.statusCode, res.body).toBe(200);
      p = res.json();
    }
    return p;
  }

  async function openSession(proposalIds: string[]): Promise<Session> {
    const created = await office.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp Hội đồng',
      heldOn: '2026-12-01',
      proposalIds,
    });
    expect(created.statusCode, created.body).toBe(200);
    const s = created.json() as Session;
    const ids = (await office.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
    const res = await office.send('PUT', `/api/v1/council/sessions/${s.id}/attendance`, {
      presentMemberIds: ids,
      version: s.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function vote(s: Session, choices: Record<string, string[]>) {
    for (const [i, m] of members.entries()) {
      const votes = Object.entries(choices).map(([itemId, c]) => ({ itemId, choice: c[i]! }));
      const res = await m.send('POST', `/api/v1/council/sessions/${s.id}/ballot`, { votes });
      expect(res.statusCode, res.body).toBe(200);
    }
  }

  async function close(s: Session): Promise<Session> {
    const fresh = (await office.get(`/api/v1/council/sessions/${s.id}`)).json() as Session;
    const res = await office.send('POST', `/api/v1/council/sessions/${s.id}/close`, { version: fresh.version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  it("shows a member each item's verdict, unmet criteria with their basis and the unit's justification, never another's vote", async () => {
    const p = await councilDossier([
      { subjectId: people[0]!.id, awardCode: 'grassroots_emulation_fighter', justification: 'Có sáng kiến cấp cơ sở' },
      { subjectId: people[1]!.id, awardCode: 'commendation_certificate' },
    ]);
    const s = await openSession([p.id]);
    const [cstd, gk] = s.items;
    await members[0]!.send('POST', `/api/v1/council/sessions/${s.id}/ballot`, {
      votes: [{ itemId: cstd!.itemId, choice: 'disagree' }],
    });

    const seen = (await members[1]!.get(`/api/v1/council/sessions/${s.id}`)).json() as Session;
    const item = seen.items.find((i) => i.itemId === cstd!.itemId)!;
    expect(item).toMatchObject({
      verdict: 'not_eligible',
      justification: 'Có sáng kiến cấp cơ sở',
      threshold: 0.5,
      comparison: 'more_than',
      thresholdText: 'trên 50%',
      result: null,
    });
    expect(item.unmet.length).toBeGreaterThan(0);
    expect(item.unmet.some((u) => u.met === false)).toBe(true);
    for (const u of item.unmet) {
      expect(u.detail).not.toBe('');
      expect(u.citation?.instrument).toMatch(/\S/u);
    }
    expect(seen.items.find((i) => i.itemId === gk!.itemId)).toMatchObject({ justification: '' });
    // Nothing in what another member (or the office) reads says how the first member voted.
    for (const c of [members[1]!, office]) {
      const body = (await c.get(`/api/v1/council/sessions/${s.id}`)).body;
      expect(body).not.toMatch(/"disagree"|"agree"|"abstain"|"choice"/u);
    }
  });

  it('a 2–2 split fails at the default "trên 50%", worded by its counts; "nhất trí" only when all four agree', async () => {
    const p = await councilDossier([
      { subjectId: people[0]!.id, awardCode: 'commendation_certificate' },
      { subjectId: people[1]!.id, awardCode: 'commendation_certificate' },
    ]);
    const s = await openSession([p.id]);
    const [split, all] = s.items;
    await vote(s, {
      [split!.itemId]: ['agree', 'agree', 'disagree', 'disagree'],
      [all!.itemId]: ['agree', 'agree', 'agree', 'agree'],
    });
    const closed = await close(s);
    const byId = new Map(closed.items.map((i) => [i.itemId, i]));
    expect(byId.get(split!.itemId)!.result).toMatchObject({
      approved: false,
      comparison: 'more_than',
      unanimous: false,
      text: 'Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%',
    });
    expect(byId.get(all!.itemId)!.result).toMatchObject({
      approved: true,
      unanimous: true,
      text: 'Đạt — Hội đồng nhất trí: 4/4 phiếu đồng ý (100%), ngưỡng: trên 50%',
    });
    // The dossier and the minutes say the same.
    const dossier = (await unit.get(`/api/v1/proposals/${p.id}`)).json();
    expect(dossier.items.map((i: { vote: { text: string } }) => i.vote.text)).toEqual([
      'Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%',
      'Đạt — Hội đồng nhất trí: 4/4 phiếu đồng ý (100%), ngưỡng: trên 50%',
    ]);
    const minutes = await docxText((await office.get(`/api/v1/council/sessions/${s.id}/minutes.docx`)).rawPayload);
    expect(minutes).toContain('Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%');
    expect(minutes.match(/nhất trí/gu)).toHaveLength(1);
  });

  it('set to "từ 50% trở lên", a new 2–2 split passes; the session closed before keeps its comparison and result', async () => {
    const judged = async () => {
      const p = await councilDossier([{ subjectId: people[0]!.id, awardCode: 'commendation_certificate' }]);
      const s = await openSession([p.id]);
      await vote(s, { [s.items[0]!.itemId]: ['agree', 'disagree', 'agree', 'disagree'] });
      return s;
    };
    const before = await close(await judged());
    expect(before.items[0]!.result).toMatchObject({ approved: false, comparison: 'more_than' });

    const open = await judged();
    const v = (await admin.get('/api/v1/settings/council.voting')).json();
    const saved = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: { ...v.value, comparisons: { ...v.value.comparisons, default: 'at_least' } },
      version: v.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await office.get(`/api/v1/council/sessions/${open.id}`)).json().items[0]).toMatchObject({
      comparison: 'at_least',
      thresholdText: 'từ 50% trở lên',
    });
    expect((await close(open)).items[0]!.result).toMatchObject({
      approved: true,
      comparison: 'at_least',
      text: 'Đạt: 2/4 phiếu đồng ý (50%), ngưỡng: từ 50% trở lên',
    });
    const again = (await office.get(`/api/v1/council/sessions/${before.id}`)).json() as Session;
    expect(again.items[0]).toMatchObject({ comparison: 'more_than', thresholdText: 'trên 50%' });
    expect(again.items[0]!.result).toMatchObject({
      approved: false,
      text: 'Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%',
    });
    const reset = (await admin.get('/api/v1/settings/council.voting')).json();
    await admin.send('DELETE', `/api/v1/settings/council.voting?version=${reset.version}`);
  });

  it('refuses a setting laxer than the verified rule of Chiến sĩ thi đua (từ 90% trở lên, ND 91/2017)', async () => {
    const v = (await admin.get('/api/v1/settings/council.voting')).json();
    expect(v.source).toContain('ND 91/2017/NĐ-CP Điều 45 khoản 8');
    const bad = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: {
        ...v.value,
        thresholds: { ...v.value.thresholds, provincial_emulation_fighter: 0.8 },
        comparisons: { ...v.value.comparisons, national_emulation_fighter: 'hon' },
      },
      version: v.version,
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'value.thresholds.provincial_emulation_fighter',
        'value.comparisons.national_emulation_fighter',
      ]),
    );
    expect(bad.json().detail).toContain('không được thấp hơn 90%');
    // Stricter is allowed: 95%, "trên".
    const ok = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: {
        ...v.value,
        thresholds: { ...v.value.thresholds, provincial_emulation_fighter: 0.95 },
        comparisons: { ...v.value.comparisons, provincial_emulation_fighter: 'more_than' },
      },
      version: v.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    await admin.send('DELETE', `/api/v1/settings/council.voting?version=${ok.json().version}`);
  });
});
