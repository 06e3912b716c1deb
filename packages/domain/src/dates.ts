/** Strict calendar dates: ISO `YYYY-MM-DD` or Vietnamese `dd/mm/yyyy`; 31/02 is refused. */
export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `05/09/1985` → `1985-09-05`; returns null when the text is not a real date. */
export function parseVnDate(value: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!m) return isValidIsoDate(value.trim()) ? value.trim() : null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** `1985-09-05` → `05/09/1985`. */
export function formatVnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Dates a record of this department can carry: a person born, a decision signed, a period run. */
export const PLAUSIBLE_YEARS = { min: 1900, max: 2100 } as const;

/** Null when the ISO date's year is plausible, otherwise a Vietnamese reason. */
export function implausibleDate(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  if (year >= PLAUSIBLE_YEARS.min && year <= PLAUSIBLE_YEARS.max) return null;
  return `Năm ${year} không hợp lý (chỉ nhận từ ${PLAUSIBLE_YEARS.min} đến ${PLAUSIBLE_YEARS.max})`;
}

/** Working-age bounds: nobody is recruited before 15 or born more than 120 years ago. */
export const MIN_WORKING_AGE = 15;
export const MAX_AGE = 120;

/**
 * The plausibility of a person's dates, one rule for the form and the import: born between
 * 120 years ago and 15 years before `today`, and recruited at 15 or later.
 * Returns the offending fields with Vietnamese messages (empty when plausible).
 */
export function personDateProblems(
  p: { dateOfBirth?: string | null | undefined; startDate?: string | null | undefined },
  today: string,
): { path: 'dateOfBirth' | 'startDate'; message: string }[] {
  const out: { path: 'dateOfBirth' | 'startDate'; message: string }[] = [];
  const year = (iso: string) => Number(iso.slice(0, 4));
  const shift = (iso: string, years: number) => `${String(year(iso) + years).padStart(4, '0')}${iso.slice(4)}`;
  const dob = p.dateOfBirth ?? null;
  if (dob) {
    const bad = implausibleDate(dob);
    if (bad) out.push({ path: 'dateOfBirth', message: bad });
    else if (dob < shift(today, -MAX_AGE))
      out.push({ path: 'dateOfBirth', message: `Ngày sinh quá xa (hơn ${MAX_AGE} năm trước)` });
    else if (dob > shift(today, -MIN_WORKING_AGE))
      out.push({ path: 'dateOfBirth', message: `Ngày sinh không hợp lý (chưa đủ ${MIN_WORKING_AGE} tuổi)` });
  }
  const start = p.startDate ?? null;
  if (start) {
    const bad = implausibleDate(start);
    if (bad) out.push({ path: 'startDate', message: bad });
    else if (dob && start < shift(dob, MIN_WORKING_AGE))
      out.push({
        path: 'startDate',
        message: `Ngày tuyển dụng phải sau ngày sinh ít nhất ${MIN_WORKING_AGE} năm`,
      });
  }
  return out;
}
