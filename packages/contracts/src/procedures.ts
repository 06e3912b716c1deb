/** Contracts of the one-stop desk (docs/one-stop.md): the procedure catalog. */
import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  ONLINE_LEVELS,
  PROCEDURE_ACTIONS,
  PROCEDURE_CODE_PATTERN,
  PROCEDURE_FIELDS,
  PROCEDURE_LEVELS,
  PROCEDURE_STATUSES,
  PROCEDURE_VERSION_STATUSES,
  TIME_UNITS,
  inDays,
  timeLimitLabel,
} from '@thidua/domain';
import { Id, IsoDateTime, Version, longText, namedDate, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { ImportRowError } from './org.ts';
import { TransitionView } from './workflow.ts';

export const ProcedureFieldCode = z.enum(PROCEDURE_FIELDS, { error: 'Lĩnh vực: chọn một lĩnh vực trong danh mục' });
export const ProcedureLevelCode = z.enum(PROCEDURE_LEVELS, { error: 'Cấp thực hiện: chọn cấp tỉnh, cấp xã…' });
export const OnlineLevelCode = z.enum(ONLINE_LEVELS, { error: 'Mức độ dịch vụ công trực tuyến: chọn một mức' });
export const ProcedureStatusCode = z.enum(PROCEDURE_STATUSES);
export const ProcedureVersionStatusCode = z.enum(PROCEDURE_VERSION_STATUSES);
export const ProcedureActionCode = z.enum(PROCEDURE_ACTIONS, {
  error: 'Thao tác: chọn công bố (publish), sửa đổi (amend) hoặc bãi bỏ (abolish)',
});
const timeUnit = (label: string) =>
  z.enum(TIME_UNITS, { error: `${label}: chọn ngày làm việc, ngày hoặc giờ làm việc` });
export const TimeUnitCode = timeUnit('Đơn vị thời gian');

const amountOf = (label: string) =>
  z
    .number({ error: `${label}: cần một số` })
    .finite()
    .min(0, `${label}: không được âm`)
    .max(10_000, `${label}: quá lớn`);
/** Money in đồng: a whole number. */
const dong = (label: string) =>
  z
    .number({ error: `${label}: cần một số (đồng)` })
    .int(`${label}: số nguyên đồng, không có phần lẻ`)
    .min(0, `${label}: không được âm`)
    .max(1e12, `${label}: quá lớn`);

export const ProcedureCode = z
  .string({ error: 'Mã thủ tục: cần một chuỗi' })
  .trim()
  .regex(PROCEDURE_CODE_PATTERN, 'Mã thủ tục: dạng n.nnnnnn theo Cơ sở dữ liệu quốc gia, ví dụ 1.003349');

/** Who the procedure is, whatever its versions say. */
export const ProcedureIdentity = {
  code: ProcedureCode,
  name: text(500, 1, 'Tên thủ tục'),
  field: ProcedureFieldCode,
  level: ProcedureLevelCode,
  agency: text(300, 1, 'Cơ quan thực hiện'),
  interAgency: z.boolean({ error: 'Liên thông: đúng hoặc sai' }).default(false),
  onlineLevel: OnlineLevelCode.default('none'),
};

export const TimeLimit = z.strictObject({
  amount: z
    .number({ error: 'Thời hạn giải quyết: cần một số' })
    .finite()
    .min(0, 'Thời hạn giải quyết: không được âm')
    .max(10_000, 'Thời hạn giải quyết: quá lớn'),
  unit: timeUnit('Thời hạn giải quyết'),
});
export const FeeItem = z.strictObject({
  name: text(300, 1, 'Tên phí, lệ phí'),
  amount: dong('Mức phí, lệ phí'),
  note: text(500, 0, 'Ghi chú phí').default(''),
});
export const RequiredDocument = z.strictObject({
  name: text(500, 1, 'Tên giấy tờ'),
  kind: z.enum(DOCUMENT_KINDS, { error: 'Loại giấy tờ: bản chính, bản sao hoặc bản chính hoặc bản sao' }),
  count: z.number({ error: 'Số lượng: cần một số' }).int('Số lượng: số nguyên').min(1, 'Số lượng: ít nhất 1').max(100),
  required: z.boolean({ error: 'Bắt buộc: đúng hoặc sai' }).default(true),
  templateFileId: Id.optional(),
});
export const InternalStep = z.strictObject({
  name: text(300, 1, 'Tên bước'),
  unit: text(200, 0, 'Bộ phận thực hiện').default(''),
  role: text(200, 0, 'Người thực hiện').default(''),
  amount: amountOf('Thời gian của bước'),
  timeUnit: timeUnit('Đơn vị thời gian của bước'),
});
export const InterAgencyLeg = z.strictObject({
  agency: text(300, 1, 'Cơ quan phối hợp'),
  name: text(300, 1, 'Nội dung phối hợp'),
  amount: amountOf('Thời gian phối hợp'),
  timeUnit: timeUnit('Đơn vị thời gian phối hợp'),
});

const VersionFields = {
  legalBasis: longText(8000, 'Căn cứ pháp lý').default(''),
  time: TimeLimit,
  noAppointment: z.boolean({ error: 'Không hẹn trả: đúng hoặc sai' }).default(false),
  fees: z.array(FeeItem).max(50).default([]),
  documents: z.array(RequiredDocument).max(200).default([]),
  steps: z.array(InternalStep).max(50).default([]),
  legs: z.array(InterAgencyLeg).max(50).default([]),
  result: text(1000, 0, 'Kết quả thực hiện').default(''),
  resultValidity: text(300, 0, 'Thời hạn hiệu lực của kết quả').default(''),
  complianceCost: dong('Chi phí tuân thủ một hồ sơ').default(0),
  yearlyDossiers: z
    .number({ error: 'Số hồ sơ một năm: cần một số' })
    .int('Số hồ sơ một năm: số nguyên')
    .min(0, 'Số hồ sơ một năm: không được âm')
    .max(10_000_000)
    .default(0),
  changeNote: longText(4000, 'Nội dung sửa đổi').default(''),
  effectiveFrom: namedDate('Hiệu lực từ ngày').nullable().default(null),
  effectiveTo: namedDate('Hiệu lực đến ngày').nullable().default(null),
};

type StepsCheck = { time: z.output<typeof TimeLimit>; steps: z.output<typeof InternalStep>[] };
/**
 * The internal steps may not take longer than the time limit: the steps counted in the same kind of day
 * as the limit (working hours as 1/8 working day), the first step at which the running total passes it named.
 */
export function stepsOverLimit(v: StepsCheck): { index: number; message: string } | null {
  const limit = inDays(v.time.amount, v.time.unit);
  let total = 0;
  for (const [index, s] of v.steps.entries()) {
    const d = inDays(s.amount, s.timeUnit);
    if (d.kind !== limit.kind) continue;
    total += d.days;
    if (total > limit.days + 1e-9)
      return {
        index,
        message: `Bước ${index + 1} "${s.name}": cộng dồn các bước vượt thời hạn giải quyết ${timeLimitLabel(v.time.amount, v.time.unit)}`,
      };
  }
  return null;
}
const checkVersion = (
  v: StepsCheck & { effectiveFrom: string | null; effectiveTo: string | null },
  ctx: z.RefinementCtx,
) => {
  const over = stepsOverLimit(v);
  if (over) ctx.addIssue({ code: 'custom', path: ['steps', over.index, 'amount'], message: over.message });
  if (v.effectiveFrom && v.effectiveTo && v.effectiveTo < v.effectiveFrom)
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Hiệu lực đến ngày: trước ngày bắt đầu hiệu lực' });
};

/** A version's content: what a draft holds and a published version keeps unchanged. */
export const VersionContent = z.strictObject(VersionFields).superRefine(checkVersion);

export const CreateProcedureRequest = z
  .strictObject({ ...ProcedureIdentity, content: VersionContent })
  .describe('Thủ tục mới (dự thảo) với phiên bản 1 (dự thảo)');
export const UpdateProcedureRequest = z.strictObject({ ...ProcedureIdentity, version: Version });
/** `version`: the draft version's own lock (`versions[].version`). */
export const SaveDraftRequest = z.strictObject({ ...VersionFields, version: Version }).superRefine(checkVersion);
/** `version`: the procedure's lock. */
export const StartAmendmentRequest = z.strictObject({ version: Version });

export const PublishingDecision = z.strictObject({
  no: text(60, 1, 'Số quyết định'),
  date: namedDate('Ngày quyết định'),
  signer: text(120, 0, 'Người ký quyết định').default(''),
});
export const ProcedureTransitionRequest = z.strictObject({
  action: ProcedureActionCode,
  version: Version,
  decision: PublishingDecision,
  reason: text(2000, 0, 'Lý do').default(''),
});

export const ProcessingTime = z.object({ amount: z.number(), unit: TimeUnitCode, label: z.string() });

export const ProcedureVersionView = z.object({
  id: Id,
  seq: z.number().int(),
  status: ProcedureVersionStatusCode,
  decision: z.object({ no: z.string(), date: z.string().nullable(), signer: z.string() }),
  legalBasis: z.string(),
  time: z.object({ amount: z.number(), unit: TimeUnitCode }),
  processingTime: ProcessingTime,
  noAppointment: z.boolean(),
  fees: z.array(z.object({ name: z.string(), amount: z.number(), note: z.string() })),
  feeTotal: z.number(),
  documents: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(DOCUMENT_KINDS),
      count: z.number(),
      required: z.boolean(),
      templateFileId: z.string().optional(),
    }),
  ),
  steps: z.array(
    z.object({ name: z.string(), unit: z.string(), role: z.string(), amount: z.number(), timeUnit: TimeUnitCode }),
  ),
  legs: z.array(z.object({ agency: z.string(), name: z.string(), amount: z.number(), timeUnit: TimeUnitCode })),
  result: z.string(),
  resultValidity: z.string(),
  complianceCost: z.number(),
  yearlyDossiers: z.number(),
  changeNote: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  version: Version,
  updatedAt: IsoDateTime,
});

