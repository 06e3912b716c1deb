import { z } from 'zod';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView } from './workflow.ts';
import {
  LAUNCH_LEVELS,
  MOVEMENT_ACTIONS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
  PERIOD_KINDS,
  TARGET_AGGREGATIONS,
  TARGET_DIRECTIONS,
} from '@thidua/domain';
import {
  AttachmentView,
  Id,
  IsoDateTime,
  Version,
  longText,
  text,
  PlausibleDate,
  namedDate,
  safeString,
  paged,
} from './common.ts';

const Year = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const Amount = z.number({ error: 'Phải là một số' }).finite().min(-1e15, 'Số quá lớn').max(1e15, 'Số quá lớn');

export const MovementKindCode = z.enum(MOVEMENT_KINDS);
export const MovementStatusCode = z.enum(MOVEMENT_STATUSES);
export const MovementActionCode = z.enum(MOVEMENT_ACTIONS);
export const PeriodKindCode = z.enum(PERIOD_KINDS);

export const TargetInput = z.strictObject({
  /** Present when editing an existing target (its reports stay attached). */
  id: Id.optional(),
  name: text(300),
  unit: text(40).describe('Đơn vị tính, ví dụ "%", "lượt", "triệu đồng"'),
  /** The movement-wide target per unit; each unit may commit its own at registration. */
  targetValue: Amount.nullable().default(null),
  direction: z.enum(TARGET_DIRECTIONS).default('at_least'),
  aggregation: z.enum(TARGET_AGGREGATIONS).default('sum'),
});

const MovementFields = {
  name: text(300, 1, 'Tên phong trào'),
  kind: MovementKindCode,
  /** The year of a regular movement; the first year of a thematic one. */
  year: Year,
  launchLevel: z.enum(LAUNCH_LEVELS).default('department'),
  launchDocNumber: text(60, 0).default(''),
  launchDocDate: namedDate('Ngày ban hành').nullable().default(null),
  launchDocSigner: text(120, 0).default(''),
  objectives: longText(4000).default(''),
  content: longText(8000).default(''),
  criteria: longText(4000).default(''),
  startsOn: namedDate('Ngày bắt đầu'),
  endsOn: namedDate('Ngày kết thúc'),
  registrationDeadline: namedDate('Hạn đăng ký').nullable().default(null),
  reportEvery: PeriodKindCode.default('quarter'),
  orgIds: z.array(Id).min(1, 'Chọn ít nhất một đơn vị tham gia').max(500),
  targets: z.array(TargetInput).max(50, 'Tối đa 50 chỉ tiêu').default([]),
};

