import type { CandidateList } from '@thidua/contracts';
import { newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';

/** The candidate list as the clerk sends it round: one row per subject, in the list's order. */
export async function candidatesWorkbook(list: CandidateList, orgName: string, heading: string): Promise<Buffer> {
  const wb = await newWorkbook(heading);
  const ws = reportSheet(wb, 'Đề xuất theo điều kiện', {
    title: `DANH SÁCH CÁ NHÂN, TẬP THỂ ĐỦ ĐIỀU KIỆN XÉT KHEN THƯỞNG NĂM ${list.year}`,
    subtitle: `${orgName} — áp dụng ${list.ruleSet.instrument}; ${list.subjectsJudged.toLocaleString('vi-VN')} cá nhân, tập thể đã xét`,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên / Tên tập thể', width: 26 },
      { header: 'Đối tượng', width: 10 },
      { header: 'Đơn vị', width: 32 },
      { header: 'Đủ điều kiện', width: 40 },
      { header: 'Cần Hội đồng xem xét', width: 40 },
    ],
  });
  list.items.forEach((c, i) => {
    ws.addRow([
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
  });
  // The note spans the table, under it: a merged row that the column widths ignore.
  const note = ws.addRow([]);
  ws.mergeCells(note.number, 1, note.number, 6);
  note.getCell(1).value =
    'Ghi chú: "Cần Hội đồng xem xét": đủ các tiêu chuẩn có trong hồ sơ, còn tiêu chuẩn cần Hội đồng đánh giá (tiêu biểu, hiệu quả) hoặc thông tin từ bên ngoài.';
  note.getCell(1).font = { italic: true, name: 'Times New Roman' };
  note.height = 32;
  return toBuffer(wb);
}
