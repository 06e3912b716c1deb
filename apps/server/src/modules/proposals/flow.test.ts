import JSZip from 'jszip';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { insertDecision, insertInitiative, insertProposal, type ItemSpec } from '../../test/factories.ts';

const docxText = async (buf: Buffer) =>
  (await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/gu, '');

/**
 * The commendation chain through HTTP: dossier → return → council (secret ballot, recusal) → decision →
 * documents. The first test tells the unit's story; every other one starts from a dossier the factories
 * put in the state it needs, so each stands alone.
 */
describe.each(DIALECTS)('proposals, council and decisions (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: Client;
  let office: Client;
  let office2: Client;
  let leader: Client;
  const members: Client[] = [];
  let unitA: string;
  let people: { id: string; fullName: string }[];
  /** Three Giấy khen and a CSTĐCS (justified) for the unit's people, as the unit proposes them. */
  const dossierItems = (): ItemSpec[] => [
    ...people.map((p) => ({ subject: { id: p.id, org_id: unitA }, awardCode: 'commendation_certificate' })),
    {
      subject: { id: people[0]!.id, org_id: unitA },
      awardCode: 'grassroots_emulation_fighter',
      justification: 'Có sáng kiến cấp cơ sở',
    },
  ];
  /** A dossier of unit A for 2026 at `status`, read back as the API shows it. */
  const dossierAt = async (status: 'submitted' | 'accepted' | 'council' | 'voted', items = dossierItems()) => {
    const p = await insertProposal(h.db.kysely, { orgId: unitA, year: 2026, status, items });
    return (await unit.get(`/api/v1/proposals/${p.id}`)).json() as {
      id: string;
      version: number;
      status: string;
      items: { id: string }[];
    };
  };

  beforeAll(async () => {
    h = await makeHarness(dialect, { env: { THIDUA_MAX_UPLOAD_MB: '1' } });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'PA', 'Phòng Quản lý Công nghiệp')).id;
    people = [];
    for (const [f, m, g] of [
      ['Nguyễn', 'Thị Ngọc', 'Hà'],
      ['Trần', 'Văn', 'Đức'],
      ['Lê', 'Thị', 'Ánh'],
    ] as const)
      people.push(await makePerson(admin, unitA, { familyName: f, middleName: m, givenName: g, gender: 'female' }));
    await makeUser(admin, 'donvi.pa', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-PA@2026');
    await makeUser(admin, 'tdkt.1', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-1@2026');
    await makeUser(admin, 'tdkt.2', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua-2@2026');
    await makeUser(admin, 'giamdoc', [{ role: 'leader', orgId: root }], 'Giam-doc@2026');
    unit = await signIn(h.app, 'donvi.pa', 'Don-vi-PA@2026');
    office = await signIn(h.app, 'tdkt.1', 'Thi-dua-1@2026');
    office2 = await signIn(h.app, 'tdkt.2', 'Thi-dua-2@2026');
    leader = await signIn(h.app, 'giamdoc', 'Giam-doc@2026');
    // Three council members; the second sits for unit A and is recused from its items.
    for (const [i, org, role] of [
      [1, root, 'chair'],
      [2, unitA, 'member'],
      [3, root, 'secretary'],
    ] as const) {
      const u = await makeUser(admin, `hd.${i}`, [{ role: 'council_member', orgId: root }], `Hoi-dong-${i}@2026`);
      const res = await office.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role,
        orgId: org,
        termFrom: '2026-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      members.push(await signIn(h.app, `hd.${i}`, `Hoi-dong-${i}@2026`));
    }
  });
  afterAll(() => h.close());

  const act = async (
    c: Client,
    p: { id: string; version: number },
    action: string,
    extra: Record<string, unknown> = {},
  ) => c.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version, ...extra });

  it('a unit proposes three people for Giấy khen and one for CSTĐCS; an ineligible item needs a justification', async () => {
    const items = [
      ...people.map((p) => ({
        subjectKind: 'individual',
        subjectId: p.id,
        awardCode: 'commendation_certificate',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
      })),
      { subjectKind: 'individual', subjectId: people[0]!.id, awardCode: 'grassroots_emulation_fighter' },
    ];
    const wrong = await unit.send('POST', '/api/v1/proposals', {
      orgId: unitA,
      title: 'x',
      year: 2026,
      items: [{ subjectKind: 'individual', subjectId: people[0]!.id, awardCode: 'advanced_collective' }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toEqual({
      path: 'items.0.awardCode',
      message: '"Tập thể lao động tiên tiến" không xét tặng cho cá nhân',
    });
    const created = await unit.send('POST', '/api/v1/proposals', {
      orgId: unitA,
      title: 'Đề nghị khen thưởng năm 2026',
      year: 2026,
      items,
    });
    expect(created.statusCode, created.body).toBe(200);
    const proposal = created.json();
    const refused = await act(unit, proposal, 'submit');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'items.3.justification' })]);
    expect((await unit.get(`/api/v1/proposals/${proposal.id}`)).json().status).toBe('draft');
    // Her initiative, recognised at grassroots, is the CSTĐCS item's evidence (the one-use rule follows it).
    const init = await unit.send('POST', '/api/v1/initiatives', {
      title: 'Quy trình kiểm tra an toàn hóa chất tại doanh nghiệp',
      orgId: unitA,
      level: 'grassroots',
      recognisedOn: '2026-05-10',
      decisionNumber: '45/QĐ-SCT',
      authors: [{ personId: people[0]!.id, share: 100 }],
    });
    expect(init.statusCode, init.body).toBe(201);
    const initiativeId = init.json().id;
    const fixed = await unit.send('PUT', `/api/v1/proposals/${proposal.id}`, {
      orgId: unitA,
      title: 'Đề nghị khen thưởng năm 2026',
      year: 2026,
      version: proposal.version,
      items: items.map((it, i) => ({
        ...it,
        id: proposal.items[i]!.id,
        ...(i === 3 ? { justification: 'Có sáng kiến cấp cơ sở', initiativeIds: [initiativeId] } : {}),
      })),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const sent = await act(unit, fixed.json(), 'submit');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted' });
    const cstd = sent.json().items[3];
    expect(cstd.verdict).toBe('not_eligible');
    expect(cstd.flags).toContain('Chưa đủ điều kiện theo tiêu chuẩn — đề nghị có giải trình');
  });

  it('prints the submission letter of the dossier', async () => {
    const proposal = await dossierAt('submitted');
    const res = await unit.get(`/api/v1/proposals/${proposal.id}/submission.docx`);
    expect(res.statusCode).toBe(200);
    const text = await docxText(res.rawPayload);
    for (const s of [
      'TỜ TRÌNH',
      'Đề nghị khen thưởng năm 2026',
      'Kính gửi',
      'Nguyễn Thị Ngọc Hà',
      'Trần Văn Đức',
      'Chiến sĩ thi đua cơ sở',
    ])
      expect(text).toContain(s);
  });

  it('returns a dossier with a reason per item; the unit supplements it and submits again', async () => {
    const proposal = await dossierAt('submitted');
    const returned = await act(office, proposal, 'return', {
      itemReasons: [{ itemId: proposal.items[1]!.id, reason: 'Thiếu báo cáo thành tích có xác nhận' }],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const current = returned.json();
    expect(current.status).toBe('returned');
    expect(current.items[1].returnReason).toBe('Thiếu báo cáo thành tích có xác nhận');
    const fixed = await unit.send('PUT', `/api/v1/proposals/${proposal.id}`, {
      orgId: unitA,
      title: 'Đề nghị khen thưởng năm 2026',
      year: 2026,
      version: current.version,
      items: current.items.map((it: Record<string, string> & { initiatives: { id: string }[] }, i: number) => ({
        id: it.id,
        subjectKind: it.subjectKind,
        subjectId: it.subjectId,
        awardCode: it.awardCode,
        achievement: i === 1 ? 'Báo cáo thành tích đã có xác nhận của Trưởng phòng' : it.achievement,
        justification: it.justification,
        initiativeIds: it.initiatives.map((x) => x.id),
      })),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().items[1].returnReason).toBe('Thiếu báo cáo thành tích có xác nhận');
    expect((await act(unit, fixed.json(), 'submit')).json().status).toBe('submitted');
  });

  it('two officers act on the same dossier at once: one wins, the other gets 409', async () => {
    const proposal = await dossierAt('submitted');
    const [a, b] = await Promise.all([
      act(office, proposal, 'return', { reason: 'Bổ sung biên bản bình xét' }),
      act(office2, proposal, 'accept'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    // The loser finds the dossier moved on: a changed version, or a status that no longer allows its action.
    expect(['stale_version', 'transition_refused']).toContain((a.statusCode === 409 ? a : b).json().code);
    const won = (a.statusCode === 200 ? a : b).json();
    expect(won.status).toBe(a.statusCode === 200 ? 'returned' : 'accepted');
    expect((await unit.get(`/api/v1/proposals/${proposal.id}`)).json().version).toBe(proposal.version + 1);
  });

  it('refuses a fake PDF and a file over the size cap, writing nothing', async () => {
    const proposal = await dossierAt('accepted');
    const fake = multipart(Buffer.from('không phải PDF'), 'Tờ trình.pdf');
    const r1 = await unit.send('POST', `/api/v1/proposals/${proposal.id}/attachments`, fake.body, {
      'content-type': fake.type,
    });
    expect(r1.statusCode).toBe(415);
    const big = multipart(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_200_000, 32)]), 'Minh chứng.pdf');
    const r2 = await unit.send('POST', `/api/v1/proposals/${proposal.id}/attachments`, big.body, {
      'content-type': big.type,
    });
    expect(r2.statusCode).toBe(413);
    expect(r2.json().detail).toBe('Tệp tải lên vượt quá dung lượng cho phép (tối đa 1 MB). Không có gì được lưu.');
    expect((await unit.get(`/api/v1/proposals/${proposal.id}`)).json().attachments).toEqual([]);
  });

  it('the council votes by secret ballot, with recusal enforced on the server', async () => {
    const accepted = await dossierAt('accepted');
    const proposal = (await act(office, accepted, 'to_council')).json();
    expect(proposal.status).toBe('council');
    const higher = await dossierAt('council', [
      {
        subject: { id: unitA, org_id: unitA, kind: 'collective' },
        awardCode: 'certificate_of_merit_provincial',
        justification: 'Thành tích đột xuất',
      },
    ]);
    const created = await office.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp xét khen thưởng năm 2026',
      heldOn: '2026-11-20',
      proposalIds: [proposal.id, higher.id],
    });
    expect(created.statusCode, created.body).toBe(200);
    let session = created.json() as { id: string; version: number; items: { itemId: string }[] };
    expect(session.items).toHaveLength(5);
    const notYet = await members[0]!.send('POST', `/api/v1/council/sessions/${session.id}/ballot`, {
      votes: [{ itemId: session.items[0]!.itemId, choice: 'agree' }],
    });
    expect(notYet.statusCode).toBe(403);
    const ids = (await office.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
    session = (
      await office.send('PUT', `/api/v1/council/sessions/${session.id}/attendance`, {
        presentMemberIds: ids,
        version: session.version,
      })
    ).json();
    const recused = await members[1]!.send('POST', `/api/v1/council/sessions/${session.id}/ballot`, {
      votes: [{ itemId: session.items[0]!.itemId, choice: 'agree' }],
    });
    expect(recused.statusCode).toBe(403);
    expect(recused.json().detail).toContain('không biểu quyết đề nghị của chính mình hoặc của đơn vị mình');
    const all = (choice: (i: number) => string) => ({
      votes: session.items.map((it, i) => ({ itemId: it.itemId, choice: choice(i) })),
    });
    expect(
      (
        await members[0]!.send(
          'POST',
          `/api/v1/council/sessions/${session.id}/ballot`,
          all(() => 'agree'),
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await members[2]!.send(
          'POST',
          `/api/v1/council/sessions/${session.id}/ballot`,
          all((i) => (i === 2 ? 'disagree' : 'agree')),
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await members[0]!.send(
          'POST',
          `/api/v1/council/sessions/${session.id}/ballot`,
          all(() => 'agree'),
        )
      ).statusCode,
    ).toBe(409);

    // Secrecy: while open nobody sees counts; no response, audit entry or table holds a member's choice.
    const seen = (await members[0]!.get(`/api/v1/council/sessions/${session.id}`)).json();
    expect(
      seen.items.map((i: { voted: number; eligible: number; result: unknown; mine: string }) => [
        i.voted,
        i.eligible,
        i.result,
        i.mine,
      ]),
    ).toEqual(Array(5).fill([2, 2, null, 'voted']));
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('action', '=', 'council.ballot_cast')
      .execute();
    expect(audit).toHaveLength(2);
    for (const a of audit) expect(a.after_json).not.toMatch(/agree|disagree|abstain|choice/u);
    const receiptColumns = Object.keys(
      (await h.db.kysely.selectFrom('ballot_receipts').selectAll().executeTakeFirstOrThrow()) as object,
    );
    expect(receiptColumns.sort()).toEqual(['item_id', 'member_id', 'session_id']);

    const closed = await office.send('POST', `/api/v1/council/sessions/${session.id}/close`, { version: seen.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(
      closed
        .json()
        .items.map((i: { result: { agree: number; disagree: number; approved: boolean } }) => [
          i.result.agree,
          i.result.disagree,
          i.result.approved,
        ]),
    ).toEqual([
      [2, 0, true],
      [2, 0, true],
      // A 1–1 split is not a majority: a Giấy khen needs "trên 50%" by default.
      [1, 1, false],
      [2, 0, true],
      [2, 0, true],
    ]);
    const late = await members[2]!.send(
      'POST',
      `/api/v1/council/sessions/${session.id}/ballot`,
      all(() => 'agree'),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('Phiên họp đã kết thúc: không thể bỏ phiếu nữa.');
    const minutes = await office.get(`/api/v1/council/sessions/${session.id}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    const text = await docxText(minutes.rawPayload);
    expect(text).toContain('Nguyễn Thị Ngọc Hà');
    expect(text).not.toMatch(/hd\.1[^\n]{0,40}Đồng ý/u);
  });

  it('the leader previews and issues the decision; numbering, history, documents and certificates follow', async () => {
    // Her initiative founds the CSTĐCS item; the council has voted every item.
    const initiativeId = await insertInitiative(h.db.kysely, {
      orgId: unitA,
      authors: [{ personId: people[0]!.id, share: 100 }],
      recognisedOn: '2026-05-10',
    });
    const items = dossierItems();
    items[3]!.initiativeIds = [initiativeId];
    const proposal = await dossierAt('voted', items);
    const body = { proposalIds: [proposal.id], signedOn: '2026-11-25', signer: 'Lê Quang Tiến' };
    const preview = await leader.send('POST', '/api/v1/decisions/preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    const names = preview
      .json()
      .recipients.map((r: { name: string; awardName: string; bonus: number }) => [r.name, r.awardName, r.bonus]);
    expect(names).toEqual([
      // 0.3 and 1.0 × the base salary in force on 25/11/2026 (2.530.000 đ), rounded up to 10.000 đ.
      ['Lê Thị Ánh', 'Giấy khen', 760_000],
      ['Trần Văn Đức', 'Giấy khen', 760_000],
      ['Nguyễn Thị Ngọc Hà', 'Giấy khen', 760_000],
      ['Nguyễn Thị Ngọc Hà', 'Chiến sĩ thi đua cơ sở', 2_530_000],
    ]);
    expect((await unit.send('POST', '/api/v1/decisions', { ...body, confirmCount: 4 })).statusCode).toBe(403);
    const stale = await leader.send('POST', '/api/v1/decisions', { ...body, confirmCount: 3 });
    expect(stale.statusCode).toBe(409);
    const issued = await leader.send('POST', '/api/v1/decisions', { ...body, confirmCount: 4 });
    expect(issued.statusCode, issued.body).toBe(200);
    const d = issued.json();
    expect(d.number).toMatch(/^1\/QĐ-/u);
    expect(d.totalBonus).toBe(4_810_000);
    const history = (await unit.get(`/api/v1/history?subjectId=${people[0]!.id}`)).json();
    expect(
      history.awards.map((a: { awardCode: string; decisionNumber: string }) => [a.awardCode, a.decisionNumber]).sort(),
    ).toEqual([
      ['commendation_certificate', d.number],
      ['grassroots_emulation_fighter', d.number],
    ]);
    expect((await unit.get(`/api/v1/proposals/${proposal.id}`)).json()).toMatchObject({ status: 'decided' });
    // The CSTĐCS record rests on the initiative: it is used, and names the award it founded.
    expect((await unit.get(`/api/v1/initiatives/${initiativeId}`)).json()).toMatchObject({
      usedBy: { awardName: 'Chiến sĩ thi đua cơ sở', year: 2026, subjectName: 'Nguyễn Thị Ngọc Hà' },
      pendingProposal: null,
    });
    const doc = await unit.get(`/api/v1/decisions/${d.id}/document.docx`);
    const text = await docxText(doc.rawPayload);
    for (const s of [
      'QUYẾT ĐỊNH',
      d.number,
      'Căn cứ Luật Thi đua, khen thưởng',
      'Nguyễn Thị Ngọc Hà',
      'Trần Văn Đức',
      '4.810.000',
    ])
      expect(text).toContain(s);
    const pdf = await unit.get(`/api/v1/decisions/${d.id}/certificates.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.includes(Buffer.from('/FontFile'))).toBe(true);

    const rows = async (url: string) => {
      const res = await unit.get(url);
      expect(res.statusCode, url).toBe(200);
      const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
      // Rows under the heading, the title and the column headers (row 4).
      return ws
        .getSheetValues()
        .slice(5)
        .map((r) => (r as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v))));
    };
    const dossier = await rows('/api/v1/proposals/export.xlsx?year=2026');
    // Other tests' dossiers name her too: this dossier's rows are those carrying the decision.
    expect(
      dossier.filter((r) => r[4] === 'Nguyễn Thị Ngọc Hà' && r[10] === d.number).map((r) => [r[6], r[9], r[10]]),
    ).toEqual([
      ['Giấy khen', 'Đã có quyết định', d.number],
      ['Chiến sĩ thi đua cơ sở', 'Đã có quyết định', d.number],
    ]);
    const register = await rows('/api/v1/decisions/export.xlsx?year=2026');
    expect(register[0]!.slice(0, 2)).toEqual([d.number, '25/11/2026']);
    const appendix = await rows(`/api/v1/decisions/${d.id}/recipients.xlsx`);
    expect(appendix.map((r) => r[1])).toEqual([
      'Lê Thị Ánh',
      'Trần Văn Đức',
      'Nguyễn Thị Ngọc Hà',
      'Nguyễn Thị Ngọc Hà',
    ]);
  });

  it('forwards the Bằng khen dossier and records the province decision once; a repeated number is refused', async () => {
    const voted = await dossierAt('voted', [
      { subject: { id: unitA, org_id: unitA, kind: 'collective' }, awardCode: 'certificate_of_merit_provincial' },
    ]);
    const higher = (await act(office, voted, 'forward')).json();
    expect(higher).toMatchObject({ status: 'forwarded' });
    const rec = {
      proposalId: higher.id,
      number: '1520/QĐ-UBND',
      signedOn: '2026-12-20',
      signer: 'Trịnh Việt Hùng',
      authority: 'Chủ tịch UBND tỉnh Thái Nguyên',
    };
    const ok = await office.send('POST', '/api/v1/decisions/record', rec);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ level: 'higher', number: '1520/QĐ-UBND', recipientCount: 1 });
    const again = await office.send('POST', '/api/v1/decisions/record', rec);
    expect(again.statusCode).toBe(400);
    const list = (await unit.get('/api/v1/decisions?year=2026')).json().items.map((x: { number: string }) => x.number);
    expect(list).toContain('1520/QĐ-UBND');
  });

  it('revokes an issued decision: a new decision, the old one marked, its awards withdrawn from the history', async () => {
    const person = { id: people[1]!.id, org_id: unitA };
    const voted = await dossierAt('voted', [{ subject: person, awardCode: 'commendation_certificate' }]);
    const issued = await insertDecision(h.deps, { proposalIds: [voted.id], signedOn: '2026-11-26' });
    const counted = async () =>
      (await unit.get(`/api/v1/history?subjectId=${person.id}`))
        .json()
        .awards.filter((a: { decisionNumber: string }) => a.decisionNumber === issued.number).length;
    expect(await counted()).toBe(1);
    expect((await unit.get(`/api/v1/proposals/${voted.id}`)).json().status).toBe('decided');
    const body = { reason: 'Nhầm đối tượng', signedOn: '2026-11-27', signer: 'Lê Quang Tiến' };
    expect((await unit.send('POST', `/api/v1/decisions/${issued.id}/revoke`, body)).statusCode).toBe(403);
    const revoked = await leader.send('POST', `/api/v1/decisions/${issued.id}/revoke`, body);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ kind: 'revocation', revokes: { id: issued.id, number: issued.number } });
    expect((await unit.get(`/api/v1/decisions/${issued.id}`)).json()).toMatchObject({ status: 'revoked' });
    expect(await counted()).toBe(0);
    const again = await leader.send('POST', `/api/v1/decisions/${issued.id}/revoke`, body);
    expect(again.statusCode).toBe(409);
  });

  it('gives consecutive numbers without gaps or duplicates under concurrent issuing', async () => {
    const { nextNumber } = await import('../decisions/service.ts');
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () => h.db.kysely.transaction().execute((trx) => nextNumber(trx, 'QĐ-THU', 2031))),
    );
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
