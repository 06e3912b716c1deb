import { z } from 'zod';

/**
 * How the settings page edits a value: a list of fields, each of a kind the web knows how to draw.
 * `name` '' is the value itself (a number, a choice); otherwise a property of the value's object.
 */
export const SETTING_FIELD_KINDS = [
  'percent',
  'integer',
  'number',
  'money',
  'boolean',
  'select',
  'date',
  'text',
  /** A time of day, `HH:MM` (24 h). */
  'time',
  /** A record of shares or numbers keyed by `options` (award codes, "rule set:award"). */
  'map',
  /** An array of objects, one row each, with `columns`. */
  'rows',
  /** An ordered array of distinct values chosen from `options` (tie-break keys, file kinds). */
  'list',
] as const;
export type SettingFieldKind = (typeof SETTING_FIELD_KINDS)[number];

const Option = z.object({ value: z.string(), label: z.string() });
const Base = {
  name: z.string(),
  label: z.string(),
  options: z.array(Option).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
};
export const SettingColumn = z.object({ ...Base, kind: z.enum(SETTING_FIELD_KINDS) });
export const SettingField = z.object({
  ...Base,
  kind: z.enum(SETTING_FIELD_KINDS),
  /** For `map`: the kind of each entry, and whether keys may be added or removed (else fixed). */
  entry: z.enum(['percent', 'number', 'choice']).optional(),
  /** For `map` with `choice` entries: the values an entry may take. */
  entryOptions: z.array(Option).optional(),
  fixedKeys: z.boolean().optional(),
  /** For `rows`. */
  columns: z.array(SettingColumn).optional(),
});
export type SettingField = z.infer<typeof SettingField>;

/** Messages that name the field, in Vietnamese, so a 400 says which number is wrong. */
export const share = (label: string) =>
  z
    .number({ error: `${label}: cần một tỷ lệ (số từ 0 đến 1)` })
    .min(0, `${label}: không được nhỏ hơn 0%`)
    .max(1, `${label}: không được lớn hơn 100%`);
export const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: cần một số nguyên` })
    .int(`${label}: cần một số nguyên`)
    .min(min, `${label}: tối thiểu là ${min}`)
    .max(max, `${label}: tối đa là ${max}`);
export const num = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: cần một số` })
    .min(min, `${label}: tối thiểu là ${min}`)
    .max(max, `${label}: tối đa là ${max}`);
export const bool = (label: string) => z.boolean({ error: `${label}: cần chọn có hoặc không` });
export const choice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label}: giá trị không thuộc danh sách cho phép (${values.join(', ')})` });
/** A time of day `HH:MM` (00:00–23:59); the message names the field. */
export const timeOfDay = (label: string) =>
  z
    .string({ error: `${label}: cần giờ dạng HH:MM` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, `${label}: cần giờ dạng HH:MM (00:00–23:59)`);
