import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { agencySymbol, datelineVn, formatNumberVn, numberLine } from '../../platform/documents/official.ts';
import { buildReviewReport, reviewVerdict } from './reportDoc.ts';
import type { ReviewReportData } from './reportData.ts';

function sample(over: Partial<ReviewReportData> = {}): ReviewReportData {
  return {
    kind: 'interim',
    agency: 'SỞ CÔNG THƯƠNG',
    parentAgency: 'UBND TỈNH THÁI NGUYÊN',
    place: 'Thái Nguyên',
    date: '2026-12-05',
    movement: {
      name: 'Lao động giỏi, lao động sáng tạo',
      kindLabel: 'Thi đua theo đợt',
      launchLevelLabel: 'Cấp Sở',
      launchDocNumber: '45/KH-SCT',
      launchDocDate: '2026-03-02',
      startsOn: '2026-03-15',
      endsOn: '2026-11-30',
      objectives: 'Nâng cao năng suất, chất lượng công tác.\nKhuyến khích sáng kiến cải tiến.',
      content: 'Thi đua hoàn thành vượt mức kế hoạch được giao.',
      criteria: 'Hoàn thành 100% chỉ tiêu đăng ký.',
      statusLabel: 'Đang thực hiện',
    },
    participants: [
      { orgName: 'Phòng Quản lý Công nghiệp', registered: true, people: 12, collectiveTitles: 1 },
      { orgName: 'Văn phòng Sở', registered: true, people: 1_250, collectiveTitles: 2 },
    ],
    targets: [
      {
        name: 'Doanh thu dịch vụ hỗ trợ',
        unit: 'triệu đồng',
        targetValue: 2_500_000,
        results: [
          { orgName: 'Phòng Quản lý Công nghiệp', committed: 1_200, achieved: 1_234.5, ratio: 102.9, met: true },
          { orgName: 'Văn phòng Sở', committed: 800, achieved: null, ratio: null, met: null },
        ],
      },
      {
        name: 'Sáng kiến được công nhận',
        unit: 'sáng kiến',
        targetValue: null,
        results: [{ orgName: 'Văn phòng Sở', committed: 4, achieved: 3, ratio: 75, met: false }],
      },
    ],
    exemplars: [
      {
        subjectName: 'Nguyễn Thị Ngọc Hà',
        orgName: 'Phòng Quản lý Công nghiệp',
        title: 'Chiến sĩ thi đua cơ sở',
        description: 'Đề xuất quy trình rút ngắn thời gian cấp phép.',
      },
      {
        subjectName: 'Đặng Quốc Hưng',
        orgName: 'Văn phòng Sở',
        title: 'Lao động tiên tiến',
        description: 'Số hóa hồ sơ lưu trữ.',
      },
    ],
    proposed: [],
    conferred: [
      {
        subjectName: 'Nguyễn Thị Ngọc Hà',
        orgName: 'Phòng Quản lý Công nghiệp',
        awardName: 'Giấy khen của Giám đốc Sở',
        decisionNumber: '210/QĐ-SCT',
      },
    ],
    signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
    signerName: 'Trần Văn Dũng',
    ...over,
  };
}

