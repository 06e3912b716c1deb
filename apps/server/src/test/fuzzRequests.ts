import fc from 'fast-check';
import { NASTY_STRINGS, arbitraryFor, fuzzValue, type Hints, type JsonSchema } from './fuzzSchema.ts';

/** One operation of the OpenAPI document, flattened. */
export interface Operation {
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  multipart: boolean;
}

export const FUZZ_ROLES = ['admin', 'emulation_officer', 'unit_officer', 'council_member', 'viewer'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number] | 'anonymous';

export interface FuzzRequest {
  role: FuzzRole;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** How the CSRF header is sent on writes: right, left out, or wrong. */
  csrf: 'ok' | 'missing' | 'wrong';
  remoteAddress?: string;
}

interface OpenApi {
  paths: Record<string, Record<string, OperationObject>>;
}
interface OperationObject {
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

// The upload routes read the file by hand (platform/uploads.ts), so the document shows no body for them.
const MULTIPART = /\/(import|import\/report|attachments)$/;

export function operationsOf(doc: OpenApi): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? [])
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => ({ name: p.name, in: p.in as 'path' | 'query', required: !!p.required, schema: p.schema }));
      const body = op.requestBody?.content['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        params,
        body,
        multipart: method === 'post' && !body && MULTIPART.test(path),
      });
    }
  return out;
}

/** Percent-encodes anything, lone surrogates included (encodeURIComponent throws on them). */
function enc(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

const FAKE_ID = '00000000-0000-7000-8000-000000000000';
const garbage = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS).map(enc),
  fc.string({ maxLength: 30 }).map(enc),
  fc.constantFrom('a'.repeat(65), 'x'.repeat(300), '..', '%2F..%2F', '%E0%A4%A', '%', '-1', '1e9', FAKE_ID),
);

function pathValue(op: Operation, name: string, schema: JsonSchema, hints: Hints): fc.Arbitrary<string> {
  const segment = op.path.split(`/{${name}}`)[0]!;
  const ids = hints.idsFor(name === 'id' ? segment : name) ?? [];
  const anyIds = hints.idsFor('*') ?? [];
  const typed = arbitraryFor(schema, hints, name).map((v) => enc(String(v)));
  return fc.oneof(
    { weight: ids.length ? 6 : 0, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.constant(FAKE_ID) },
    { weight: 1, arbitrary: anyIds.length ? fc.constantFrom(...anyIds) : fc.constant(FAKE_ID) },
    { weight: 2, arbitrary: typed },
    { weight: 2, arbitrary: garbage },
  );
}

const queryGarbage = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('x'.repeat(5000), '1.5', '-0', 'NaN', 'Infinity', '[]', '{}'),
);

function queryString(op: Operation, hints: Hints): fc.Arbitrary<string> {
  const qs = op.params.filter((p) => p.in === 'query');
  const requiredKeys = qs.filter((p) => p.required).map((p) => p.name);
  const valid = (p: Operation['params'][number]) => arbitraryFor(p.schema, hints, p.name).map((v) => [v]);
  const clean = fc.record(Object.fromEntries(qs.map((p) => [p.name, valid(p)])), { requiredKeys });
  const broken = fc.record(
    Object.fromEntries(
      qs.map((p) => [
        p.name,
        fc.oneof(
          { weight: 2, arbitrary: valid(p) },
          { weight: 1, arbitrary: queryGarbage.map((v) => [v]) },
          // A repeated key arrives as an array.
          { weight: 1, arbitrary: fc.tuple(arbitraryFor(p.schema, hints, p.name), queryGarbage) },
        ),
      ]),
    ),
    { requiredKeys },
  );
  const extra = fc.option(fc.constantFrom({ khongCo: ['1'] }, { 'a[b]': ['c'] }, { '': ['rỗng'] }), { nil: {} });
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: clean }, { weight: 2, arbitrary: fc.tuple(broken, extra) }))
    .map(([picked]) => (Array.isArray(picked) ? { ...picked[0], ...picked[1] } : picked) as Record<string, unknown[]>)
    .map((q) => {
      const pairs = Object.entries(q).flatMap(([k, vs]) =>
        vs.map((v) => `${enc(k)}=${enc(typeof v === 'string' ? v : JSON.stringify(v))}`),
      );
      return pairs.length ? `?${pairs.join('&')}` : '';
    });
}

type Payload = Pick<FuzzRequest, 'headers' | 'payload'>;
const JSON_TYPE = 'application/json';

