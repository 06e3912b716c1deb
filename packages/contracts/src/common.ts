import { z } from 'zod';
import { isValidIsoDate } from '@thidua/domain';

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

export const Id = z.string().min(1).max(64);
export const IsoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ngày phải có thật)' });
export const IsoDateTime = z.string();
export const Version = z.number().int().min(1);

/** Short free text: NFC-normalised and trimmed at the boundary. */
export function text(max: number, min = 1) {
  return z
    .string()
    .transform((v) => v.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .pipe(
      z
        .string()
        .min(min, { message: min > 0 ? 'Không được để trống' : undefined })
        .max(max, { message: `Tối đa ${max} ký tự` }),
    );
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
export function longText(max: number) {
  return z
    .string()
    .transform((v) =>
      v
        .normalize('NFC')
        .split(/\r?\n/u)
        .map((l) => l.replace(/[ \t]+/gu, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/gu, '\n\n')
        .trim(),
    )
    .pipe(z.string().max(max, { message: `Tối đa ${max} ký tự` }));
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
