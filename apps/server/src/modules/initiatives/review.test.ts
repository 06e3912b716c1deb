import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, cellText } from '../../platform/documents/xlsx.ts';
import { systemClock, todayVn } from '../../platform/clock.ts';
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
import {
  insertInitiative,
  insertPerson,
  insertReviewRound,
  insertSubmittedInitiative,
  insertUnit,
} from '../../test/factories.ts';

const SCORES = { novelty: 8, applicability: 7, effectiveness: 9, scope: 6 };

/**
 * An initiative through its review round: anonymous scoring, recusal, aggregates, recognition, one use.
 * One story test runs the round end to end; every other test starts from a round of its own.
 */
describe.each(DIALECTS)('initiative review (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: Client;
  let office: Client;
  let rv: Record<'b' | 'root' | 'a' | 'alias', Client>;
  let unitA: string;
  let unitB: string;
  let author: { id: string; fullName: string };
  let coAuthor: { id: string; fullName: string };
  let other: { id: string; fullName: string };
  const today = todayVn(systemClock);
  const year = Number(today.slice(0, 4));

  const count = async (table: string) => {
    const r = await h.db.kysely
      .selectFrom(table as 'initiatives')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };

  beforeAll(async () => {
    h = await makeHarness(dialect, { build: { logger: { level: 'error' } } });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    author = await makePerson(admin, unitA, { familyName: 'Phạm', middleName: 'Quang', givenName: 'Khải' });
    coAuthor = await makePerson(admin, unitA, { familyName: 'Vũ', middleName: 'Thị', givenName: 'Hạnh' });
    other = await makePerson(admin, unitA, { familyName: 'Đặng', middleName: 'Văn', givenName: 'Tùng' });
    const reviewerB = await makePerson(admin, unitB, { familyName: 'Hoàng', middleName: 'Minh', givenName: 'Tuấn' });
    const reviewerA = await makePerson(admin, unitA, { familyName: 'Bùi', middleName: 'Thu', givenName: 'Trang' });
    await makeUser(admin, 'donvi.a', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-A@2026');
    await makeUser(admin, 'tdkt', [{ role: 'emulation_officer', orgId: root }], 'Thi-dua@2026');
    unit = await signIn(h.app, 'donvi.a', 'Don-vi-A@2026');
    office = await signIn(h.app, 'tdkt', 'Thi-dua@2026');
    const users: Record<string, { id: string }> = {};
    for (const [k, grants] of [
      ['b', [{ role: 'council_member', orgId: root }]],
      ['root', [{ role: 'council_member', orgId: root }]],
      ['a', [{ role: 'council_member', orgId: root }]],
      // The author's second account, held in his own unit: it must not score his initiative.
      ['alias', [{ role: 'unit_officer', orgId: unitA }]],
    ] as const)
      users[k] = await makeUser(admin, `cham.${k}`, [...grants], `Cham-${k}@2026`);
    rv = {
      b: await signIn(h.app, 'cham.b', 'Cham-b@2026'),
      root: await signIn(h.app, 'cham.root', 'Cham-root@2026'),
      a: await signIn(h.app, 'cham.a', 'Cham-a@2026'),
      alias: await signIn(h.app, 'cham.alias', 'Cham-alias@2026'),
    };
    // Kept for the round below.
    Object.assign(rv, { ids: { users, root, reviewerA: reviewerA.id, reviewerB: reviewerB.id } });
  });
  afterAll(() => h.close());

  const ids = () =>
    (
      rv as unknown as {
        ids: { users: Record<string, { id: string }>; root: string; reviewerA: string; reviewerB: string };
      }
    ).ids;

  /** The application form of an initiative by `authors` of unit A, as the unit registers it. */
  const form = (authors: { personId: string; share: number }[]) => ({
    title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất',
    kind: 'initiative',
    field: 'Quản lý công nghiệp',
    orgId: unitA,
    problem: 'Hồ sơ giấy, tra cứu chậm',
    solution: 'Quét và lập chỉ mục toàn bộ hồ sơ',
    novelty: 'Lần đầu áp dụng tại Sở',
    firstAppliedOn: `${year}-03-01`,
    appliedAt: 'Bộ phận cấp phép',
    benefitAmount: 120_000_000,
    authors,
  });

  /** A round over `initiativeId` with the four reviewers (two of them recused as of the authors' unit). */
  const createRound = async (initiativeId: string) => {
    const { users, root, reviewerA, reviewerB } = ids();
    const res = await office.send('POST', '/api/v1/initiative-rounds', {
      title: `Đợt xét sáng kiến năm ${year}`,
      opensOn: `${year}-01-01`,
      closesOn: `${year}-12-31`,
      initiativeIds: [initiativeId],
      reviewers: [
        { userId: users.b!.id, personId: reviewerB, orgId: unitB },
        { userId: users.root!.id, personId: null, orgId: root },
        { userId: users.a!.id, personId: reviewerA, orgId: root },
        { userId: users.alias!.id, personId: null, orgId: root },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res;
  };

  const act = async (r: { id: string; version: number }, body: Record<string, unknown>) => {
    const res = await office.send('POST', `/api/v1/initiative-rounds/${r.id}/actions`, { ...body, version: r.version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().round as { id: string; version: number };
  };

  /**
   * An initiative of two new authors of unit A (names no other test uses), in a round of its own
   * open for scoring with the four reviewers, put in directly: the starting point of the refusal tests.
   */
  const openRound = async (tag: string) => {
    const k = h.db.kysely;
    const one = await insertPerson(k, unitA, { familyName: 'Lý', middleName: 'Quang', givenName: tag });
    const two = await insertPerson(k, unitA, { familyName: 'Tô', middleName: 'Thị', givenName: tag });
    const initiativeId = await insertSubmittedInitiative(k, {
      orgId: unitA,
      title: `Sáng kiến ${tag}`,
      authors: [
        { personId: one.id, share: 70 },
        { personId: two.id, share: 30 },
      ],
    });
    const { users, root, reviewerA, reviewerB } = ids();
    const round = await insertReviewRound(k, {
      year,
      initiativeIds: [initiativeId],
      status: 'open',
      reviewers: [
        { userId: users.b!.id, personId: reviewerB, orgId: unitB },
        { userId: users.root!.id, personId: null, orgId: root },
        { userId: users.a!.id, personId: reviewerA, orgId: root },
        { userId: users.alias!.id, personId: null, orgId: root },
      ],
    });
    return { initiativeId, round, authors: [one.full_name, two.full_name], authorId: one.id };
  };

  it('refuses contributions that do not sum to 100%, writing nothing', async () => {
    const before = await count('initiatives');
    const res = await unit.send('POST', '/api/v1/initiatives', {
      title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất',
      orgId: unitA,
      authors: [
        { personId: author.id, share: 60 },
        { personId: coAuthor.id, share: 30 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      path: 'authors',
      message: 'Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)',
    });
    expect(await count('initiatives')).toBe(before);
  });

  it('story: registered, put in a round, scored anonymously, discussed, closed, recognised, exported', async () => {
    // Registration with the application form.
    const reg = await unit.send(
      'POST',
      '/api/v1/initiatives',
      form([
        { personId: author.id, share: 70 },
        { personId: coAuthor.id, share: 30 },
      ]),
    );
    expect(reg.statusCode, reg.body).toBe(201);
    expect(reg.json()).toMatchObject({ status: 'submitted', benefitAmount: 120_000_000, level: null, canEdit: true });
    let initiative: { id: string; version: number } = reg.json();

    // The round: authors and their unit are recused automatically, by any account.
    const created = await createRound(initiative.id);
    let round: { id: string; version: number } = created.json().round;
    const item = created.json().items[0];
    expect(
      item.recused.map((r: { reviewerName: string; reason: string }) => [r.reviewerName, r.reason]).sort(),
    ).toEqual([
      ['cham.a', 'Cùng đơn vị với tác giả'],
      ['cham.alias', 'Cùng đơn vị với tác giả'],
    ]);
    expect(item.pending.map((r: { reviewerName: string }) => r.reviewerName).sort()).toEqual(['cham.b', 'cham.root']);
    expect((await office.get(`/api/v1/initiatives/${initiative.id}`)).json().status).toBe('in_review');
    // Not yet open: nothing to score, and the unit officer cannot run rounds.
    const queued = (await rv.b.get('/api/v1/initiative-reviews')).json().items as { initiativeId: string }[];
    expect(queued.filter((i) => i.initiativeId === initiative.id)).toEqual([]);
    expect((await unit.get('/api/v1/initiative-rounds')).statusCode).toBe(403);

    // Opening tells the reviewers.
    round = await act(round, { action: 'open' });
    expect((await rv.b.get('/api/v1/notifications')).json().items[0].title).toContain('Mời chấm sáng kiến');

    // Two reviewers score; the weighted totals make the aggregates.
    const url = `/api/v1/initiative-rounds/${round.id}/sheets/${initiative.id}`;
    const one = await rv.b.send('PUT', url, { action: 'score', scores: SCORES, comment: 'Hiệu quả rõ rệt' });
    expect(one.statusCode, one.body).toBe(200);
    // (8·30 + 7·25 + 9·30 + 6·15) / 10 / 100 → 77.5
    expect(one.json().sheet).toMatchObject({ status: 'scored', total: 77.5, comment: 'Hiệu quả rõ rệt' });
    const two = await rv.root.send('PUT', url, {
      action: 'score',
      scores: { novelty: 6, applicability: 6, effectiveness: 7, scope: 5 },
    });
    expect(two.json().sheet.total).toBe(61.5);
    const detail = (await office.get(`/api/v1/initiative-rounds/${round.id}`)).json();
    expect(detail.items[0].aggregate).toEqual({ count: 2, mean: 69.5, median: 69.5, stdev: 11.3, contested: false });
    expect(detail.round).toMatchObject({ sheetsDone: 2, sheetsExpected: 2 });

    // Names and others' scores show once the chair moves to the discussion phase.
    round = await act(round, { action: 'phase', phase: 1 });
    const discussed = (await rv.b.get('/api/v1/initiative-reviews'))
      .json()
      .items.find((i: { initiativeId: string }) => i.initiativeId === initiative.id);
    expect(discussed.authors).toEqual([
      { name: author.fullName, share: 70 },
      { name: coAuthor.fullName, share: 30 },
    ]);
    expect(discussed.others).toMatchObject({ totals: [61.5, 77.5], aggregate: { count: 2 } });

    // Recognised in bulk after a preview, the decision numbered in the register.
    round = await act(round, { action: 'close' });
    const preview = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/recognition/preview`, {
      initiativeIds: [initiative.id],
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ count: 1, decisionNumber: expect.stringMatching(/^1\/QĐ-/u), refused: [] });
    const body = { initiativeIds: [initiative.id], outcome: 'recognised', signedOn: today, signer: 'Nguyễn Văn Sơn' };
    const stale = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/recognition`, {
      ...body,
      expectedCount: 2,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/recognition`, {
      ...body,
      expectedCount: 1,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ count: 1, decisionNumber: preview.json().decisionNumber });
    const v = (await unit.get(`/api/v1/initiatives/${initiative.id}`)).json();
    expect(v).toMatchObject({
      status: 'recognised',
      level: 'grassroots',
      recognisedOn: today,
      decisionSigner: 'Nguyễn Văn Sơn',
    });
    initiative = v;
    expect((await office.get(`/api/v1/initiative-rounds/${round.id}`)).json().round.status).toBe('decided');
    expect((await unit.get('/api/v1/notifications')).json().items[0].title).toContain('được công nhận');
    // Names are no longer hidden once the round is decided.
    expect((await rv.b.get(`/api/v1/initiatives/${initiative.id}`)).json().anonymous).toBe(false);

    // Every score and comment exported; the certificate printed.
    const res = await office.get(`/api/v1/initiative-rounds/${round.id}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    const rows: string[][] = [];
    wb.getWorksheet('Phiếu chấm')!.eachRow((r) =>
      rows.push((r.values as unknown[]).slice(1).map((c) => cellText(c as never))),
    );
    expect(rows.find((r) => r[1] === 'cham.b')).toEqual(
      expect.arrayContaining(['Đã chấm', '8', '7', '9', '6', '77.5', 'Hiệu quả rõ rệt']),
    );
    expect(
      rows
        .filter((r) => r[2] === 'Tự động miễn chấm')
        .map((r) => r[1])
        .sort(),
    ).toEqual(['cham.a', 'cham.alias']);
    const pdf = await unit.get(`/api/v1/initiatives/${initiative.id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.rawPayload.includes('/FontFile')).toBe(true);
  });

  it('hides the authors from reviewers in the anonymous phase, in every response', async () => {
    const { initiativeId, round, authors, authorId } = await openRound('Ẩn');
    const queue = await rv.b.get('/api/v1/initiative-reviews');
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((i: { initiativeId: string }) => i.initiativeId === initiativeId);
    expect(item).toMatchObject({ title: 'Sáng kiến Ẩn', authors: null, orgName: null });
    expect(item.others).toBeNull();
    const leaks = [...authors, 'Phòng Quản lý Công nghiệp'];
    const registry = await rv.b.get(`/api/v1/initiatives/${initiativeId}`);
    const byAuthor = await rv.b.get(`/api/v1/initiatives?personId=${authorId}`);
    const byUnit = await rv.b.get(`/api/v1/initiatives?orgId=${unitA}`);
    const history = await rv.b.get(`/api/v1/history?subjectId=${authorId}`);
    const list = await rv.b.get('/api/v1/initiatives');
    expect(registry.json()).toMatchObject({ anonymous: true, authors: [] });
    expect(byAuthor.json()).toMatchObject({ items: [], total: 0 });
    // Other initiatives of the unit may be public (recognised elsewhere); this one must not show.
    expect(byUnit.json().items.map((i: { id: string }) => i.id)).not.toContain(initiativeId);
    for (const body of [queue.body, registry.body, byAuthor.body, list.body])
      for (const leak of leaks.slice(0, 2)) expect(body).not.toContain(leak);
    expect(queue.body).not.toContain(leaks[2]);
    expect(registry.json().orgName).toBe('');
    if (history.statusCode === 200) expect(history.json().initiatives).toEqual([]);
    // The export is the chair's: a reviewer gets no file, and no name in the refusal.
    const xlsx = await rv.b.get(`/api/v1/initiative-rounds/${round.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(403);
    for (const leak of leaks) expect(xlsx.body).not.toContain(leak);
    // A recused reviewer is told why without the unit being named.
    const recused = await rv.a.send('PUT', `/api/v1/initiative-rounds/${round.id}/sheets/${initiativeId}`, {
      action: 'score',
      scores: SCORES,
    });
    expect(recused.statusCode).toBe(403);
    for (const leak of leaks) expect(recused.body).not.toContain(leak);
  });

  it('refuses a score outside the scale, and the author scoring through a second account of his unit', async () => {
    const { initiativeId, round } = await openRound('Thang');
    const before = await count('initiative_reviews');
    const url = `/api/v1/initiative-rounds/${round.id}/sheets/${initiativeId}`;
    const bad = await rv.b.send('PUT', url, { action: 'score', scores: { ...SCORES, novelty: 11 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'scores.novelty', message: '"Tính mới, tính sáng tạo" chấm từ 0 đến 10' },
    ]);
    const alias = await rv.alias.send('PUT', url, { action: 'score', scores: SCORES });
    expect(alias.statusCode).toBe(403);
    expect(await count('initiative_reviews')).toBe(before);
  });

  it('refuses recognition while scoring is open, and scoring once the round has closed', async () => {
    const { initiativeId, round: opened } = await openRound('Đóng');
    const url = `/api/v1/initiative-rounds/${opened.id}/sheets/${initiativeId}`;
    expect((await rv.b.send('PUT', url, { action: 'score', scores: SCORES })).statusCode).toBe(200);
    const early = await office.send('POST', `/api/v1/initiative-rounds/${opened.id}/recognition/preview`, {
      initiativeIds: [initiativeId],
    });
    expect(early.statusCode).toBe(409);
    const round = await act(opened, { action: 'close' });
    const late = await rv.b.send('PUT', url, { action: 'abstain' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('đã kết thúc');
    const sheet = await h.db.kysely
      .selectFrom('initiative_reviews')
      .select('status')
      .where('round_id', '=', round.id)
      .where('reviewer_id', 'in', (eb) =>
        eb.selectFrom('initiative_reviewers').select('id').where('user_id', '=', ids().users.b!.id),
      )
      .executeTakeFirstOrThrow();
    expect(sheet.status).toBe('scored');
  });

  /** A recognised grassroots initiative of the author, put in directly: the tests below need no round. */
  const recognisedInitiative = async (title = 'Giải pháp số hóa hồ sơ cấp phép hóa chất') => ({
    id: await insertInitiative(h.db.kysely, {
      orgId: unitA,
      authors: [{ personId: author.id, share: 100 }],
      recognisedOn: today,
      title,
    }),
    version: 1,
  });

  it('is used once: a second dossier resting on it is refused, naming the first', async () => {
    const initiative = await recognisedInitiative();
    const item = { subjectKind: 'individual', subjectId: author.id, awardCode: 'grassroots_emulation_fighter' };
    const first = await unit.send('POST', '/api/v1/proposals', {
      orgId: unitA,
      title: `Đề nghị CSTĐCS năm ${year}`,
      year,
      items: [{ ...item, initiativeIds: [initiative.id] }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items[0].initiatives).toEqual([
      { id: initiative.id, title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất' },
    ]);
    const before = await count('proposals');
    const second = await unit.send('POST', '/api/v1/proposals', {
      orgId: unitA,
      title: `Đề nghị Bằng khen năm ${year}`,
      year,
      items: [
        { ...item, awardCode: 'provincial_certificate_of_merit', initiativeIds: [initiative.id] },
        { ...item, subjectId: other.id, initiativeIds: [initiative.id] },
      ],
    });
    expect(second.statusCode).toBe(400);
    const errors = second.json().errors as { path: string; message: string }[];
    expect(errors.find((e) => e.path === 'items.0.initiativeIds.0')?.message).toContain(
      `hồ sơ "Đề nghị CSTĐCS năm ${year}"`,
    );
    expect(errors.find((e) => e.path === 'items.1.initiativeIds.0')?.message).toContain('không phải tác giả');
    expect(await count('proposals')).toBe(before);
    // The registry shows where it is pending.
    expect((await unit.get(`/api/v1/initiatives/${initiative.id}`)).json().pendingProposal.title).toBe(
      `Đề nghị CSTĐCS năm ${year}`,
    );
  });

  it('escalates to the provincial council and records its result', async () => {
    const initiative = await recognisedInitiative('Quy trình tiếp nhận hồ sơ trực tuyến');
    const url = `/api/v1/initiatives/${initiative.id}/escalation`;
    const unitTry = await unit.send('POST', url, { action: 'propose', on: today, version: initiative.version });
    expect(unitTry.statusCode).toBe(403);
    const proposed = await office.send('POST', url, { action: 'propose', on: today, version: initiative.version });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().escalation).toMatchObject({ status: 'proposed', proposedOn: today });
    const noDecision = await office.send('POST', url, {
      action: 'result',
      outcome: 'recognised',
      on: today,
      version: proposed.json().version,
    });
    expect(noDecision.statusCode).toBe(400);
    expect(noDecision.json().errors).toEqual([{ path: 'decision', message: 'Không được để trống' }]);
    const done = await office.send('POST', url, {
      action: 'result',
      outcome: 'recognised',
      on: today,
      decision: '1234/QĐ-UBND',
      version: proposed.json().version,
    });
    expect(done.json()).toMatchObject({
      level: 'provincial',
      escalation: { status: 'recognised', decision: '1234/QĐ-UBND' },
    });
  });

  it('counts by year and level in one call', async () => {
    // A unit of its own with initiatives of 2019–2020, years no other test writes in.
    const unit = await insertUnit(h.db.kysely, await rootOrgId(h), 'TK', 'Phòng Thống kê');
    const person = await insertPerson(h.db.kysely, unit, { givenName: 'Thống' });
    for (const [level, recognisedOn] of [
      ['provincial', '2019-06-01'],
      ['grassroots', '2020-03-15'],
    ] as const)
      await insertInitiative(h.db.kysely, {
        orgId: unit,
        authors: [{ personId: person.id, share: 100 }],
        level,
        recognisedOn,
      });
    const res = await office.get('/api/v1/initiatives/stats?from=2016&to=2020');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      total: 2,
      byLevel: { grassroots: 1, provincial: 1, national: 0, unrecognised: 0 },
      provincialOrWider: 1,
    });
    expect(res.json().byYear).toHaveLength(5);
    expect(res.json().byUnit).toEqual([{ orgId: unit, name: 'Phòng Thống kê', total: 2, provincialOrWider: 1 }]);
    const bad = await office.get(`/api/v1/initiatives/stats?from=${year}&to=${year - 1}`);
    expect(bad.statusCode).toBe(400);
  });
});
