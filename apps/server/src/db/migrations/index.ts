import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './20261126_001_foundation.ts';

/** Migrations in order; each file explains why it exists. */
export const migrations: Record<string, Migration> = {
  '20261126_001_foundation': m001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
