import { z } from 'zod';
import { TransitionView } from './workflow.ts';
import { ACHIEVEMENT_YEAR_TEXT } from './achievementYear.ts';
import { listQuery } from './lists.ts';
import {
  AWARD_ORIGINS,
  COMMENDATION_TYPES,
  DISCIPLINE_FORMS,
  INITIATIVE_KINDS,
  LEAVE_KINDS,
  RATINGS,
  RECOGNITION_LEVELS,
  REVIEW_KINDS,
} from '@thidua/domain';
import { AttachmentView, Id, Version, paged, text, PlausibleDate, safeString, searchText } from './common.ts';
import { EscalationView, InitiativeDossierFields, InitiativeStatusCode } from './initiatives.ts';
import { ImportRowError } from './org.ts';

const Year = z.coerce.number().int().min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
export const SubjectKindCode = z.enum(['individual', 'collective']);

export const SubjectRef = z.object({
  kind: SubjectKindCode,
  id: Id,
  name: z.string(),
  orgId: Id,
  orgName: z.string(),
  /** Start of service (people only). */
  recruitedOn: z.string().nullable(),
});

export const AwardRecordView = z.object({
  id: Id,
  awardCode: z.string(),
  awardName: z.string(),
  year: z.number().int().describe(ACHIEVEMENT_YEAR_TEXT),
  fromYear: z.number().int(),
  commendationType: z.enum(COMMENDATION_TYPES),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  decisionSigner: z.string(),
  decisionAuthority: z.string(),
  origin: z.enum(AWARD_ORIGINS),
  note: z.string(),
  flag: z.string().nullable(),
  initiatives: z.array(z.object({ id: Id, title: z.string() })),
  version: Version,
});

const AwardRecordFields = {
  awardCode: safeString().min(1, 'Chưa chọn danh hiệu/hình thức').max(80),
  year: Year.describe(ACHIEVEMENT_YEAR_TEXT),
  /** First year of a multi-year achievement period; defaults to `year`. */
  fromYear: Year.optional(),
  commendationType: z.enum(COMMENDATION_TYPES).default('periodic'),
  decisionNumber: text(60, 0).default(''),
  decisionDate: PlausibleDate.nullable().default(null),
  decisionSigner: text(120, 0).default(''),
  decisionAuthority: text(200, 0).default(''),
  origin: z.enum(AWARD_ORIGINS).default('here'),
  note: text(500, 0).default(''),
  initiativeIds: z.array(Id).max(20).default([]),
  /** Keep the record even though it duplicates or contradicts another (it is then flagged). */
  confirmConflict: z.boolean().default(false),
};
export const CreateAwardRecordRequest = z.strictObject({ subjectId: Id, ...AwardRecordFields });
export const UpdateAwardRecordRequest = z.strictObject({ ...AwardRecordFields, version: Version });

export const PeriodCategoryCode = z.enum(['discipline', 'review', 'leave']);
export const PeriodKind = z.enum([...DISCIPLINE_FORMS, ...REVIEW_KINDS, ...LEAVE_KINDS]);
export const PeriodView = z.object({
  id: Id,
  category: PeriodCategoryCode,
  kind: PeriodKind,
  kindLabel: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  decisionNumber: z.string(),
  note: z.string(),
  version: Version,
});
const PeriodFields = {
  category: PeriodCategoryCode,
  kind: PeriodKind,
  from: PlausibleDate,
  /** Null while still in effect. */
  to: PlausibleDate.nullable().default(null),
  decisionNumber: text(60, 0).default(''),
  note: text(500, 0).default(''),
};
export const CreatePeriodRequest = z.strictObject({ subjectId: Id, ...PeriodFields });
export const UpdatePeriodRequest = z.strictObject({ ...PeriodFields, version: Version });

export const HistoryIssueView = z.object({
  kind: z.enum(['duplicate', 'contradiction']),
  recordIds: z.array(Id),
  message: z.string(),
});

