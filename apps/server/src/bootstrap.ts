import type { Config } from './config.ts';
import type { Db } from './db/index.ts';
import { nowIso } from './db/index.ts';
import { migrateToLatest } from './db/migrate.ts';
import { appendAudit, SYSTEM_ACTOR } from './platform/audit.ts';
import { newId } from './platform/ids.ts';
import { generatePassword, hashPassword } from './platform/passwords.ts';
import { seedDemo } from './seed/demo.ts';

export interface Prepared {
  migrated: string[];
  seeded: boolean;
  demoAccounts: { username: string; password: string; role: string }[];
  /** Set only when the admin was created now with a generated password (printed once). */
  generatedAdminPassword?: string;
  adminCreated: boolean;
}

/** The advisory lock held while a server prepares the database (7401 audit chain, 7402 statistics reminders). */
const PREPARE_LOCK = 7403;

/**
 * Migrate; on first start seed the demo department and create the first admin. Several servers started at
 * once on one PostgreSQL database take turns: each holds an advisory lock, in a transaction on a connection of
 * its own (so a pooler in transaction mode keeps it too), while it migrates and seeds; the next one then finds
 * the database ready and neither seeds it again nor creates a second admin.
 */
export async function prepareDatabase(db: Db, config: Config): Promise<Prepared> {
  if (!db.pool) return prepareUnlocked(db, config);
  const lock = await db.pool.connect();
  try {
    await lock.query('begin');
    await lock.query(`select pg_advisory_xact_lock(${PREPARE_LOCK})`);
    return await prepareUnlocked(db, config);
  } finally {
    await lock.query('commit').catch(() => undefined);
    lock.release();
  }
}

async function prepareUnlocked(db: Db, config: Config): Promise<Prepared> {
  const migrated = await migrateToLatest(db);
  const k = db.kysely;
  const anyOrg = await k.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  const out: Prepared = { migrated, seeded: false, demoAccounts: [], adminCreated: false };
  if (!anyOrg) {
    if (config.seedDemo) {
      const seeded = await seedDemo(db, { hashPassword });
      out.seeded = true;
      out.demoAccounts = seeded.accounts;
    } else {
      await createRootOrganisation(db);
    }
  }
  const admin = await k.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (!admin) {
    const password = config.adminPassword ?? generatePassword();
    await createAdmin(db, password, !config.adminPassword);
    out.adminCreated = true;
    if (!config.adminPassword) out.generatedAdminPassword = password;
  }
  return out;
}

async function createRootOrganisation(db: Db): Promise<void> {
  const now = nowIso();
  const row = {
    id: newId(),
    parent_id: null,
    code: 'SCT',
    name: 'Sở Công Thương',
    kind: 'department',
    active: 1,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values(row).execute();
    await appendAudit(trx, SYSTEM_ACTOR, 'organisation.created', 'organisation', row.id, null, row);
  });
}

/** The first admin holds `admin` on every root of the tree. */
export async function createAdmin(db: Db, password: string, mustChange: boolean, username = 'admin'): Promise<string> {
  const k = db.kysely;
  const roots = await k.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute();
  const now = nowIso();
  const id = newId();
  const hash = await hashPassword(password);
  await k.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        username,
        display_name: 'Quản trị hệ thống',
        password_hash: hash,
        active: 1,
        must_change_password: mustChange ? 1 : 0,
        last_login_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    for (const r of roots)
      await trx
        .insertInto('role_grants')
        .values({ id: newId(), user_id: id, role: 'admin', org_id: r.id, created_at: now })
        .execute();
    await appendAudit(trx, SYSTEM_ACTOR, 'user.created', 'user', id, null, {
      username,
      roles: roots.map((r) => ({ role: 'admin', orgId: r.id })),
    });
  });
  return id;
}
