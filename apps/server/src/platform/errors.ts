import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '@thidua/contracts';

export type { ErrorCode };

export interface FieldError {
  path: string;
  message: string;
}

/** An error a user can act on: HTTP status, stable code, Vietnamese detail, field paths. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `Không tìm thấy ${what}.`);
export const forbidden = (detail = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'forbidden', detail);
export const conflict = (code: ErrorCode, detail: string, errors?: FieldError[]) =>
  new AppError(409, code, detail, errors);
export const badRequest = (code: ErrorCode, detail: string, errors?: FieldError[]) =>
  new AppError(400, code, detail, errors);
export const staleVersion = (path = 'version') =>
  conflict(
    'stale_version',
    'Bản ghi đã được người khác (hoặc ở thẻ khác) sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    [{ path, message: 'Phiên bản đã cũ' }],
  );

/**
 * A database refusal that escaped a service (two saves racing past their checks):
 * a conflict the user can act on, never a 500. Codes of PostgreSQL and better-sqlite3.
 */
export function databaseConflict(error: { code?: unknown }): AppError | undefined {
  switch (error.code) {
    case '23505':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return conflict(
        'duplicate',
        'Bản ghi này vừa được người khác tạo hoặc sửa cùng lúc (trùng dữ liệu đã có). Hãy tải lại để xem bản mới nhất rồi thử lại.',
      );
    case '23503':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return conflict(
        'reference_conflict',
        'Bản ghi liên quan không còn tồn tại hoặc vẫn đang được bản ghi khác sử dụng. Hãy tải lại rồi thử lại.',
      );
    case '40001':
    case '40P01':
      return conflict(
        'retry',
        'Thao tác trùng lúc với một thao tác khác nên chưa được thực hiện. Thử lại sau giây lát.',
      );
    default:
      return undefined;
  }
}

export const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  408: 'Hết thời gian chờ',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  414: 'Đường dẫn quá dài',
  415: 'Định dạng không được hỗ trợ',
  422: 'Dữ liệu không hợp lệ',
  429: 'Quá nhiều yêu cầu',
  431: 'Tiêu đề yêu cầu quá lớn',
  500: 'Lỗi hệ thống',
};

export function sendProblem(reply: FastifyReply, req: FastifyRequest, e: AppError): FastifyReply {
  return reply
    .code(e.status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://thidua.local/problems/${e.code}`,
      title: TITLES[e.status] ?? 'Lỗi',
      status: e.status,
      code: e.code,
      detail: e.detail,
      instance: req.url.split('?')[0],
      ...(e.errors?.length ? { errors: e.errors } : {}),
    });
}

interface ZodIssueLike {
  path?: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

function issueMessage(issue: ZodIssueLike): string {
  if (issue.code === 'unrecognized_keys') return `Trường không được phép: ${(issue.keys ?? []).join(', ')}`;
  if (issue.code === 'invalid_type')
    return issue.message.startsWith('Invalid') ? 'Sai kiểu dữ liệu hoặc thiếu giá trị' : issue.message;
  if (issue.code === 'invalid_value')
    return issue.message.startsWith('Invalid') ? 'Giá trị không thuộc danh sách cho phép' : issue.message;
  if (issue.code === 'too_big' && issue.message.startsWith('Too big')) return 'Giá trị quá lớn hoặc quá dài';
  if (issue.code === 'too_small' && issue.message.startsWith('Too small')) return 'Giá trị quá nhỏ hoặc quá ngắn';
  return issue.message;
}

/** Zod issues → field paths with Vietnamese messages. */
export function zodFieldErrors(issues: ZodIssueLike[], prefix = ''): FieldError[] {
  return issues.map((i) => {
    const path = [prefix, ...(i.path ?? []).map(String)].filter(Boolean).join('.');
    return { path: path || '(body)', message: issueMessage(i) };
  });
}

export function registerErrorHandling(app: FastifyInstance, opts: { maxUploadBytes?: number } = {}): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) return sendProblem(reply, req, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const ctx = error.validationContext ?? 'body';
      const fields = zodFieldErrors(
        error.validation.map((v) => ({
          ...(v.params as object),
          code: v.keyword,
          message: v.message ?? '',
          path: v.instancePath.split('/').filter(Boolean),
        })),
        ctx === 'body' ? '' : ctx,
      );
      return sendProblem(
        reply,
        req,
        new AppError(
          400,
          'validation_failed',
          'Dữ liệu gửi lên chưa hợp lệ: ' + fields.map((f) => `${f.path}: ${f.message}`).join('; '),
          fields,
        ),
      );
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error }, 'response does not match its schema');
      return sendProblem(
        reply,
        req,
        new AppError(500, 'internal_error', 'Lỗi hệ thống: dữ liệu trả về không đúng lược đồ.'),
      );
    }
    const raced = databaseConflict(error);
    if (raced) {
      req.log.warn({ err: error }, 'database conflict answered as 409');
      return sendProblem(reply, req, raced);
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && status === 400))
      return sendProblem(reply, req, badRequest('malformed_json', 'Nội dung gửi lên không phải JSON hợp lệ.'));
    // A file over the cap is named as such (with the cap) before the generic "too large".
    if (
      error.code === 'FST_REQ_FILE_TOO_LARGE' ||
      error.code === 'FST_PARTS_LIMIT' ||
      (status === 413 && req.isMultipart())
    )
      return sendProblem(
        reply,
        req,
        new AppError(
          413,
          'file_too_large',
          `Tệp tải lên vượt quá dung lượng cho phép${opts.maxUploadBytes ? ` (tối đa ${Math.round(opts.maxUploadBytes / 1048576)} MB)` : ''}. Không có gì được lưu.`,
          [{ path: 'file', message: 'Tệp quá lớn' }],
        ),
      );
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
      return sendProblem(reply, req, new AppError(413, 'payload_too_large', 'Dữ liệu gửi lên quá lớn.'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
      return sendProblem(
        reply,
        req,
        new AppError(415, 'unsupported_media_type', 'Định dạng nội dung không được hỗ trợ (cần application/json).'),
      );
    if (status === 429)
      return sendProblem(
        reply,
        req,
        new AppError(429, 'rate_limited', 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.'),
      );
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return sendProblem(
        reply,
        req,
        badRequest('empty_body', 'Nội dung gửi lên trống nhưng được khai báo là JSON. Hãy gửi dữ liệu cần lưu.'),
      );
    // Fastify's own messages are English: name the code for support, not the message, to a clerk.
    if (status >= 400 && status < 500)
      return sendProblem(
        reply,
        req,
        new AppError(status, 'bad_request', `Yêu cầu không hợp lệ (mã ${error.code ?? status}).`),
      );
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      req,
      new AppError(
        500,
        'internal_error',
        'Lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị viên.',
      ),
    );
  });
}

/**
 * Errors the router raises before any route runs (a path with broken percent-encoding): problem+json
 * like every other answer. The others (a path parameter over the length limit: 414) still get
 * Fastify's default answer here.
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL')
    void sendProblem(
      reply,
      req,
      badRequest('bad_url', 'Đường dẫn không hợp lệ: có ký tự mã hoá sai (dấu % phải đi kèm hai chữ số hex).'),
    );
  else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    void sendProblem(
      reply,
      req,
      new AppError(414, 'uri_too_long', 'Đường dẫn quá dài: một mã trong đường dẫn vượt quá độ dài cho phép.'),
    );
  else void reply.send(error);
}
