import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
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
    return { filename: part.filename, content: await readWhole(req, part) };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const status = (e as { statusCode?: number }).statusCode;
    if (status === 413) throw e;
    throw malformed();
  }
}

/**
 * The file's bytes, copied as they arrive into one buffer sized from the request's length. Collecting the
 * chunks and concatenating them at the end (the plugin's `toBuffer`) holds the file twice at its peak: 37 MB
 * more for an 18 MB workbook, on every importer. Without a usable length, the plugin's own way.
 */
async function readWhole(req: FastifyRequest, part: MultipartFile): Promise<Buffer> {
  const length = Number(req.headers['content-length']);
  if (!Number.isSafeInteger(length) || length <= 0 || length > 1024 * 1024 * 1024) return part.toBuffer();
  const out = Buffer.allocUnsafe(length);
  let used = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    // The file is part of the body, so it cannot outgrow it; a body that lies about its length is malformed.
    if (used + chunk.length > out.length) throw malformed();
    chunk.copy(out, used);
    used += chunk.length;
  }
  // Over the configured cap the parser stops and marks the stream: the same 413 as the plugin gives.
  if (part.file.truncated) throw new req.server.multipartErrors.RequestFileTooLargeError();
  return out.subarray(0, used);
}

/** An upload kept on disk while it is read: its size and SHA-256 taken as it arrived. */
export interface UploadedTempFile {
  filename: string;
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * The one file of a multipart request written to a temporary file as it arrives, for the large
 * imports: the workbook is then read from disk in pieces, so neither the whole upload nor a copy
 * of it sits in memory (18 MB for the largest sheet the cap lets through). The file is removed
 * when `use` ends, however it ends.
 */
export async function withUploadedTempFile<T>(
  req: FastifyRequest,
  what: string,
  use: (file: UploadedTempFile) => Promise<T>,
): Promise<T> {
  if (!req.isMultipart())
    throw new AppError(415, 'multipart_required', `Hãy gửi ${what} dưới dạng multipart/form-data (trường "file").`, [
      { path: 'file', message: 'Thiếu tệp' },
    ]);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'thidua-upload-'));
  try {
    const file = path.join(dir, 'upload.xlsx');
    let filename = '';
    let bytes = 0;
    const hash = createHash('sha256');
    try {
      const part = await req.file();
      if (!part)
        throw new AppError(400, 'file_missing', `Chưa chọn ${what}.`, [{ path: 'file', message: 'Thiếu tệp' }]);
      filename = part.filename;
      await pipeline(
        part.file,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            hash.update(chunk);
            bytes += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(file),
      );
      // Over the configured cap the parser stops and marks the stream: the same 413 as the plugin gives.
      if (part.file.truncated) throw new req.server.multipartErrors.RequestFileTooLargeError();
    } catch (e) {
      if (e instanceof AppError) throw e;
      if ((e as { statusCode?: number }).statusCode === 413) throw e;
      throw malformed();
    }
    return await use({ filename, path: file, bytes, sha256: hash.digest('hex') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The uploaded Excel file of a multipart request, with Vietnamese errors when absent or malformed. */
export async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  return (await uploadedPart(req, 'tệp Excel')).content;
}
