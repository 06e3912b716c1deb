import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../../db/index.ts';
import { ManualClock } from '../../../platform/clock.ts';
import { readFirstSheet, type SheetRow } from '../../../platform/documents/xlsxReader.ts';
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

/** The visible text of a DOCX: each paragraph (and table cell) on its own line, entities decoded. */
async function docText(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim());
}
const texts = (rows: SheetRow[]) => rows.map((r) => r.cells.map((c) => (c === null || c === undefined ? '' : c)));
const LIMITS = { maxRows: 1000, headerRows: 10 };

/** SCORECARD_DOC_DUMP=dir writes each document there, to be rendered and looked at. */
function dump(name: string, buf: Buffer) {
  const dir = process.env.SCORECARD_DOC_DUMP;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), buf);
}

describe.each(DIALECTS)('scorecard documents (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let officerA: Client;
  let viewer: Client;
  let leader: Client;
  let cycle: { id: string; memberIds: string[] };
  let open: { id: string; memberIds: string[] };
  let par: { id: string; memberIds: string[] };

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-01-20T09:00:00+07:00') });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unitA = (await makeOrg(admin, root, 'KTA', 'Phòng Quản lý Thương mại')).id;
    const unitB = (await makeOrg(admin, root, 'KTB', 'Phòng Kỹ thuật an toàn – Môi trường')).id;
    await makeUser(admin, 'tai.lieu.a', [{ role: 'unit_officer', orgId: unitA }], 'Tai-lieu@2026');
    await makeUser(admin, 'tai.lieu.xem', [{ role: 'viewer', orgId: root }], 'Tai-lieu@2026');
    await makeUser(admin, 'tai.lieu.ld', [{ role: 'leader', orgId: root }], 'Tai-lieu@2026');
    officerA = await signIn(h.app, 'tai.lieu.a', 'Tai-lieu@2026');
    viewer = await signIn(h.app, 'tai.lieu.xem', 'Tai-lieu@2026');
    leader = await signIn(h.app, 'tai.lieu.ld', 'Tai-lieu@2026');
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
    const template = await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2025 });
    const members = [
      // 17,5 + 10 + 10 + 30 + 30 + 3 bonus = 100,5 self; 2.1 reduced to 25: 95,5 appraised.
      { name: 'Phòng Quản lý Thương mại', orgId: unitA, self: { '1.1': 17.5, T: 3 }, reduced: { '2.1': 25 } },
      // 95 % of every maximum: 95, accepted.
      { name: 'Phòng Kỹ thuật an toàn – Môi trường', orgId: unitB },
      { name: 'Sở Kế hoạch và Đầu tư' },
    ];
    cycle = await insertScorecard(k, { template, status: 'ranked', members });
    const template26 = await insertScorecardTemplate(k, { kind: 'bloc', blocId, year: 2026 });
    open = await insertScorecard(k, { template: template26, status: 'open', members });
    const parTemplate = await insertScorecardTemplate(k, { kind: 'par', year: 2025 });
    par = await insertScorecard(k, {
      template: parTemplate,
      status: 'published',
      publishedOn: '2026-03-02',
      members: [{ name: 'Sở Công Thương', orgId: root, surveyScore: 8.25 }],
    });
  }, 120_000);
  afterAll(() => h.close());

  const sheetUrl = (i: number, ext: 'docx' | 'xlsx', c = cycle) =>
    `/api/v1/scorecards/${c.id}/members/${c.memberIds[i]}/sheet.${ext}`;

  it('prints a member’s score sheet as DOCX in the Decree 30 layout, with both scores, the reasons and the totals', async () => {
    const res = await admin.get(sheetUrl(0, 'docx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Bảng điểm 2025'));
    dump('sheet.docx', res.rawPayload);
    const lines = await docText(res.rawPayload);
    const text = lines.join('\n');
    expect(text).toBe(text.normalize('NFC'));
    for (const l of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KHỐI THI ĐUA CÁC SỞ KINH TẾ',
      'BẢNG TỰ CHẤM ĐIỂM / KẾT QUẢ THẨM ĐỊNH THI ĐUA NĂM 2025',
      'Của Phòng Quản lý Thương mại',
      'Ban hành kế hoạch thi đua',
      'Sơ kết, tổng kết',
      'Tổng điểm',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'ĐẠI DIỆN TỔ THẨM ĐỊNH',
    ])
      expect(lines, l).toContain(l);
    // The dateline is today (the cycle is not published yet), in the province's name.
    expect(text).toMatch(/ngày 20 tháng 01 năm 2026/iu);
    // Criterion 2.1: 30 self, 25 appraised, −5 with the appraiser's reason.
    const at = lines.indexOf('Hoàn thành chỉ tiêu kế hoạch');
    expect(lines.slice(at - 1, at + 6)).toEqual([
      '2.1',
      'Hoàn thành chỉ tiêu kế hoạch',
      '30',
      '30',
      '25',
      '−5',
      'Thẩm định giảm: Tài liệu kiểm chứng chưa đầy đủ',
    ]);
    // Field 1 sums its capped children: 17,5 + 20.
    const f1 = lines.indexOf('Công tác chỉ đạo, điều hành');
    expect(lines.slice(f1 + 1, f1 + 5)).toEqual(['40', '37,5', '37,5', '0']);
    const total = lines.lastIndexOf('Tổng điểm');
    expect(lines.slice(total + 1, total + 5)).toEqual(['100', '100,5', '95,5', '−5']);
    const bonus = lines.findIndex((l) => l.startsWith('Điểm thưởng (tối đa 5)'));
    expect(lines.slice(bonus + 1, bonus + 4)).toEqual(['5', '3', '3']);
    expect(text).toContain('Xếp hạng: 1/3; xếp loại: Xuất sắc');
  });

  it('gives the same sheet as a printable workbook, read back with the platform reader', async () => {
    const res = await admin.get(sheetUrl(0, 'xlsx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    dump('sheet.xlsx', res.rawPayload);
    const rows = texts(await readFirstSheet(res.rawPayload, LIMITS));
    expect(String(rows[0]![1])).toMatch(/^SỞ CÔNG THƯƠNG/u);
    expect(rows[1]![1]).toBe('BẢNG TỰ CHẤM ĐIỂM / KẾT QUẢ THẨM ĐỊNH THI ĐUA NĂM 2025');
    expect(rows[3]!.slice(1)).toEqual([
      'Mã',
      'Tiêu chí',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Chênh lệch',
      'Ghi chú / Lý do',
    ]);
    const row = (name: string) => rows.find((r) => r[2] === name)!;
    expect(row('Hoàn thành chỉ tiêu kế hoạch').slice(1)).toEqual([
      '2.1',
      'Hoàn thành chỉ tiêu kế hoạch',
      30,
      30,
      25,
      -5,
      'Thẩm định giảm: Tài liệu kiểm chứng chưa đầy đủ',
    ]);
    expect(row('Tổng điểm').slice(3, 7)).toEqual([100, 100.5, 95.5, -5]);
    expect(rows.flat()).toContain('ĐẠI DIỆN TỔ THẨM ĐỊNH');
  });

  it('prints the ranking with self, appraised and final scores, classification and points per field', async () => {
    const res = await leader.get(`/api/v1/scorecards/${cycle.id}/ranking.xlsx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    dump('ranking.xlsx', res.rawPayload);
    const rows = texts(await readFirstSheet(res.rawPayload, LIMITS));
    expect(rows[3]!.slice(1)).toEqual([
      'Hạng',
      'Thành viên khối',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Tổng điểm',
      'Xếp loại',
      '1. Công tác chỉ đạo, điều hành (40)',
      '2. Kết quả thực hiện nhiệm vụ (60)',
    ]);
    expect(rows.slice(4, 7).map((r) => r.slice(1))).toEqual([
      [1, 'Phòng Quản lý Thương mại', 100.5, 95.5, 95.5, 'Xuất sắc', 37.5, 55],
      [2, 'Phòng Kỹ thuật an toàn – Môi trường', 95, 95, 95, 'Xuất sắc', 38, 57],
      [3, 'Sở Kế hoạch và Đầu tư', 90, 90, 90, 'Xuất sắc', 36, 54],
    ]);
    // The PAR index adds the survey column and heads the sheet under the department.
    const parRes = await admin.get(`/api/v1/scorecards/${par.id}/ranking.xlsx`);
    dump('par-ranking.xlsx', parRes.rawPayload);
    const parRows = texts(await readFirstSheet(parRes.rawPayload, LIMITS));
    expect(parRows[3]![5]).toBe('Điểm điều tra xã hội học');
    expect(parRows[4]!.slice(1, 7)).toEqual([1, 'Sở Công Thương', 100, 100, 8.25, 108.25]);
  });

  it('heads the PAR sheet under the department and prints the survey and the final score', async () => {
    const res = await admin.get(sheetUrl(0, 'docx', par));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    dump('par-sheet.docx', res.rawPayload);
    const lines = await docText(res.rawPayload);
    expect(lines).toContain('BẢNG TỰ CHẤM ĐIỂM / KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(lines).toContain('TM. HỘI ĐỒNG THẨM ĐỊNH');
    const text = lines.join('\n');
    // Dated the day the results were published.
    expect(text).toMatch(/ngày 02 tháng 3 năm 2026/iu);
    expect(text).toContain('Điểm điều tra xã hội học: 8,25');
    expect(text).toContain('Tổng điểm cuối cùng: 108,25');
  });

  it('shows a sheet as the sheet page does and the ranking as the whole cycle: unpublished, to the office, the leaders and the member’s own officer', async () => {
    expect((await officerA.get(sheetUrl(0, 'docx'))).statusCode).toBe(200);
    expect((await officerA.get(sheetUrl(1, 'docx'))).statusCode).toBe(404);
    // Before publication the other members' scores are not a unit officer's, nor a viewer's.
    expect((await officerA.get(`/api/v1/scorecards/${cycle.id}/ranking.xlsx`)).statusCode).toBe(404);
    expect((await viewer.get(sheetUrl(0, 'docx'))).statusCode).toBe(404);
    expect((await leader.get(sheetUrl(1, 'xlsx'))).statusCode).toBe(200);
    // Published: everyone signed in reads it.
    expect((await viewer.get(`/api/v1/scorecards/${par.id}/ranking.xlsx`)).statusCode).toBe(200);
    expect((await officerA.get(sheetUrl(0, 'xlsx', par))).statusCode).toBe(200);
    // A member of another cycle is not this cycle's.
    expect((await admin.get(`/api/v1/scorecards/${cycle.id}/members/${open.memberIds[0]}/sheet.docx`)).statusCode).toBe(
      404,
    );
  });
});
