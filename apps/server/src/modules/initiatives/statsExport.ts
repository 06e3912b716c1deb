import { INITIATIVE_KIND_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import type ExcelJS from 'exceljs';
import { initiativeStats } from './stats.ts';

type Stats = Awaited<ReturnType<typeof initiativeStats>>;

/** The counts by year and recognition level with their total: the statistics page's first table, and a sheet of
 *  the registry's workbook too. */
export function yearLevelSheet(
  wb: ExcelJS.Workbook,
  name: string,
  span: string,
  s: Pick<Stats, 'byYear' | 'byLevel' | 'total'>,
  subtitle?: string,
): void {
  const ws = reportSheet(wb, name, {
    title: `THỐNG KÊ SÁNG KIẾN THEO NĂM VÀ CẤP CÔNG NHẬN ${span}`,
    ...(subtitle ? { subtitle } : {}),
    columns: [
      { header: 'Năm', width: 8 },
      { header: 'Tổng số', width: 10 },
      { header: 'Cấp cơ sở', width: 12 },
      { header: 'Cấp tỉnh/bộ', width: 12 },
      { header: 'Toàn quốc', width: 12 },
      { header: 'Chưa công nhận', width: 14 },
    ],
  });
  for (const y of s.byYear) ws.addRow([y.year, y.total, y.grassroots, y.provincial, y.national, y.unrecognised]);
  ws.addRow([
    'Cộng',
    s.total,
    s.byLevel.grassroots,
    s.byLevel.provincial,
    s.byLevel.national,
    s.byLevel.unrecognised,
  ]).font = { bold: true };
}

/**
 * The statistics page of a span of years as it shows it: the counts by year and recognition level with their total,
 * by unit (most first, ties in Vietnamese name order), by field and by kind, within what the user may see.
 */
export async function statsXlsx(
  deps: Deps,
  user: RequestUser,
  from: number,
  to: number,
): Promise<{ filename: string; content: Buffer }> {
  const s = await initiativeStats(deps, user, from, to);
  const span = from === to ? `NĂM ${from}` : `TỪ NĂM ${from} ĐẾN NĂM ${to}`;
  const wb = await newWorkbook(await departmentHeading(deps));
  const subtitle = `Tổng số ${s.total} sáng kiến, ${s.provincialOrWider} có phạm vi ảnh hưởng cấp tỉnh trở lên`;
  yearLevelSheet(wb, 'Theo năm', span, s, subtitle);
  const us = reportSheet(wb, 'Theo đơn vị', {
    title: `THỐNG KÊ SÁNG KIẾN THEO ĐƠN VỊ ${span}`,
    subtitle,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Đơn vị', width: 45 },
      { header: 'Số sáng kiến', width: 12 },
      { header: 'Cấp tỉnh trở lên', width: 14 },
    ],
  });
  s.byUnit.forEach((u, i) => us.addRow([i + 1, u.name, u.total, u.provincialOrWider]));
  const fs = reportSheet(wb, 'Theo lĩnh vực', {
    title: `THỐNG KÊ SÁNG KIẾN THEO LĨNH VỰC ${span}`,
    subtitle,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Lĩnh vực', width: 45 },
      { header: 'Số sáng kiến', width: 12 },
    ],
  });
  s.byField.forEach((f, i) => fs.addRow([i + 1, f.field, f.total]));
  const ks = reportSheet(wb, 'Theo loại', {
    title: `THỐNG KÊ SÁNG KIẾN THEO LOẠI ${span}`,
    subtitle,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Loại', width: 45 },
      { header: 'Số sáng kiến', width: 12 },
    ],
  });
  s.byKind.forEach((k, i) =>
    ks.addRow([i + 1, INITIATIVE_KIND_LABELS[k.kind as keyof typeof INITIATIVE_KIND_LABELS] ?? k.kind, k.total]),
  );
  return { filename: `Thống kê sáng kiến ${from}-${to}.xlsx`, content: await toBuffer(wb) };
}
