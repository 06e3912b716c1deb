import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type Config } from '../config.ts';
import { openDb, type Db } from '../db/index.ts';
import { prepareDatabase } from '../bootstrap.ts';
import { buildApp, type App, type BuildOptions } from '../app.ts';
import { OrgTree } from '../platform/orgtree.ts';
import type { Deps } from '../platform/context.ts';
import type { Clock } from '../platform/clock.ts';

export type DialectName = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when TEST_DATABASE_URL points at a server. */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const ADMIN_PASSWORD = 'Quantri@2026!';

/** A throwaway PostgreSQL database (per test file, per bench run), dropped afterwards. */
export async function freshPostgres(
  base = process.env.TEST_DATABASE_URL,
  prefix = 'thidua_t_',
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface Harness {
  dialect: DialectName;
  db: Db;
  deps: Deps;
  app: App;
  config: Config;
  close(): Promise<void>;
}

export async function makeHarness(
  dialect: DialectName,
  opts: { seedDemo?: boolean; env?: Record<string, string>; build?: BuildOptions; clock?: Clock } = {},
): Promise<Harness> {
  const pgdb = dialect === 'postgres' ? await freshPostgres() : undefined;
  const config = loadConfig({
    THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
    THIDUA_SEED_DEMO: opts.seedDemo ? 'true' : 'false',
    THIDUA_DATA_DIR: '/tmp/thidua-test-unused',
    ...(pgdb ? { DATABASE_URL: pgdb.url } : {}),
    ...opts.env,
  });
  const db = openDb({ databaseUrl: config.databaseUrl, sqlitePath: ':memory:' });
  await prepareDatabase(db, config);
  const deps: Deps = { db, config, tree: new OrgTree(db.kysely, 0), version: 'test', clock: opts.clock };
  const app = await buildApp(deps, opts.build);
  dbOfApp.set(app, db);
  await app.ready();
  return {
    dialect,
    db,
    deps,
    app,
    config,
    close: async () => {
      await app.close();
      await db.close();
      await pgdb?.drop();
    },
  };
}

// makeUser reaches the database of the app it talks to through this.
const dbOfApp = new WeakMap<App, Db>();

export interface Client {
  app: App;
  csrf: string;
  cookie: string;
  get(url: string): Promise<Response>;
  send(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export type Response = import('light-my-request').Response;

/** Signs in through the API like the web app does: cookie session + CSRF header on writes. */
export async function signIn(app: App, username: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed ${res.statusCode}: ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c) => String(c).startsWith('thidua_sid='));
  const cookie = String(setCookie).split(';')[0]!;
  const csrf = res.json().csrfToken as string;
  return clientFor(app, cookie, csrf);
}

export function clientFor(app: App, cookie: string, csrf: string): Client {
  return {
    app,
    csrf,
    cookie,
    get: (url) => app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'POST',
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined
          ? {}
          : typeof body === 'string' || Buffer.isBuffer(body)
            ? { payload: body }
            : { payload: body as object }),
      }),
  };
}

export const asAdmin = (h: Harness) => signIn(h.app, 'admin', ADMIN_PASSWORD);

export async function rootOrgId(h: Harness): Promise<string> {
  const row = await h.db.kysely
    .selectFrom('organisations')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function makeOrg(c: Client, parentId: string, code: string, name = `Phòng ${code}`, kind = 'division') {
  const res = await c.send('POST', '/api/v1/organisations', { parentId, code, name, kind });
  if (res.statusCode !== 201) throw new Error(`makeOrg ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number };
}

export async function makePerson(c: Client, orgId: string, over: Record<string, unknown> = {}) {
  const res = await c.send('POST', '/api/v1/people', {
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    gender: 'male',
    employmentType: 'civil_servant',
    orgId,
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`makePerson ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; fullName: string };
}

export async function makeUser(
  c: Client,
  username: string,
  roles: { role: string; orgId: string }[],
  password = 'Matkhau@2026',
  opts: { mustChangePassword?: boolean } = {},
) {
  const res = await c.send('POST', '/api/v1/users', { username, displayName: username, password, roles });
  if (res.statusCode !== 201) throw new Error(`makeUser ${res.statusCode} ${res.body}`);
  const user = res.json() as { id: string };
  // Most tests act as a user who has long since chosen a password; the API would refuse
  // everything else to a user who still has to change the one an admin gave.
  const db = dbOfApp.get(c.app);
  if (!opts.mustChangePassword && db)
    await db.kysely.updateTable('users').set({ must_change_password: 0 }).where('id', '=', user.id).execute();
  return user;
}

const BOUNDARY = '----thidua-test';
/** A multipart body carrying one Excel file in the field "file", as the web app sends it. */
export function multipart(file: Buffer, name = 'ds.xlsx'): { body: Buffer; type: string } {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, file, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    type: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}
