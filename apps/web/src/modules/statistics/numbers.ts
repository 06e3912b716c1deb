/**
 * Numbers as the department types and reads them: "1.234.567,8" (vi-VN), and blocks pasted from Excel
 * (tab between cells, newline between rows). A cell that is not a number is kept as typed and refused
 * before anything is sent, so a typo is never saved as a blank.
 */

/** What a typed cell means: empty, a number, or text that is not a number. */
export type Parsed = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * "1.234,5" → 1234.5; "1234,5" → 1234.5; "1 234,5" → 1234.5; "-12" → -12; "1.234" → 1234 (a dot followed by
 * three digits groups thousands, the Vietnamese way); "12.5" → 12.5 (a single dot not grouping three digits is
 * taken as a decimal point, as an English Excel copies it). Percent signs are dropped.
 */
export function parseViNumber(input: string): Parsed {
  let text = input.replace(/[\s\u00a0\u202f%]/gu, '');
  if (text === '') return { kind: 'empty' };
  let sign = 1;
  if (/^\(.*\)$/u.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = -sign;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/u.test(text) || !/\d/u.test(text)) return { kind: 'invalid' };
  const commas = (text.match(/,/gu) ?? []).length;
  const dots = (text.match(/\./gu) ?? []).length;
  let normal: string;
  if (commas === 0 && dots === 0) normal = text;
  else if (commas === 1 && text.indexOf(',') > text.lastIndexOf('.')) {
    // Vietnamese: dots group thousands, one comma before the decimals.
    if (dots && !/^\d{1,3}(\.\d{3})*,\d*$/u.test(text)) return { kind: 'invalid' };
    normal = text.replace(/\./gu, '').replace(',', '.');
  } else if (commas === 0) {
    if (/^\d{1,3}(\.\d{3})+$/u.test(text)) normal = text.replace(/\./gu, '');
    else if (dots === 1) normal = text;
    else return { kind: 'invalid' };
  } else if (dots <= 1 && /^\d{1,3}(,\d{3})*(\.\d*)?$/u.test(text)) {
    // English grouping: commas group thousands, the dot before the decimals.
    normal = text.replace(/,/gu, '');
  } else return { kind: 'invalid' };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'number', value: sign * value } : { kind: 'invalid' };
}

const formats = new Map<string, Intl.NumberFormat>();
function formatter(lang: string, decimals: number | undefined): Intl.NumberFormat {
  const key = `${lang}:${decimals ?? 'auto'}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', {
      maximumFractionDigits: decimals ?? 3,
      minimumFractionDigits: 0,
    });
    formats.set(key, f);
  }
  return f;
}

/** 1234567.8 → "1.234.567,8" (vi) or "1,234,567.8" (en); null → "". */
export function formatStat(value: number | null | undefined, decimals?: number, lang = 'vi'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return formatter(lang, decimals).format(value);
}

/** A change in per cent with its sign: 12.34 → "+12,3%"; null → "". */
export function formatChange(value: number | null | undefined, lang = 'vi'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = formatter(lang, 1).format(value);
  return `${value > 0 ? '+' : ''}${text}%`;
}

/** (current / previous − 1) × 100, or null when either is missing or the base is zero. */
export function changePercent(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  if (previous === 0) return null;
  return (current / previous - 1) * 100;
}
