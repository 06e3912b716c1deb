import type { RegistryKind } from '@thidua/contracts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, helpSheet, inputSheet, newWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { KINDS } from './kinds.ts';
import { LISTS, baseQuery } from './list.ts';
import { cellOf, sheetColumns, textColumns } from './sheet.ts';

/** The list's current view (every row, not the page) in the layout the import reads back. */
export async function registryXlsx(
  deps: Deps,
  kind: RegistryKind,
  q: Record<string, unknown> & { sort: string; asOf?: string | undefined },
): Promise<{ filename: string; content: Buffer }> {
  const s = KINDS[kind];
  const rows = await LISTS[kind].all(baseQuery(deps, s), q);
  const units = await deps.db.kysely.selectFrom('stat_units').select(['id', 'code']).execute();
  const codeOfUnit = new Map(units.map((u) => [u.id, u.code]));
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, s.sheet, sheetColumns(s), textColumns(s));
  rows.forEach((r, i) => {
    const cells: Record<string, string | number> = { no: i + 1, id: r.id };
    for (const c of s.columns) cells[c.key] = cellOf(c, r[c.column], (id) => codeOfUnit.get(id) ?? id);
    ws.addRow(cells).alignment = { vertical: 'top', wrapText: true };
  });
  helpSheet(wb, [
    `Hướng dẫn nhập sổ ${s.title.toLowerCase()}`,
    'Mỗi dòng một bản ghi. Không đổi tên cột: tệp có cột bị đổi tên hoặc thiếu sẽ bị từ chối.',
    'Cột "Mã hệ thống": để trống khi thêm mới; giữ nguyên để cập nhật đúng bản ghi đã xuất.',
    'Ngày ghi dd/mm/yyyy. Trạng thái, loại, lĩnh vực, cấp: ghi đúng tên như trong tệp xuất.',
    '"Mã đơn vị hành chính": mã xã, phường trong danh mục đơn vị báo cáo (để trống nếu chưa rõ).',
    'Bản ghi đã chấm dứt ghi "Hiệu lực đến ngày" và trạng thái tương ứng; bản ghi còn hiệu lực để trống ngày đó, hoặc ghi ngày hết hạn đã biết (giấy chứng nhận sản phẩm).',
    'Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.',
  ]);
  const asOf = q.asOf ? ` đến ngày ${dateVn(q.asOf).replace(/\//gu, '-')}` : '';
  return { filename: `${s.title}${asOf} ${todayVn(clockOf(deps))}.xlsx`, content: await toBuffer(wb) };
}
