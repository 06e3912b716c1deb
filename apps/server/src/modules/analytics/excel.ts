import { PivotRequest, type PivotResponse } from '@thidua/contracts';
import type { z } from 'zod';
import type { PivotXlsxQuery } from '@thidua/contracts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import type { ReportColumn } from '../../platform/documents/xlsxPrint.ts';
import { badRequest } from '../../platform/errors.ts';
import { pivotQuery } from './pivot.ts';

/** The pivot as a report workbook: row headers, then per column its value and the comparison columns asked for. */

type Cell = PivotResponse['cells'][number];
type Sub = { header: string; key: Exclude<keyof Cell, 'row' | 'column'> };
const COMPARE_HEADERS: Record<PivotResponse['compare'][number], Sub[]> = {
  prevYear: [{ header: 'Cùng kỳ năm trước', key: 'prevYear' }],
  growth: [{ header: 'So cùng kỳ (%)', key: 'growth' }],
  ytd: [{ header: 'Lũy kế từ đầu năm', key: 'ytd' }],
  ytdGrowth: [{ header: 'Lũy kế so cùng kỳ (%)', key: 'ytdGrowth' }],
  target: [
    { header: 'Kế hoạch năm', key: 'target' },
    { header: 'Lũy kế so kế hoạch (%)', key: 'targetShare' },
  ],
};
const DIMENSION_HEADERS = { indicator: 'Chỉ tiêu', period: 'Kỳ', unit: 'Đơn vị', category: 'Phân tổ' } as const;

/** `?indicators=A,B&periods=…` into the pivot's request, refused as the POST would refuse it. */
export function pivotRequestOf(q: z.infer<typeof PivotXlsxQuery>) {
  const parsed = PivotRequest.safeParse({
    indicators: q.indicators,
    periods: q.periods,
    ...(q.units?.length ? { units: q.units } : {}),
    ...(q.rows?.length ? { rows: q.rows } : {}),
    ...(q.columns ? { columns: q.columns } : {}),
    ...(q.compare ? { compare: q.compare } : {}),
  });
  if (!parsed.success)
    throw badRequest(
      'validation_failed',
      'Yêu cầu xuất bảng phân tích không hợp lệ.',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  return parsed.data;
}

export async function pivotXlsx(deps: Deps, q: z.infer<typeof PivotXlsxQuery>) {
  const req = pivotRequestOf(q);
  const pivot = await pivotQuery(deps, req);
  const subs: Sub[] = [{ header: 'Thực hiện', key: 'value' }, ...pivot.compare.flatMap((c) => COMPARE_HEADERS[c])];
  const columns: ReportColumn[] = [
    ...pivot.rowDimensions.map((d) => ({ header: DIMENSION_HEADERS[d], width: 40 })),
    ...pivot.columns.flatMap((c) =>
      subs.map((s) => ({
        header: [c.labels.join(' – '), s.header].filter(Boolean).join('\n'),
        width: 16,
        numFmt: '#,##0.0',
      })),
    ),
  ];
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Phân tích', {
    title: 'BẢNG PHÂN TÍCH SỐ LIỆU THỐNG KÊ NGÀNH CÔNG THƯƠNG',
    subtitle: pivot.notes.length ? pivot.notes.join(' ') : undefined,
    columns,
  });
  const byRow = new Map<number, PivotResponse['cells']>();
  for (const c of pivot.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  pivot.rows.forEach((r, ri) => {
    const cells = (byRow.get(ri) ?? []).sort((a, b) => a.column - b.column);
    ws.addRow([...r.labels, ...cells.flatMap((c) => subs.map((s) => c[s.key] ?? null))]);
  });
  return { filename: `Phân tích số liệu thống kê ${todayVn(clockOf(deps))}.xlsx`, content: await toBuffer(wb) };
}
