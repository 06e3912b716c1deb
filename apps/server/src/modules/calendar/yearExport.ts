import { weekdayOf, type DayKind } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { getYear } from './service.ts';

const KIND_LABELS: Record<DayKind, string> = {
  holiday: 'Nghỉ lễ, tết',
  day_off: 'Nghỉ bù, hoán đổi',
  makeup_workday: 'Làm bù',
};
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** A year's holidays, days off and make-up working days as the calendar page lists them (by date). */
export async function calendarYearXlsx(deps: Deps, year: number): Promise<{ filename: string; content: Buffer }> {
  const { days } = await getYear(deps, year);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, `Lịch ${year}`, {
    title: `NGÀY NGHỈ LỄ, NGHỈ BÙ VÀ LÀM BÙ NĂM ${year}`,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Ngày', key: 'date', width: 12 },
      { header: 'Thứ', key: 'weekday', width: 10 },
      { header: 'Loại', key: 'kind', width: 18 },
      { header: 'Tên ngày', key: 'name', width: 36 },
      { header: 'Căn cứ', key: 'basis', width: 40 },
    ],
  });
  [...days]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .forEach((d, i) =>
      ws.addRow({
        no: i + 1,
        date: dateVn(d.date),
        weekday: WEEKDAYS[weekdayOf(d.date)] ?? '',
        kind: KIND_LABELS[d.kind] ?? d.kind,
        name: d.name,
        basis: d.legalBasis,
      }),
    );
  return { filename: `Lịch ngày nghỉ năm ${year}.xlsx`, content: await toBuffer(wb) };
}
