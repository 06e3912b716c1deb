import type { CandidateList } from '@thidua/contracts';
import { newWorkbook, styleHeader, toBuffer } from '../../platform/documents/xlsx.ts';

/** The candidate list as the clerk sends it round: one row per subject, in the list's order. */
export async function candidatesWorkbook(list: CandidateList, orgName: string): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('Đề xuất theo điều kiện', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = `DANH SÁCH CÁ NHÂN, TẬP THỂ ĐỦ ĐIỀU KIỆN XÉT KHEN THƯỞNG NĂM ${list.year}`;
  ws.getCell('A1').font = { bold: true, size: 13, name: 'Times New Roman' };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value =
    `${orgName} — áp dụng ${list.ruleSet.instrument}; ${list.subjectsJudged.toLocaleString('vi-VN')} cá nhân, tập thể đã xét`;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.getCell('A2').font = { italic: true, name: 'Times New Roman' };
  ws.getRow(4).values = [
    'STT',
    'Họ và tên / Tên tập thể',
    'Đối tượng',
    'Đơn vị',
    'Đủ điều kiện',
    'Cần Hội đồng xem xét',
  ];
  styleHeader(ws.getRow(4));
  ws.columns = [{ width: 6 }, { width: 32 }, { width: 10 }, { width: 40 }, { width: 48 }, { width: 48 }];
  list.items.forEach((c, i) => {
    const row = ws.addRow([
      i + 1,
      c.name,
      c.subjectKind === 'individual' ? 'Cá nhân' : 'Tập thể',
      c.orgName,
      c.awards
        .filter((a) => a.verdict === 'eligible')
        .map((a) => a.name)
        .join('; '),
      c.awards
        .filter((a) => a.verdict === 'needs_review')
        .map((a) => a.name)
        .join('; '),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const note = ws.addRow([]);
  note.getCell(2).value =
    '"Cần Hội đồng xem xét": đủ các tiêu chuẩn có trong hồ sơ, còn tiêu chuẩn cần Hội đồng đánh giá (tiêu biểu, hiệu quả) hoặc thông tin từ bên ngoài.';
  note.getCell(2).font = { italic: true };
  return toBuffer(wb);
}
