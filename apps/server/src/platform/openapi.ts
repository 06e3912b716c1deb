import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { Problem } from '@thidua/contracts';
import type { RouteInfo } from '../app.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetails' };

const problem = (description: string): OpenAPIV3.ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM_REF } },
});

/** The error answers every route may give, as RFC 9457 problem details with a Vietnamese `detail`. */
const ERRORS = {
  400: problem('Yêu cầu không hợp lệ: `errors` nêu từng trường sai'),
  401: problem('Chưa đăng nhập hoặc phiên đã hết hạn'),
  403: problem('Không có quyền (hoặc cần đổi mật khẩu, hoặc thiếu mã CSRF)'),
  404: problem('Không tìm thấy (hoặc ngoài phạm vi được phân quyền)'),
  '4XX': problem(
    'Lỗi khác của yêu cầu: xung đột phiên bản (409), quá lớn (413), sai định dạng (415), quá nhiều yêu cầu (429)…',
  ),
  '5XX': problem('Lỗi hệ thống: thao tác chưa được thực hiện'),
} satisfies Record<string, OpenAPIV3.ResponseObject>;

/** `GET /api/v1/people/{id}/export.xlsx` → `getPeopleByIdExportXlsx`: stable, readable, camelCase. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api(\/v\d+)?/u, '')
    .split('/')
    .filter(Boolean)
    .flatMap((seg) => {
      const param = /^\{(.+)\}$/u.exec(seg);
      return param ? ['by', ...param[1]!.split(/[^A-Za-z0-9]+/u)] : seg.split(/[^A-Za-z0-9]+/u);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** An untyped schema already admits null: `nullable` beside no `type` only confuses generators. */
function dropUntypedNullable(node: unknown, seen = new Set<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  if (o.nullable === true && !('type' in o) && !o.$ref && !o.allOf && !o.oneOf && !o.anyOf) delete o.nullable;
  // A nullable choice of objects (a scoring rule or none): the type the variants share stands beside it.
  const variants = (o.oneOf ?? o.anyOf) as { type?: unknown }[] | undefined;
  if (o.nullable === true && !('type' in o) && variants?.every((v) => v.type === 'object')) o.type = 'object';
  for (const v of Object.values(o)) dropUntypedNullable(v, seen);
}

/**
 * Completes the generated document for generated clients and linters: an operationId for every
 * operation (unless a route sets its own), the problem+json error answers, `servers`, no
 * public route asking for a session.
 */
export function completeDocument(doc: OpenAPIV3.Document, routes: RouteInfo[]): OpenAPIV3.Document {
  const access = new Map(
    routes.map((r) => [`${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/gu, '{$1}')}`, r.access]),
  );
  const used = new Set<string>();
  doc.servers = [{ url: '/', description: 'Máy chủ đang phục vụ tài liệu này' }];
  doc.components = {
    ...doc.components,
    schemas: {
      ...doc.components?.schemas,
      ProblemDetails: z.toJSONSchema(Problem, { target: 'openapi-3.0' }) as OpenAPIV3.SchemaObject,
    },
  };
  for (const [url, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      let id = op.operationId ?? operationIdOf(method, url);
      for (let n = 2; used.has(id); n++) id = `${operationIdOf(method, url)}${n}`;
      used.add(id);
      op.operationId = id;
      const isPublic = access.get(`${method} ${url}`) === 'public';
      if (isPublic) op.security = [];
      const errors: Record<string, OpenAPIV3.ResponseObject> = { 400: ERRORS[400] };
      if (!isPublic) Object.assign(errors, { 401: ERRORS[401], 403: ERRORS[403] });
      if (url.includes('{')) errors[404] = ERRORS[404];
      Object.assign(errors, { '4XX': ERRORS['4XX'], '5XX': ERRORS['5XX'] });
      // A route's own declaration of a status wins over the generic one.
      op.responses = { ...op.responses };
      for (const [status, response] of Object.entries(errors)) op.responses[status] ??= response;
    }
  }
  dropUntypedNullable(doc.paths);
  return doc;
}

/** The swagger plugin's options: zod schemas to JSON schema per route, then the document completed. */
export function swaggerOptions(version: string, routes: () => RouteInfo[]): SwaggerOptions {
  return {
    openapi: {
      info: {
        title: 'thidua API',
        description: 'API của thidua — Sở Công Thương. Lỗi trả về theo RFC 9457 (application/problem+json).',
        version,
        license: { name: 'AGPL-3.0-only', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'thidua_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => completeDocument((doc as { openapiObject: OpenAPIV3.Document }).openapiObject, routes()),
  };
}