export const ProcedureSummary = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  field: ProcedureFieldCode,
  fieldLabel: z.string(),
  level: ProcedureLevelCode,
  status: ProcedureStatusCode,
  onlineLevel: OnlineLevelCode,
  /** Of the version in force, or of the draft while none is. */
  processingTime: ProcessingTime.nullable(),
  feeTotal: z.number(),
});

export const ProcedureAbilities = z.object({
  /** Identity fields. */
  edit: z.boolean(),
  /** There is a draft version and the user may save it. */
  editDraft: z.boolean(),
  /** The user may start an amendment draft from the version in force. */
  startAmendment: z.boolean(),
  transitions: z.array(ProcedureActionCode),
});

export const ProcedureView = ProcedureSummary.extend({
  agency: z.string(),
  interAgency: z.boolean(),
  /** Partner agencies named in the legs of the version in force (or the draft). */
  partnerAgencies: z.array(z.string()),
  currentVersionId: Id.nullable(),
  draftVersionId: Id.nullable(),
  versions: z.array(ProcedureVersionView),
  transitions: z.array(TransitionView),
  abilities: ProcedureAbilities,
  version: Version,
  createdAt: IsoDateTime,
});

export const PROCEDURE_SORTS = ['code', 'name'] as const;
export const ProceduresQuery = listQuery(PROCEDURE_SORTS, 'code', {
  field: ProcedureFieldCode.optional(),
  status: ProcedureStatusCode.optional(),
});
export const ProcedureList = paged(ProcedureSummary);

