import zlib from 'node:zlib';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { buildMinutesDoc } from '../council/minutesDoc.ts';
import { buildSubmissionDoc } from '../proposals/submissionDoc.ts';
import { buildCertificatesPdf } from './certificates.ts';
import { buildDecisionDoc } from './decisionDoc.ts';
import type { CertificateData, DecisionDocData, MinutesDocData, SubmissionDocData } from './docData.ts';

const HEADING = { parentAgency: 'UBND TỈNH THÁI NGUYÊN', agency: 'SỞ CÔNG THƯƠNG', place: 'Thái Nguyên' };

function decision(over: Partial<DecisionDocData> = {}): DecisionDocData {
  return {
    ...HEADING,
    number: '123',
    symbol: 'QĐ-SCT',
    date: '2027-01-15',
    summary: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2026',
    issuer: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
    legalBasis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Xét đề nghị của Hội đồng TĐKT Sở,'],
    articles: [
      'Tặng Giấy khen cho 3 tập thể, cá nhân (có danh sách kèm theo).',
      'Chánh Văn phòng Sở và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
    appendixTitle: 'Danh sách cá nhân, tập thể được tặng Giấy khen',
    recipients: [
      {
        subjectKind: 'collective',
        name: 'Phòng Quản lý Thương mại',
        detail: '',
        awardName: 'Tập thể lao động xuất sắc',
        bonus: 2_808_000,
      },
      {
        subjectKind: 'individual',
        name: 'Nguyễn Thị Ngọc Hà',
        detail: 'Chuyên viên, Văn phòng Sở',
        awardName: 'Giấy khen',
        bonus: 1_404_000,
      },
      {
        subjectKind: 'individual',
        name: 'Đặng Văn Hưởng',
        detail: 'Trưởng phòng, Phòng Kỹ thuật an toàn – Môi trường',
        awardName: 'Giấy khen',
        bonus: null,
      },
    ],
    circulation: ['- Như Điều 3;', '- Lưu: VT, VP.'],
    signer: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lương Thị Thuỳ Dương' },
    draft: false,
    ...over,
  };
}

const minutes: MinutesDocData = {
  ...HEADING,
  date: '2026-12-20',
  sessionTitle: 'Phiên họp xét khen thưởng năm 2026',
  venue: 'Phòng họp tầng 3, Sở Công Thương, 14 giờ 00',
  chairName: 'Trần Quốc Vượng',
  secretaryName: 'Phạm Thị Ánh Nguyệt',
  members: [
    { name: 'Trần Quốc Vượng', role: 'Chủ tịch Hội đồng', present: true },
    { name: 'Lê Đức Thắng', role: 'Phó Chủ tịch', present: true },
    { name: 'Phạm Thị Ánh Nguyệt', role: 'Thư ký', present: true },
    { name: 'Vũ Ngọc Ẩn', role: 'Ủy viên', present: false },
  ],
  quorumText: 'Có mặt 3/4 thành viên, đủ điều kiện (ít nhất 2/3)',
  items: [
    {
      subjectName: 'Nguyễn Thị Ngọc Hà',
      unitName: 'Văn phòng Sở',
      awardName: 'Chiến sĩ thi đua cơ sở',
      agree: 2,
      disagree: 0,
      abstain: 1,
      resultText: 'Đạt (66,7% tổng số thành viên; ngưỡng 50%)',
      recused: ['Lê Đức Thắng'],
    },
    {
      subjectName: 'Hoàng Minh Khuê',
      unitName: 'Phòng Quản lý Công nghiệp',
      awardName: 'Giấy khen',
      agree: 1,
      disagree: 2,
      abstain: 0,
      resultText: 'Không đạt (33,3% tổng số thành viên; ngưỡng 50%)',
      recused: [],
    },
  ],
  closing: 'Phiên họp kết thúc lúc 16 giờ 30 cùng ngày.',
};

const submission: SubmissionDocData = {
  ...HEADING,
  number: '45',
  symbol: 'TTr-QLCN',
  date: '2026-12-01',
  summary: 'Đề nghị khen thưởng thành tích năm 2026',
  addressee: 'Kính gửi: Hội đồng Thi đua – Khen thưởng Sở Công Thương',
  body: ['Căn cứ kết quả bình xét của đơn vị, Phòng Quản lý Công nghiệp đề nghị khen thưởng như sau:'],
  items: [
    { subjectName: 'Đỗ Thị Yến', detail: 'Chuyên viên – Phòng Quản lý Công nghiệp', awardName: 'Giấy khen', note: '' },
    { subjectName: 'Ngô Quang Ẫn', detail: 'Phó Trưởng phòng', awardName: 'Chiến sĩ thi đua cơ sở', note: 'Lần 2' },
  ],
  signer: { authority: ['TRƯỞNG PHÒNG'], name: 'Bùi Thế Vỹ' },
};

/** Paragraph texts of word/document.xml, tags stripped, in document order. */
async function paragraphs(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => p.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'))
    .filter(Boolean);
}
const text = async (buf: Buffer) => (await paragraphs(buf)).join('\n');

describe('buildDecisionDoc', () => {
  it('lays out heading, preamble, articles and the appendix in order', async () => {
    const t = await text(await buildDecisionDoc(decision()));
    for (const s of [
      'UBND TỈNH THÁI NGUYÊN',
      'SỞ CÔNG THƯƠNG',
      'Số: 123/QĐ-SCT',
      'Thái Nguyên, ngày 15 tháng 01 năm 2027',
      'QUYẾT ĐỊNH',
      'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2026',
      'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen',
      'Điều 2. Chánh Văn phòng Sở',
      'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN',
      '(Kèm theo Quyết định số 123/QĐ-SCT ngày 15/01/2027 của Giám đốc Sở Công Thương tỉnh Thái Nguyên)',
      'Lương Thị Thuỳ Dương',
    ])
      expect(t).toContain(s);
    // The appendix follows the signature, names keep the order given.
    const order = [
      'Căn cứ',
      'Lương Thị Thuỳ Dương',
      'Phòng Quản lý Thương mại',
      'Nguyễn Thị Ngọc Hà',
      'Đặng Văn Hưởng',
    ];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    for (const s of ['1.404.000', '2.808.000', '4.212.000' /* the total */]) expect(t).toContain(s);
    expect(t).not.toContain('DỰ THẢO');
  });

  it('marks a draft and leaves room for its number', async () => {
    const t = await text(await buildDecisionDoc(decision({ draft: true, number: '' })));
    expect(t.startsWith('DỰ THẢO\n')).toBe(true); // above everything on page 1
    expect(t).toContain('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/QĐ-SCT');
  });

  it('keeps every one of 1,000 recipients', async () => {
    const recipients = Array.from({ length: 1000 }, (_, i) => ({
      ...decision().recipients[1]!,
      name: `Trần Văn Đạt ${i + 1}`,
    }));
    const t = await text(await buildDecisionDoc(decision({ recipients })));
    expect(t).toContain('Trần Văn Đạt 1000');
    expect(t).toContain('1.404.000.000'); // 1,000 × 1.404.000
  });
});

describe('buildMinutesDoc', () => {
  it('prints the composition, the counts and the results, signed by secretary and chair', async () => {
    const ps = await paragraphs(await buildMinutesDoc(minutes));
    const t = ps.join('\n');
    for (const s of [
      'BIÊN BẢN',
      'Họp Hội đồng Thi đua – Khen thưởng Sở Công Thương',
      'Phiên họp xét khen thưởng năm 2026',
      'Phòng họp tầng 3, Sở Công Thương, 14 giờ 00',
      'Có mặt 3/4 thành viên, đủ điều kiện (ít nhất 2/3)',
      'Đạt (66,7% tổng số thành viên; ngưỡng 50%)',
      'Không đạt (33,3% tổng số thành viên; ngưỡng 50%)',
      'Lê Đức Thắng không tham gia biểu quyết',
      'Phiên họp kết thúc lúc 16 giờ 30 cùng ngày.',
      'Vũ Ngọc Ẩn – Ủy viên',
      'THƯ KÝ',
      'CHỦ TỊCH HỘI ĐỒNG',
    ])
      expect(t).toContain(s);
    // The first item's row: name, unit, award, then the three counts in their cells.
    const row = ps.slice(ps.indexOf('Nguyễn Thị Ngọc Hà'), ps.indexOf('Nguyễn Thị Ngọc Hà') + 7);
    expect(row).toEqual(['Nguyễn Thị Ngọc Hà', 'Văn phòng Sở', 'Chiến sĩ thi đua cơ sở', '2', '0', '1', row[6]]);
    expect(row[6]).toMatch(/^Đạt/);
    // Secret ballot: no paragraph that names a member also speaks of how anyone voted.
    for (const m of minutes.members)
      for (const p of ps.filter((x) => x.includes(m.name)))
        expect(p).not.toMatch(/Đồng ý|Không đồng ý|tán thành|phiếu/iu);
    expect(t.lastIndexOf('Phạm Thị Ánh Nguyệt')).toBeGreaterThan(t.indexOf('THƯ KÝ'));
    expect(t.lastIndexOf('Trần Quốc Vượng')).toBeGreaterThan(t.indexOf('CHỦ TỊCH HỘI ĐỒNG'));
  });
});

describe('buildSubmissionDoc', () => {
  it('prints the addressee once and every item', async () => {
    const t = await text(await buildSubmissionDoc(submission));
    expect(t).toContain('TỜ TRÌNH');
    expect(t).toContain('Số: 45/TTr-QLCN');
    expect(t).toContain('Kính gửi: Hội đồng Thi đua – Khen thưởng Sở Công Thương');
    expect(t.match(/Kính gửi/g)).toHaveLength(1);
    for (const s of ['Đỗ Thị Yến', 'Ngô Quang Ẫn', 'Chiến sĩ thi đua cơ sở', 'Lần 2', 'Bùi Thế Vỹ', 'TRƯỞNG PHÒNG'])
      expect(t).toContain(s);
  });
});

function certificate(recipient: string): CertificateData {
  return {
    issuer: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
    title: 'GIẤY KHEN',
    recipient,
    detail: 'Chuyên viên, Phòng Quản lý Công nghiệp',
    achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026',
    decisionLine: 'Quyết định số 123/QĐ-SCT ngày 15/01/2027',
    dateline: 'Thái Nguyên, ngày 15 tháng 01 năm 2027',
    signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signerName: 'Lương Thị Thuỳ Dương',
    registerNo: 'Số sổ vàng: 2027/123-045',
  };
}

async function pdfText(buf: Buffer): Promise<{ pages: string[]; total: number }> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    const r = await parser.getText();
    return { pages: r.pages.map((p) => p.text.normalize('NFC')), total: r.total };
  } finally {
    await parser.destroy();
  }
}

