import type { z } from 'zod';
import type { StatTargetsQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { allTargets } from './targets.ts';

/** The year's plan as the targets page lists it (by indicator, then unit, or as sorted), every row of the view. */
export async function targetsXlsx(
  deps: Deps,
  q: Omit<z.output<typeof StatTargetsQuery>, 'page' | 'pageSize'>,
): Promise<{ filename: string; content: Buffer }> {
  const rows = await allTargets(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, `Kế hoạch ${q.year}`, {
    title: `KẾ HOẠCH NĂM ${q.year} THEO CHỈ TIÊU VÀ ĐƠN VỊ`,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã chỉ tiêu', key: 'code', width: 12 },
      { header: 'Chỉ tiêu', key: 'indicator', width: 40 },
      { header: 'Đơn vị báo cáo', key: 'unit', width: 28 },
      { header: 'Phân tổ', key: 'category', width: 12 },
      { header: 'Kế hoạch', key: 'value', width: 14 },
      { header: 'Đơn vị tính', key: 'measure', width: 12 },
      { header: 'Ghi chú', key: 'note', width: 30 },
    ],
  });
  rows.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      code: r.indicator.code,
      indicator: r.indicator.name,
      unit: r.unit.name,
      category: r.category,
      value: r.value,
      measure: r.indicator.unit,
      note: r.note,
    }),
  );
  return { filename: `Kế hoạch năm ${q.year}.xlsx`, content: await toBuffer(wb) };
}
