import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../../db/index.ts';
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

async function docLines(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim());
}

/** SCORECARD_DOC_DUMP=dir writes each document there, to be rendered and looked at. */
function dump(name: string, buf: Buffer) {
  const dir = process.env.SCORECARD_DOC_DUMP;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), buf);
}

describe.each(DIALECTS)('the bloc’s acclamation minutes (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let officerA: Client;
  let ranked: { id: string; memberIds: string[] };
  let open: { id: string; memberIds: string[] };
  let par: { id: string; memberIds: string[] };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unitA = (await makeOrg(admin, root, 'BBA', 'Phòng Quản lý Công nghiệp')).id;
    await makeUser(admin, 'bien.ban.a', [{ role: 'unit_officer', orgId: unitA }], 'Bien-ban@2026');
    officerA = await signIn(h.app, 'bien.ban.a', 'Bien-ban@2026');
    const k = h.db.kysely;
    const blocId = newId();
    const now = nowIso();
    await k
      .insertInto('blocs')
      .values({
        id: blocId,
        name: 'Khối thi đua các sở kinh tế',
        kind: 'bloc',
        organiser: 'province',
        description: '',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    const members = [
      { name: 'Sở Công Thương', orgId: unitA },
      { name: 'Sở Nông nghiệp và Môi trường' },
      { name: 'Sở Xây dựng' },
    ];
    ranked = await insertScorecard(k, {
      template: await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2025 }),
      status: 'ranked',
      members,
    });
    open = await insertScorecard(k, {
      template: await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2026 }),
      status: 'appraisal',
      members,
    });
    par = await insertScorecard(k, {
      template: await insertScorecardTemplate(k, { kind: 'par', year: 2025 }),
      status: 'published',
      members: [{ name: 'Sở Công Thương', orgId: root }],
    });
  }, 120_000);
  afterAll(() => h.close());

  const input = (over: Record<string, unknown> = {}) => ({
    heldOn: '2025-12-18',
    place: 'Hội trường Sở Công Thương',
    chair: 'Nguyễn Văn Hùng',
    secretary: 'Trần Thị Thu Hằng',
    attendees: 'Đại diện lãnh đạo 3 sở thành viên khối\n- Đại diện Ban Thi đua – Khen thưởng tỉnh',
    present: 9,
    ballots: 8,
    votes: [
      { memberId: ranked.memberIds[0], votes: 7 },
      { memberId: ranked.memberIds[1], votes: 1 },
    ],
    conclusion: 'Giao Sở Công Thương hoàn thiện hồ sơ đề nghị gửi Ban Thi đua – Khen thưởng tỉnh.',
    version: null,
    ...over,
  });
  const url = (id: string, tail = '') => `/api/v1/scorecards/${id}/minutes${tail}`;

  it('answers 404 before the minutes are recorded, and refuses them while the cycle is not ranked or is the PAR index', async () => {
    expect((await admin.get(url(ranked.id))).statusCode).toBe(404);
    expect((await admin.get(url(ranked.id, '.docx'))).statusCode).toBe(404);
    const early = await admin.send('PUT', url(open.id), input({ votes: [] }));
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'minutes_not_open' });
    expect(early.json().detail).toContain('chưa xếp hạng');
    const parRes = await admin.send('PUT', url(par.id), input({ votes: [] }));
    expect(parRes.statusCode).toBe(409);
    expect((await admin.get(url(open.id))).statusCode).toBe(404);
  });

  it('refuses impossible counts with Vietnamese errors naming the field and the member; nothing is written', async () => {
    const tooMany = await admin.send('PUT', url(ranked.id), input({ ballots: 10 }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      code: 'invalid_minutes',
      errors: [{ path: 'ballots', message: 'Số phiếu phát ra (10) không được lớn hơn số người có mặt (9)' }],
    });
    const votes = await admin.send(
      'PUT',
      url(ranked.id),
      input({ votes: [{ memberId: ranked.memberIds[1], votes: 9 }] }),
    );
    expect(votes.statusCode).toBe(400);
    expect(votes.json().errors).toEqual([
      {
        path: 'votes.0.votes',
        message: 'Số phiếu của Sở Nông nghiệp và Môi trường (9) không được lớn hơn số phiếu phát ra (8)',
      },
    ]);
    const stranger = await admin.send(
      'PUT',
      url(ranked.id),
      input({ votes: [{ memberId: open.memberIds[0], votes: 1 }] }),
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe('votes.0.memberId');
    expect((await admin.get(url(ranked.id))).statusCode).toBe(404);
    expect((await officerA.send('PUT', url(ranked.id), input())).statusCode).toBe(403);
  });

  it('records the minutes with a version check and an audit entry, and prints them for the flag dossier', async () => {
    const first = await admin.send('PUT', url(ranked.id), input());
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, ballots: 8, chair: 'Nguyễn Văn Hùng' });
    expect((await admin.send('PUT', url(ranked.id), input())).statusCode).toBe(409);
    const second = await admin.send('PUT', url(ranked.id), input({ version: 1, place: 'Phòng họp tầng 3' }));
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, place: 'Phòng họp tầng 3' });
    expect((await admin.send('PUT', url(ranked.id), input({ version: 1 }))).statusCode).toBe(409);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', ranked.id)
      .where('action', '=', 'scorecard.minutes_saved')
      .execute();
    expect(audit).toHaveLength(2);
    expect((await admin.get(url(ranked.id))).json()).toMatchObject({ version: 2 });
    // Until the ranking is published the minutes are the office's and the leaders'.
    expect((await officerA.get(url(ranked.id))).statusCode).toBe(404);
    expect((await officerA.get(url(ranked.id, '.docx'))).statusCode).toBe(404);

    const res = await admin.get(url(ranked.id, '.docx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    dump('minutes.docx', res.rawPayload);
    const lines = await docLines(res.rawPayload);
    const text = lines.join('\n');
    expect(text).toBe(text.normalize('NFC'));
    for (const l of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KHỐI THI ĐUA CÁC SỞ KINH TẾ',
      'BIÊN BẢN',
      'Họp bình xét, suy tôn thi đua năm 2025',
      'THƯ KÝ',
      'CHỦ TRÌ',
      'Nguyễn Văn Hùng',
      'Trần Thị Thu Hằng',
      '- Đại diện Ban Thi đua – Khen thưởng tỉnh',
    ])
      expect(lines, l).toContain(l);
    expect(text).toMatch(/ngày 18 tháng 12 năm 2025/iu);
    expect(text).toContain('Phòng họp tầng 3');
    // The ranking, then the vote per member with its share of the ballots.
    const r = lines.indexOf('Sở Xây dựng');
    expect(lines.slice(r - 1, r + 5)).toEqual(['3', 'Sở Xây dựng', '90', '90', '90', 'Xuất sắc']);
    const v = lines.lastIndexOf('Sở Công Thương');
    expect(lines.slice(v - 1, v + 3)).toEqual(['1', 'Sở Công Thương', '7/8', '87,5']);
    expect(text).toContain(
      'Khối thống nhất suy tôn Sở Công Thương (xếp hạng thứ nhất với 100 điểm, đạt 7/8 phiếu, tỷ lệ 87,5%) là đơn vị dẫn đầu Khối thi đua các sở kinh tế năm 2025',
    );
    expect(text).toContain('Giao Sở Công Thương hoàn thiện hồ sơ');
  });
});