export const InitiativeLevel = z.enum(RECOGNITION_LEVELS);
export const InitiativeKindCode = z.enum(INITIATIVE_KINDS);
export const InitiativeView = z.object({
  id: Id,
  title: z.string(),
  kind: InitiativeKindCode,
  field: z.string(),
  orgId: Id,
  orgName: z.string(),
  level: InitiativeLevel.nullable(),
  recognisedOn: z.string().nullable(),
  decisionNumber: z.string(),
  decisionSigner: z.string(),
  summary: z.string(),
  problem: z.string(),
  solution: z.string(),
  novelty: z.string(),
  firstAppliedOn: z.string().nullable(),
  appliedAt: z.string(),
  benefitAmount: z.number().nullable(),
  socialBenefit: z.string(),
  status: InitiativeStatusCode,
  escalation: EscalationView.nullable(),
  /** Empty, with `anonymous`, for a reviewer while his round hides authors. */
  authors: z.array(z.object({ personId: Id, name: z.string(), share: z.number().int() })),
  anonymous: z.boolean(),
  /** The award it already founded (one-use rule), if any. */
  usedBy: z.object({ recordId: Id, awardName: z.string(), year: z.number().int(), subjectName: z.string() }).nullable(),
  /** A proposal item that rests on it and is still pending, if any. */
  pendingProposal: z.object({ proposalId: Id, title: z.string(), subjectName: z.string() }).nullable(),
  attachments: z.array(AttachmentView),
  canEdit: z.boolean(),
  /** What the current user may do with it now (the server refuses by the same rules). */
  abilities: z.object({
    edit: z.boolean(),
    attach: z.boolean(),
    proposeEscalation: z.boolean(),
    recordEscalation: z.boolean(),
  }),
  /** Its status history, in the detail only (empty while its authors are hidden from the reader). */
  transitions: z.array(TransitionView).optional(),
  version: Version,
});

/** Everything the department knows about one subject, oldest first. */
export const SubjectHistory = z.object({
  subject: SubjectRef,
  canEdit: z.boolean(),
  awards: z.array(AwardRecordView),
  ratings: z.array(z.object({ year: z.number().int(), rating: z.enum(RATINGS) })),
  periods: z.array(PeriodView),
  initiatives: z.array(InitiativeView),
  issues: z.array(HistoryIssueView),
});
export const HistoryQuery = z.object({ subjectId: Id });

const InitiativeFields = {
  title: text(300),
  kind: InitiativeKindCode.default('initiative'),
  field: text(120, 0).default(''),
  orgId: Id,
  level: InitiativeLevel.nullable().default(null),
  recognisedOn: PlausibleDate.nullable().default(null),
  decisionNumber: text(60, 0).default(''),
  decisionSigner: text(120, 0).default(''),
  summary: text(4000, 0).default(''),
  ...InitiativeDossierFields,
  authors: z
    .array(z.strictObject({ personId: Id, share: z.number().int().min(1, 'Tỷ lệ từ 1%').max(100, 'Tối đa 100%') }))
    .min(1, 'Cần ít nhất một tác giả')
    .max(30),
};
export const CreateInitiativeRequest = z.strictObject(InitiativeFields);
export const UpdateInitiativeRequest = z.strictObject({ ...InitiativeFields, version: Version });
export const INITIATIVE_SORTS = ['recognisedOn', 'title'] as const;
export const InitiativesQuery = listQuery(INITIATIVE_SORTS, '-recognisedOn', {
  orgId: Id.optional(),
  personId: Id.optional(),
  status: InitiativeStatusCode.optional(),
  level: InitiativeLevel.optional(),
  field: searchText(120).optional(),
  from: z.coerce.number().int().min(1945).max(2100).optional(),
  to: z.coerce.number().int().min(1945).max(2100).optional(),
});
export const InitiativeList = paged(InitiativeView);
/** The registry workbook: a span of years (its statistics sheet), narrowed by the list's filters. */
export const RegistryExportQuery = InitiativesQuery.omit({ page: true, pageSize: true }).extend({
  from: z.coerce.number().int().min(1945).max(2100),
  to: z.coerce.number().int().min(1945).max(2100),
});

export const AwardImportFlag = z.object({
  row: z.number().int(),
  message: z.string(),
});
export const AwardImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  imported: z.number().int(),
  errors: z.array(ImportRowError),
  /** Duplicates and contradictions: the import waits until the clerk confirms them (they are then flagged). */
  flags: z.array(AwardImportFlag),
});
export type AwardImportResult = z.infer<typeof AwardImportResult>;
export const AwardImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  allowFlagged: z.enum(['true', 'false']).default('false'),
});
