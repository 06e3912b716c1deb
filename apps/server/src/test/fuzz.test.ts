import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { ADMIN_PASSWORD, DIALECTS, makeHarness, signIn, type Client, type Harness } from './harness.ts';
import { FUZZ_ROLES, operationsOf, requestsFor, type FuzzRequest, type FuzzRole } from './fuzzRequests.ts';
import type { Hints } from './fuzzSchema.ts';
import { addRecords } from './fuzzRecords.ts';

/**
 * API fuzz over every operation of the OpenAPI document: valid-ish and malformed requests from several
 * roles and from nobody. No answer may be a 5xx, and every 4xx must be problem+json with a Vietnamese
 * `detail` a clerk can act on. Seeded: FUZZ_SEED reproduces a run, FUZZ_RUNS sets requests per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260512);
const RUNS = Number(process.env.FUZZ_RUNS ?? 22);
/** Documents (PDF, Word, Excel) and password hashing cost tens of milliseconds each: fewer samples there. */
const runsFor = (op: { method: string; path: string }) =>
  op.method === 'GET' && /\.(pdf|docx|xlsx)$/.test(op.path)
    ? Math.ceil(RUNS / 4)
    : /\/auth\/(login|logout|password)$/.test(op.path)
      ? Math.ceil(RUNS / 2)
      : RUNS;

const ACCOUNTS: Record<(typeof FUZZ_ROLES)[number], [string, string]> = {
  admin: ['admin', ADMIN_PASSWORD],
  emulation_officer: ['canbo.tdkt', DEMO_PASSWORD],
  unit_officer: ['canbo.donvi', DEMO_PASSWORD],
  council_member: ['hoidong', DEMO_PASSWORD],
  viewer: ['xem', DEMO_PASSWORD],
};

// Property, parameter or path-segment name → tables whose ids it refers to.
const REFERENCES: [RegExp, string[]][] = [
  [/organisations$|^(orgId|parentId|organiser)$/, ['organisations']],
  [/people$|^personId$/, ['people']],
  [/^subjectId$/, ['people', 'organisations']],
  [/users$|^(userId|reviewer|actorId)$/, ['users']],
  [/history\/awards$/, ['award_records']],
  [/history\/periods$/, ['subject_periods']],
  [/initiatives$|^initiativeId$/, ['initiatives']],
  [/initiative-rounds$|^roundId$/, ['initiative_rounds']],
  [/movements$|^movementId$/, ['movements']],
  [/^exemplarId$/, ['movement_exemplars']],
  [/^targetId$/, ['movement_targets']],
  [/blocs$/, ['blocs']],
  [/notifications$/, ['notifications']],
  [/attachments$/, ['files']],
  [/proposals$|^proposalId$/, ['proposals']],
  [/^itemId$/, ['proposal_items']],
  [/council\/members$|^presentMemberId$/, ['council_members']],
  [/council\/sessions$/, ['council_sessions']],
  [/decisions$/, ['decisions']],
  [/summary\/drafts$/, ['report_drafts']],
];
const TABLES = [...new Set(REFERENCES.flatMap(([, t]) => t))];

async function idPools(h: Harness): Promise<Map<string, string[]>> {
  const fuzzUsers = Object.values(ACCOUNTS).map(([u]) => u);
  const pools = new Map<string, string[]>();
  for (const table of TABLES) {
    // Never hand the fuzzer the signed-in accounts: deactivating one would blind the rest of the run.
    const where = table === 'users' ? sql`where username not in (${sql.join(fuzzUsers)})` : sql``;
    const rows = await sql<{ id: string }>`select id from ${sql.table(table)} ${where} order by id limit 6`.execute(
      h.db.kysely,
    );
    pools.set(
      table,
      rows.rows.map((r) => r.id),
    );
  }
  const kinds = await h.db.kysely.selectFrom('email_templates').select('kind').execute();
  pools.set(
    'email_templates',
    kinds.map((k) => k.kind),
  );
  return pools;
}

