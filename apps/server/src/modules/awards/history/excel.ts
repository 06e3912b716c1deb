import {
  AWARD_CATALOG,
  COMMENDATION_TYPE_LABELS,
  DISCIPLINE_LABELS,
  LEAVE_LABELS,
  REVIEW_LABELS,
} from '@thidua/domain';
import {
  departmentHeading,
  helpSheet,
  inputSheet,
  leadingRows,
  listValidation,
  loadWorkbook,
  newWorkbook,
  setLayout,
  styleHeader,
  toBuffer,
} from '../../../platform/documents/xlsx.ts';
import { addUnitCodesSheet } from '../../org/service.ts';
import type { Deps } from '../../../platform/context.ts';
import { AWARD_COLUMNS, HEADER_WITHIN, PERIOD_COLUMNS, locateAwardHeader, locateHeader } from './sheet.ts';
import { CATEGORY_LABELS } from './periodsImport.ts';

const SUBJECT_KINDS = ['Cá nhân', 'Tập thể'];

/** The award-history template: the sheet, the catalog and the unit codes to pick from, and a how-to. */
export async function awardTemplate(deps: Deps): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Lịch sử khen thưởng', AWARD_COLUMNS, ['dateOfBirth', 'decisionDate', 'period']);
  listValidation(ws, 'subjectKind', SUBJECT_KINDS);
  const catalog = wb.addWorksheet('Danh mục khen thưởng');
  catalog.columns = [
    { header: 'Tên danh hiệu / hình thức', key: 'name', width: 60 },
    { header: 'Mã', key: 'code', width: 36 },
    { header: 'Đối tượng', key: 'subjects', width: 24 },
  ];
  styleHeader(catalog.getRow(1));
  const awards = [...AWARD_CATALOG].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const a of awards)
    catalog.addRow({
      name: a.name,
      code: a.code,
      subjects: a.subjects
        .map((s) => ({ individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' })[s])
        .join(', '),
    });
  listValidation(ws, 'award', { range: `'Danh mục khen thưởng'!$A$2:$A$${awards.length + 1}` }, { strict: false });
  listValidation(
    ws,
    'type',
    Object.values(COMMENDATION_TYPE_LABELS).map((l) => l.replace(/\s*\(.*\)$/u, '')),
  );
  await addUnitCodesSheet(deps, wb);
  helpSheet(wb, [
    'Hướng dẫn nhập lịch sử khen thưởng các năm trước',
    '1. Mỗi danh hiệu/hình thức của một cá nhân hoặc tập thể ghi một dòng ở trang "Lịch sử khen thưởng".',
    '   Ví dụ: 1 | Cá nhân | Nguyễn Thị Lan | 05/09/1985 | VP | Chiến sĩ thi đua cơ sở | 2023 | | 45/QĐ-SCT | 20/12/2023 | Giám đốc Sở | Sở Công Thương |',
    '   Ví dụ: 2 | Tập thể | Văn phòng Sở | | VP | Tập thể lao động xuất sắc | 2023 | | 46/QĐ-SCT | 20/12/2023 | Giám đốc Sở | Sở Công Thương |',
    '2. Cá nhân được nhận ra theo họ tên và mã đơn vị; nếu đơn vị có hai người trùng tên, ghi thêm ngày sinh.',
    '3. Tập thể: ghi tên đúng như tên đơn vị, mã đơn vị là đơn vị được khen.',
    '4. Tên danh hiệu/hình thức chọn ở trang "Danh mục khen thưởng" (có thể ghi mã). Năm ghi 2023; danh hiệu nhiều năm ghi giai đoạn 2021-2023.',
    '5. Loại khen thưởng để trống nếu là khen thường xuyên; khen đột xuất, chuyên đề không được tính để xét danh hiệu cao hơn.',
    '6. Hệ thống chỉ nhập khi mọi dòng hợp lệ. Dòng trùng hoặc mâu thuẫn (ví dụ hai lần Lao động tiên tiến trong một năm) được báo để kiểm tra; chỉ nhập khi người nhập xác nhận, và các dòng đó được đánh dấu.',
  ]);
  return toBuffer(wb);
}

/** The periods template: discipline, "under review" and maternity leave, with the lists to pick from. */
export async function periodTemplate(deps: Deps): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Kỷ luật – xem xét – thai sản', PERIOD_COLUMNS, ['dateOfBirth', 'from', 'to']);
  listValidation(ws, 'subjectKind', SUBJECT_KINDS);
  listValidation(ws, 'category', Object.values(CATEGORY_LABELS));
  const kinds = wb.addWorksheet('Hình thức');
  kinds.columns = [
    { header: 'Loại', key: 'category', width: 20 },
    { header: 'Hình thức / nội dung', key: 'kind', width: 44 },
  ];
  styleHeader(kinds.getRow(1));
  for (const l of Object.values(DISCIPLINE_LABELS)) kinds.addRow({ category: CATEGORY_LABELS.discipline, kind: l });
  for (const l of Object.values(REVIEW_LABELS)) kinds.addRow({ category: CATEGORY_LABELS.review, kind: l });
  for (const l of Object.values(LEAVE_LABELS)) kinds.addRow({ category: CATEGORY_LABELS.leave, kind: l });
  await addUnitCodesSheet(deps, wb);
  helpSheet(wb, [
    'Hướng dẫn nhập kỷ luật, thời gian bị xem xét và nghỉ thai sản',
    '1. Mỗi giai đoạn ghi một dòng. Ví dụ: 1 | Cá nhân | Lưu Duy Tuấn | | TM | Kỷ luật | Khiển trách | 10/02/2026 | 09/02/2027 | 12/QĐ-SCT |',
    '   Ví dụ: 2 | Cá nhân | Nguyễn Thị Mai | | VP | Nghỉ thai sản | Nghỉ thai sản | 01/03/2025 | 31/08/2025 | |',
    '2. Hình thức chọn ở trang "Hình thức" theo đúng loại. "Đến ngày" để trống nếu còn hiệu lực (nghỉ thai sản phải có ngày kết thúc).',
    '3. Cá nhân được nhận ra theo họ tên và mã đơn vị; nếu đơn vị có hai người trùng tên, ghi thêm ngày sinh.',
    '4. Hệ thống chỉ nhập khi mọi dòng hợp lệ; nếu có lỗi, tải báo cáo lỗi, sửa trong Excel rồi nhập lại.',
  ]);
  return toBuffer(wb);
}

/** The clerk's file back with a "Lỗi / Cảnh báo" column on each row at fault. */
export async function errorReport(
  buffer: Buffer,
  lines: { row: number; text: string }[],
  kind: 'awards' | 'periods',
  heading = '',
): Promise<Buffer> {
  const wb = await loadWorkbook(buffer, heading);
  const ws = wb.worksheets[0]!;
  const lead = leadingRows(ws, HEADER_WITHIN);
  const { headerRow } = kind === 'awards' ? locateAwardHeader(lead) : locateHeader(lead, PERIOD_COLUMNS);
  const header = ws.getRow(Math.max(1, headerRow));
  setLayout(ws, { headerRow: Math.max(1, headerRow), title: 'BÁO CÁO LỖI NHẬP LIỆU' });
  const col = Math.max(header.cellCount, ws.columnCount) + 1;
  header.getCell(col).value = 'Lỗi / Cảnh báo';
  header.getCell(col).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getColumn(col).width = 70;
  const byRow = new Map<number, string[]>();
  for (const l of lines) byRow.set(l.row, [...(byRow.get(l.row) ?? []), l.text]);
  for (const [r, messages] of byRow) {
    const cell = ws.getRow(r).getCell(col);
    cell.value = messages.join('; ');
    cell.font = { color: { argb: 'FFC00000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9E9' } };
  }
  return toBuffer(wb);
}
