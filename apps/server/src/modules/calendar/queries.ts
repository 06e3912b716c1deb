import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

export const configuredYears = async (db: Executor, from = 0, to = 9999): Promise<number[]> =>
  (
    await db
      .selectFrom('calendar_years')
      .select('year')
      .where('year', '>=', from)
      .where('year', '<=', to)
      .orderBy('year')
      .execute()
  ).map((r) => Number(r.year));

/** The exceptions of the years from..to, in date order. */
export const daysOfYears = (db: Executor, from: number, to: number) =>
  db
    .selectFrom('calendar_days')
    .selectAll()
    .where('date', '>=', `${from}-01-01`)
    .where('date', '<=', `${to}-12-31`)
    .orderBy('date')
    .execute();

export const dayById = (db: Executor, id: string) =>
  db.selectFrom('calendar_days').selectAll().where('id', '=', id).executeTakeFirst();

export const dayByDate = (db: Executor, date: string) =>
  db.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
