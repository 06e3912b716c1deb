import dayjs, { type Dayjs } from 'dayjs';
import { formatVnDate } from '@thidua/domain';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm:ss';

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 1234567.8 → "1.234.567,8" */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

/** `1985-09-05` → `05/09/1985` */
export function formatDate(iso: string | null | undefined): string {
  return formatVnDate(iso);
}

/** ISO timestamp → `dd/mm/yyyy HH:mm:ss` in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = dayjs(iso);
  return value.isValid() ? value.format(DATE_TIME_FORMAT) : iso;
}

/** `YYYY-MM-DD` → Dayjs for a DatePicker (null when empty). */
export function isoToDayjs(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const value = dayjs(iso);
  return value.isValid() ? value : null;
}

/**
 * A date field's value → `YYYY-MM-DD` (null when empty). A text that is not a date (DateField
 * keeps it, dateRule refuses the save) is never turned into "no date": it throws.
 */
export function dayjsToIso(value: Dayjs | null | undefined): string | null {
  if (!value) return null;
  if (!dayjs.isDayjs(value) || !value.isValid()) throw new Error('Ngày không hợp lệ: hãy sửa trước khi lưu');
  return value.format('YYYY-MM-DD');
}

/** 1234000 → "1.234.000 đ". */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return `${new Intl.NumberFormat('vi-VN').format(value)} đ`;
}

/** 0.5 → "50%", 55.6 (already a percent) → "55,6%". */
export function percent(value: number, isShare = false): string {
  const n = isShare ? value : Math.round(value * 1000) / 10;
  return `${String(n).replace('.', ',')}%`;
}
