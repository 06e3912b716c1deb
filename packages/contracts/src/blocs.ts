import { z } from 'zod';
import { BLOC_KINDS, BLOC_ORGANISERS, BLOC_ROLES } from '@thidua/domain';
import { AttachmentView, Id, Version, longText, text, PlausibleDate } from './common.ts';

const Year = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');

const BlocFields = {
  name: text(300),
  kind: z.enum(BLOC_KINDS).default('bloc'),
  organiser: z.enum(BLOC_ORGANISERS).default('province'),
  description: longText(2000).default(''),
};
export const CreateBlocRequest = z.strictObject(BlocFields);
export const UpdateBlocRequest = z.strictObject({ ...BlocFields, version: Version });

/** A member is one of the department's units (orgId) or another agency named in full (e.g. another Sở). */
export const BlocMemberInput = z
  .strictObject({
    orgId: Id.nullable().default(null),
    name: text(300, 0).default(''),
    role: z.enum(BLOC_ROLES).default('member'),
  })
  .refine((m) => m.orgId !== null || m.name.length > 0, {
    message: 'Chọn đơn vị hoặc ghi tên cơ quan',
    path: ['name'],
  });

export const SaveBlocYearRequest = z.strictObject({
  members: z.array(BlocMemberInput).min(2, 'Một khối cần ít nhất hai thành viên').max(200),
  covenantSignedOn: PlausibleDate.nullable().default(null),
  covenantNumber: text(60, 0).default(''),
  covenantContent: longText(8000).default(''),
  /** null for a year not yet recorded. */
  version: Version.nullable(),
});

export const BlocYearView = z.object({
  year: z.number().int(),
  members: z.array(z.object({ orgId: Id.nullable(), name: z.string(), role: z.enum(BLOC_ROLES) })),
  covenantSignedOn: z.string().nullable(),
  covenantNumber: z.string(),
  covenantContent: z.string(),
  attachments: z.array(AttachmentView),
  version: Version,
});

export const BlocSummary = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(BLOC_KINDS),
  organiser: z.enum(BLOC_ORGANISERS),
  latestYear: z.number().int().nullable(),
  leaderName: z.string().nullable(),
  memberCount: z.number().int(),
});
export const BlocList = z.object({ items: z.array(BlocSummary) });
export const BlocView = BlocSummary.extend({
  description: z.string(),
  years: z.array(BlocYearView),
  canEdit: z.boolean(),
  version: Version,
});
export const BlocYearParams = z.object({ id: Id, year: Year });
