import type { FastifyRequest } from 'fastify';
import { CreateDossierRequest } from '@thidua/contracts';
import type { z } from 'zod';
import { unsafeTextChar } from '@thidua/domain';
import { AppError, badRequest, zodFieldErrors } from '../../platform/errors.ts';
import type { ReceiptScan } from './receipt.ts';

/** At most one scan per checklist row; a version has at most this many documents in practice. */
const MAX_SCANS = 40;

const malformed = () =>
  badRequest(
    'malformed_multipart',
    'Nội dung gửi không đúng dạng multipart/form-data (trường "request" là JSON, mỗi bản quét là trường "scan-<số thứ tự>").',
    [{ path: 'request', message: 'Dữ liệu gửi không hợp lệ' }],
  );

/**
 * The receipt with its scans in one multipart request (POST /dossiers/receipt): the field `request` holds the
 * receipt as JSON (CreateDossierRequest), each file part `scan-<seq>` the scan of checklist row seq. Parsed
 * whole before anything is written, so the receipt and its scans are stored in one transaction or not at all.
 */
export async function receiptParts(
  req: FastifyRequest,
): Promise<{ input: z.output<typeof CreateDossierRequest>; scans: ReceiptScan[] }> {
  if (!req.isMultipart())
    throw new AppError(415, 'multipart_required', 'Hãy gửi hồ sơ kèm bản quét dưới dạng multipart/form-data.', [
      { path: 'request', message: 'Thiếu nội dung' },
    ]);
  let raw: string | undefined;
  const scans: ReceiptScan[] = [];
  try {
    for await (const part of req.parts({ limits: { files: MAX_SCANS, fields: 2 } })) {
      if (part.type === 'field') {
        if (part.fieldname !== 'request') throw malformed();
        raw = String(part.value);
        continue;
      }
      const m = /^scan-(\d{1,3})$/u.exec(part.fieldname);
      const content = await part.toBuffer();
      if (!m) throw malformed();
      const seq = Number(m[1]);
      if (seq < 1 || scans.some((s) => s.seq === seq))
        throw badRequest('validation_failed', `Bản quét của thành phần số ${seq} gửi hai lần hoặc số không hợp lệ.`, [
          { path: `scans.${seq}`, message: 'Mỗi thành phần một bản quét' },
        ]);
      if (unsafeTextChar(part.filename))
        throw badRequest('unsafe_text', `Tên tệp của thành phần số ${seq} có ký tự không hợp lệ: hãy đổi tên tệp.`, [
          { path: `scans.${seq}`, message: 'Tên tệp không hợp lệ' },
        ]);
      const filename = part.filename.normalize('NFC').replace(/[\\/]/gu, '_').slice(0, 200) || 'tep';
      scans.push({ seq, upload: { filename, content } });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as { statusCode?: number }).statusCode === 413) throw e;
    throw malformed();
  }
  if (raw === undefined)
    throw badRequest('validation_failed', 'Thiếu nội dung hồ sơ (trường "request").', [
      { path: 'request', message: 'Thiếu nội dung hồ sơ' },
    ]);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw malformed();
  }
  const parsed = CreateDossierRequest.safeParse(json);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error.issues);
    throw badRequest('validation_failed', `Hồ sơ chưa hợp lệ: ${errors.map((e) => e.message).join('; ')}.`, errors);
  }
  return { input: parsed.data, scans: scans.sort((a, b) => a.seq - b.seq) };
}
