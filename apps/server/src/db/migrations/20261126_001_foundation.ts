import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../index.ts';

/**
 * The foundation: organisation tree, users with role grants scoped to an
 * organisation, database-stored sessions (servers stay stateless), sign-in
 * throttling, people with a stored search key and Vietnamese sort key (both
 * databases sort and search the same way), and the hash-chained audit log.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The stored keys are built to compare byte by byte; PostgreSQL would otherwise
  // apply the database's locale collation (en_US, vi_VN…) and break the order
  // and prefix LIKE on the index. SQLite compares bytes already.
  const isPg = isPostgres(db);
  const binary = <T extends { modifyEnd(e: ReturnType<typeof sql>): T }>(c: T): T =>
    isPg ? c.modifyEnd(sql`collate "C"`) : c;
  const ts = (t: ReturnType<typeof db.schema.createTable>) =>
    t
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

  await ts(
    db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('organisations_parent_idx').on('organisations').column('parent_id').execute();

  await ts(
    db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_login_at', 'text'),
  ).execute();

  await db.schema
    .createTable('role_grants')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('role_grants_unique', ['user_id', 'role', 'org_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await ts(
    db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('family_name', 'text', (c) => c.notNull())
      .addColumn('middle_name', 'text', (c) => c.notNull())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('search_key', 'text', (c) => binary(c.notNull()))
      .addColumn('sort_key', 'text', (c) => binary(c.notNull()))
      .addColumn('gender', 'text', (c) => c.notNull())
      .addColumn('date_of_birth', 'text')
      .addColumn('position', 'text', (c) => c.notNull())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('employment_type', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('citizen_id', 'text'),
  ).execute();
  // "Sorted by name" and "one unit, sorted by name" are the hot lists.
  // search_key rides along so a common-name search is answered from the index alone.
  await db.schema.createIndex('people_sort_idx').on('people').columns(['sort_key', 'id', 'search_key']).execute();
  await db.schema.createIndex('people_org_sort_idx').on('people').columns(['org_id', 'sort_key', 'id']).execute();
  await db.schema.createIndex('people_search_idx').on('people').column('search_key').execute();
  await db.schema.createIndex('people_citizen_idx').on('people').column('citizen_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_actor_idx').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_at_idx').on('audit_log').column('at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_log', 'people', 'login_throttle', 'sessions', 'role_grants', 'users', 'organisations']) {
    await db.schema.dropTable(t).execute();
  }
}
