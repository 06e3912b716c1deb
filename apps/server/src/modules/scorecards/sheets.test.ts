import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import {
  insertInitiative,
  insertPerson,
  insertScorecard,
  insertScorecardTemplate,
  type InsertedTemplate,
} from '../../test/factories.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LEGACY_DOC = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]);

/** Evidence, computed criteria frozen at submission, ties broken by the setting, and the PAR index's cycle. */
describe.each(DIALECTS)('member sheets: evidence, computed criteria, ties, PAR (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let office: Client;
  let officerA: Client;
  let officerB: Client;
  let viewer: Client;
  let unitA: string;
  let unitB: string;
  const k = () => h.db.kysely;

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-20T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLNL', 'Phòng Quản lý Năng lượng')).id;
    unitB = (await makeOrg(admin, root, 'KHTC', 'Phòng Kế hoạch – Tài chính')).id;
    for (const [name, role, org] of [
      ['tdkt.so', 'emulation_officer', root],
      ['canbo.nl', 'unit_officer', unitA],
      ['canbo.kh', 'unit_officer', unitB],
      ['xem.so', 'viewer', root],
    ] as const)
      await makeUser(admin, name, [{ role, orgId: org }], 'Cham-diem@2026');
    office = await signIn(h.app, 'tdkt.so', 'Cham-diem@2026');
    officerA = await signIn(h.app, 'canbo.nl', 'Cham-diem@2026');
    officerB = await signIn(h.app, 'canbo.kh', 'Cham-diem@2026');
    viewer = await signIn(h.app, 'xem.so', 'Cham-diem@2026');
  });
  afterAll(() => h.close());

  const upload = (c: Client, url: string, content: Buffer, name: string) => {
    const m = multipart(content, name);
    return c.send('POST', url, m.body, { 'content-type': m.type });
  };

  it('evidence of an allowed kind is kept with the criterion and read as the sheet is; another kind is refused', async () => {
    const t = await insertScorecardTemplate(k(), { kind: 'bloc', year: 2025 });
    const c = await insertScorecard(k(), {
      template: t,
      status: 'open',
      members: [
        { name: 'Phòng Quản lý Năng lượng', orgId: unitA },
        { name: 'Phòng Kế hoạch – Tài chính', orgId: unitB },
      ],
    });
    const url = `/api/v1/scorecards/${c.id}/members/${c.memberIds[0]}/scores/${t.ids['1.1']}/evidence`;
    for (const [content, name] of [
      [LEGACY_DOC, 'Kế hoạch.doc'],
      [Buffer.from('chỉ là văn bản'), 'Kế hoạch.txt'],
    ] as const) {
      const refused = await upload(officerA, url, content, name);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().detail).toContain(
        'Tài liệu kiểm chứng của tiêu chí 1.1 Ban hành kế hoạch thi đua phải là tệp',
      );
    }
    expect((await upload(officerB, url, PDF, 'Kế hoạch.pdf')).statusCode).toBe(404);
    const kept = await upload(officerA, url, PDF, 'Kế hoạch.pdf');
    expect(kept.statusCode, kept.body).toBe(200);
    const fileId = kept.json().id;
    const sheet = (await officerA.get(`/api/v1/scorecards/${c.id}/members/${c.memberIds[0]}`)).json();
    const score = sheet.scores.find((s: { itemId: string }) => s.itemId === t.ids['1.1']);
    expect(score.evidence.map((e: { id: string }) => e.id)).toEqual([fileId]);
    expect((await officerA.get(`/api/v1/attachments/${fileId}`)).statusCode).toBe(200);
    expect((await office.get(`/api/v1/attachments/${fileId}`)).statusCode).toBe(200);
    for (const who of [officerB, viewer]) expect((await who.get(`/api/v1/attachments/${fileId}`)).statusCode).toBe(404);
    const files = await k().selectFrom('files').select('id').where('owner_type', '=', 'scorecard_score').execute();
    expect(files.map((f) => f.id)).toEqual([fileId]);
    // A unit officer steps only his own sheet.
    const other = await officerA.send('POST', `/api/v1/scorecards/${c.id}/members/${c.memberIds[1]}/transitions`, {
      action: 'submit',
      version: 1,
    });
    expect(other.statusCode).toBe(404);
  });

  it('simultaneous saves of one sheet at the same version: one wins, the others get 409 and wrote nothing', async () => {
    const t = await insertScorecardTemplate(k(), { kind: 'bloc', year: 2023 });
    const c = await insertScorecard(k(), { template: t, status: 'open', members: [{ orgId: unitA }] });
    const url = `/api/v1/scorecards/${c.id}/members/${c.memberIds[0]}/self`;
    const answers = await Promise.all(
      [11, 12, 13, 14, 15, 16, 17, 18].map((p) =>
        officerA.send('PUT', url, { scores: [{ itemId: t.ids['1.1'], points: p }], version: 1 }),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json();
    const stored = await k()
      .selectFrom('scorecard_scores')
      .select('self_points')
      .where('id', '=', c.scoreIds[c.memberIds[0]!]!['1.1']!)
      .executeTakeFirstOrThrow();
    expect(Number(stored.self_points)).toBe(
      winner.scores.find((x: { itemId: string }) => x.itemId === t.ids['1.1']).selfPoints,
    );
    expect(winner.version).toBe(2);
  });

  it('a computed criterion shows its live figure while scoring and keeps the one frozen at submission', async () => {
    const t = await insertScorecardTemplate(k(), {
      kind: 'bloc',
      year: 2025,
      computed: { source: 'initiatives.recognised', scoring: { rule: 'per_unit', pointsEach: 10 } },
    });
    const c = await insertScorecard(k(), {
      template: t,
      status: 'open',
      members: [
        { name: 'Phòng Quản lý Năng lượng', orgId: unitA },
        { name: 'Phòng Quản lý Năng lượng (bản thứ hai)', orgId: unitA },
      ],
    });
    const person = await insertPerson(k(), unitA);
    const recognise = (title: string) =>
      insertInitiative(k(), {
        orgId: unitA,
        authors: [{ personId: person.id, share: 100 }],
        recognisedOn: '2025-06-10',
        title,
      });
    await recognise('Tiết kiệm điện chiếu sáng công cộng');
    const url = `/api/v1/scorecards/${c.id}/members/${c.memberIds[0]}`;
    const computedOf = (s: { scores: { itemId: string }[] }) =>
      s.scores.find((x) => x.itemId === t.ids['2.2']) as unknown as {
        figure: { value: number; periodFrom: string; periodTo: string };
        figurePoints: number;
        selfPoints: number;
      };
    let sheet = (await officerA.get(url)).json();
    expect(computedOf(sheet)).toMatchObject({
      figure: { value: 1, periodFrom: '2025-01-01', periodTo: '2025-12-31' },
      figurePoints: 10,
      selfPoints: 10,
    });
    const typed = await officerA.send('PUT', `${url}/self`, {
      scores: [{ itemId: t.ids['2.2'], points: 30 }],
      version: sheet.version,
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.json().detail).toContain('tính tự động');
    const manual = ['1.1', '1.2.a', '1.2.b', '2.1'].map((code) => ({ itemId: t.ids[code], points: 5 }));
    sheet = (await officerA.send('PUT', `${url}/self`, { scores: manual, version: sheet.version })).json();
    const submitted = await officerA.send('POST', `${url}/transitions`, { action: 'submit', version: sheet.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().member.selfTotal).toBe(30);

    await recognise('Quản lý an toàn hồ đập thủy điện');
    await recognise('Số hóa hồ sơ cấp phép hoạt động điện lực');
    sheet = (await officerA.get(url)).json();
    expect(computedOf(sheet)).toMatchObject({ figure: { value: 1 }, figurePoints: 10, selfPoints: 10 });
    expect(sheet.selfTotals.total).toBe(30);
    // The sheet still being scored counts what is there now.
    const live = (await officerA.get(`/api/v1/scorecards/${c.id}/members/${c.memberIds[1]}`)).json();
    expect(computedOf(live)).toMatchObject({ figure: { value: 3 }, figurePoints: 30 });
  });

  /** Two appraised members tied at 80: the first leads on its first field, the second has no penalty. */
  const tiedCycle = async () => {
    const t: InsertedTemplate = await insertScorecardTemplate(k(), { kind: 'bloc', year: 2024 });
    return insertScorecard(k(), {
      template: t,
      status: 'appraisal',
      members: [
        {
          name: 'Sở Công Thương',
          status: 'appraised',
          self: { '1.1': 20, '1.2.a': 10, '1.2.b': 10, '2.1': 20, '2.2': 20, T: 2, Tr: 2 },
        },
        {
          name: 'Sở Xây dựng',
          status: 'appraised',
          self: { '1.1': 10, '1.2.a': 10, '1.2.b': 10, '2.1': 25, '2.2': 25, T: 0, Tr: 0 },
        },
      ],
    });
  };
  const rankIt = async (id: string, version: number) => {
    const res = await office.send('POST', `/api/v1/scorecards/${id}/transitions`, { action: 'rank', version });
    expect(res.statusCode, res.body).toBe(200);
    const ranking = (await office.get(`/api/v1/scorecards/${id}/ranking`)).json();
    return ranking as {
      tieBreak: string[];
      items: { name: string; rank: number; finalScore: number; decidedBy: string | null }[];
    };
  };

  it('a tie of final scores is broken by the tie-break order in the settings', async () => {
    const first = await tiedCycle();
    const byDefault = await rankIt(first.id, first.version);
    expect(byDefault.items.map((i) => [i.name, i.rank, i.finalScore, i.decidedBy])).toEqual([
      ['Sở Công Thương', 1, 80, null],
      ['Sở Xây dựng', 2, 80, 'Điểm các lĩnh vực theo thứ tự trong bảng điểm'],
    ]);
    const setting = await admin.send('PUT', '/api/v1/settings/scorecards.tieBreak', {
      value: ['fewer_penalty', 'field_order'],
      version: 0,
    });
    expect(setting.statusCode, setting.body).toBe(200);
    const second = await tiedCycle();
    const bySetting = await rankIt(second.id, second.version);
    expect(bySetting.tieBreak).toEqual(['fewer_penalty', 'field_order']);
    expect(bySetting.items.map((i) => [i.name, i.rank, i.decidedBy])).toEqual([
      ['Sở Xây dựng', 1, null],
      ['Sở Công Thương', 2, 'Ít điểm trừ hơn'],
    ]);
    // The first cycle keeps the order and the keys it was ranked by.
    const kept = (await office.get(`/api/v1/scorecards/${first.id}/ranking`)).json();
    expect(kept.tieBreak).toEqual(byDefault.tieBreak);
    expect(kept.items.map((i: { name: string }) => i.name)).toEqual(['Sở Công Thương', 'Sở Xây dựng']);
  });

  it('the PAR index: the department scored, its survey component added, the year recorded in its history when published', async () => {
    const t = await insertScorecardTemplate(k(), { kind: 'par', year: 2024 });
    const created = await office.send('POST', '/api/v1/scorecards', { templateId: t.id });
    expect(created.statusCode, created.body).toBe(201);
    const card = created.json();
    expect(card.members.map((m: { orgId: string }) => m.orgId)).toEqual([await rootOrgId(h)]);
    const url = `/api/v1/scorecards/${card.id}/members/${card.members[0].id}`;
    let sheet = (await office.get(url)).json();
    const scores = ['1.1', '1.2.a', '1.2.b', '2.1', '2.2'].map((code) => ({ itemId: t.ids[code], points: 10 }));
    sheet = (await office.send('PUT', `${url}/self`, { scores, version: sheet.version })).json();
    sheet = (await office.send('POST', `${url}/transitions`, { action: 'submit', version: sheet.version })).json();
    let c = (await office.get(`/api/v1/scorecards/${card.id}`)).json();
    c = (
      await office.send('POST', `/api/v1/scorecards/${card.id}/transitions`, {
        action: 'close_self',
        version: c.version,
      })
    ).json();
    const appraised = await office.send('PUT', `${url}/appraisal`, {
      scores: [],
      surveyScore: 25.5,
      version: sheet.version,
    });
    expect(appraised.statusCode, appraised.body).toBe(200);
    sheet = (
      await office.send('POST', `${url}/transitions`, { action: 'appraise', version: appraised.json().version })
    ).json();
    c = (
      await office.send('POST', `/api/v1/scorecards/${card.id}/transitions`, { action: 'rank', version: c.version })
    ).json();
    expect(c.members[0]).toMatchObject({ appraisedTotal: 50, surveyScore: 25.5, finalTotal: 75.5, rank: 1 });
    const published = await office.send('POST', `/api/v1/scorecards/${card.id}/transitions`, {
      action: 'publish',
      version: c.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const row = await k()
      .selectFrom('par_index_results')
      .select(['year', 'final_score', 'survey_score', 'scorecard_id'])
      .where('scorecard_id', '=', card.id)
      .executeTakeFirst();
    expect(row && [Number(row.year), Number(row.final_score), Number(row.survey_score)]).toEqual([2024, 75.5, 25.5]);
    expect((await viewer.get(`/api/v1/scorecards/${card.id}/ranking`)).json().items[0].finalScore).toBe(75.5);
  });
});