/** Origins of the text lines (`Tm` operators) in the PDF's compressed content streams. */
function textOrigins(buf: Buffer): number[][] {
  const raw = buf.toString('latin1');
  return [...raw.matchAll(/stream\r?\n/g)].flatMap((m) => {
    const start = m.index + m[0].length;
    let content: string;
    try {
      content = zlib.inflateSync(buf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      return []; // not a Flate stream
    }
    return [...content.matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm/g)].map((t) => [Number(t[1]), Number(t[2])]);
  });
}

describe('buildCertificatesPdf', () => {
  const names = ['Ông Nguyễn Văn Hưởng', 'Bà Trương Thị Mỹ Duyên', 'Phòng Kỹ thuật an toàn – Môi trường'];
  const opts = { offsetXmm: 0, offsetYmm: 0, preprinted: false };

  it('prints one landscape page per certificate with embedded fonts', async () => {
    const buf = await buildCertificatesPdf(names.map(certificate), opts);
    const raw = buf.toString('latin1');
    expect(raw.startsWith('%PDF')).toBe(true);
    expect(raw.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(names.length);
    expect(raw).toMatch(/\/FontFile[23]/);
    expect(raw).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.89\d*\s+595\.28\d*\s*\]/);
    const { pages, total } = await pdfText(buf);
    expect(total).toBe(names.length);
    names.forEach((n, i) => {
      expect(pages[i]).toContain(n);
      expect(pages[i]).toContain('GIẤY KHEN');
      expect(pages[i]).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(pages[i]).toContain('Lương Thị Thuỳ Dương');
      expect(pages[i]).toContain('Số sổ vàng: 2027/123-045');
    });
  });

  it('prints only the variable texts on a pre-printed form', async () => {
    const { pages } = await pdfText(
      await buildCertificatesPdf([certificate(names[0]!)], { ...opts, preprinted: true, offsetXmm: 5 }),
    );
    for (const s of [names[0]!, 'Quyết định số 123/QĐ-SCT ngày 15/01/2027']) expect(pages[0]).toContain(s);
    for (const s of ['GIẤY KHEN', 'CỘNG HÒA', 'PHÓ GIÁM ĐỐC']) expect(pages[0]).not.toContain(s);
  });

  it('shifts every printed text by the offsets (PDF y grows upwards), still one page each', async () => {
    const items = [certificate(names[0]!)];
    const base = textOrigins(await buildCertificatesPdf(items, opts));
    const buf = await buildCertificatesPdf(items, { preprinted: true, offsetXmm: 10, offsetYmm: 15 });
    expect(buf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    const moved = textOrigins(await buildCertificatesPdf(items, { ...opts, offsetXmm: 10, offsetYmm: 5 }));
    expect(moved).toHaveLength(base.length);
    moved.forEach(([x, y], i) => {
      expect(x! - base[i]![0]!).toBeCloseTo((10 * 72) / 25.4, 2);
      expect(base[i]![1]! - y!).toBeCloseTo((5 * 72) / 25.4, 2);
    });
  });

  it('prints with an offset typed with needless precision (a tenth of a millimetre is kept)', async () => {
    const items = [certificate(names[0]!)];
    const base = textOrigins(await buildCertificatesPdf(items, opts));
    const moved = textOrigins(
      await buildCertificatesPdf(items, { ...opts, offsetXmm: -1.4465460432939164e-136, offsetYmm: 2.04999999 }),
    );
    await buildCertificatesPdf(items, { preprinted: true, offsetXmm: -15, offsetYmm: -1.4465460432939164e-136 });
    moved.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(base[i]![0]!, 2);
      expect(base[i]![1]! - y!).toBeCloseTo((2 * 72) / 25.4, 2);
    });
  });
});
