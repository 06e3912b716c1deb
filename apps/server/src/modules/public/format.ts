/** How the public pages write dates, money and time limits (Vietnam time, Vietnamese words). */

const VN_OFFSET_MS = 7 * 3_600_000;

const vn = (iso: string): string | null => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms + VN_OFFSET_MS).toISOString();
};

/** `2026-12-08T02:00:00Z` → `08/12/2026` (the day in Vietnam). */
export function vnDate(iso: string | null | undefined): string {
  const d = iso ? vn(iso) : null;
  return d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '';
}

/** `2026-12-08T02:00:00Z` → `09:00 08/12/2026`. */
export function vnDateTime(iso: string | null | undefined): string {
  const d = iso ? vn(iso) : null;
  return d ? `${d.slice(11, 16)} ${vnDate(iso)}` : '';
}

/** 1200000 → `1.200.000 đ`. */
export function dong(amount: number): string {
  const n = Math.round(Number(amount) || 0);
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, '.')} đ`;
}

const TIME_UNIT_WORDS: Record<string, string> = {
  working_days: 'ngày làm việc',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
};

/** 15, working_days → `15 ngày làm việc`; a same-day procedure says so. */
export function timeLimit(amount: number, unit: string, noAppointment = false): string {
  if (noAppointment || !amount) return 'Giải quyết trong ngày (không hẹn)';
  return `${amount} ${TIME_UNIT_WORDS[unit] ?? unit}`;
}

/** A JSON column read defensively: a broken value shows as nothing rather than a 500. */
export function jsonList<T>(text: string | null | undefined): T[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/** The first value of a query or form field, trimmed and cut to `max` characters. */
export function field(value: unknown, max = 200): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
}
