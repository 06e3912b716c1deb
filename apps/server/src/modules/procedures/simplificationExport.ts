import type { z } from 'zod';
import type { SimplificationQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { dateVn, formatNumberVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { simplificationReport } from './simplification.ts';

/**
 * The simplification results as the page shows them: the figures by year or field with their total, then each
 * amendment counted (the procedure, its decision, time and cost before and after), in the page's order.
 */
export async function simplificationXlsx(
  deps: Deps,
  q: z.output<typeof SimplificationQuery>,
): Promise<{ filename: string; content: Buffer }> {
  const report = await simplificationReport(deps, q);
  const span = `Từ ngày ${dateVn(q.from)} đến ngày ${dateVn(q.to)}`;
  const wb = await newWorkbook(await departmentHeading(deps));
  const sums = reportSheet(wb, 'Tổng hợp', {
    title: 'KẾT QUẢ ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    subtitle: `${span}; theo ${q.by === 'year' ? 'năm' : 'lĩnh vực'}`,
    columns: [
      { header: q.by === 'year' ? 'Năm' : 'Lĩnh vực', key: 'label', width: 30 },
      { header: 'Số lần sửa đổi', key: 'amendments', width: 10 },
      { header: 'Ngày làm việc cắt giảm', key: 'working', width: 12 },
      { header: 'Ngày lịch cắt giảm', key: 'calendar', width: 12 },
      { header: 'Chi phí giảm mỗi hồ sơ (đồng)', key: 'perDossier', width: 16 },
      { header: 'Chi phí cắt giảm một năm (đồng)', key: 'costCut', width: 18 },
      { header: 'Không so sánh được', key: 'notComparable', width: 11 },
    ],
  });
  const sumRow = (label: string, t: typeof report.total) =>
    sums.addRow({
      label,
      amendments: t.amendments,
      working: t.workingDaysCut,
      calendar: t.calendarDaysCut,
      perDossier: t.costCutPerDossier,
      costCut: t.costCut,
      notComparable: t.notComparable,
    });
  for (const r of report.rows) sumRow(r.label, r);
  sumRow('Tổng cộng', report.total).font = { bold: true };

  const items = reportSheet(wb, 'Các lần sửa đổi', {
    title: 'CÁC LẦN SỬA ĐỔI THỦ TỤC ĐƯỢC TÍNH',
    subtitle: span,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã thủ tục', key: 'code', width: 14 },
      { header: 'Tên thủ tục', key: 'name', width: 40 },
      { header: 'Quyết định công bố', key: 'decision', width: 18 },
      { header: 'Hiệu lực từ', key: 'from', width: 12 },
      { header: 'Thời hạn trước → sau', key: 'time', width: 24 },
      { header: 'Số ngày cắt giảm', key: 'daysCut', width: 10 },
      { header: 'Chi phí tuân thủ trước → sau (đồng)', key: 'cost', width: 24 },
      { header: 'Số hồ sơ một năm', key: 'yearly', width: 10 },
      { header: 'Chi phí cắt giảm một năm (đồng)', key: 'costCut', width: 16 },
      { header: 'Ghi chú', key: 'note', width: 30 },
    ],
  });
  report.items.forEach((i, n) =>
    items.addRow({
      no: n + 1,
      code: i.code,
      name: i.name,
      decision: i.decisionNo,
      from: i.effectiveFrom ? dateVn(i.effectiveFrom) : '',
      time: `${i.timeBefore.label} → ${i.timeAfter.label}`,
      daysCut: i.daysCut ?? '',
      cost: `${formatNumberVn(i.costBefore)} → ${formatNumberVn(i.costAfter)}`,
      yearly: i.yearlyDossiers,
      costCut: i.costCut,
      note: i.note,
    }),
  );
  return {
    filename: `Kết quả đơn giản hóa TTHC ${q.from.slice(0, 4)}-${q.to.slice(0, 4)}.xlsx`,
    content: await toBuffer(wb),
  };
}
