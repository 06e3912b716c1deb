import type { z } from 'zod';
import type { StatIndicatorsQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { clockOf } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { departmentHeading, helpSheet, inputSheet, newWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { indicatorList } from './indicators.ts';
import { indicatorViews, optionsOf } from './rows.ts';
import { COLUMNS, cellsOf } from './sheet.ts';

/**
 * The indicator catalog as the list filters and sorts it (by default the whole of it, by code) in the layout the
 * import reads (first sheet), with the disaggregations beside it.
 */
export async function catalogXlsx(
  deps: Deps,
  q: Omit<z.output<typeof StatIndicatorsQuery>, 'page' | 'pageSize'>,
): Promise<{ filename: string; content: Buffer }> {
  const db = deps.db.kysely;
  const rows = await indicatorList.all(db.selectFrom('stat_indicators').selectAll(), q);
  const views = await indicatorViews(db, rows);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Danh mục chỉ tiêu', COLUMNS, ['code', 'disaggregation']);
  views.forEach((v, i) => {
    const row = ws.addRow({ no: i + 1, ...cellsOf(v) });
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const ds = await db.selectFrom('stat_disaggregations').selectAll().orderBy('code').execute();
  const dws = inputSheet(wb, 'Nhóm phân tổ', [
    { key: 'code', header: 'Mã nhóm phân tổ', width: 16 },
    { key: 'name', header: 'Tên nhóm phân tổ', width: 35 },
    { key: 'options', header: 'Các phân tổ (mã: tên)', width: 60 },
  ]);
  ds.forEach((d, i) =>
    dws.addRow({
      no: i + 1,
      code: d.code,
      name: d.name,
      options: optionsOf(d)
        .map((o) => `${o.code}: ${o.name}`)
        .join('\n'),
    }),
  );
  helpSheet(wb, [
    'Hướng dẫn nhập danh mục chỉ tiêu thống kê',
    'Mỗi dòng một chỉ tiêu. Mã đã có trong danh mục: dòng đó sửa chỉ tiêu; mã mới: thêm chỉ tiêu. Không đổi tên cột.',
    'Loại chỉ tiêu: Nhập trực tiếp, Tính theo công thức hoặc Đếm, cộng từ cơ sở dữ liệu ngành.',
    'Cách tổng hợp: Cộng dồn, Bình quân, Lấy số cuối kỳ, Không cộng gộp. Tỷ lệ, chỉ số (%) không được cộng dồn.',
    'Công thức: [MÃ] hoặc [MÃ.phân tổ], + - * /, ngoặc, prev_year(), ytd(), growth(), cagr(x, n), share(x, tổng), deflate(x, chỉ số).',
    'Mã nhóm phân tổ: một mã ở trang "Nhóm phân tổ" (để trống nếu chỉ tiêu không chia phân tổ).',
    'Bộ lọc (JSON) của chỉ tiêu từ cơ sở dữ liệu ngành, ví dụ {"zone_type": "park"}.',
    'Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.',
  ]);
  return { filename: `Danh mục chỉ tiêu thống kê ${todayVn(clockOf(deps))}.xlsx`, content: await toBuffer(wb) };
}
