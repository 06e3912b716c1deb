import type { Kysely } from 'kysely';
import { SEED_CALENDAR_DAYS, SEED_CALENDAR_YEARS } from '@thidua/domain';
import { uuidv7 } from 'uuidv7';

/**
 * The working-day calendar becomes data an administrator keeps. The lunar
 * holidays lived in code for 2025–2027 only (from 2028 Tết counted as working
 * days) with no days in lieu or make-up Saturdays. calendar_years records which
 * years are configured — a date outside them is an error, never a guess — and
 * calendar_days their exceptions. Seeded with 2016–2030 from the generated data
 * (packages/domain/src/calendar/seed/holidays.ts): the statutory holidays of the
 * Labour Codes 2012 and 2019 and their days in lieu. Number 104 was assigned to
 * this change among the 1xx migrations of the platform work.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey().notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('calendar_years')
    .values(SEED_CALENDAR_YEARS.map((year) => ({ year, created_at: now })))
    .execute();
  await db
    .insertInto('calendar_days')
    .values(
      SEED_CALENDAR_DAYS.map((d) => ({
        id: uuidv7(),
        date: d.date,
        kind: d.kind,
        name: d.name,
        legal_basis: d.legalBasis,
        created_at: now,
        updated_at: now,
        version: 1,
      })),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_days').execute();
  await db.schema.dropTable('calendar_years').execute();
}
