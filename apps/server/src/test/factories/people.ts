import { fullName, nameSortKey, searchKey, type Rating } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { indexNames } from '../../modules/people/nameIndex.ts';
import { type Db } from './steps.ts';

/** Units, staff and their yearly ratings. */

/** A unit under `parentId` (the org tree is re-read on every request in tests). */
export async function insertUnit(k: Db, parentId: string, code: string, name = `Phòng ${code}`): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('organisations')
    .values({
      id,
      parent_id: parentId,
      code,
      name,
      kind: 'division',
      active: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}

export interface PersonRow {
  id: string;
  org_id: string;
  full_name: string;
}

/** A working civil servant of a unit, searchable by name like one created through the API. */
export async function insertPerson(
  k: Db,
  orgId: string,
  over: { familyName?: string; middleName?: string; givenName?: string; gender?: string; startDate?: string } = {},
): Promise<PersonRow> {
  const names = {
    familyName: over.familyName ?? 'Nguyễn',
    middleName: over.middleName ?? 'Văn',
    givenName: over.givenName ?? 'An',
  };
  const full = fullName(names);
  const now = nowIso();
  const row = {
    id: newId(),
    family_name: names.familyName,
    middle_name: names.middleName,
    given_name: names.givenName,
    full_name: full,
    search_key: searchKey(full),
    sort_key: nameSortKey(names),
    gender: over.gender ?? 'male',
    date_of_birth: null,
    position: '',
    org_id: orgId,
    employment_type: 'civil_servant',
    start_date: over.startDate ?? '2015-01-05',
    status: 'working',
    citizen_id: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await k.insertInto('people').values(row).execute();
  await indexNames(k as never, [row], { fresh: true });
  return { id: row.id, org_id: orgId, full_name: full };
}

/** A year's rating of a person (or, with `subjectKind: 'collective'`, of a unit). */
export async function insertRating(
  k: Db,
  subject: { id: string; org_id: string; kind?: 'individual' | 'collective' },
  year: number,
  rating: Rating,
): Promise<void> {
  const now = nowIso();
  await k
    .insertInto('ratings')
    .values({
      id: newId(),
      subject_kind: subject.kind ?? 'individual',
      subject_id: subject.id,
      org_id: subject.org_id,
      year,
      rating,
      note: '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
}
