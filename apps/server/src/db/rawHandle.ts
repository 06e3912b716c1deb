import type SqliteDatabase from 'better-sqlite3';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';

/**
 * The better-sqlite3 handle behind a Kysely instance, carried as a no-op plugin (like the audit
 * anchor) so that bulk writes inside a transaction can run prepared statements on it directly.
 */
export class SqliteHandlePlugin implements KyselyPlugin {
  constructor(readonly handle: SqliteDatabase.Database) {}
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

/**
 * The raw handle of a SQLite transaction, else undefined. Only a transaction: Kysely's SQLite
 * driver lends its one connection to one transaction at a time, so statements run on the handle
 * inside it belong to it; outside one they could land in another caller's transaction.
 */
export function sqliteHandleOf(k: {
  isTransaction: boolean;
  getExecutor(): { plugins: ReadonlyArray<KyselyPlugin> };
}): SqliteDatabase.Database | undefined {
  if (!k.isTransaction) return undefined;
  return k.getExecutor().plugins.find((p): p is SqliteHandlePlugin => p instanceof SqliteHandlePlugin)?.handle;
}