function jsonBody(schema: JsonSchema | undefined, hints: Hints): fc.Arbitrary<Payload> {
  const value = schema ? fuzzValue(schema, hints) : fc.jsonValue({ maxDepth: 2 });
  const good = value.map((v) => ({ headers: { 'content-type': JSON_TYPE }, payload: JSON.stringify(v) ?? 'null' }));
  const faults: fc.Arbitrary<Payload> = fc.constantFrom<Payload>(
    { headers: { 'content-type': JSON_TYPE }, payload: '{"a":' },
    { headers: { 'content-type': JSON_TYPE }, payload: '' },
    { headers: { 'content-type': JSON_TYPE }, payload: '\u0000' },
    { headers: { 'content-type': 'text/plain' }, payload: '{}' },
    { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&b=2' },
    { headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
    { headers: { 'content-type': 'application/json; charset=utf-16' }, payload: '{}' },
    { headers: { 'content-type': 'multipart/form-data' }, payload: 'garbage' },
    { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, payload: '--zz\r\nrác' },
    { headers: {}, payload: undefined },
  );
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: faults });
}

/** Files worth offering an upload route: real templates (filled in by the test), a fake zip, a fake PDF, noise. */
export interface FilePool {
  files: Buffer[];
}

const BOUNDARY = '----thidua-fuzz';
function multipartOf(field: string, filename: string, content: Buffer, type: string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

function multipartBody(pool: FilePool): fc.Arbitrary<Payload> {
  const content = fc.oneof(
    pool.files.length ? fc.constantFrom(...pool.files) : fc.constant(Buffer.alloc(0)),
    fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
    fc.uint8Array({ maxLength: 500 }).map((a) => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(a)])),
    fc.constant(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF')),
    fc.constant(Buffer.alloc(0)),
  );
  const filename = fc.oneof(
    fc.constantFrom('ds.xlsx', 'to-trinh.pdf', 'anh.png', 'khong-duoi', '../../x.xlsx', 'Bảng kê.xlsx'),
    fc.constantFrom(...NASTY_STRINGS).map((s) => `${s.replace(/["\r\n]/g, '')}.xlsx`),
  );
  const mime = fc.constantFrom(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
    'application/octet-stream',
    'text/html',
  );
  const type = `multipart/form-data; boundary=${BOUNDARY}`;
  const well = fc
    .tuple(fc.constantFrom('file', 'file', 'file', 'tep'), filename, content, mime)
    .map(([f, n, c, m]) => ({ headers: { 'content-type': type }, payload: multipartOf(f, n, c, m) }));
  const broken = fc.oneof(
    well.map((p) => ({ ...p, payload: (p.payload as Buffer).subarray(0, Math.floor(p.payload.length / 2)) })),
    well.map((p) => ({ headers: { 'content-type': 'multipart/form-data; boundary=khac' }, payload: p.payload })),
    well.map((p) => ({ headers: { 'content-type': 'multipart/form-data' }, payload: p.payload })),
    fc.constantFrom<Payload>(
      { headers: { 'content-type': type }, payload: '' },
      { headers: { 'content-type': type }, payload: `--${BOUNDARY}--\r\n` },
      { headers: { 'content-type': JSON_TYPE }, payload: '{}' },
      { headers: { 'content-type': 'application/vnd.ms-excel' }, payload: 'PK' },
      { headers: {}, payload: undefined },
    ),
  );
  return fc.oneof({ weight: 3, arbitrary: well }, { weight: 2, arbitrary: broken });
}

const role = fc.oneof(
  { weight: 3, arbitrary: fc.constant<FuzzRole>('admin') },
  { weight: 2, arbitrary: fc.constantFrom<FuzzRole>('emulation_officer', 'unit_officer') },
  { weight: 1, arbitrary: fc.constantFrom<FuzzRole>('council_member', 'viewer', 'anonymous') },
);

/** Every request fast-check may build for one operation. */
export function requestsFor(op: Operation, hints: Hints, pool: FilePool): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const path = fc
    .tuple(...pathParams.map((p) => pathValue(op, p.name, p.schema, hints)))
    .map((vals) => pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, vals[i]!), op.path));
  const writes = op.method !== 'GET';
  const body: fc.Arbitrary<Payload> = op.multipart
    ? multipartBody(pool)
    : op.body
      ? jsonBody(op.body, hints)
      : writes
        ? fc.constantFrom<Payload>({ headers: {} }, { headers: { 'content-type': JSON_TYPE }, payload: '{}' })
        : fc.constant<Payload>({ headers: {} });
  const csrf = fc.oneof(
    { weight: 12, arbitrary: fc.constant('ok' as const) },
    { weight: 1, arbitrary: fc.constantFrom('missing' as const, 'wrong' as const) },
  );
  return fc
    .tuple(role, path, queryString(op, hints), body, csrf, fc.integer({ min: 1, max: 254 }))
    .map(([r, p, q, b, c, host]) => ({
      role: r,
      method: op.method,
      url: p + q,
      headers: b.headers,
      payload: b.payload,
      csrf: c,
      // Sign-in attempts come from many addresses so that throttling does not lock the fuzzing sessions out.
      ...(op.path.endsWith('/auth/login') ? { remoteAddress: `198.51.100.${host}` } : {}),
    }));
}
