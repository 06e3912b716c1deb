import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { DEMO_COUNCIL } from './decisionsDemo.ts';
import { DEMO_PASSWORD } from './demo.ts';

// The department's reported record: 346 Giấy khen of the Director over 2017–2021, HCLĐ hạng Ba, Cờ thi đua Chính phủ.
describe.each(DIALECTS)('demo decision register (%s)', (dialect) => {
  let h: Harness;
  let officer: Client;
  const db = () => h.db.kysely;
  const giayKhen = () =>
    db()
      .selectFrom('decision_recipients')
      .innerJoin('decisions', 'decisions.id', 'decision_recipients.decision_id')
      .innerJoin('organisations', 'organisations.id', 'decision_recipients.org_id')
      .select([
        'decisions.id as decisionId',
        'decisions.number',
        'decisions.signed_on',
        'decision_recipients.subject_kind',
        'decision_recipients.subject_id',
        'decision_recipients.award_record_id',
        'organisations.kind as orgKind',
      ])
      .where('decision_recipients.award_code', '=', 'commendation_certificate')
      .where('decisions.signed_on', '>=', '2017-01-01')
      .where('decisions.signed_on', '<=', '2021-12-31')
      .execute();

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    officer = await signIn(h.app, 'canbo.tdkt', DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => h.close());

  it('lists exactly 346 Giấy khen in 2017–2021: people, department units and enterprises', async () => {
    const rows = await giayKhen();
    expect(rows).toHaveLength(346);
    const kinds = (k: string) => rows.filter((r) => r.subject_kind === 'collective' && r.orgKind === k).length;
    expect(rows.filter((r) => r.subject_kind === 'individual').length).toBeGreaterThan(100);
    expect(kinds('division') + kinds('affiliated_unit') + kinds('sub_department') + kinds('centre')).toBeGreaterThan(
      10,
    );
    expect(kinds('enterprise')).toBeGreaterThan(20);
    expect(kinds('cooperative')).toBeGreaterThan(5);
  });

  it('backs every recipient with an award record of its decision', async () => {
    const rows = await giayKhen();
    const records = await db()
      .selectFrom('award_records')
      .selectAll()
      .where(
        'id',
        'in',
        rows.map((r) => r.award_record_id!),
      )
      .execute();
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of rows) {
      const a = byId.get(r.award_record_id!);
      expect(a, r.number).toBeDefined();
      expect(a).toMatchObject({
        decision_id: r.decisionId,
        decision_number: r.number,
        decision_date: r.signed_on,
        subject_id: r.subject_id,
        award_code: 'commendation_certificate',
      });
      // Typed in from the archive (the history's own, before 2020) or conferred here.
      expect(['here', 'imported']).toContain(a!.origin);
    }
    // No decision of the Sở of those years is left outside the register, so no number is given twice.
    const loose = await db()
      .selectFrom('award_records')
      .select('id')
      .where('decision_number', 'like', '%/QĐ-SCT')
      .where('decision_date', '>=', '2017-01-01')
      .where('decision_date', '<=', '2021-12-31')
      .where('decision_id', 'is', null)
      .execute();
    expect(loose).toEqual([]);
  });

  it('continues each year’s counter after every number the history already uses', async () => {
    const records = await db()
      .selectFrom('award_records')
      .select(['decision_number', 'decision_date'])
      .where('decision_number', 'like', '%/QĐ-SCT')
      .execute();
    const counters = await db().selectFrom('decision_counters').selectAll().where('symbol', '=', 'QĐ-SCT').execute();
    for (const r of records.filter((x) => x.decision_date)) {
      const c = counters.find((x) => Number(x.year) === Number(r.decision_date!.slice(0, 4)));
      expect(Number(c?.last ?? 0), `${r.decision_number} ${r.decision_date}`).toBeGreaterThanOrEqual(
        Number(r.decision_number.split('/')[0]),
      );
    }
  });

  it('numbers the Director’s decisions 1..k per year in date order, and the counter continues', async () => {
    const own = await db().selectFrom('decisions').selectAll().where('symbol', '=', 'QĐ-SCT').execute();
    const counters = await db().selectFrom('decision_counters').selectAll().where('symbol', '=', 'QĐ-SCT').execute();
    for (const year of [2017, 2018, 2019, 2020, 2021]) {
      const ofYear = own.filter((d) => Number(d.year) === year).sort((a, b) => Number(a.seq) - Number(b.seq));
      expect(ofYear.length, String(year)).toBeGreaterThanOrEqual(3);
      expect(ofYear.map((d) => Number(d.seq))).toEqual(ofYear.map((_, i) => i + 1));
      expect(ofYear.map((d) => d.number)).toEqual(ofYear.map((_, i) => `${i + 1}/QĐ-SCT`));
      const dates = ofYear.map((d) => d.signed_on);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
      expect(Number(counters.find((c) => Number(c.year) === year)?.last)).toBe(ofYear.length);
    }
    // Awards, and the recognitions of initiatives and disciplinary decisions the demo cites (registerComplete.ts).
    expect(own.every((d) => d.status === 'issued' && d.level === 'here')).toBe(true);
    expect(new Set(own.map((d) => d.kind))).toEqual(new Set(['award', 'recognition', 'discipline']));
    expect(JSON.parse(own.find((d) => d.kind === 'award')!.legal_basis)[0]).toMatch(
      /^Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003/u,
    );
  });

  it('records the department’s HCLĐ hạng Ba and Cờ thi đua của Chính phủ as higher decisions', async () => {
    const sct = await db().selectFrom('organisations').select('id').where('code', '=', 'SCT').executeTakeFirstOrThrow();
    const held = await db()
      .selectFrom('award_records')
      .innerJoin('decisions', 'decisions.id', 'award_records.decision_id')
      .select(['award_records.award_code', 'award_records.origin', 'decisions.level', 'decisions.authority'])
      .where('award_records.subject_id', '=', sct.id)
      .where('award_records.award_code', 'in', ['order_labour_3', 'emulation_flag_government'])
      .execute();
    expect(held.map((r) => [r.award_code, r.origin, r.level, r.authority]).sort()).toEqual([
      ['emulation_flag_government', 'higher', 'higher', 'Thủ tướng Chính phủ'],
      ['order_labour_3', 'higher', 'higher', 'Chủ tịch nước'],
    ]);
    const list = (await officer.get('/api/v1/decisions?year=2019')).json().items as {
      number: string;
      level: string;
    }[];
    expect(list.filter((d) => d.level === 'higher').map((d) => d.number)).toEqual(
      expect.arrayContaining([expect.stringMatching(/QĐ-CTN$/u), expect.stringMatching(/QĐ-TTg$/u)]),
    );
    expect(list.some((d) => d.number === '1/QĐ-SCT')).toBe(true);
  });

  it('prints a 2018 decision and its certificates', async () => {
    const list = (await officer.get('/api/v1/decisions?year=2018')).json().items as {
      id: string;
      kind: string;
      recipientCount: number;
    }[];
    const d = list.find((x) => x.kind === 'award' && x.recipientCount > 0)!;
    const docx = await officer.get(`/api/v1/decisions/${d.id}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await officer.get(`/api/v1/decisions/${d.id}/certificates.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('seats the council: chair, standing member, secretary and two members', async () => {
    const rows = await db()
      .selectFrom('council_members')
      .innerJoin('users', 'users.id', 'council_members.user_id')
      .select(['users.username', 'council_members.role', 'council_members.term_from', 'council_members.person_id'])
      .execute();
    expect(rows.map((r) => [r.username, r.role]).sort()).toEqual(
      [
        ['hd.qlcn', 'member'],
        ['hd.thuky', 'secretary'],
        ['hd.uyvien', 'member'],
        ['hoidong', 'standing'],
        ['lanhdao', 'chair'],
      ].sort(),
    );
    expect(rows.every((r) => r.term_from === '2026-01-01' && r.person_id)).toBe(true);
    expect([...DEMO_COUNCIL].sort()).toEqual(rows.map((r) => r.username).sort());
    for (const u of DEMO_COUNCIL) await signIn(h.app, u, DEMO_PASSWORD);
  });
});
