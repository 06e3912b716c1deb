import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PeopleQuery } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { num } from '../../db/index.ts';

export const COUNT_CAP = 10_000;

export interface PeopleFilter extends Omit<PeopleQuery, 'page' | 'pageSize' | 'sort' | 'subtree' | 'orgId'> {
  /** Organisations to keep; undefined = no restriction. */
  orgIds?: string[];
}

type Q = SelectQueryBuilder<Database, 'people', object>;

export function applyFilter(q: Q, f: PeopleFilter): Q {
  if (f.orgIds) q = f.orgIds.length === 1 ? q.where('people.org_id', '=', f.orgIds[0]!) : q.where('people.org_id', 'in', f.orgIds.length ? f.orgIds : ['']);
  if (f.status) q = q.where('people.status', '=', f.status);
  if (f.employmentType) q = q.where('people.employment_type', '=', f.employmentType);
  if (f.gender) q = q.where('people.gender', '=', f.gender);
  const key = f.q ? searchKey(f.q) : '';
  if (/^\d{12}$/u.test(key)) q = q.where('people.citizen_id', '=', key);
  else if (key) q = q.where('people.search_key', 'like', `%${key}%`);
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
  let q = applyFilter(db.selectFrom('people'), f)
    .innerJoin('organisations', 'organisations.id', 'people.org_id')
    .selectAll('people')
    .select('organisations.name as org_name')
    .orderBy(`people.${col}`, dir);
  if (col !== 'sort_key') q = q.orderBy('people.sort_key', 'asc');
  return q.orderBy('people.id', dir).limit(limit).offset(offset).execute();
}

/** Counts up to a cap: an exact total of a 3-million-row table is not worth a scan per page. */
export async function countPeople(db: Kysely<Database>, f: PeopleFilter): Promise<{ total: number; exact: boolean }> {
  const inner = applyFilter(db.selectFrom('people'), f).select('people.id').limit(COUNT_CAP + 1);
  const row = await db.selectFrom(inner.as('t')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const n = num(row.n);
  return n > COUNT_CAP ? { total: COUNT_CAP, exact: false } : { total: n, exact: true };
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
