import { z } from 'zod';
import { EMPLOYMENT_TYPES, GENDERS, ORG_KINDS, PERSON_STATUSES, personDateProblems } from '@thidua/domain';
import { Id, IsoDate, IsoDateTime, Version, namedDate, paged, text } from './common.ts';
import { listQuery } from './lists.ts';

export const OrgKind = z.enum(ORG_KINDS);
export const Organisation = z.object({
  id: Id,
  parentId: Id.nullable(),
  code: z.string(),
  name: z.string(),
  kind: OrgKind,
  active: z.boolean(),
  version: Version,
});
export type Organisation = z.infer<typeof Organisation>;
export const OrganisationList = z.object({ items: z.array(Organisation) });

const OrgCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,30}$/u, 'Mã đơn vị 1–30 ký tự: chữ không dấu, số, dấu chấm, gạch');

export const CreateOrganisationRequest = z.strictObject({
  parentId: Id.nullable(),
  code: OrgCode,
  name: text(300),
  kind: OrgKind,
  active: z.boolean().default(true),
});
export const UpdateOrganisationRequest = z.strictObject({
  parentId: Id.nullable().optional(),
  code: OrgCode.optional(),
  name: text(300).optional(),
  kind: OrgKind.optional(),
  active: z.boolean().optional(),
  version: Version,
});

export const Gender = z.enum(GENDERS);
export const EmploymentType = z.enum(EMPLOYMENT_TYPES);
export const PersonStatus = z.enum(PERSON_STATUSES);
export const CitizenId = z.string().regex(/^\d{12}$/u, 'Số CCCD phải gồm đúng 12 chữ số');

export const Person = z.object({
  id: Id,
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  fullName: z.string(),
  gender: Gender,
  dateOfBirth: IsoDate.nullable(),
  position: z.string(),
  orgId: Id,
  orgName: z.string(),
  employmentType: EmploymentType,
  startDate: IsoDate.nullable(),
  status: PersonStatus,
  /** Masked in lists (•••••••• + last 4); full on the detail to those who may edit. */
  citizenId: z.string().nullable(),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  abilities: z.object({ edit: z.boolean() }),
});
export type Person = z.infer<typeof Person>;

const PersonFields = {
  familyName: text(50, 1, 'Họ'),
  middleName: text(100, 0, 'Tên đệm').default(''),
  givenName: text(50, 1, 'Tên'),
  gender: Gender,
  dateOfBirth: namedDate('Ngày sinh').nullable().default(null),
  position: text(200, 0, 'Chức vụ').default(''),
  orgId: Id,
  employmentType: EmploymentType,
  startDate: namedDate('Ngày bắt đầu công tác').nullable().default(null),
  status: PersonStatus.default('working'),
  citizenId: CitizenId.nullable().default(null),
};
/** One plausibility rule for a person's dates (domain), applied to the form here and to the import. */
function checkPersonDates(v: { dateOfBirth?: string | null; startDate?: string | null }, ctx: z.RefinementCtx) {
  for (const p of personDateProblems(v, new Date().toISOString().slice(0, 10)))
    ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
}
export const CreatePersonRequest = z.strictObject(PersonFields).superRefine(checkPersonDates);
export const UpdatePersonRequest = z
  .strictObject({
    familyName: PersonFields.familyName.optional(),
    middleName: text(100, 0, 'Tên đệm').optional(),
    givenName: PersonFields.givenName.optional(),
    gender: Gender.optional(),
    dateOfBirth: namedDate('Ngày sinh').nullable().optional(),
    position: text(200, 0, 'Chức vụ').optional(),
    orgId: Id.optional(),
    employmentType: EmploymentType.optional(),
    startDate: namedDate('Ngày bắt đầu công tác').nullable().optional(),
    status: PersonStatus.optional(),
    citizenId: CitizenId.nullable().optional(),
    version: Version,
  })
  .superRefine(checkPersonDates);

/** Sorts of the people list: by name the Vietnamese way (given, middle, then family name), or by a date. */
export const PEOPLE_SORTS = ['name', 'dateOfBirth', 'startDate'] as const;
export const PeopleQuery = listQuery(PEOPLE_SORTS, 'name', {
  orgId: Id.optional(),
  /** Include the organisation's whole subtree (default) or only the unit itself. */
  subtree: z.enum(['true', 'false']).default('true'),
  status: PersonStatus.optional(),
  employmentType: EmploymentType.optional(),
  gender: Gender.optional(),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;
/**
 * A row of the people list: what the list screen and the person pickers show (name, gender, dates,
 * position, unit, kind of employment, status, masked citizen ID) and whether the row may be edited.
 * The full record, with the name's parts and the version an edit needs, is `GET /people/{id}`.
 */
export const PersonListItem = Person.pick({
  id: true,
  fullName: true,
  gender: true,
  dateOfBirth: true,
  position: true,
  orgId: true,
  orgName: true,
  employmentType: true,
  startDate: true,
  status: true,
  citizenId: true,
  abilities: true,
});
export type PersonListItem = z.infer<typeof PersonListItem>;
export const PeoplePage = paged(PersonListItem);
export const PeopleCount = z.object({ total: z.number().int() });

export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export const ImportDuplicate = z.object({
  row: z.number().int(),
  fullName: z.string(),
  dateOfBirth: z.string().nullable(),
  existingPersonId: Id.nullable(),
  otherRow: z.number().int().nullable(),
});
export const ImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  imported: z.number().int(),
  errors: z.array(ImportRowError),
  duplicates: z.array(ImportDuplicate),
});
export type ImportResult = z.infer<typeof ImportResult>;
