import type { ErrorCode, Problem } from '@thidua/contracts';

/** The machine code of an API error: one the server declares, or one the client gives a failed call. */
export type ClientErrorCode = ErrorCode | 'network_error' | 'unknown';

/** An HTTP error from the API, carrying the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    // The server sends only declared codes (contracts' ERROR_CODES); the schema keeps the wire type a string.
    this.code = (problem?.code as ErrorCode | undefined) ?? (status === 0 ? 'network_error' : 'unknown');
  }

  get fieldErrors(): { path: string; message: string }[] {
    return this.problem?.errors ?? [];
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

// The CSRF token lives only in memory: it comes from /auth/me or the login response.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function getCsrfToken(): string | null {
  return csrfToken;
}

// Called when the server says the session is gone (401 outside the sign-in form).
let unauthorizedHandler: (() => void) | null = null;
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}
// Called when the server refuses until the password is changed (the change-password screen is then shown).
let passwordChangeHandler: (() => void) | null = null;
export function setPasswordChangeHandler(handler: (() => void) | null): void {
  passwordChangeHandler = handler;
}
const NOT_A_SESSION_LOSS = new Set<ClientErrorCode>(['invalid_credentials', 'too_many_attempts', 'wrong_password']);

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export function toQueryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/people` → `/api/v1/people`; paths already under `/api/` are kept. */
export function apiUrl(path: string, query?: Query): string {
  const base = path.startsWith('/api/') ? path : `/api/v1${path}`;
  return base + toQueryString(query);
}

export function csrfHeaders(method: string, path: string): Record<string, string> {
  if (method === 'GET' || method === 'HEAD' || path.endsWith('/auth/login') || !csrfToken) return {};
  return { 'x-csrf-token': csrfToken };
}

export function parseProblem(data: unknown): Problem | null {
  if (data && typeof data === 'object' && 'status' in data && 'detail' in data) return data as Problem;
  return null;
}

export function reportStatus(status: number, problem: Problem | null): ApiError {
  const error = new ApiError(status, problem);
  if (status === 401 && !NOT_A_SESSION_LOSS.has(error.code)) unauthorizedHandler?.();
  if (status === 403 && error.code === 'password_change_required') passwordChangeHandler?.();
  return error;
}

async function errorFrom(res: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    problem = parseProblem(await res.json());
  } catch {
    problem = null;
  }
  return reportStatus(res.status, problem);
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** Fetch with the session cookie and the CSRF header; throws ApiError on non-2xx. */
export async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...csrfHeaders(method, path) };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, null);
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

async function json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => json<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => json<T>('POST', path, { body: body ?? {}, query }),
  put: <T>(path: string, body: unknown) => json<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => json<T>('PATCH', path, { body }),
  delete: <T>(path: string, query?: Query) => json<T>('DELETE', path, { query }),
};
