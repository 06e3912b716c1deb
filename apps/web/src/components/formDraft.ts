import dayjs from 'dayjs';
import { checkDateInput } from '@thidua/domain';
import { DateText } from './DateField.tsx';

/**
 * A form's unsaved values kept in localStorage, keyed by user, form and record, so work survives
 * leaving the page, a reload or a closed tab and is offered back when the form is reopened.
 */
export interface StoredDraft {
  /** When it was last written (ISO timestamp). */
  at: string;
  values: unknown;
  extra?: unknown;
}

const PREFIX = 'thidua.draft';

export function draftKey(userId: string, form: string, recordId: string | null | undefined): string {
  return `${PREFIX}.${userId}.${form}.${recordId || 'new'}`;
}

/** Values → JSON-safe: dates (Dayjs) and refused date texts keep their kind. */
export function encodeDraft(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return value.isValid() ? { $date: value.format('YYYY-MM-DD') } : null;
  if (value instanceof DateText) return { $dateText: value.text };
  if (Array.isArray(value)) return value.map(encodeDraft);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeDraft(v)]),
    );
  return value;
}

export function decodeDraft(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDraft);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.$date === 'string') return dayjs(o.$date);
    if (typeof o.$dateText === 'string') {
      const r = checkDateInput(o.$dateText);
      return r.ok ? (r.iso ? dayjs(r.iso) : null) : new DateText(o.$dateText, r.message);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decodeDraft(v)]));
  }
  return value;
}

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    return typeof parsed?.at === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or private mode: the leave prompt still protects the work */
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing kept */
  }
}

/** "09:32" today, "09:32 ngày 05/12/2026" another day. */
export function draftTime(at: string, now = new Date()): string {
  const d = dayjs(at);
  if (!d.isValid()) return at;
  return d.isSame(dayjs(now), 'day') ? d.format('HH:mm') : `${d.format('HH:mm')} ngày ${d.format('DD/MM/YYYY')}`;
}
