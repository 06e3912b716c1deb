import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PeopleQuery } from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import { num } from '../../db/index.ts';
import type { SearchPlan } from './nameIndex.ts';

/** Totals stop here: a list of 3 million is not counted on every page. */
export const COUNT_CAP = 1000;

export interface PeopleFilter extends Omit<PeopleQuery, 'page' | 'pageSize' | 'sort' | 'subtree' | 'orgId' | 'q'> {
  /** Organisations to keep; undefined = no restriction. */
  orgIds?: string[];
  search: SearchPlan;
}

type Q = SelectQueryBuilder<Database, 'people', object>;

export function applyFilter(q: Q, f: PeopleFilter): Q {
  if (f.orgIds)
    q = f.orgIds.length === 1 ? q.where('people.org_id', '=', f.orgIds[0]!) : q.where('people.org_id', 'in', f.orgIds);
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.employmentType) q = q.where('people.employment_type', '=', f.employmentType);
  if (f.gender) q = q.where('people.gender', '=', f.gender);
  const s = f.search;
  if (s.kind === 'nothing') q = q.where('people.id', '=', '');
  else if (s.kind === 'citizen') q = q.where('people.citizen_id', '=', s.citizenId);
  else if (s.kind === 'ids') q = q.where('people.id', 'in', s.ids);
  else if (s.kind === 'dense')
    q = q.where((eb) =>
      eb.or([eb('people.search_key', 'like', `${s.key}%`), eb('people.search_key', 'like', `% ${s.key}%`)]),
    );
  return q;
}

const ORDER: Record<PeopleQuery['sort'], [keyof Database['people'], 'asc' | 'desc']> = {
  name: ['sort_key', 'asc'],
  '-name': ['sort_key', 'desc'],
  dateOfBirth: ['date_of_birth', 'asc'],
  '-dateOfBirth': ['date_of_birth', 'desc'],
  startDate: ['start_date', 'asc'],
  '-startDate': ['start_date', 'desc'],
};

export async function findPeople(
  db: Kysely<Database>,
  f: PeopleFilter,
  sort: PeopleQuery['sort'],
  limit: number,
  offset: number,
) {
  const [col, dir] = ORDER[sort];
  // No join: with one, SQLite may drive the query from the units and sort every person.
  let q = applyFilter(db.selectFrom('people'), f).selectAll('people').orderBy(`people.${col}`, dir);
  if (col !== 'sort_key') q = q.orderBy('people.sort_key', 'asc');
  return q.orderBy('people.id', dir).limit(limit).offset(offset).execute();
}

/** Rows a subquery yields (one shape for the capped and the exact counts). */
async function countOf(
  db: Kysely<Database>,
  inner: SelectQueryBuilder<Database, keyof Database, object>,
): Promise<number> {
  const row = await db
    .selectFrom(inner.as('t'))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return num(row.n);
}

/** The exact number for a filter (dashboards); lists use the capped count below. */
export function countPeopleExact(db: Kysely<Database>, f: PeopleFilter): Promise<number> {
  return countOf(db, applyFilter(db.selectFrom('people'), f).select('people.id'));
}

/** Counts up to a cap: an exact total of a 3-million-row table is not worth a scan per page. */
export async function countPeople(
  db: Kysely<Database>,
  f: PeopleFilter,
  cap = COUNT_CAP,
): Promise<{ total: number; exact: boolean }> {
  const s = f.search;
  const onlySearch = !f.orgIds && !f.status && !f.employmentType && !f.gender;
  if (s.kind === 'dense' && onlySearch) {
    // A common name: the suffix index tells "more than cap" without touching people.
    const suffixes = db
      .selectFrom('people_name_suffixes')
      .select('person_id')
      .where('suffix', '>=', s.key)
      .where('suffix', '<', `${s.key}\uffff`)
      .limit(cap + 1);
    if ((await countOf(db, suffixes)) > cap) return { total: cap, exact: false };
  }
  const n = await countOf(
    db,
    applyFilter(db.selectFrom('people'), f)
      .select('people.id')
      .limit(cap + 1),
  );
  return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
}

export async function findPerson(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.org_id')
    .selectAll('people')
    .select('organisations.name as org_name')
    .where('people.id', '=', id)
    .executeTakeFirst();
}
