import type { FastifyInstance } from 'fastify';
import { UNSAFE_TEXT_MESSAGE, unsafeTextChar } from '@thidua/domain';
import { AppError, type FieldError } from './errors.ts';

const MAX_DEPTH = 64;

/** Every string (and object key) of a parsed request part that holds an unsafe character. */
export function unsafeStrings(value: unknown, path: string[] = [], out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20 || depth > MAX_DEPTH) return out;
  const at = (p: string[]) => p.join('.') || '(body)';
  if (typeof value === 'string') {
    const bad = unsafeTextChar(value);
    if (bad) out.push({ path: at(path), message: `${UNSAFE_TEXT_MESSAGE} (${bad})` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unsafeStrings(v, [...path, String(i)], out, depth + 1));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const bad = unsafeTextChar(k);
      if (bad) out.push({ path: at([...path, k]), message: `Tên trường: ${UNSAFE_TEXT_MESSAGE} (${bad})` });
      unsafeStrings(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

/**
 * The safety net under the contracts' text builders: whatever a route's schema says (or if it
 * has none), no control character other than tab and newlines, and no bidirectional override,
 * reaches a service or the database (PostgreSQL refuses NUL in text with a 500).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const fields = [
      ...unsafeStrings(req.params, ['params']),
      ...unsafeStrings(req.query, ['querystring']),
      ...unsafeStrings(req.body, []),
    ];
    if (fields.length)
      throw new AppError(
        400,
        'unsafe_text',
        `Dữ liệu gửi lên chứa ký tự không được phép ở ${fields.map((f) => `"${f.path}"`).join(', ')}: ${UNSAFE_TEXT_MESSAGE.toLowerCase()}. Hãy gõ lại hoặc dán dưới dạng văn bản thuần.`,
        fields,
      );
  });
}
