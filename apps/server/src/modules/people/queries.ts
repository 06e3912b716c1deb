import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PeopleQuery } from '@thidua/contracts';
import type { Database, PersonTable } from '../../db/schema.ts';
import { defineList } from '../../platform/lists.ts';
import { num } from '../../db/index.ts';
import { nameMatches, type SearchPlan } from './nameIndex.ts';

/** Totals stop here: a list of 3 million is not counted on every page. */
export const COUNT_CAP = 1000;

type PeopleListParams = Omit<PeopleQuery, 'page' | 'pageSize' | 'orgId' | 'subtree'>;

/**
 * The people list on the shared list pattern: names sort the Vietnamese way by the stored key
 * (given name, then middle, then family name; `people_sort_idx` serves it), a date sort keeps
 * people without that date last and ties in name order. The name search and the units are the
 * list's own (`restrict`): the search goes through the name index, and the units are the
 * user's scope. Pages count up to a cap (`countPeople`) rather than the exact total of
 * `list.page`: a list of 3 million people is not counted on every page.
 */
export const peopleList = defineList<Database, 'people', PersonTable, PeopleListParams>({
  sorts: {
    name: ['people.sort_key'],
    dateOfBirth: [{ ref: 'people.date_of_birth', nullable: true }, 'people.sort_key'],
    startDate: [{ ref: 'people.start_date', nullable: true }, 'people.sort_key'],
  },
  tieBreaker: 'people.id',
  filters: {
    status: (q, status) => q.where('people.status', '=', status),
    employmentType: (q, type) => q.where('people.employment_type', '=', type),
    gender: (q, gender) => q.where('people.gender', '=', gender),
  },
});

export interface PeopleFilter extends Omit<PeopleListParams, 'q' | 'sort'> {
  /** Organisations to keep; undefined = no restriction. */
  orgIds?: string[];
  search: SearchPlan;
}

type Q = SelectQueryBuilder<Database, 'people', PersonTable>;

/** The units and the name search: what the list's declaration cannot know. */
function restrict(q: Q, f: PeopleFilter): Q {
  if (f.orgIds)
    q = f.orgIds.length === 1 ? q.where('people.org_id', '=', f.orgIds[0]!) : q.where('people.org_id', 'in', f.orgIds);
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

/** Every person the filter keeps, unordered (no join: with one, SQLite may drive the query from the units and sort every person). */
export const filteredPeople = (db: Kysely<Database>, f: PeopleFilter): Q =>
  peopleList.filter(restrict(db.selectFrom('people').selectAll('people'), f), { ...f, sort: 'name' });

/** The columns a row of the list shows (`PersonListItem`); the export and the detail read every column. */
export const LIST_COLUMNS = [
  'people.id',
  'people.full_name',
  'people.gender',
  'people.date_of_birth',
  'people.position',
  'people.org_id',
  'people.employment_type',
  'people.start_date',
  'people.status',
  'people.citizen_id',
] as const;

/** One page of the list, in the list's columns only. */
export async function findPeoplePage(
  db: Kysely<Database>,
  f: PeopleFilter,
  sort: PeopleQuery['sort'],
  limit: number,
  offset: number,
) {
  return peopleList
    .order(sort)(filteredPeople(db, f))
    .clearSelect()
    .select(LIST_COLUMNS)
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function findPeople(
  db: Kysely<Database>,
  f: PeopleFilter,
  sort: PeopleQuery['sort'],
  limit: number,
  offset: number,
) {
  return peopleList.order(sort)(filteredPeople(db, f)).limit(limit).offset(offset).execute();
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
  return countOf(db, filteredPeople(db, f).clearSelect().select('people.id'));
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
    // A common name: the name index tells "more than cap" without reading people's rows.
    if ((await nameMatches(db, s.key, cap + 1)).length > cap) return { total: cap, exact: false };
  }
  const n = await countOf(
    db,
    filteredPeople(db, f)
      .clearSelect()
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
