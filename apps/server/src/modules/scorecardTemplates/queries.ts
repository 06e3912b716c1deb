import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function templateRow(db: Executor, id: string) {
  const row = await db.selectFrom('scorecard_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('bảng điểm');
  return row;
}

export const itemRows = (db: Executor, templateIds: readonly string[]) =>
  templateIds.length
    ? db
        .selectFrom('scorecard_items')
        .selectAll()
        .where('template_id', 'in', [...templateIds])
        .orderBy('position')
        .execute()
    : Promise.resolve([]);

/** The cycles scoring on a template. */
export const cyclesUsing = (db: Executor, templateId: string) =>
  db
    .selectFrom('scorecards')
    .select(['id', 'name', 'year'])
    .where('template_id', '=', templateId)
    .orderBy('year', 'desc')
    .orderBy('id')
    .execute();

export async function blocNames(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('blocs').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The template of this scope and year, if any (one per bloc and year, one per PAR-index year). */
export const templateOfScope = (db: Executor, scopeKey: string, year: number) =>
  db
    .selectFrom('scorecard_templates')
    .select(['id', 'name'])
    .where('scope_key', '=', scopeKey)
    .where('year', '=', year)
    .executeTakeFirst();
