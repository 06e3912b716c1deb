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
import { insertInitiative, insertPerson, insertUnit } from '../../test/factories.ts';

const SCORES = { novelty: 8, applicability: 7, effectiveness: 9, scope: 6 };

/** An initiative through its review round: anonymous scoring, recusal, aggregates, recognition, one use. */
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
  let initiative: { id: string; version: number };
  let round: { id: string; version: number };
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

  it('refuses contributions that do not sum to 100%, writing nothing', async () => {
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
    expect(await count('initiatives')).toBe(0);
  });

  it('registers an initiative with its application form', async () => {
    const res = await unit.send('POST', '/api/v1/initiatives', {
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
      authors: [
        { personId: author.id, share: 70 },
        { personId: coAuthor.id, share: 30 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'submitted', benefitAmount: 120_000_000, level: null, canEdit: true });
    initiative = res.json();
  });

  it('sets up a round: authors and their unit are recused automatically, by any account', async () => {
    const { users, root, reviewerA, reviewerB } = ids();
    const res = await office.send('POST', '/api/v1/initiative-rounds', {
      title: `Đợt xét sáng kiến năm ${year}`,
      opensOn: `${year}-01-01`,
      closesOn: `${year}-12-31`,
      initiativeIds: [initiative.id],
      reviewers: [
        { userId: users.b!.id, personId: reviewerB, orgId: unitB },
        { userId: users.root!.id, personId: null, orgId: root },
        { userId: users.a!.id, personId: reviewerA, orgId: root },
        { userId: users.alias!.id, personId: null, orgId: root },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    round = res.json().round;
    const item = res.json().items[0];
    expect(
      item.recused.map((r: { reviewerName: string; reason: string }) => [r.reviewerName, r.reason]).sort(),
    ).toEqual([
      ['cham.a', 'Cùng đơn vị với tác giả'],
      ['cham.alias', 'Cùng đơn vị với tác giả'],
    ]);
    expect(item.pending.map((r: { reviewerName: string }) => r.reviewerName).sort()).toEqual(['cham.b', 'cham.root']);
    expect((await office.get(`/api/v1/initiatives/${initiative.id}`)).json().status).toBe('in_review');
    // Not yet open: nothing to score, and the unit officer cannot run rounds.
    expect((await rv.b.get('/api/v1/initiative-reviews')).json().items).toEqual([]);
    expect((await unit.get('/api/v1/initiative-rounds')).statusCode).toBe(403);
  });

  it('opens the round and tells the reviewers', async () => {
    const res = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'open',
      version: round.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    round = res.json().round;
    const notes = (await rv.b.get('/api/v1/notifications')).json().items;
    expect(notes[0].title).toContain('Mời chấm sáng kiến');
  });

  it('hides the authors from reviewers in the anonymous phase, in every response', async () => {
    const queue = await rv.b.get('/api/v1/initiative-reviews');
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items[0];
    expect(item).toMatchObject({ title: 'Giải pháp số hóa hồ sơ cấp phép hóa chất', authors: null, orgName: null });
    expect(item.others).toBeNull();
    const leaks = [author.fullName, coAuthor.fullName, 'Phòng Quản lý Công nghiệp'];
    const registry = await rv.b.get(`/api/v1/initiatives/${initiative.id}`);
    const byAuthor = await rv.b.get(`/api/v1/initiatives?personId=${author.id}`);
    const byUnit = await rv.b.get(`/api/v1/initiatives?orgId=${unitA}`);
    const history = await rv.b.get(`/api/v1/history?subjectId=${author.id}`);
    const list = await rv.b.get('/api/v1/initiatives');
    expect(registry.json()).toMatchObject({ anonymous: true, authors: [] });
    expect(byAuthor.json()).toMatchObject({ items: [], total: 0 });
    expect(byUnit.json()).toMatchObject({ items: [], total: 0 });
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
    const recused = await rv.a.send('PUT', `/api/v1/initiative-rounds/${round.id}/sheets/${initiative.id}`, {
      action: 'score',
      scores: SCORES,
    });
    expect(recused.statusCode).toBe(403);
    for (const leak of leaks) expect(recused.body).not.toContain(leak);
  });

  it('refuses a score outside the scale, and the author scoring through a second account of his unit', async () => {
    const url = `/api/v1/initiative-rounds/${round.id}/sheets/${initiative.id}`;
    const bad = await rv.b.send('PUT', url, { action: 'score', scores: { ...SCORES, novelty: 11 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'scores.novelty', message: '"Tính mới, tính sáng tạo" chấm từ 0 đến 10' },
    ]);
    const alias = await rv.alias.send('PUT', url, { action: 'score', scores: SCORES });
    expect(alias.statusCode).toBe(403);
    expect(await count('initiative_reviews')).toBe(0);
  });

  it('two reviewers score; the weighted totals make the aggregates', async () => {
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
  });

  it('shows names and others’ scores once the chair moves to the discussion phase', async () => {
    const res = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'phase',
      phase: 1,
      version: round.version,
    });
    round = res.json().round;
    const item = (await rv.b.get('/api/v1/initiative-reviews')).json().items[0];
    expect(item.authors).toEqual([
      { name: author.fullName, share: 70 },
      { name: coAuthor.fullName, share: 30 },
    ]);
    expect(item.others).toMatchObject({ totals: [61.5, 77.5], aggregate: { count: 2 } });
  });

  it('refuses recognition while scoring is open, and scoring once the round has closed', async () => {
    const early = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/recognition/preview`, {
      initiativeIds: [initiative.id],
    });
    expect(early.statusCode).toBe(409);
    const closed = await office.send('POST', `/api/v1/initiative-rounds/${round.id}/actions`, {
      action: 'close',
      version: round.version,
    });
    round = closed.json().round;
    const late = await rv.b.send('PUT', `/api/v1/initiative-rounds/${round.id}/sheets/${initiative.id}`, {
      action: 'abstain',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('đã kết thúc');
    const sheet = await h.db.kysely
      .selectFrom('initiative_reviews')
      .select('status')
      .where('reviewer_id', 'in', (eb) =>
        eb.selectFrom('initiative_reviewers').select('id').where('user_id', '=', ids().users.b!.id),
      )
      .executeTakeFirstOrThrow();
    expect(sheet.status).toBe('scored');
  });

  it('recognises in bulk after a preview, numbering the decision in the register', async () => {
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
  });

  it('exports every score and comment, and prints the certificate', async () => {
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