export const SimplificationQuery = z.object({
  from: namedDate('Từ ngày'),
  to: namedDate('Đến ngày'),
  by: z.enum(['year', 'field'], { error: 'Nhóm theo: năm (year) hoặc lĩnh vực (field)' }).default('year'),
});
const Totals = {
  amendments: z.number().int(),
  notComparable: z.number().int(),
  workingDaysCut: z.number(),
  calendarDaysCut: z.number(),
  costCutPerDossier: z.number(),
  costCut: z.number(),
};
export const SimplificationReport = z.object({
  by: z.enum(['year', 'field']),
  basis: z.enum(['dossiers_per_year', 'per_dossier']),
  rows: z.array(z.object({ key: z.string(), label: z.string(), ...Totals })),
  total: z.object(Totals),
  items: z.array(
    z.object({
      procedureId: Id,
      code: z.string(),
      name: z.string(),
      field: ProcedureFieldCode,
      versionSeq: z.number().int(),
      effectiveFrom: z.string().nullable(),
      decisionNo: z.string(),
      timeBefore: ProcessingTime,
      timeAfter: ProcessingTime,
      comparable: z.boolean(),
      daysCut: z.number().nullable(),
      dayKind: z.enum(['working', 'calendar']).nullable(),
      costBefore: z.number(),
      costAfter: z.number(),
      yearlyDossiers: z.number(),
      costCutPerDossier: z.number(),
      costCut: z.number(),
      note: z.string(),
    }),
  ),
});

export const ProcedureImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
export const ProcedureImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  imported: z.number().int(),
  published: z.number().int(),
  errors: z.array(ImportRowError),
});
export const PublishedListQuery = z.object({
  /** Only the versions published by this decision; all versions in force when absent. */
  decisionNo: text(60, 0, 'Số quyết định').optional(),
});
