import { Migrator } from 'kysely';
import type { Db } from './index.ts';
import { migrationProvider, migrations } from './migrations/index.ts';

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationState(db: Db): Promise<{ applied: number; pending: number; latest: string | null }> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const all = await migrator.getMigrations();
  const applied = all.filter((m) => m.executedAt !== undefined);
  return {
    applied: applied.length,
    pending: Object.keys(migrations).length - applied.length,
    latest: applied.at(-1)?.name ?? null,
  };
}
