import type { Dayjs } from 'dayjs';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import type { Setting, SettingField } from './api.ts';

/**
 * A setting's value ⇄ the edit form's values. Shares are edited as percentages (0–100), dates with a
 * date picker, an open record (thresholds per award) as a list of rows, a fixed one as one field per
 * key. The form's root is `value`, so the server's field paths (`value.quorum`, `value.0.from`) land
 * on the fields they name.
 */
type Obj = Record<string, unknown>;
type Column = Pick<SettingField, 'kind' | 'entry'>;

const toPercent = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1_000_000) / 10_000 : v);
const fromPercent = (v: unknown) => (typeof v === 'number' ? Math.round(v * 10_000) / 1_000_000 : v);

function scalarIn(kind: SettingField['kind'], v: unknown): unknown {
  if (kind === 'percent') return toPercent(v);
  if (kind === 'date') return isoToDayjs(typeof v === 'string' ? v : null);
  return v;
}
function scalarOut(kind: SettingField['kind'], v: unknown): unknown {
  if (kind === 'percent') return fromPercent(v);
  if (kind === 'date') return dayjsToIso(v as Dayjs | null);
  if (kind === 'text' && typeof v === 'string') return v.trim();
  return v ?? null;
}

export interface MapRow {
  key: string;
  value: unknown;
}

function fieldIn(f: SettingField, raw: unknown): unknown {
  if (f.kind === 'map') {
    const entryKind: Column['kind'] = f.entry === 'percent' ? 'percent' : 'number';
    const rec = (raw ?? {}) as Record<string, unknown>;
    if (f.fixedKeys) return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, scalarIn(entryKind, v)]));
    // "default" first, then the award codes in the order the options list them.
    const order = (k: string) => {
      const i = (f.options ?? []).findIndex((o) => o.value === k);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    return Object.entries(rec)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([key, v]): MapRow => ({ key, value: scalarIn(entryKind, v) }));
  }
  if (f.kind === 'rows')
    return ((raw ?? []) as Obj[]).map((row) =>
      Object.fromEntries((f.columns ?? []).map((c) => [c.name, scalarIn(c.kind, row[c.name])])),
    );
  return scalarIn(f.kind, raw);
}

function fieldOut(f: SettingField, v: unknown): unknown {
  if (f.kind === 'map') {
    const entryKind: Column['kind'] = f.entry === 'percent' ? 'percent' : 'number';
    if (f.fixedKeys)
      return Object.fromEntries(Object.entries((v ?? {}) as Obj).map(([k, x]) => [k, scalarOut(entryKind, x)]));
    return Object.fromEntries(((v ?? []) as MapRow[]).map((r) => [r.key, scalarOut(entryKind, r.value)]));
  }
  if (f.kind === 'rows')
    return ((v ?? []) as Obj[]).map((row) =>
      Object.fromEntries((f.columns ?? []).map((c) => [c.name, scalarOut(c.kind, row[c.name])])),
    );
  return scalarOut(f.kind, v);
}

export function toForm(s: Pick<Setting, 'form'>, value: unknown): { value: unknown } {
  const whole = s.form.find((f) => f.name === '');
  if (whole) return { value: fieldIn(whole, value) };
  const obj = (value ?? {}) as Obj;
  return { value: Object.fromEntries(s.form.map((f) => [f.name, fieldIn(f, obj[f.name])])) };
}

export function fromForm(s: Pick<Setting, 'form'>, values: { value: unknown }): unknown {
  const whole = s.form.find((f) => f.name === '');
  if (whole) return fieldOut(whole, values.value);
  const obj = (values.value ?? {}) as Obj;
  return Object.fromEntries(s.form.map((f) => [f.name, fieldOut(f, obj[f.name])]));
}

/** The form path of a field: `['value']` for the whole value, else `['value', name]`. */
export const fieldPath = (f: SettingField): (string | number)[] => (f.name ? ['value', f.name] : ['value']);