function hintsFrom(pools: Map<string, string[]>): Hints {
  const all = [...pools.entries()].filter(([t]) => t !== 'users' && t !== 'email_templates').flatMap(([, v]) => v);
  return {
    idsFor(name) {
      if (name === '*') return all;
      if (name === 'kind' || name.endsWith('email-templates')) return pools.get('email_templates');
      const hit = REFERENCES.find(([re]) => re.test(name));
      if (hit) return hit[1].flatMap((t) => pools.get(t) ?? []);
      return /(^id|Id)$/.test(name) ? all : undefined;
    },
  };
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const ENGLISH =
  /\b(invalid|expected|required|must (be|have|match|not)|bad request|not found|unauthorized|forbidden|unsupported|too (big|small)|unrecognized|cannot|should)\b/i;

/** Why a response breaks the contract, or undefined when it keeps it. */
function contractBreach(status: number, contentType: string | undefined, body: string): string | undefined {
  if (status >= 500) return 'server error';
  if (status < 400) return undefined;
  if (!/^application\/problem\+json/.test(contentType ?? '')) return `4xx as ${contentType ?? 'no content type'}`;
  let detail: unknown;
  try {
    detail = (JSON.parse(body) as { detail?: unknown }).detail;
  } catch {
    return '4xx body is not JSON';
  }
  if (typeof detail !== 'string' || !detail.trim()) return '4xx without detail';
  if (!VIETNAMESE.test(detail) || ENGLISH.test(detail)) return '4xx detail not in Vietnamese';
  return undefined;
}

interface Failure {
  op: string;
  index: number;
  why: string;
  role: FuzzRole;
  request: string;
  status: number;
  body: string;
}

const preview = (p: FuzzRequest['payload']) =>
  p === undefined ? '(no body)' : (Buffer.isBuffer(p) ? p.toString('latin1') : p).slice(0, 200);

it('the contract check tells a Vietnamese problem from an English or bare refusal', () => {
  const problem = 'application/problem+json; charset=utf-8';
  const body = (detail: string) => JSON.stringify({ code: 'x', detail });
  expect(contractBreach(200, 'application/json', '{}')).toBeUndefined();
  expect(contractBreach(404, problem, body('Không tìm thấy cán bộ.'))).toBeUndefined();
  expect(contractBreach(500, problem, body('Lỗi hệ thống.'))).toBe('server error');
  expect(contractBreach(400, 'application/json', '{"message":"Bad Request"}')).toBe('4xx as application/json');
  expect(contractBreach(400, problem, body(''))).toBe('4xx without detail');
  for (const english of ['Invalid input', "Body cannot be empty when content-type is set to 'application/json'"])
    expect(contractBreach(400, problem, body(`Yêu cầu không hợp lệ: ${english}`))).toBe('4xx detail not in Vietnamese');
});

describe.each(DIALECTS)('API fuzz from the OpenAPI document (%s)', (dialect) => {
  let h: Harness;
  const clients = new Map<FuzzRole, Client>();
  const signInAs = async (role: (typeof FUZZ_ROLES)[number]) =>
    clients.set(role, await signIn(h.app, ...ACCOUNTS[role]));

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    for (const role of FUZZ_ROLES) await signInAs(role);
    await addRecords(h, clients.get('unit_officer')!, clients.get('emulation_officer')!);
  });
  afterAll(() => h?.close());

  it('answers every operation without a 5xx, and every 4xx as problem+json in Vietnamese', async () => {
    const started = Date.now();
    const ops = operationsOf(h.app.swagger() as Parameters<typeof operationsOf>[0]);
    const hints = hintsFrom(await idPools(h));
    const admin = clients.get('admin')!;
    const templates = ['/people/import/template.xlsx', '/history/awards/import/template.xlsx'];
    const files = await Promise.all(templates.map(async (t) => (await admin.get(`/api/v1${t}`)).rawPayload));
    const failures: Failure[] = [];
    let sent = 0;
    for (const [n, op] of ops.entries()) {
      const samples = fc.sample(requestsFor(op, hints, { files }), { seed: SEED + n, numRuns: runsFor(op) });
      for (const [index, r] of samples.entries()) {
        const c = r.role === 'anonymous' ? undefined : clients.get(r.role)!;
        const csrf = r.csrf === 'ok' ? c?.csrf : r.csrf === 'wrong' ? 'sai-ma' : undefined;
        const res = await h.app.inject({
          method: r.method as 'GET',
          url: r.url,
          headers: {
            ...r.headers,
            ...(c ? { cookie: c.cookie } : {}),
            ...(csrf && r.method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
          },
          ...(r.payload !== undefined ? { payload: r.payload } : {}),
          ...(r.remoteAddress ? { remoteAddress: r.remoteAddress } : {}),
        });
        sent++;
        const why = contractBreach(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
        if (why)
          failures.push({
            op: `${op.method} ${op.path}`,
            index,
            why,
            role: r.role,
            request: `${r.method} ${r.url.slice(0, 300)} [${r.headers['content-type'] ?? '-'}] ${preview(r.payload)}`,
            status: res.statusCode,
            body: res.body.slice(0, 300),
          });
        // Signing out (or a session ended by the server) must not blind the rest of the run.
        if (c && r.role !== 'anonymous' && (op.path.endsWith('/auth/logout') || res.statusCode === 401))
          if ((await c.get('/api/v1/auth/me')).statusCode === 401) await signInAs(r.role);
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const count = (why: string) => failures.filter((f) => f.why === why).length;
    console.log(
      `fuzz ${dialect}: ${ops.length} operations, ${sent} requests, ${count('server error')} × 5xx, ` +
        `${failures.length - count('server error')} × 4xx breaking the contract, ${seconds} s (FUZZ_SEED=${SEED})`,
    );
    const groups = new Map<string, Failure[]>();
    for (const f of failures) {
      const key = `${f.op} → ${f.status} (${f.why})`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const report = [...groups.entries()].map(
      ([key, fs]) =>
        `${key} × ${fs.length}\n` +
        fs
          .slice(0, 2)
          .map((f) => `    #${f.index} as ${f.role}: ${f.request}\n      ← ${f.body}`)
          .join('\n'),
    );
    expect(failures.length, `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n${report.join('\n')}`).toBe(0);
    expect(sent).toBe(ops.reduce((sum, op) => sum + runsFor(op), 0));
  }, 360_000);
});
