import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.ts';
import { makeDossier, makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';
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
} from '../../test/harness.ts';
import { dateShort } from './wording.ts';
import { formNumber } from './common.ts';

const url = (id: string, file: string, query = '') => `/api/v1/dossiers/${id}/documents/${file}${query}`;

/** The running text of a DOCX: every text node of the body, tags dropped, entities decoded. */
async function docxText(body: Buffer): Promise<{ text: string; images: number }> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { text, images: zip.file(/^word\/media\/.+\.png$/).length };
}

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.normalize('NFC');
  } finally {
    await parser.destroy();
  }
}

describe.each(DIALECTS)('dossier forms 01–06 (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let clerk: Client;
  let outsider: Client;
  let viewer: Client;
  let proc: MadeProcedure;
  const receivedAt = '2026-12-07T01:05:00.000Z'; // 08:05 on Monday 7 December, Vietnam time

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const other = await makeOrg(admin, root, 'PKHAC', 'Phòng Kế hoạch');
    await makeUser(admin, 'motcua1', [{ role: 'onestop_clerk', orgId: root }]);
    await makeUser(admin, 'motcua2', [{ role: 'onestop_clerk', orgId: other.id }]);
    await makeUser(admin, 'xem1', [{ role: 'viewer', orgId: root }]);
    clerk = await signIn(h.app, 'motcua1', 'Matkhau@2026');
    outsider = await signIn(h.app, 'motcua2', 'Matkhau@2026');
    viewer = await signIn(h.app, 'xem1', 'Matkhau@2026');
    proc = await makeProcedure(h.db.kysely, { name: 'Cấp Giấy phép bán lẻ sản phẩm rượu' });
  });
  afterAll(() => h.close());

  it('01: the receipt slip names the dossier, applicant, documents, times, QR and the rating link', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure: proc,
      status: 'accepted',
      receivedAt,
      applicant: { name: 'Nguyễn Thị Hồng Nhung', phone: '0987654321' },
    });
    const res = await clerk.get(url(d.id, '01.docx', `?token=${d.ratingToken}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const { text, images } = await docxText(res.rawPayload);
    expect(images).toBe(1);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(d.code);
    // The slip's number is the dossier's day and running number, not a blank to fill by hand.
    expect(formNumber(d.code)).toMatch(/^\d{6}-\d{4}$/u);
    expect(text).toContain(`Số: ${formNumber(d.code)}/TNHS`);
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Cấp Giấy phép bán lẻ sản phẩm rượu');
    expect(text).toContain('Đơn đề nghị cấp giấy phép (Mẫu số 01)');
    expect(text).toContain('Bản chính');
    expect(text).toContain('Bản sao');
    expect(text).toContain('08 giờ 05 phút, ngày 07 tháng 12 năm 2026');
    expect(text).toContain(dateShort(d.dueAt!));
    expect(text).toContain(`/tra-cuu?ma=${d.code}`);
    expect(text).toContain('4 chữ số cuối của số điện thoại');
    expect(text).toContain(`Đánh giá mức độ hài lòng: http://localhost:80/danh-gia?ma=${d.code}&t=${d.ratingToken}`);

    const pdf = await clerk.get(url(d.id, '01.pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The QR code is the one image on the page.
    expect(pdf.rawPayload.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const ptext = await pdfText(pdf.rawPayload);
    expect(ptext).toContain(d.code);
    expect(ptext).toContain('Nguyễn Thị Hồng Nhung');
    expect(ptext).toContain(dateShort(d.dueAt!));
    // Without the token the slip carries no rating link.
    expect(ptext).not.toContain('Đánh giá mức độ hài lòng');
  });

  it('01: a token that is not the dossier’s is refused', async () => {
    const d = await makeDossier(h.db.kysely, { procedure: proc, status: 'accepted', receivedAt });
    const res = await clerk.get(url(d.id, '01.pdf', '?token=abcdef0123456789'));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Mã đánh giá');
  });

  it('02 and 03: the supplement request and the refusal carry their reasons', async () => {
    const s = await makeDossier(h.db.kysely, { procedure: proc, status: 'supplement', receivedAt });
    const sup = await docxText((await clerk.get(url(s.id, '02.docx'))).rawPayload);
    expect(sup.text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(sup.text).toContain(s.code);
    expect(sup.text).toContain('Trần Thị Bình');
    expect(sup.text).toContain('Thiếu bản vẽ mặt bằng');
    expect(sup.text).toContain('tạm dừng');
    expect(sup.text).toContain(`Số: ${formNumber(s.code)}/PYCBS`);

    const r = await makeDossier(h.db.kysely, { procedure: proc, status: 'refused', receivedAt });
    const res = await clerk.get(url(r.id, '03.pdf'));
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Không thuộc thẩm quyền giải quyết');
  });

  it('04: the apology gives the reason, the old and the new appointment', async () => {
    const d = await makeDossier(h.db.kysely, { procedure: proc, status: 'in_process', receivedAt, apologies: 1 });
    const newDueAt = '2026-12-28T09:30:00.000Z'; // 16:30 on Monday 28 December
    await h.db.kysely
      .insertInto('transitions')
      .values({
        id: newId(),
        entity_type: 'dossier',
        entity_id: d.id,
        seq: 10,
        action: 'apologise',
        from_status: 'in_process',
        to_status: 'in_process',
        actor_id: null,
        actor_name: 'Lê Văn Đức',
        reason: 'Chờ ý kiến thẩm định của Sở Xây dựng',
        at: '2026-12-17T03:00:00.000Z',
        data: JSON.stringify({ form: '04', newDueAt }),
      })
      .execute();
    const { text } = await docxText((await clerk.get(url(d.id, '04.docx'))).rawPayload);
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Kính gửi: Ông/Bà Trần Thị Bình.');
    expect(text).toContain('Chờ ý kiến thẩm định của Sở Xây dựng');
    expect(text).toContain(`(${dateShort(d.originalDueAt!)})`);
    expect(text).toContain('16 giờ 30 phút, ngày 28 tháng 12 năm 2026 (Thứ Hai, 28/12/2026)');
  });

  it('05: the stop notice carries the reason', async () => {
    const d = await makeDossier(h.db.kysely, { procedure: proc, status: 'stopped', receivedAt });
    const { text } = await docxText((await clerk.get(url(d.id, '05.docx'))).rawPayload);
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Phát hiện hồ sơ giả mạo');
    expect(text).toContain(d.code);
  });

  it('06: the control slip has a row per hand-over, judged against each step’s due time', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure: proc,
      status: 'returned',
      receivedAt,
      finishedAt: '2027-01-20T04:00:00.000Z',
      returnedAt: '2027-01-20T08:15:00.000Z',
    });
    const res = await clerk.get(url(d.id, '06.docx'));
    expect(res.statusCode).toBe(200);
    const { text } = await docxText(res.rawPayload);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(d.code);
    expect(text).toContain('(Kèm theo hồ sơ của: Trần Thị Bình)');
    expect(text).toContain(dateShort(d.dueAt!));
    expect(text).toContain('Phòng Quản lý thương mại');
    expect(text).toContain('Bước 1: Thẩm định hồ sơ');
    expect(text).toContain('15 giờ 15 phút, ngày 20 tháng 01 năm 2027');
    // The last step finished a month after its due time, and so did the dossier.
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Trả kết quả');
    const pdf = await clerk.get(url(d.id, '06.pdf'));
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf.rawPayload)).toContain('Quá hạn');
  });

  it('06: an inter-agency leg is a row out to the agency and a row back, judged against the leg’s due time', async () => {
    const d = await makeDossier(h.db.kysely, {
      procedure: proc,
      status: 'returned',
      receivedAt,
      finishedAt: '2027-01-20T04:00:00.000Z',
      returnedAt: '2027-01-20T08:15:00.000Z',
    });
    await h.db.kysely
      .insertInto('dossier_legs')
      .values({
        id: newId(),
        dossier_id: d.id,
        agency: 'Sở Y tế',
        name: 'Lấy ý kiến về điều kiện an toàn thực phẩm',
        sent_at: '2026-12-08T02:00:00.000Z', // 09:00 on 8 December
        due_at: '2026-12-11T10:00:00.000Z',
        answered_at: '2026-12-10T03:30:00.000Z', // 10:30 on 10 December: early
        answer: 'Đồng ý',
      })
      .execute();
    const { text } = await docxText((await clerk.get(url(d.id, '06.docx'))).rawPayload);
    const sent = text.indexOf('Gửi lấy ý kiến cơ quan phối hợp: Lấy ý kiến về điều kiện an toàn thực phẩm');
    const back = text.indexOf('Sở Y tế trả lời: Đồng ý');
    expect(sent).toBeGreaterThan(text.indexOf('Bước 1: Thẩm định hồ sơ'));
    expect(text).toContain('09 giờ 00 phút, ngày 08 tháng 12 năm 2026');
    expect(back).toBeGreaterThan(sent);
    expect(text.slice(sent, back)).toContain('10 giờ 30 phút, ngày 10 tháng 12 năm 2026');
    expect(text.slice(sent, back)).toContain('Trước hạn');
    expect(text.lastIndexOf('Trả kết quả')).toBeGreaterThan(back);
  });

  it('a form the history does not call for is a 409 saying why', async () => {
    const accepted = await makeDossier(h.db.kysely, { procedure: proc, status: 'accepted', receivedAt });
    for (const [form, words] of [
      ['04', 'xin lỗi'],
      ['03', 'từ chối'],
      ['05', 'dừng'],
      ['02', 'bổ sung'],
    ] as const) {
      const res = await clerk.get(url(accepted.id, `${form}.pdf`));
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('form_not_applicable');
      expect(res.json().detail).toContain(words);
    }
    const submitted = await makeDossier(h.db.kysely, { procedure: proc, status: 'submitted', receivedAt });
    const res = await clerk.get(url(submitted.id, '01.docx'));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('chưa được tiếp nhận');
  });

  it('another organisation’s clerk gets 404, a viewer 403, an unknown form 400', async () => {
    const d = await makeDossier(h.db.kysely, { procedure: proc, status: 'accepted', receivedAt });
    expect((await outsider.get(url(d.id, '01.pdf'))).statusCode).toBe(404);
    expect((await clerk.get(url('khong-co', '01.pdf'))).statusCode).toBe(404);
    expect((await viewer.get(url(d.id, '01.pdf'))).statusCode).toBe(403);
    expect((await clerk.get(url(d.id, '07.pdf'))).statusCode).toBe(400);
    expect((await admin.get(url(d.id, '06.pdf'))).statusCode).toBe(200);
  });
});
