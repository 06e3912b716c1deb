import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../../db/index.ts';
import { ManualClock } from '../../../platform/clock.ts';
import { newId } from '../../../platform/ids.ts';
import { insertScorecard, insertScorecardTemplate } from '../../../test/factories.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../../test/harness.ts';

/**
 * The bloc's acclamation vote by secret ballot, held with the council's own machinery (proposal items for the
 * members, the council's ballots, its close), and the minutes taking their tallies from it; the signers' names
 * printed on the sheet and the minutes.
 */

async function docXml(buf: Buffer): Promise<string> {
  return (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
}
const textOf = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim());

describe.each(DIALECTS)('the bloc’s secret ballot and the documents’ signers (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitA: string;
  let unitB: string;
  let ranked: { id: string; memberIds: string[] };
  const voters: Client[] = [];

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2025-12-20T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'BKA', 'Phòng Quản lý Công nghiệp')).id;
    unitB = (await makeOrg(admin, root, 'BKB', 'Phòng Quản lý Thương mại')).id;
    const k = h.db.kysely;
    const blocId = newId();
    const now = nowIso();
    await k
      .insertInto('blocs')
      .values({
        id: blocId,
        name: 'Khối các phòng chuyên môn thuộc Sở',
        kind: 'bloc',
        organiser: 'department',
        description: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    ranked = await insertScorecard(k, {
      template: await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2025 }),
      status: 'ranked',
      members: [
        { name: 'Phòng Quản lý Công nghiệp', orgId: unitA },
        { name: 'Phòng Quản lý Thương mại', orgId: unitB },
        { name: 'Văn phòng Sở' },
      ],
    });
    // The bloc's leader this year is the first member; its head signs for the appraisers.
    await k.updateTable('bloc_members').set({ role: 'leader' }).where('org_id', '=', unitA).execute();
    await k
      .updateTable('scorecard_members')
      .set({ signer_name: 'Đặng Văn Khoa, Trưởng phòng Quản lý Công nghiệp' })
      .where('id', '=', ranked.memberIds[0]!)
      .execute();
    await k
      .updateTable('scorecard_members')
      .set({ signer_name: 'Vũ Thị Lan' })
      .where('id', '=', ranked.memberIds[1]!)
      .execute();
    // Three council members of the department; none belongs to the divisions voted on.
    for (const i of [1, 2, 3]) {
      const u = await makeUser(admin, `bk.hd.${i}`, [{ role: 'council_member', orgId: root }], `Bk-hoi-dong-${i}@2026`);
      const res = await admin.send('POST', '/api/v1/council/members', {
        userId: u.id,
        role: i === 1 ? 'chair' : i === 3 ? 'secretary' : 'member',
        orgId: root,
        termFrom: '2025-01-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      voters.push(await signIn(h.app, `bk.hd.${i}`, `Bk-hoi-dong-${i}@2026`));
    }
  }, 180_000);
  afterAll(() => h.close());

  /** A collective proposal for a division, taken to the council through the proposals' own workflow. */
  async function toCouncil(orgId: string) {
    const created = await admin.send('POST', '/api/v1/proposals', {
      orgId,
      title: 'Đề nghị tặng Giấy khen năm 2025',
      year: 2025,
      items: [
        {
          subjectKind: 'collective',
          subjectId: orgId,
          awardCode: 'commendation_certificate',
          achievement: 'Dẫn đầu Khối các phòng chuyên môn thuộc Sở năm 2025',
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(200);
    let p = created.json() as { id: string; version: number };
    for (const action of ['submit', 'accept', 'to_council']) {
      const res = await admin.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version });
      expect(res.statusCode, res.body).toBe(200);
      p = res.json();
    }
    return p.id;
  }

  const minutes = (over: Record<string, unknown> = {}) => ({
    heldOn: '2025-12-19',
    place: 'Phòng họp tầng 3, Sở Công Thương',
    chair: 'Trần Thị Thanh Hà, Phó Giám đốc Sở',
    secretary: 'Nguyễn Thị Thu Trang, chuyên viên Văn phòng Sở',
    attendees: '',
    present: 0,
    ballots: 0,
    votes: [],
    conclusion: '',
    version: null,
    ...over,
  });
  const url = `/api/v1/scorecards/${'{id}'}/minutes`;
  const minutesUrl = (tail = '') => url.replace('{id}', ranked.id) + tail;

  it('takes the tallies of a secret ballot from the closed council session, refusing an open one', async () => {
    const proposals = [await toCouncil(unitA), await toCouncil(unitB)];
    const created = await admin.send('POST', '/api/v1/council/sessions', {
      title: 'Bình xét, suy tôn Khối các phòng năm 2025',
      heldOn: '2025-12-19',
      venue: 'Phòng họp tầng 3',
      proposalIds: proposals,
    });
    expect(created.statusCode, created.body).toBe(200);
    let session = created.json() as { id: string; version: number; items: { itemId: string; subjectName: string }[] };
    const memberIds = (await admin.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
    const att = await admin.send('PUT', `/api/v1/council/sessions/${session.id}/attendance`, {
      presentMemberIds: memberIds,
      version: session.version,
    });
    expect(att.statusCode, att.body).toBe(200);
    session = att.json();
    const itemOf = (name: string) => session.items.find((i) => i.subjectName === name)!.itemId;
    // Division A: 3 in favour; division B: 1 in favour, 1 against, 1 abstaining. Each ballot is secret.
    const choices: Record<string, string[]> = {
      [itemOf('Phòng Quản lý Công nghiệp')]: ['agree', 'agree', 'agree'],
      [itemOf('Phòng Quản lý Thương mại')]: ['agree', 'disagree', 'abstain'],
    };
    for (const [i, v] of voters.entries()) {
      const res = await v.send('POST', `/api/v1/council/sessions/${session.id}/ballot`, {
        votes: Object.entries(choices).map(([itemId, c]) => ({ itemId, choice: c[i]! })),
      });
      expect(res.statusCode, res.body).toBe(200);
    }

    // Not closed yet: no result to record, nothing written.
    const early = await admin.send(
      'PUT',
      minutesUrl(),
      minutes({ votingMethod: 'secret_ballot', councilSessionId: session.id }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      {
        path: 'councilSessionId',
        message:
          'Phiên họp "Bình xét, suy tôn Khối các phòng năm 2025" chưa kết thúc: chưa có kết quả kiểm phiếu để ghi biên bản',
      },
    ]);
    const none = await admin.send('PUT', minutesUrl(), minutes({ votingMethod: 'secret_ballot' }));
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].path).toBe('councilSessionId');
    expect((await admin.get(minutesUrl())).statusCode).toBe(404);

    const fresh = (await admin.get(`/api/v1/council/sessions/${session.id}`)).json() as { version: number };
    const closed = await admin.send('POST', `/api/v1/council/sessions/${session.id}/close`, { version: fresh.version });
    expect(closed.statusCode, closed.body).toBe(200);

    // Typed counts are ignored for a secret ballot: the session's stored results are the tallies.
    const saved = await admin.send(
      'PUT',
      minutesUrl(),
      minutes({
        votingMethod: 'secret_ballot',
        councilSessionId: session.id,
        present: 40,
        ballots: 40,
        votes: [{ memberId: ranked.memberIds[1], votes: 40 }],
      }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      votingMethod: 'secret_ballot',
      councilSession: { id: session.id, title: 'Bình xét, suy tôn Khối các phòng năm 2025', heldOn: '2025-12-19' },
      present: 3,
      ballots: 3,
      votes: [
        { memberId: ranked.memberIds[0], votes: 3 },
        { memberId: ranked.memberIds[1], votes: 1 },
      ],
      version: 1,
    });

    const doc = await admin.get(minutesUrl('.docx'));
    expect(doc.statusCode).toBe(200);
    const lines = textOf(await docXml(doc.rawPayload));
    const text = lines.join('\n');
    expect(text).toContain('KẾT QUẢ BỎ PHIẾU KÍN SUY TÔN');
    expect(text).toContain('đề nghị Giám đốc Sở khen thưởng theo thẩm quyền.');
    expect(text).toContain(
      'bỏ phiếu kín suy tôn đơn vị dẫn đầu khối tại phiên họp "Bình xét, suy tôn Khối các phòng năm 2025" của Hội đồng Thi đua – Khen thưởng ngày 19/12/2025; số phiếu phát ra 3.',
    );
    const v = lines.lastIndexOf('Phòng Quản lý Thương mại');
    expect(lines.slice(v - 1, v + 3)).toEqual(['2', 'Phòng Quản lý Thương mại', '1/3', '33,33']);
    // The signatures carry the names, the positions stand above them.
    expect(lines).toContain('Trần Thị Thanh Hà');
    expect(lines).toContain('Nguyễn Thị Thu Trang');

    // A show of hands keeps the typed tallies and drops the session.
    const hands = await admin.send(
      'PUT',
      minutesUrl(),
      minutes({
        version: 1,
        votingMethod: 'show_of_hands',
        councilSessionId: session.id,
        present: 12,
        ballots: 12,
        votes: [{ memberId: ranked.memberIds[0], votes: 11 }],
      }),
    );
    expect(hands.statusCode, hands.body).toBe(200);
    expect(hands.json()).toMatchObject({ votingMethod: 'show_of_hands', councilSession: null, ballots: 12 });
    const handsText = textOf(await docXml((await admin.get(minutesUrl('.docx'))).rawPayload)).join('\n');
    expect(handsText).toContain('KẾT QUẢ BIỂU QUYẾT SUY TÔN');
    expect(handsText).not.toContain('bỏ phiếu kín');

    // Representatives without accounts vote on paper: the committee's count as typed, the committee named.
    const paper = minutes({
      version: 2,
      votingMethod: 'paper_ballot',
      present: 12,
      ballots: 12,
      votes: [{ memberId: ranked.memberIds[0], votes: 10 }],
    });
    const unnamed = await admin.send('PUT', minutesUrl(), paper);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors).toEqual([
      { path: 'tellers', message: 'Bỏ phiếu kín bằng phiếu giấy phải ghi thành phần Ban kiểm phiếu' },
    ]);
    const tellers = 'đại diện Sở Tài chính (Trưởng ban), đại diện Sở Xây dựng';
    const counted = await admin.send('PUT', minutesUrl(), { ...paper, tellers });
    expect(counted.statusCode, counted.body).toBe(200);
    expect(counted.json()).toMatchObject({ votingMethod: 'paper_ballot', tellers, councilSession: null, ballots: 12 });
    const paperText = textOf(await docXml((await admin.get(minutesUrl('.docx'))).rawPayload)).join('\n');
    expect(paperText).toContain('KẾT QUẢ BỎ PHIẾU KÍN SUY TÔN');
    expect(paperText).toContain(
      `bỏ phiếu kín bằng phiếu giấy suy tôn đơn vị dẫn đầu khối; Ban kiểm phiếu gồm: ${tellers}`,
    );
    expect(paperText).toContain('10/12');
  });

  it('refuses a session that voted on none of the bloc’s members', async () => {
    const other = await makeOrg(admin, await rootOrgId(h), 'BKC', 'Phòng Kế hoạch – Tài chính');
    const p = await toCouncil(other.id);
    const s = await admin.send('POST', '/api/v1/council/sessions', {
      title: 'Phiên họp xét Giấy khen',
      heldOn: '2025-12-19',
      venue: '',
      proposalIds: [p],
    });
    const memberIds = (await admin.get('/api/v1/council/members')).json().items.map((m: { id: string }) => m.id);
    const att = await admin.send('PUT', `/api/v1/council/sessions/${s.json().id}/attendance`, {
      presentMemberIds: memberIds,
      version: s.json().version,
    });
    const closed = await admin.send('POST', `/api/v1/council/sessions/${s.json().id}/close`, {
      version: att.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const current = (await admin.get(minutesUrl())).json() as { version: number };
    const res = await admin.send(
      'PUT',
      minutesUrl(),
      minutes({ version: current.version, votingMethod: 'secret_ballot', councilSessionId: s.json().id }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({
      path: 'councilSessionId',
      message: 'Phiên họp "Phiên họp xét Giấy khen" không biểu quyết đề nghị nào cho các thành viên của khối',
    });
    expect((await admin.get(minutesUrl())).json()).toMatchObject({ version: current.version });
  });

  it('prints the member’s head and the bloc leader’s representative under the sheet, in unsplittable rows', async () => {
    const res = await admin.get(`/api/v1/scorecards/${ranked.id}/members/${ranked.memberIds[1]}/sheet.docx`);
    expect(res.statusCode).toBe(200);
    const xml = await docXml(res.rawPayload);
    const lines = textOf(xml);
    expect(lines).toContain('Vũ Thị Lan');
    expect(lines).toContain('Đặng Văn Khoa');
    expect(lines).toContain('ĐẠI DIỆN TỔ THẨM ĐỊNH');
    // Every row of the score table stays on one page and its header repeats on the next.
    const table = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('Đơn vị được chấm')));
    const rows = table.slice(0, table.indexOf('</w:tbl>')).split('<w:tr>').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:tblHeader/>');
  });

  it('keeps the signer the member gives with its self-assessment', async () => {
    const k = h.db.kysely;
    const blocId = (await k.selectFrom('blocs').select('id').executeTakeFirstOrThrow()).id;
    const open = await insertScorecard(k, {
      template: await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2026 }),
      status: 'open',
      members: [{ name: 'Phòng Quản lý Công nghiệp', orgId: unitA }],
    });
    const sheetUrl = `/api/v1/scorecards/${open.id}/members/${open.memberIds[0]}`;
    const sheet = (await admin.get(sheetUrl)).json() as { version: number; member: { signerName: string } };
    expect(sheet.member.signerName).toBe('');
    const saved = await admin.send('PUT', `${sheetUrl}/self`, {
      scores: [],
      signerName: '  Đặng Văn Khoa, Trưởng phòng  ',
      version: sheet.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().member.signerName).toBe('Đặng Văn Khoa, Trưởng phòng');
    // Left out, it stays.
    const again = await admin.send('PUT', `${sheetUrl}/self`, { scores: [], version: saved.json().version });
    expect(again.json().member.signerName).toBe('Đặng Văn Khoa, Trưởng phòng');
    const lines = textOf(await docXml((await admin.get(`${sheetUrl}/sheet.docx`)).rawPayload));
    expect(lines).toContain('Đặng Văn Khoa');
  });
});
