import type { ScorecardItemView } from '@thidua/contracts';
import { SCORECARD_ITEM_KIND_LABELS, SCORECARD_KIND_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import {
  departmentHeading,
  helpSheet,
  inputSheet,
  newWorkbook,
  setLayout,
  toBuffer,
} from '../../platform/documents/xlsx.ts';
import { SCORECARD_SOURCES } from '../scorecards/sources/index.ts';
import { getTemplate } from './service.ts';
import { CAP_LABELS, CAP_NAMES, COLUMNS, METHOD_LABELS, cellsOf } from './sheet.ts';

/** The template's tree as rows, parents before their children, in the layout the import reads back. */
export async function templateXlsx(deps: Deps, user: RequestUser, id: string) {
  const t = await getTemplate(deps, user, id);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Bảng điểm', COLUMNS, ['code']);
  // The sheet prints under the template's own name (the header stays on row 1 for the import).
  setLayout(ws, { headerRow: 1, title: `${t.name} (${SCORECARD_KIND_LABELS[t.kind]} năm ${t.year})` });
  let no = 0;
  const write = (items: readonly ScorecardItemView[], depth: number) => {
    for (const item of items) {
      const row = ws.addRow({ no: ++no, ...cellsOf(item) });
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell('name').alignment = { vertical: 'top', wrapText: true, indent: depth };
      if (depth === 0) row.font = { bold: true };
      write(item.children, depth + 1);
    }
  };
  write(t.items, 0);
  for (const key of ['bonusCap', 'penaltyCap'] as const)
    ws.addRow({ no: ++no, kind: CAP_LABELS[key], name: CAP_NAMES[key], maxPoints: t[key] }).font = { italic: true };
  helpSheet(wb, [
    'Hướng dẫn nhập bảng điểm',
    `Bảng điểm: ${t.name}. Tên và căn cứ của bảng điểm sửa trên trang bảng điểm, không nhập từ tệp.`,
    `Hai dòng cuối ghi mức điểm thưởng và điểm trừ tối đa của cả bảng điểm: cột Loại ghi "${CAP_LABELS.bonusCap}" hoặc "${CAP_LABELS.penaltyCap}", cột Điểm tối đa ghi mức; bỏ hai dòng này thì giữ mức đang có.`,
    'Mỗi dòng một mục. Cấp của mục đọc từ mã: "1" là lĩnh vực, "1.2" là tiêu chí thuộc lĩnh vực 1, "1.2.a" là tiêu chí thành phần thuộc tiêu chí 1.2; mục cha phải ở dòng trên mục con.',
    `Loại: ${Object.values(SCORECARD_ITEM_KIND_LABELS).join(', ')}. Điểm thưởng, điểm trừ đặt ở cấp cao nhất.`,
    'Điểm tối đa: một số, tối đa hai chữ số thập phân (ví dụ 2,5). Tổng điểm các mục con không được vượt điểm tối đa của mục cha.',
    `Cách chấm: ${Object.values(METHOD_LABELS).join(' hoặc ')}. Mục tính từ số liệu ghi mã nguồn số liệu và quy tắc quy đổi ra điểm.`,
    `Nguồn số liệu: ${SCORECARD_SOURCES.map((s) => `${s.key} (${s.label})`).join('; ') || 'chưa có nguồn nào'}.`,
    'Quy tắc: "Tỷ lệ: chỉ tiêu 95" (điểm tối đa khi đạt chỉ tiêu, tỷ lệ thuận nếu thấp hơn), "Mỗi đơn vị: 0,5 điểm", "Không quá: 0" (đủ điểm khi số liệu không vượt giới hạn), "Theo mức: từ 95 được 2; từ 90 được 1,5".',
    'Nhập tệp sẽ thay toàn bộ cây tiêu chí của bảng điểm (chỉ khi bảng điểm còn là dự thảo). Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.',
  ]);
  return { filename: `${t.name}.xlsx`, content: await toBuffer(wb) };
}
