import { ApiError, api, apiUrl, csrfHeaders, parseProblem, reportStatus, send, type Query } from './client.ts';
import type { Attachment, Ok } from './types.ts';

function filenameFrom(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/iu.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/iu.exec(header);
  return plain?.[1] ?? fallback;
}

/** Hands a blob to the browser as a file download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** GET (or POST a form) and save the response as a file, keeping the server's file name. */
export async function download(
  path: string,
  fallbackName: string,
  options: { query?: Query; form?: FormData } = {},
): Promise<void> {
  const res = await send(options.form ? 'POST' : 'GET', path, { query: options.query, body: options.form });
  saveBlob(await res.blob(), filenameFrom(res, fallbackName));
}

export interface UploadOptions {
  query?: Query;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** Multipart upload through XMLHttpRequest so the upload progress can be shown. */
export function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, options.query));
    xhr.responseType = 'text';
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST', path))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(100);
        resolve(data as T);
      } else reject(reportStatus(xhr.status, parseProblem(data)));
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** A file kept with any record (movement, dossier, initiative, bloc): download or delete it by its id. */
export function downloadAttachment(attachment: Attachment) {
  return download(`/attachments/${encodeURIComponent(attachment.id)}`, attachment.filename);
}

export function deleteAttachment(id: string) {
  return api.delete<Ok>(`/attachments/${encodeURIComponent(id)}`);
}