/** The visible text of word/document.xml: paragraphs on their own lines, XML entities decoded. */
async function docText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('buildReviewReport', () => {
  it('writes a Decree 30 interim report with every part of the movement record', async () => {
    const buf = await buildReviewReport(sample());
    expect(buf.readUInt32LE(0)).toBe(0x04034b50); // a ZIP container, i.e. a DOCX
    const text = await docText(buf);
    const lines = text.split('\n').map((l) => l.trim());

    expect(text).toBe(text.normalize('NFC'));
    // Header: governing body, agency, number placeholder, national motto, dateline.
    expect(lines).toContain('UBND TỈNH THÁI NGUYÊN');
    expect(lines).toContain('SỞ CÔNG THƯƠNG');
    expect(lines).toContain(numberLine('', 'BC-SCT'));
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Thái Nguyên, ngày 05 tháng 12 năm 2026');
    // Kind and summary.
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Sơ kết phong trào thi đua “Lao động giỏi, lao động sáng tạo”');
    // Sections, numbered the official way.
    for (const s of [
      'I. KHÁI QUÁT PHONG TRÀO THI ĐUA',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐIỂN HÌNH TIÊN TIẾN',
      'IV. KHEN THƯỞNG',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    ])
      expect(lines).toContain(s);
    expect(text).toContain('từ ngày 15/03/2026 đến ngày 30/11/2026');
    expect(text).toContain('văn bản số 45/KH-SCT ngày 02/03/2026');
    expect(lines).toContain('Khuyến khích sáng kiến cải tiến.');
    // Participants and targets, numbers the Vietnamese way.
    expect(text).toContain('Phòng Quản lý Công nghiệp');
    expect(text).toContain('Văn phòng Sở');
    expect(lines).toContain('1.250');
    expect(lines).toContain('1.262'); // total of the people column
    expect(lines).toContain('1.234,5');
    expect(lines).toContain('102,9');
    expect(lines).toContain('Đăng ký (triệu đồng)');
    expect(text).toContain('chỉ tiêu chung: 2.500.000 triệu đồng');
    expect(lines).toContain('Đạt');
    expect(lines).toContain('Chưa đạt');
    expect(lines).toContain('Chưa báo cáo');
    // Exemplars, awards.
    expect(lines).toContain(
      '1. Nguyễn Thị Ngọc Hà — Phòng Quản lý Công nghiệp: Chiến sĩ thi đua cơ sở. ' +
        'Đề xuất quy trình rút ngắn thời gian cấp phép.',
    );
    expect(text).toContain('2. Đặng Quốc Hưng — Văn phòng Sở: Lao động tiên tiến');
    expect(lines).toContain('Chưa có đề nghị khen thưởng nào gắn với phong trào.');
    expect(lines).toContain('210/QĐ-SCT');
    // Recipients and signature.
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('- Như trên;');
    expect(lines).toContain('- Lưu: VT, VP.');
    expect(lines).toContain('KT. GIÁM ĐỐC');
    expect(lines).toContain('PHÓ GIÁM ĐỐC');
    expect(lines).toContain('Trần Văn Dũng');
  });

  it('writes a final report and says so when lists are empty', async () => {
    const text = await docText(
      await buildReviewReport(sample({ kind: 'final', exemplars: [], conferred: [], targets: [], participants: [] })),
    );
    expect(text).toContain('Tổng kết phong trào thi đua “Lao động giỏi, lao động sáng tạo”');
    expect(text).toContain('V. PHƯƠNG HƯỚNG, KIẾN NGHỊ');
    expect(text).toContain('Trên đây là báo cáo tổng kết phong trào thi đua');
    expect(text).toContain('Chưa có điển hình tiên tiến được ghi nhận.');
    expect(text).toContain('Chưa có khen thưởng nào được trao gắn với phong trào.');
    expect(text).toContain('Chưa có đơn vị nào đăng ký tham gia phong trào.');
    expect(text).not.toContain('Nguyễn Thị Ngọc Hà');
  });

  it('stores decomposed input as NFC', async () => {
    const nfd = 'Nguyễn Thị Ngọc Hà'.normalize('NFD');
    const data = sample();
    data.exemplars[0]!.subjectName = nfd;
    const text = await docText(await buildReviewReport(data));
    expect(text).toContain('Nguyễn Thị Ngọc Hà'.normalize('NFC'));
    expect(text).not.toContain(nfd);
  });
});

describe('datelineVn', () => {
  it('pads days below 10 and only January and February', () => {
    expect(datelineVn('Thái Nguyên', '2026-12-05')).toBe('Thái Nguyên, ngày 05 tháng 12 năm 2026');
    expect(datelineVn('Hà Nội', '2026-01-09')).toBe('Hà Nội, ngày 09 tháng 01 năm 2026');
    expect(datelineVn('Hà Nội', '2026-02-28')).toBe('Hà Nội, ngày 28 tháng 02 năm 2026');
    expect(datelineVn('Hà Nội', '2026-03-10')).toBe('Hà Nội, ngày 10 tháng 3 năm 2026');
    expect(datelineVn('Hà Nội', '2026-09-01')).toBe('Hà Nội, ngày 01 tháng 9 năm 2026');
    expect(datelineVn('Hà Nội', '2026-10-10')).toBe('Hà Nội, ngày 10 tháng 10 năm 2026');
  });
  it('refuses dates that do not exist', () => {
    expect(() => datelineVn('Hà Nội', '2026-02-30')).toThrow();
    expect(() => datelineVn('Hà Nội', '05/12/2026')).toThrow();
  });
});

describe('formatNumberVn and symbols', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatNumberVn(1234567.8)).toBe('1.234.567,8');
    expect(formatNumberVn(1234.5)).toBe('1.234,5');
    expect(formatNumberVn(0)).toBe('0');
    expect(formatNumberVn(-2500)).toBe('-2.500');
    expect(formatNumberVn(2 / 3)).toBe('0,67');
    expect(formatNumberVn(2 / 3, 1)).toBe('0,7');
  });
  it('derives the agency symbol and the number line', () => {
    expect(agencySymbol('SỞ CÔNG THƯƠNG')).toBe('SCT');
    expect(agencySymbol('ĐẢNG ỦY SỞ')).toBe('DUS');
    expect(numberLine('12', 'BC-SCT')).toBe('Số: 12/BC-SCT');
    expect(numberLine('', 'BC-SCT')).toMatch(/^Số:\s+\/BC-SCT$/);
  });
  it('labels unit results', () => {
    const base = { orgName: 'X', committed: 10, ratio: null };
    expect(reviewVerdict({ ...base, achieved: null, met: null })).toBe('Chưa báo cáo');
    expect(reviewVerdict({ ...base, achieved: 12, met: true })).toBe('Đạt');
    expect(reviewVerdict({ ...base, achieved: 8, met: false })).toBe('Chưa đạt');
  });
});
