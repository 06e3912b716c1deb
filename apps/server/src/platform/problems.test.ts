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
