import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
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
import { insertAwardRecord, insertInitiative, insertPerson, insertRating, insertUnit } from '../../test/factories.ts';

interface Criterion {
  key: string;
  met: boolean | null;
  detail: string;
  evidence: string[];
  citation: { instrument: string; article: string | null };
}

describe.each(DIALECTS)('award history and eligibility (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitA: string;
  let unitB: string;
  let lan: string;
  let hung: string;
  let other: string;
  let root: string;

  const addAward = (c: Client, body: Record<string, unknown>) => c.send('POST', '/api/v1/history/awards', body);
  const check = async (subjectId: string, awardCode: string, year = 2026) =>
    admin.send('POST', '/api/v1/eligibility/check', { subjectId, awardCode, year });
  const criterion = (criteria: Criterion[], key: string) => criteria.find((c) => c.key === key)!;
  const count = async (table: 'award_records' | 'subject_periods' | 'initiatives') =>
    Number(
      (
        await h.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /**
   * A unit of its own whose Đỗ Thị Lan holds CSTĐCS 2024–2026 (decisions 24–26/QĐ-SCT), rated excellent
   * those years: the state the story test below reaches through HTTP, put in directly.
   */
  const fighterUnit = async (code: string) => {
    const k = h.db.kysely;
    const org = await insertUnit(k, root, code, `Phòng ${code}`);
    const person = await insertPerson(k, org, {
      familyName: 'Đỗ',
      middleName: 'Thị',
      givenName: 'Lan',
      gender: 'female',
      startDate: '2012-03-01',
    });
    const records: Record<number, { id: string; version: number }> = {};
    for (const year of [2024, 2025, 2026]) {
      await insertRating(k, person, year, 'excellent');
      records[year] = await insertAwardRecord(k, person, {
        awardCode: 'grassroots_emulation_fighter',
        year,
        decisionNumber: `${year - 2000}/QĐ-SCT`,
        decisionDate: year === 2026 ? '2026-11-20' : `${year}-12-20`,
      });
    }
    return { org, person, records };
  };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    lan = (
      await makePerson(admin, unitA, {
        familyName: 'Đỗ',
        middleName: 'Thị',
        givenName: 'Lan',
        gender: 'female',
        startDate: '2012-03-01',
      })
    ).id;
    hung = (
      await makePerson(admin, unitA, {
        familyName: 'Bùi',
        middleName: 'Văn',
        givenName: 'Hùng',
        startDate: '2026-08-01',
      })
    ).id;
    other = (
      await makePerson(admin, unitB, {
        familyName: 'Phạm',
        middleName: 'Văn',
        givenName: 'Cường',
        startDate: '2010-01-01',
      })
    ).id;
    await makeUser(admin, 'canbo.qlcn', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-QLCN@2026');
    await makeUser(admin, 'xem.qlcn', [{ role: 'viewer', orgId: unitA }], 'Xem-QLCN@2026');
    for (const year of [2024, 2025, 2026]) {
      const res = await admin.send('PUT', '/api/v1/ratings', {
        year,
        items: [
          { subjectKind: 'individual', subjectId: lan, rating: 'excellent', version: null },
          { subjectKind: 'individual', subjectId: hung, rating: 'good', version: null },
          { subjectKind: 'individual', subjectId: other, rating: 'good', version: null },
        ],
      });
      expect(res.statusCode).toBe(200);
    }
  });
  afterAll(() => h.close());

  it('records three years of CSTĐCS with their decisions and shows them in the history, audited', async () => {
    const officer = await signIn(h.app, 'canbo.qlcn', 'Don-vi-QLCN@2026');
    for (const year of [2024, 2025, 2026]) {
      const res = await addAward(officer, {
        subjectId: lan,
        awardCode: 'grassroots_emulation_fighter',
        year,
        decisionNumber: `${year - 2000}/QĐ-SCT`,
        decisionDate: year === 2026 ? '2026-11-20' : `${year}-12-20`,
        decisionSigner: 'Giám đốc Sở',
        decisionAuthority: 'Sở Công Thương',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ awardName: 'Chiến sĩ thi đua cơ sở', origin: 'here', flag: null });
    }
    const hist = (await officer.get(`/api/v1/history?subjectId=${lan}`)).json();
    expect(hist.subject).toMatchObject({
      kind: 'individual',
      name: 'Đỗ Thị Lan',
      orgName: 'Phòng Quản lý Công nghiệp',
    });
    expect(hist.canEdit).toBe(true);
    expect(hist.awards.map((a: { year: number }) => a.year)).toEqual([2024, 2025, 2026]);
    expect(hist.ratings).toEqual([
      { year: 2024, rating: 'excellent' },
      { year: 2025, rating: 'excellent' },
      { year: 2026, rating: 'excellent' },
    ]);
    expect(hist.issues).toEqual([]);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity_id', '=', lan)
      .where('action', '=', 'award_record.created')
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit[0]!.actor_name).toBe('canbo.qlcn');
  });

  it('without a provincial initiative, CSTĐ cấp tỉnh is refused and the panel says which criterion fails', async () => {
    const { person } = await fighterUnit('E3');
    const res = await check(person.id, 'provincial_emulation_fighter');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.verdict).toBe('not_eligible');
    expect(criterion(body.criteria, 'grassroots_fighter_3_years').met).toBe(true);
    expect(criterion(body.criteria, 'provincial_initiative').met).toBe(false);
  });

  it('records a provincial initiative (shares must sum to 100) and then CSTĐ cấp tỉnh needs only the council', async () => {
    const { org, person } = await fighterUnit('E4');
    const before = await count('initiatives');
    const bad = await admin.send('POST', '/api/v1/initiatives', {
      title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất',
      orgId: org,
      level: 'provincial',
      recognisedOn: '2026-05-10',
      authors: [{ personId: person.id, share: 90 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual({
      path: 'authors',
      message: 'Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)',
    });
    expect(await count('initiatives')).toBe(before);
    const res = await admin.send('POST', '/api/v1/initiatives', {
      title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất',
      orgId: org,
      level: 'provincial',
      recognisedOn: '2026-05-10',
      decisionNumber: '812/QĐ-UBND',
      authors: [{ personId: person.id, share: 100 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ authors: [{ name: 'Đỗ Thị Lan', share: 100 }], usedBy: null });

    const body = (await check(person.id, 'provincial_emulation_fighter')).json();
    expect(body.verdict).toBe('needs_review');
    expect(body.ruleSet.id).toBe('nd152_2025');
    const keys = body.criteria.map((c: Criterion) => c.key);
    expect(keys).toEqual(
      expect.arrayContaining(['grassroots_fighter_3_years', 'provincial_initiative', 'outstanding']),
    );
    expect(criterion(body.criteria, 'provincial_initiative')).toMatchObject({ met: true });
    expect(criterion(body.criteria, 'provincial_initiative').evidence.join(' ')).toContain('số hóa hồ sơ cấp phép');
    expect(criterion(body.criteria, 'grassroots_fighter_3_years').evidence.join(' ')).toContain('24/QĐ-SCT');
    expect(criterion(body.criteria, 'outstanding').met).toBeNull();
    for (const c of body.criteria as Criterion[]) {
      expect(c.detail.length).toBeGreaterThan(5);
      expect(c.citation.instrument.length).toBeGreaterThan(3);
    }
  });

  it('lists candidates of a unit in Vietnamese name order, with the awards each qualifies for, and exports them', async () => {
    const { org, person } = await fighterUnit('E5');
    await insertInitiative(h.db.kysely, {
      orgId: org,
      authors: [{ personId: person.id, share: 100 }],
      level: 'provincial',
      recognisedOn: '2026-05-10',
    });
    // Hùng is recruited on 01/08/2026: five months by the year's end, no LĐTT (tenure), so he is not listed.
    const hung = await insertPerson(h.db.kysely, org, {
      familyName: 'Bùi',
      middleName: 'Văn',
      givenName: 'Hùng',
      startDate: '2026-08-01',
    });
    await insertRating(h.db.kysely, hung, 2026, 'good');
    const res = await admin.get(`/api/v1/eligibility/candidates?orgId=${org}&year=2026`);
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.ruleSet.id).toBe('nd152_2025');
    expect(list.subjectsJudged).toBe(3); // the unit and its two people
    const names = list.items.map((c: { name: string }) => c.name);
    const lanItem = list.items.find((c: { subjectId: string }) => c.subjectId === person.id);
    expect(lanItem.awards).toContainEqual({
      code: 'provincial_emulation_fighter',
      name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      verdict: 'needs_review',
    });
    expect(lanItem.awards.map((a: { code: string }) => a.code)).toContain('advanced_worker');
    expect(names).not.toContain('Bùi Văn Hùng');
    const why = (await check(hung.id, 'advanced_worker')).json();
    expect(why.verdict).toBe('not_eligible');
    expect(criterion(why.criteria, 'tenure').met).toBe(false);

    const eligibleOnly = (
      await admin.get(`/api/v1/eligibility/candidates?orgId=${org}&year=2026&include=eligible`)
    ).json();
    const lanEligible = eligibleOnly.items.find((c: { subjectId: string }) => c.subjectId === person.id);
    expect(lanEligible.awards.every((a: { verdict: string }) => a.verdict === 'eligible')).toBe(true);

    const xlsx = await admin.get(`/api/v1/eligibility/candidates.xlsx?orgId=${org}&year=2026`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // The department's heading, then the title, above the header on row 4.
    expect(ws.getCell('A1').text).toMatch(/^SỞ CÔNG THƯƠNG/u);
    expect(ws.getCell('A2').text).toContain('NĂM 2026');
    const rows: string[] = [];
    ws.eachRow((r, n) => n > 4 && r.getCell(2).value && rows.push(String(r.getCell(2).value)));
    expect(rows).toContain('Đỗ Thị Lan');
  });

  it('orders people by given name, then middle and family name', async () => {
    const { org } = await fighterUnit('E6');
    for (const [familyName, middleName, givenName] of [
      ['Nguyễn', 'Văn', 'An'],
      ['Lê', 'Văn', 'Đức'],
    ] as const) {
      const p = await insertPerson(h.db.kysely, org, { familyName, middleName, givenName, startDate: '2010-01-01' });
      await insertRating(h.db.kysely, p, 2026, 'good');
    }
    const list = (await admin.get(`/api/v1/eligibility/candidates?orgId=${org}&year=2026`)).json();
    const people = list.items.filter((c: { subjectKind: string }) => c.subjectKind === 'individual');
    expect(people.map((c: { name: string }) => c.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Đức', 'Đỗ Thị Lan']);
  });

  it('refuses a second use of an initiative, naming the first, unless confirmed (then flagged)', async () => {
    const { org, person, records } = await fighterUnit('E7');
    const initiativeId = await insertInitiative(h.db.kysely, {
      orgId: org,
      authors: [{ personId: person.id, share: 100 }],
      level: 'provincial',
      recognisedOn: '2026-05-10',
      title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất',
    });
    const first = await admin.send('PUT', `/api/v1/history/awards/${records[2026]!.id}`, {
      awardCode: 'grassroots_emulation_fighter',
      year: 2026,
      decisionNumber: '26/QĐ-SCT',
      decisionDate: '2026-11-20',
      initiativeIds: [initiativeId],
      version: records[2026]!.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().initiatives).toEqual([{ id: initiativeId, title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất' }]);
    // The initiative founded CSTĐCS 2026; it cannot found CSTĐ cấp tỉnh as well.
    const body = (await check(person.id, 'provincial_emulation_fighter')).json();
    expect(body.verdict).toBe('not_eligible');
    expect(criterion(body.criteria, 'provincial_initiative').met).toBe(false);

    const second = await addAward(admin, {
      subjectId: person.id,
      awardCode: 'certificate_of_merit_provincial',
      year: 2026,
      initiativeIds: [initiativeId],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('history_conflict');
    expect(second.json().detail).toContain('đã là căn cứ cho Chiến sĩ thi đua cơ sở năm 2026 (QĐ 26/QĐ-SCT)');
    const view = (await admin.get(`/api/v1/initiatives/${initiativeId}`)).json();
    expect(view.usedBy).toMatchObject({ awardName: 'Chiến sĩ thi đua cơ sở', year: 2026, subjectName: 'Đỗ Thị Lan' });
  });

  it('flags a duplicate (a second CSTĐCS for 2025) instead of guessing, and the engine asks for a review', async () => {
    const { person } = await fighterUnit('E8');
    const lan = person.id;
    const before = await count('award_records');
    const both = await addAward(admin, { subjectId: lan, awardCode: 'advanced_worker', year: 2025 });
    expect(both.statusCode, 'LĐTT and CSTĐCS of one year are normal').toBe(201);
    const second = {
      subjectId: lan,
      awardCode: 'grassroots_emulation_fighter',
      year: 2025,
      decisionNumber: '99/QĐ-SCT',
    };
    const refused = await addAward(admin, second);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Trùng: Chiến sĩ thi đua cơ sở năm 2025 (QĐ 25/QĐ-SCT');
    expect(await count('award_records')).toBe(before + 1);
    const kept = await addAward(admin, { ...second, confirmConflict: true });
    expect(kept.statusCode).toBe(201);
    expect(kept.json().flag).toContain('Trùng');
    const hist = (await admin.get(`/api/v1/history?subjectId=${lan}`)).json();
    expect(hist.issues).toHaveLength(1);
    expect(hist.issues[0].recordIds).toContain(kept.json().id);
    const body = (await check(lan, 'grassroots_emulation_fighter', 2026)).json();
    expect(criterion(body.criteria, 'history_consistent').met).toBeNull();
    expect(body.verdict).not.toBe('eligible');

    const url = `/api/v1/history/awards/${kept.json().id}?version=${kept.json().version}`;
    const noReason = await admin.send('DELETE', url);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('querystring.reason');
    const del = await admin.send('DELETE', `${url}&reason=${encodeURIComponent('Nhập nhầm năm')}`);
    expect(del.statusCode).toBe(200);
    expect((await admin.get(`/api/v1/history?subjectId=${lan}`)).json().issues).toEqual([]);
    // Withdrawn, not erased: kept with who and why, audited.
    const row = await h.db.kysely
      .selectFrom('award_records')
      .select(['deleted_by', 'delete_reason'])
      .where('id', '=', kept.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ deleted_by: 'admin', delete_reason: 'Nhập nhầm năm' });
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'award_record.withdrawn')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('a warning in the year bars LĐTT; an open complaint makes the subject wait', async () => {
    expect((await check(other, 'advanced_worker')).json().verdict).toBe('eligible');
    const res = await admin.send('POST', '/api/v1/history/periods', {
      subjectId: other,
      category: 'discipline',
      kind: 'warning',
      from: '2026-03-01',
      to: '2027-02-28',
      decisionNumber: '15/QĐ-SCT',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = (await check(other, 'advanced_worker')).json();
    expect(body.verdict).toBe('not_eligible');
    expect(criterion(body.criteria, 'no_discipline').met).toBe(false);
    const hist = (await admin.get(`/api/v1/history?subjectId=${other}`)).json();
    expect(hist.periods).toEqual([
      expect.objectContaining({ category: 'discipline', kind: 'warning', kindLabel: 'Cảnh cáo', version: 1 }),
    ]);
    const del = await admin.send('DELETE', `/api/v1/history/periods/${res.json().id}?version=1`);
    expect(del.statusCode).toBe(200);
    const complaint = await admin.send('POST', '/api/v1/history/periods', {
      subjectId: other,
      category: 'review',
      kind: 'complaint',
      from: '2026-10-01',
    });
    expect(complaint.statusCode).toBe(201);
    const later = (await check(other, 'advanced_worker')).json();
    expect(criterion(later.criteria, 'not_under_review').met).toBe(false);
  });

  it('refuses bad input with a Vietnamese error at the field, writing nothing', async () => {
    const before = await count('award_records');
    const unknown = await addAward(admin, { subjectId: lan, awardCode: 'gold_star_of_nothing', year: 2025 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'awardCode' });
    expect(unknown.json().detail).toContain('Không có danh hiệu');
    const collective = await addAward(admin, { subjectId: lan, awardCode: 'advanced_collective', year: 2025 });
    expect(collective.statusCode).toBe(400);
    expect(collective.json().detail).toContain('không xét tặng cho cá nhân');
    const future = await addAward(admin, { subjectId: lan, awardCode: 'advanced_worker', year: 2099 });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toContainEqual({ path: 'year', message: 'Năm khen thưởng không được ở tương lai' });
    const reversed = await addAward(admin, {
      subjectId: lan,
      awardCode: 'provincial_emulation_fighter',
      year: 2023,
      fromYear: 2025,
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].path).toBe('fromYear');
    expect(await count('award_records')).toBe(before);

    const period = await admin.send('POST', '/api/v1/history/periods', {
      subjectId: lan,
      category: 'leave',
      kind: 'maternity',
      from: '2025-06-01',
      to: '2025-01-01',
    });
    expect(period.statusCode).toBe(400);
    expect(period.json().errors).toContainEqual({ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' });

    const unknownCheck = await check(lan, 'gold_star_of_nothing');
    expect(unknownCheck.statusCode).toBe(400);
    expect(unknownCheck.json().errors[0].path).toBe('awardCode');
    const wrongKind = await check(unitA, 'advanced_worker');
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().detail).toContain('không xét tặng cho tập thể');
    const tooLate = await check(lan, 'advanced_worker', 2099);
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().errors[0].path).toBe('year');
    const tooEarly = await check(lan, 'advanced_worker', 2020);
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().detail).toContain('Luật Thi đua, khen thưởng 2022');
    const nobody = await check('khong-co-ai', 'advanced_worker');
    expect(nobody.statusCode).toBe(404);
  });

  it('keeps unit officers to their unit and viewers to reading', async () => {
    const officer = await signIn(h.app, 'canbo.qlcn', 'Don-vi-QLCN@2026');
    const outside = await addAward(officer, { subjectId: other, awardCode: 'advanced_worker', year: 2024 });
    expect(outside.statusCode).toBe(404);
    expect((await officer.get(`/api/v1/history?subjectId=${other}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/v1/eligibility/candidates?orgId=${unitB}&year=2026`)).statusCode).toBe(403);
    const viewer = await signIn(h.app, 'xem.qlcn', 'Xem-QLCN@2026');
    const hist = await viewer.get(`/api/v1/history?subjectId=${lan}`);
    expect(hist.statusCode).toBe(200);
    expect(hist.json().canEdit).toBe(false);
    expect((await addAward(viewer, { subjectId: lan, awardCode: 'advanced_worker', year: 2023 })).statusCode).toBe(403);
  });

  it('judges a collective from its members: TT LĐTT needs the share of members holding LĐTT', async () => {
    const { org } = await fighterUnit('E12');
    for (const givenName of ['An', 'Bình', 'Cúc', 'Dũng']) {
      const p = await insertPerson(h.db.kysely, org, { givenName, startDate: '2010-01-01' });
      await insertRating(h.db.kysely, p, 2026, 'good');
    }
    await insertRating(h.db.kysely, { id: org, org_id: org, kind: 'collective' }, 2026, 'excellent');
    const body = (await check(org, 'advanced_collective')).json();
    expect(body.subject.kind).toBe('collective');
    expect(criterion(body.criteria, 'rating').met).toBe(true);
    // Only Lan holds a 2026 title (CSTĐCS) among five members: the share falls short.
    expect(criterion(body.criteria, 'members_advanced_share').met).toBe(false);
  });
});