type Dated = { startsOn: string; endsOn: string; registrationDeadline: string | null };
function checkDates(v: Dated, ctx: z.RefinementCtx) {
  if (v.endsOn < v.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (v.registrationDeadline && v.registrationDeadline > v.endsOn)
    ctx.addIssue({
      code: 'custom',
      path: ['registrationDeadline'],
      message: 'Hạn đăng ký phải trước ngày kết thúc phong trào',
    });
}

export const CreateMovementRequest = z.strictObject(MovementFields).superRefine(checkDates);
export const UpdateMovementRequest = z.strictObject({ ...MovementFields, version: Version }).superRefine(checkDates);

export const TargetView = z.object({
  id: Id,
  name: z.string(),
  unit: z.string(),
  targetValue: z.number().nullable(),
  direction: z.enum(TARGET_DIRECTIONS),
  aggregation: z.enum(TARGET_AGGREGATIONS),
});

export const MovementAbilities = z.object({
  edit: z.boolean(),
  transitions: z.array(MovementActionCode),
  /** Units of this movement the user may register or report for. */
  registerOrgIds: z.array(Id),
  register: z.boolean(),
  report: z.boolean(),
  exemplars: z.boolean(),
  remind: z.boolean(),
});

export const MovementSummary = z.object({
  id: Id,
  name: z.string(),
  kind: MovementKindCode,
  year: z.number().int(),
  launchLevel: z.enum(LAUNCH_LEVELS),
  status: MovementStatusCode,
  startsOn: z.string(),
  endsOn: z.string(),
  registrationDeadline: z.string().nullable(),
  participantCount: z.number().int(),
  registeredCount: z.number().int(),
});

export const MovementView = MovementSummary.extend({
  launchDocNumber: z.string(),
  launchDocDate: z.string().nullable(),
  launchDocSigner: z.string(),
  objectives: z.string(),
  content: z.string(),
  criteria: z.string(),
  reportEvery: PeriodKindCode,
  participants: z.array(z.object({ orgId: Id, orgName: z.string() })),
  targets: z.array(TargetView),
  transitions: z.array(TransitionView),
  attachments: z.array(AttachmentView),
  abilities: MovementAbilities,
  nextStep: NextStepView.nullable(),
  version: Version,
  createdAt: IsoDateTime,
});

export const MOVEMENT_SORTS = ['startsOn', 'name', 'registrationDeadline'] as const;
export const MovementsQuery = listQuery(MOVEMENT_SORTS, '-startsOn', {
  year: Year.optional(),
  kind: MovementKindCode.optional(),
  status: MovementStatusCode.optional(),
});
export const MovementList = paged(MovementSummary);

export const TransitionRequest = z.strictObject({
  action: MovementActionCode,
  reason: text(1000, 0).default(''),
  version: Version,
});

// Registrations (đăng ký thi đua)
export const RegistrationTitleInput = z.strictObject({
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  awardCode: safeString().min(1, 'Chưa chọn danh hiệu').max(80),
});
export const SaveRegistrationRequest = z.strictObject({
  orgId: Id,
  titles: z.array(RegistrationTitleInput).max(2000),
  commitments: z
    .array(z.strictObject({ targetId: Id, value: Amount }))
    .max(50)
    .default([]),
  note: longText(2000).default(''),
  /** Required after the deadline: why the unit registers late (kept in the audit log). */
  lateReason: text(1000, 0).default(''),
  /** null for a first registration. */
  version: Version.nullable(),
});

export const RegistrationView = z.object({
  movementId: Id,
  orgId: Id,
  orgName: z.string(),
  registered: z.boolean(),
  registeredAt: IsoDateTime.nullable(),
  registeredBy: z.string().nullable(),
  late: z.boolean(),
  lateReason: z.string(),
  note: z.string(),
  titles: z.array(
    z.object({
      subjectKind: z.enum(['individual', 'collective']),
      subjectId: Id,
      subjectName: z.string(),
      awardCode: z.string(),
      awardName: z.string(),
    }),
  ),
  commitments: z.array(z.object({ targetId: Id, value: z.number() })),
  version: Version.nullable(),
  canEdit: z.boolean(),
});

export const RegistrationOverview = z.object({
  deadline: z.string().nullable(),
  items: z.array(
    z.object({
      orgId: Id,
      orgName: z.string(),
      registered: z.boolean(),
      registeredAt: IsoDateTime.nullable(),
      late: z.boolean(),
      collectiveTitles: z.number().int(),
      people: z.number().int(),
      lastRemindedAt: IsoDateTime.nullable(),
    }),
  ),
});

export const RemindRequest = z.strictObject({
  /** Default: every participating unit that has not registered. */
  orgIds: z.array(Id).max(500).optional(),
  message: text(1000, 0).default(''),
});
export const RemindResult = z.object({ orgs: z.number().int(), notified: z.number().int() });

/** Which of these subjects registered which titles for a year (proposals warn on the rest). */
export const RegisteredTitlesQuery = z.object({
  year: Year,
  subjectIds: z
    .string()
    .max(20000)
    .transform((s) => s.split(',').filter(Boolean)),
});
export const RegisteredTitles = z.object({
  items: z.array(z.object({ subjectId: Id, awardCode: z.string(), movementId: Id, movementName: z.string() })),
});

// Progress (báo cáo tiến độ)
export const ReportProgressRequest = z.strictObject({
  orgId: Id,
  period: safeString().min(4).max(8),
  values: z
    .array(
      z.strictObject({
        targetId: Id,
        value: Amount.nullable(),
        note: text(500, 0).default(''),
      }),
    )
    .min(1, 'Chưa nhập số liệu nào')
    .max(50),
});
export const ProgressEntry = z.object({
  orgId: Id,
  targetId: Id,
  period: z.string(),
  value: z.number(),
  note: z.string(),
  reportedAt: IsoDateTime,
  reportedBy: z.string(),
});
export const ProgressView = z.object({
  reportEvery: PeriodKindCode,
  periods: z.array(z.object({ key: z.string(), label: z.string() })),
  items: z.array(ProgressEntry),
});
export const ProgressQuery = z.object({ orgId: Id.optional() });

export const DashboardView = z.object({
  totals: z.object({
    participants: z.number().int(),
    registered: z.number().int(),
    reporting: z.number().int(),
    registeredPeople: z.number().int(),
    exemplars: z.number().int(),
    targetsMet: z.number().int(),
    targetsTracked: z.number().int(),
  }),
  targets: z.array(TargetView),
  units: z.array(
    z.object({
      orgId: Id,
      orgName: z.string(),
      registered: z.boolean(),
      titles: z.number().int(),
      results: z.array(
        z.object({
          targetId: Id,
          committed: z.number().nullable(),
          achieved: z.number().nullable(),
          ratio: z.number().nullable(),
          met: z.boolean().nullable(),
        }),
      ),
    }),
  ),
  /** Per period and target, for the trend chart: the sum over units, or their mean for levels and rates. */
  series: z.array(z.object({ period: z.string(), label: z.string(), targetId: Id, total: z.number() })),
  titles: z.array(z.object({ awardCode: z.string(), awardName: z.string(), registered: z.number().int() })),
});

// Exemplars (điển hình tiên tiến)
const ExemplarFields = {
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  title: text(300),
  description: longText(4000).default(''),
  evidence: longText(2000).default(''),
  recordedOn: PlausibleDate,
};
export const CreateExemplarRequest = z.strictObject(ExemplarFields);
export const UpdateExemplarRequest = z.strictObject({ ...ExemplarFields, version: Version });
export const ExemplarView = z.object({
  id: Id,
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  subjectName: z.string(),
  orgId: Id,
  orgName: z.string(),
  title: z.string(),
  description: z.string(),
  evidence: z.string(),
  recordedOn: z.string(),
  version: Version,
  canEdit: z.boolean(),
});
export const ExemplarList = z.object({ items: z.array(ExemplarView) });

export const ReviewReportQuery = z.object({ kind: z.enum(['interim', 'final']).default('final') });
