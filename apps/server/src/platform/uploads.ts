import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** The uploaded file of a multipart request (field "file"), with Vietnamese errors when absent. */
export async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart())
    throw new AppError(415, 'multipart_required', 'Hãy gửi tệp Excel dưới dạng multipart/form-data (trường "file").', [
      { path: 'file', message: 'Thiếu tệp' },
    ]);
  const part = await req.file();
  if (!part) throw new AppError(400, 'file_missing', 'Chưa chọn tệp Excel.', [{ path: 'file', message: 'Thiếu tệp' }]);
  return part.toBuffer();
}
