import { z } from 'zod';
import {
  UNSAFE_TEXT_MESSAGE,
  impossibleIsoDate,
  implausibleDate,
  isValidIsoDate,
  unsafeTextChar,
} from '@thidua/domain';

/** RFC 9457 problem details, with a stable machine code and field paths. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Every text a request carries refuses control characters and bidirectional overrides. */
export function safeString() {
  return z.string().refine((v) => unsafeTextChar(v) === null, {
    error: (issue) => `${UNSAFE_TEXT_MESSAGE} (${unsafeTextChar(String(issue.input))})`,
    abort: true,
  });
}

export const Id = safeString().min(1).max(64);
/** A real calendar date `YYYY-MM-DD`; 2023-02-30 is refused saying why ("tháng 2 năm 2023 chỉ có 28 ngày"). */
export const IsoDate = z
  .string()
  .refine(isValidIsoDate, { error: (issue) => impossibleIsoDate(String(issue.input)) ?? 'Ngày không hợp lệ' });
/** A date a request may set: real, and in a plausible year (1900–2100); responses keep IsoDate. */
export const PlausibleDate = namedDate();
/**
 * A date a request may set, its refusal naming the field in Vietnamese:
 * `namedDate('Ngày sinh')` refuses 2023-02-30 with "Ngày sinh: Ngày không hợp lệ: 30/02/2023 — …".
 */
export function namedDate(label?: string) {
  const named = (message: string) => (label ? `${label}: ${message}` : message);
  return z
    .string()
    .refine(isValidIsoDate, {
      error: (issue) => named(impossibleIsoDate(String(issue.input)) ?? 'Ngày không hợp lệ'),
      abort: true,
    })
    .refine((v) => implausibleDate(v) === null, {
      error: (issue) => named(implausibleDate(String(issue.input)) ?? ''),
      // Said once: the record's own date rules (a person's age) are not judged on an implausible year.
      abort: true,
    });
}
export const IsoDateTime = z.string();
export const Version = z.number().int().min(1);

/**
 * Short single-line free text: safe characters, NFC-normalised, whitespace collapsed, trimmed.
 * Over-long text is refused, never cut: "Họ: tối đa 50 ký tự (đã nhập 1000)" when a label is given.
 */
export function text(max: number, min = 1, label?: string) {
  return safeString()
    .transform((v) => v.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .pipe(
      z
        .string()
        .min(min, { message: min > 0 ? (label ? `${label}: không được để trống` : 'Không được để trống') : undefined })
        .max(max, { error: (issue) => tooLong(max, issue.input, label) }),
    );
}

/** "Tối đa 50 ký tự (đã nhập 1000)", prefixed by the field's Vietnamese name when known. */
export function tooLong(max: number, input: unknown, label?: string): string {
  const typed = typeof input === 'string' ? ` (đã nhập ${input.length})` : '';
  return label ? `${label}: tối đa ${max} ký tự${typed}` : `Tối đa ${max} ký tự${typed}`;
}

/** A search box or filter value: safe characters, NFC (decomposed input would match nothing). */
export function searchText(max = 200) {
  return safeString()
    .max(max, { message: `Tối đa ${max} ký tự` })
    .transform((v) => v.normalize('NFC'));
}

export const Page = z.coerce.number().int().min(1).max(100000).default(1);
export const PageSize = z.coerce.number().int().min(1).max(500).default(50);

export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    /** False when the count stopped at a cap (the list shows "10.000+"): big tables are not counted in full. */
    totalExact: z.boolean(),
  });
}

export const Ok = z.object({ ok: z.literal(true) });

/** Multi-line free text (objectives, content): NFC, lines trimmed, blank runs collapsed, newlines kept. */
export function longText(max: number, label?: string) {
  return safeString()
    .transform((v) =>
      v
        .normalize('NFC')
        .split(/\r\n?|\n/u)
        .map((l) => l.replace(/[ \t]+/gu, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/gu, '\n\n')
        .trim(),
    )
    .pipe(z.string().max(max, { error: (issue) => tooLong(max, issue.input, label) }));
}

/** A file kept with a record (launch document, covenant, evidence). */
export const AttachmentView = z.object({
  id: Id,
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: IsoDateTime,
  uploadedBy: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;
