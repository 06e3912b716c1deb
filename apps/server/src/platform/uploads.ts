import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export interface UploadedPart {
  filename: string;
  content: Buffer;
}

const malformed = () =>
  new AppError(
    400,
    'malformed_multipart',
    'Nội dung tải lên không đúng dạng multipart/form-data (thiếu "boundary" hoặc dữ liệu bị cắt). Hãy chọn lại tệp và gửi lại.',
    [{ path: 'file', message: 'Dữ liệu tải lên không hợp lệ' }],
  );

/**
 * The one file of a multipart request (field "file"), for every upload route. The multipart
 * parser's own refusals (no boundary, a truncated body) are the client's fault: 400, not 500;
 * the size caps (413) keep their own answer.
 */
export async function uploadedPart(req: FastifyRequest, what: string): Promise<UploadedPart> {
  if (!req.isMultipart())
    throw new AppError(415, 'multipart_required', `Hãy gửi ${what} dưới dạng multipart/form-data (trường "file").`, [
      { path: 'file', message: 'Thiếu tệp' },
    ]);
  try {
    const part = await req.file();
    if (!part) throw new AppError(400, 'file_missing', `Chưa chọn ${what}.`, [{ path: 'file', message: 'Thiếu tệp' }]);
    return { filename: part.filename, content: await part.toBuffer() };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const status = (e as { statusCode?: number }).statusCode;
    if (status === 413) throw e;
    throw malformed();
  }
}

/** The uploaded Excel file of a multipart request, with Vietnamese errors when absent or malformed. */
export async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  return (await uploadedPart(req, 'tệp Excel')).content;
}
