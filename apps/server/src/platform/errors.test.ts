import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../test/harness.ts';

// Answers Fastify gives before a route's own code runs: problem+json in Vietnamese, like the rest.
describe.each(DIALECTS)('framework refusals as problem+json (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  it('a path with broken percent-encoding is a 400 that says so', async () => {
    const res = await admin.get('/api/v1/people/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'bad_url', detail: expect.stringContaining('Đường dẫn không hợp lệ') });
  });

  it('an empty body declared as JSON is a 400 in Vietnamese, not Fastify English', async () => {
    const res = await admin.send('POST', '/api/v1/people', '', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('empty_body');
    expect(res.json().detail).not.toMatch(/Body cannot be empty/);
  });
});
