import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { TITLES } from './errors.ts';

const ANSWERS: Record<string, { status: number; code: string; detail: string }> = {
  // Node counts the request line with the headers: an overlong address lands here too.
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    detail:
      'Đường dẫn hoặc phần tiêu đề (header, cookie) của yêu cầu quá lớn. Hãy rút gọn bộ lọc, hoặc xoá cookie của trang rồi đăng nhập lại.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    detail: 'Yêu cầu gửi đến quá chậm nên máy chủ đã ngừng chờ. Hãy thử lại.',
  },
};
const MALFORMED = {
  status: 400,
  code: 'malformed_request',
  detail: 'Yêu cầu HTTP không đúng định dạng nên máy chủ không đọc được.',
};

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, a broken
 * request line, a slow client): problem+json in Vietnamese like every other answer, instead of
 * Fastify's English JSON. Used as Fastify's `clientErrorHandler`.
 */
export function clientErrorHandler(this: FastifyInstance, err: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const a = ANSWERS[err.code ?? ''] ?? MALFORMED;
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({
      type: `https://thidua.local/problems/${a.code}`,
      title: TITLES[a.status] ?? 'Lỗi',
      status: a.status,
      code: a.code,
      detail: a.detail,
    });
    socket.write(
      `HTTP/1.1 ${a.status} ${STATUS_CODES[a.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
