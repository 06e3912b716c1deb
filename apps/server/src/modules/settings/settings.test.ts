import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '@thidua/contracts';
import { DEFAULT_SETTINGS, DEFAULT_VOTING, type ProposalStatus } from '@thidua/domain';
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
import { insertProposal } from '../../test/factories.ts';
import { awardSettings, officeHours } from './read.ts';

const docxText = async (buf: Buffer) =>
  (await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, '');

/** A dossier put straight into a status, with one item for one person. */
const proposalAt = (
  h: Harness,
  person: { id: string },
  orgId: string,
  status: Exclude<ProposalStatus, 'decided'>,
  awardCode: string,
) =>
  insertProposal(h.db.kysely, {
    orgId,
    year: 2026,
    status,
    items: [{ subject: { id: person.id, org_id: orgId }, awardCode }],
    title: `Hồ sơ ${status}`,
  });

describe.each(DIALECTS)('settings (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let office: Client;
  let orgId: string;
  let person: { id: string };
  const members: Client[] = [];

  beforeAll(async () => {
    // Tuesday 01/12/2026 in Vietnam: no holiday within the next five weeks.
    h = await makeHarness(dialect, { clock: new ManualClock('2026-12-01T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    orgId = (await makeOrg(admin, root, 'PA', 'Phòng Quản lý Công nghiệp')).id;
    person = await makePerson(admin, orgId);
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua-1@2026');
    for (const i of [1, 2, 3]) {
      const u = await makeUser(admin, `hd.${i}`, [{ role: 'council_member', orgId: root }], `Hoi-dong-${i}@2026`);
      const res = await office.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role: i === 1 ? 'chair' : 'member',
        orgId: root,
        termFrom: '2026-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      members.push(await signIn(h.app, `hd.${i}`, `Hoi-dong-${i}@2026`));
    }
  });
  afterAll(() => h.close());

  const get = async (key: string) => (await admin.get(`/api/v1/settings/${key}`)).json();

  it('lists every key with its default, tag, source and area; nothing stored yet', async () => {
    const res = await office.get('/api/v1/settings');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; isDefault: boolean; version: number; tag: string }[];
    expect(items.map((i) => i.key)).toEqual(SETTING_KEYS);
    expect(items.every((i) => i.isDefault && i.version === 0 && /^[VPU]$/u.test(i.tag))).toBe(true);
    const voting = await get('council.voting');
    expect(voting).toMatchObject({ area: 'council', tag: 'U', value: DEFAULT_VOTING, default: DEFAULT_VOTING });
    expect(voting.source).toContain('ND 91/2017');
    expect((await admin.get('/api/v1/settings/khong.co')).statusCode).toBe(404);
  });

  it('refuses a bad value with the field named in Vietnamese, and a stale version with 409', async () => {
    const bad = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: { ...DEFAULT_VOTING, quorum: 1.5, thresholds: { default: 0.5, khong_co: 0.6 } },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/u);
    const problem = bad.json();
    expect(problem.detail).toContain('Tỷ lệ có mặt tối thiểu: không được lớn hơn 100%');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: 'value.quorum', message: 'Tỷ lệ có mặt tối thiểu: không được lớn hơn 100%' },
        expect.objectContaining({ path: 'value.thresholds.khong_co' }),
      ]),
    );
    const days = await admin.send('PUT', '/api/v1/settings/proposals.postingDays', { value: 5, version: 0 });
    expect(days.json().errors).toEqual([{ path: 'value', message: 'Số ngày làm việc công khai: tối thiểu là 10' }]);

    const saved = await admin.send('PUT', '/api/v1/settings/bonus.rounding', {
      value: { mode: 'nearest', step: 1000 },
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, updatedBy: 'admin' });
    const stale = await admin.send('PUT', '/api/v1/settings/bonus.rounding', {
      value: { mode: 'up', step: 1000 },
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    expect((await awardSettings(h.db.kysely)).bonusRounding).toEqual({ mode: 'nearest', step: 1000 });

    const reset = await admin.send('DELETE', '/api/v1/settings/bonus.rounding?version=1');
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ isDefault: true, version: 0, value: DEFAULT_SETTINGS.bonusRounding });
    expect((await awardSettings(h.db.kysely)).bonusRounding).toEqual(DEFAULT_SETTINGS.bonusRounding);
  });

  it('only an admin changes a value; each change is audited with before and after', async () => {
    expect((await office.send('PUT', '/api/v1/settings/bonus.rounding', { value: {}, version: 0 })).statusCode).toBe(
      403,
    );
    expect((await office.send('DELETE', '/api/v1/settings/bonus.rounding?version=0')).statusCode).toBe(403);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'before_json', 'after_json'])
      .where('entity_type', '=', 'setting')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['setting.saved', 'bonus.rounding'],
      ['setting.reset', 'bonus.rounding'],
    ]);
    expect(JSON.parse(audit[0]!.before_json!)).toBeNull();
    expect(JSON.parse(audit[0]!.after_json!)).toEqual({ value: { mode: 'nearest', step: 1000 }, version: 1 });
    expect(JSON.parse(audit[1]!.before_json!)).toEqual({ value: { mode: 'nearest', step: 1000 }, version: 1 });
  });

  it('eligibility and the catalog read the stored values: rule-set day, base salary and rounding', async () => {
    const ruleSet = async () =>
      (
        await admin.send('POST', '/api/v1/eligibility/check', {
          subjectId: person.id,
          awardCode: 'advanced_worker',
          year: 2025,
        })
      ).json().ruleSet.id;
    // 2025 straddles the two decrees: judged at the year's end by default, at its start when set so.
    expect(await ruleSet()).toBe('nd152_2025');
    const day = await admin.send('PUT', '/api/v1/settings/eligibility.ruleSetDay', { value: 'year_start', version: 0 });
    expect(day.statusCode, day.body).toBe(200);
    expect(await ruleSet()).toBe('nd98_2023');

    const catalog = async () => (await office.get('/api/v1/awards/catalog?date=2025-03-01')).json();
    const giayKhen = (c: { items: { code: string; bonus: { amount: number } | null }[] }) =>
      c.items.find((a) => a.code === 'commendation_certificate')!.bonus!.amount;
    const before = await catalog();
    expect(before.baseSalary.amount).toBe(2_340_000);
    expect(giayKhen(before)).toBe(710_000); // 0,3 × 2.340.000 = 702.000, rounded up to 10.000
    const rows = await get('bonus.baseSalaries');
    await admin.send('PUT', '/api/v1/settings/bonus.baseSalaries', {
      value: [...rows.value, { from: '2025-01-01', amount: 2_500_000, instrument: 'Thử nghiệm', confidence: 'U' }],
      version: rows.version,
    });
    await admin.send('PUT', '/api/v1/settings/bonus.rounding', { value: { mode: 'none', step: 10_000 }, version: 0 });
    const after = await catalog();
    expect(after.baseSalary).toMatchObject({ amount: 2_500_000, instrument: 'Thử nghiệm', confidence: 'U' });
    expect(giayKhen(after)).toBe(750_000);
  });

  it('the posting of a list lasts the number of working days set', async () => {
    const post = async () => {
      const p = await proposalAt(h, person, orgId, 'accepted', 'order_labour_3');
      const res = await office.send('POST', `/api/v1/proposals/${p.id}/transitions`, {
        action: 'post',
        version: p.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (await h.db.kysely.selectFrom('proposals').select('posting_to').where('id', '=', p.id).executeTakeFirst())!
        .posting_to;
    };
    expect(await post()).toBe('2026-12-15');
    const res = await admin.send('PUT', '/api/v1/settings/proposals.postingDays', { value: 15, version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(await post()).toBe('2026-12-22');
  });

  it("changing the council's threshold changes the outcome of a session closed afterwards, not of one already closed", async () => {
    const vote = async () => {
      const p = await proposalAt(h, person, orgId, 'council', 'commendation_certificate');
      let s = (
        await office.send('POST', '/api/v1/council/sessions', {
          title: `Phiên ${p.id}`,
          heldOn: '2026-12-01',
          proposalIds: [p.id],
        })
      ).json();
      const ids = (await office.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
      s = (
        await office.send('PUT', `/api/v1/council/sessions/${s.id}/attendance`, {
          presentMemberIds: ids,
          version: s.version,
        })
      ).json();
      // Two of three members agree: 66,7%.
      for (const [i, choice] of ['agree', 'agree', 'disagree'].entries()) {
        const res = await members[i]!.send('POST', `/api/v1/council/sessions/${s.id}/ballot`, {
          votes: [{ itemId: s.items[0].itemId, choice }],
        });
        expect(res.statusCode, res.body).toBe(200);
      }
      return s as { id: string; version: number; items: { threshold: number }[] };
    };
    const close = async (s: { id: string; version: number }) => {
      const res = await office.send('POST', `/api/v1/council/sessions/${s.id}/close`, { version: s.version });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items[0].result as { approved: boolean; threshold: number };
    };

    const before = await vote();
    expect(before.items[0]!.threshold).toBe(0.5);
    expect(await close(before)).toMatchObject({ approved: true, threshold: 0.5 });

    const open = await vote();
    const res = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: { ...DEFAULT_VOTING, thresholds: { ...DEFAULT_VOTING.thresholds, commendation_certificate: 0.8 } },
      version: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await office.get(`/api/v1/council/sessions/${open.id}`)).json().items[0].threshold).toBe(0.8);
    expect(await close(open)).toMatchObject({ approved: false, threshold: 0.8 });
    // The session closed under 50% keeps the outcome it announced.
    expect((await office.get(`/api/v1/council/sessions/${before.id}`)).json().items[0].result).toMatchObject({
      approved: true,
      threshold: 0.5,
    });

    // "Above" rather than "at least": 2 of 3 at a two-thirds threshold no longer passes.
    const strict = await vote();
    const v = await get('council.voting');
    const saved = await admin.send('PUT', '/api/v1/settings/council.voting', {
      value: {
        ...v.value,
        thresholds: { default: 0.5, commendation_certificate: 2 / 3 },
        comparisons: { default: 'at_least', commendation_certificate: 'more_than' },
      },
      version: v.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await close(strict)).toMatchObject({ approved: false, comparison: 'more_than' });
  });

  it('the minutes print the quorum checked when the session closed, not one set afterwards', async () => {
    const setQuorum = async (quorum: number) => {
      const v = await get('council.voting');
      const res = await admin.send('PUT', '/api/v1/settings/council.voting', {
        value: { ...v.value, quorum },
        version: v.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const closedSession = async (present: number) => {
      const p = await proposalAt(h, person, orgId, 'council', 'commendation_certificate');
      const s = (
        await office.send('POST', '/api/v1/council/sessions', {
          title: `Phiên ${p.id}`,
          heldOn: '2026-12-01',
          proposalIds: [p.id],
        })
      ).json();
      const ids = (await office.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
      const att = await office.send('PUT', `/api/v1/council/sessions/${s.id}/attendance`, {
        presentMemberIds: ids.slice(0, present),
        version: s.version,
      });
      expect(att.statusCode, att.body).toBe(200);
      const res = await office.send('POST', `/api/v1/council/sessions/${s.id}/close`, { version: att.json().version });
      expect(res.statusCode, res.body).toBe(200);
      return s.id as string;
    };
    const minutes = async (id: string) => {
      const res = await office.get(`/api/v1/council/sessions/${id}/minutes.docx`);
      expect(res.statusCode).toBe(200);
      return docxText(res.rawPayload);
    };

    await setQuorum(2 / 3);
    // Two of three present: enough under 2/3, not under 75%.
    const earlier = await closedSession(2);
    await setQuorum(0.75);
    const text = await minutes(earlier);
    expect(text).toContain('Có mặt 2/3 thành viên, đủ điều kiện tiến hành (ít nhất 2/3 tổng số thành viên)');
    expect(text).not.toContain('75%');
    // The session's page says the same.
    expect((await office.get(`/api/v1/council/sessions/${earlier}`)).json().quorum).toEqual({
      present: 2,
      members: 3,
      met: true,
    });
    // A session closed under the new rule prints it.
    expect(await minutes(await closedSession(3))).toContain('(ít nhất 75% tổng số thành viên)');
  });

  it('keeps office hours as a setting: bad times are refused naming the field, good ones reach the reader', async () => {
    expect(await officeHours(h.db.kysely)).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    const good = { morningStart: '07:00', morningEnd: '11:30', afternoonStart: '13:00', afternoonEnd: '17:00' };
    const bad = await admin.send('PUT', '/api/v1/settings/calendar.officeHours', {
      value: { ...good, morningStart: '7h', afternoonStart: '10:00' },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'value.morningStart', message: 'Giờ làm việc: buổi sáng: bắt đầu: cần giờ dạng HH:MM (00:00–23:59)' },
    ]);
    const order = await admin.send('PUT', '/api/v1/settings/calendar.officeHours', {
      value: { ...good, afternoonStart: '11:00' },
      version: 0,
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().errors).toEqual([
      { path: 'value.afternoonStart', message: 'Giờ làm việc: buổi chiều phải bắt đầu sau khi buổi sáng kết thúc' },
    ]);
    const saved = await admin.send('PUT', '/api/v1/settings/calendar.officeHours', { value: good, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await officeHours(h.db.kysely)).toEqual([
      { start: '07:00', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ]);
  });
});
