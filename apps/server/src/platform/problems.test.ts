import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EscalationRequest, vietnameseIssue } from '@thidua/contracts';
import { asAdmin, makeHarness, type Client, type Harness } from '../test/harness.ts';

/** Words of zod's English messages that must never reach a clerk. */
const ENGLISH = /\b(Invalid|Expected|expected|Too (big|small)|Unrecognized|Required|received|must)\b/u;

describe("zod's messages are Vietnamese for every issue kind", () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['invalid_type (missing)', z.object({ a: z.string() }), {}],
    ['invalid_type', z.number(), 'x'],
    ['too_small string', z.string().min(3), 'a'],
    ['too_small number', z.number().min(3), 1],
    ['too_small array', z.array(z.number()).min(2), [1]],
    ['too_big string', z.string().max(2), 'abc'],
    ['too_big number', z.number().lt(2), 5],
    ['invalid_format regex', z.string().regex(/^\d+$/u), 'x'],
    ['invalid_format email', z.email(), 'x'],
    ['invalid_format uuid', z.uuid(), 'x'],
    ['not_multiple_of', z.number().multipleOf(5), 3],
    ['unrecognized_keys', z.strictObject({ a: z.number() }), { a: 1, b: 2 }],
    ['invalid_value', z.enum(['a', 'b']), 'c'],
    ['invalid_value literal', z.literal('a'), 'c'],
    ['invalid_union', z.union([z.string(), z.number()]), true],
    ['discriminated union', EscalationRequest, { action: 'bogus' }],
    ['invalid_key', z.record(z.enum(['a']), z.number()), { b: 1 }],
    ['invalid_element', z.map(z.string(), z.number()), new Map([['a', 'x']])],
    ['custom', z.string().refine(() => false), 'x'],
  ];
  it.each(cases)('%s', (_name, schema, input) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    for (const issue of r.error!.issues) {
      expect(issue.message).not.toMatch(ENGLISH);
      expect(issue.message).toMatch(/[à-ỹđĐ]/u);
    }
  });

  it('names the accepted values of a discriminator', () => {
    expect(
      vietnameseIssue({ code: 'invalid_union', errors: [], options: ['propose', 'result'], input: 'x' } as never),
    ).toBe('Giá trị không thuộc danh sách cho phép ("propose", "result")');
  });
});

describe('validation answers of the routes are Vietnamese', () => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness('sqlite');
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  it('the two initiative routes with a discriminator answer in Vietnamese', async () => {
    for (const [url, body] of [
      ['/api/v1/initiatives/x/escalation', { action: 'bogus', version: 1 }],
      ['/api/v1/initiative-rounds/x/actions', { action: 'bogus', version: 1 }],
      ['/api/v1/initiatives', { title: 5, kind: [] }],
    ] as const) {
      const res = await admin.send('POST', url, body);
      expect(res.statusCode, url).toBe(400);
      const p = res.json();
      expect(p.detail, url).not.toMatch(ENGLISH);
      for (const e of p.errors) expect(e.message, url).not.toMatch(ENGLISH);
    }
  });
});

describe('framework errors are problem+json in Vietnamese', () => {
  let h: Harness;
  let admin: Client;
  let port: number;
  beforeAll(async () => {
    h = await makeHarness('sqlite');
    admin = await asAdmin(h);
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    port = (h.app.server.address() as AddressInfo).port;
  });
  afterAll(() => h.close());

  /** Sends raw bytes, as a client Node's parser refuses would, and reads the answer to the end. */
  const raw = (request: string) =>
    new Promise<{ status: number; type: string; body: Record<string, unknown> }>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head, body] = text.split('\r\n\r\n');
        const status = Number(/^HTTP\/1\.1 (\d{3})/u.exec(head ?? '')?.[1]);
        const type = /content-type: ([^\r\n]+)/iu.exec(head ?? '')?.[1] ?? '';
        try {
          resolve({ status, type, body: JSON.parse(body ?? '') as Record<string, unknown> });
        } catch (e) {
          reject(new Error(`not JSON: ${text.slice(0, 300)} (${String(e)})`));
        }
      });
      socket.end(request);
    });

  const vietnamese = (p: { status: number; type: string; body: Record<string, unknown> }, status: number) => {
    expect(p.status).toBe(status);
    expect(p.type).toMatch(/^application\/problem\+json/u);
    expect(p.body.status).toBe(status);
    expect(String(p.body.detail)).toMatch(/[à-ỹđĐ]/u);
    expect(String(p.body.detail)).not.toMatch(ENGLISH);
    expect(String(p.body.title)).toMatch(/[à-ỹđĐ]/u);
  };

  it('answers 431 for headers or an address too large for the HTTP parser', async () => {
    vietnamese(await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431);
    vietnamese(await raw(`GET /api/v1/people?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`), 431);
  });

  it('answers 400 for a request the HTTP parser cannot read', async () => {
    vietnamese(await raw('NONSENSE\r\n\r\n'), 400);
  });

  it('answers 414 for a path parameter beyond the router limit', async () => {
    const res = await admin.get(`/api/v1/people/${'a'.repeat(300)}`);
    vietnamese({ status: res.statusCode, type: String(res.headers['content-type']), body: res.json() }, 414);
  });

  it('answers bad JSON, an unsupported media type, a body too large and a broken URL encoding', async () => {
    const cases: [number, () => Promise<import('../test/harness.ts').Response>][] = [
      [400, () => admin.send('POST', '/api/v1/organisations', '{bad', { 'content-type': 'application/json' })],
      [415, () => admin.send('POST', '/api/v1/organisations', '<a/>', { 'content-type': 'application/xml' })],
      [
        413,
        () =>
          admin.send('POST', '/api/v1/organisations', `"${'x'.repeat(2 * 1024 * 1024)}"`, {
            'content-type': 'application/json',
          }),
      ],
      [400, () => admin.get('/api/v1/people/%zz')],
      [404, () => admin.get('/api/v1/no-such-thing')],
    ];
    for (const [status, send] of cases) {
      const res = await send();
      vietnamese({ status: res.statusCode, type: String(res.headers['content-type']), body: res.json() }, status);
    }
  });
});
