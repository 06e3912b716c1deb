import { z } from 'zod';
import { STAT_SUBMISSION_ACTIONS, STAT_SUBMISSION_STATUSES } from '@thidua/domain';
import { Id, IsoDate, IsoDateTime, Version, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { ImportRowError } from './org.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';

/**
 * Sector statistics, the values side (docs/statistics.md): the entry grid of a data set for a unit and a
 * period, per-value history, the submission workflow, validation runs, completeness, Excel template and import.
 */

/** A value's period as the API writes it: `2026` (year), `2026S1`, `2026Q1`, `2026-03` (month). */
export const StatValuePeriod = z
  .string()
  .trim()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|Q[1-4]|S[12])?$/u, {
    message: 'Kỳ báo cáo: ghi 2026-03 (tháng), 2026Q1 (quý), 2026S1 (6 tháng) hoặc 2026 (năm)',
  });
export const StatValueRevision = z.enum(['estimate', 'preliminary', 'official'], {
  error: 'Trạng thái số liệu: ước tính (estimate), sơ bộ (preliminary) hoặc chính thức (official)',
});
export const StatSubmissionStatusCode = z.enum(STAT_SUBMISSION_STATUSES);
export const StatSubmissionActionCode = z.enum(STAT_SUBMISSION_ACTIONS, {
  error: 'Thao tác: submit (gửi duyệt), approve (duyệt), accept (chấp nhận), return (trả lại) hoặc unlock (mở khóa)',
});
export const StatSeverity = z.enum(['error', 'warning']);

/** `?dataset=&unit=&period=`: one unit's grid for one period. */
export const StatEntryQuery = z.object({ dataset: Id, unit: Id, period: StatValuePeriod });

/** The units of a data set the user enters for (all of them for the planning division), valid that day or ever. */
export const StatEntryUnitsQuery = z.object({ dataset: Id });
export const StatEntryUnits = z.object({
  items: z.array(
    z.object({ id: Id, code: z.string(), name: z.string(), validFrom: z.string(), validTo: z.string().nullable() }),
  ),
});

/** A cell a rule or a refusal points at. */
export const StatCellRef = z.object({
  indicatorId: Id.nullable(),
  indicatorCode: z.string(),
  unitId: Id,
  period: z.string(),
  category: z.string(),
});

/** One rule broken by the values: both sides' values and the cells involved. */
export const StatViolation = z.object({
  ruleId: Id,
  ruleCode: z.string(),
  ruleName: z.string(),
  kind: z.string(),
  severity: StatSeverity,
  operator: z.string(),
  left: z.number().nullable(),
  right: z.number().nullable(),
  /** Vietnamese, as the grid shows it beside the cells. */
  message: z.string(),
  cells: z.array(StatCellRef),
});
/** A rule not evaluated (a missing term, too little history): said, never counted as broken. */
export const StatRuleSkip = z.object({ ruleCode: z.string(), ruleName: z.string(), unitId: Id, reason: z.string() });
export const StatValidationResult = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  violations: z.array(StatViolation),
  skipped: z.array(StatRuleSkip),
});

/** One row of the grid: an indicator × one of its disaggregation options ('' when undisaggregated). */
export const StatEntryRow = z.object({
  indicatorId: Id,
  indicatorCode: z.string(),
  indicatorName: z.string(),
  /** Display unit: tỷ đồng, triệu USD, %, cơ sở… */
  unit: z.string(),
  valueType: z.string(),
  decimals: z.number().int(),
  category: z.string(),
  categoryName: z.string(),
  value: z.number().nullable(),
  revision: StatValueRevision,
  comment: z.string(),
  updatedAt: IsoDateTime.nullable(),
  /** The same period one year earlier ("cùng kỳ"). */
  lastYear: z.number().nullable(),
  /** The period just before ("kỳ trước"). */
  previous: z.number().nullable(),
});

export const StatSubmissionAbilities = z.object({
  /** Values may be saved or imported now (the submission is open and the user reaches the unit). */
  edit: z.boolean(),
  /** Workflow actions the user may take now. */
  transitions: z.array(StatSubmissionActionCode),
  /** Actions the user's role could take but that are closed now, with the reason (errors left, empty cells). */
  unavailable: z.array(UnavailableAction),
});

export const StatSubmissionView = z.object({
  /** Null until the first step (an untouched period is open). */
  id: Id.nullable(),
  datasetId: Id,
  unitId: Id,
  period: z.string(),
  status: StatSubmissionStatusCode,
  /** Send it back with a transition; null while there is no submission row. */
  version: z.number().int().nullable(),
  submittedAt: IsoDateTime.nullable(),
  approvedAt: IsoDateTime.nullable(),
  acceptedAt: IsoDateTime.nullable(),
  /** `due_day` of the month after the period, moved to the next working day. */
  dueDate: IsoDate.nullable(),
  late: z.boolean(),
  abilities: StatSubmissionAbilities,
  nextStep: NextStepView.nullable(),
  transitionsLog: z.array(TransitionView),
});

export const StatEntryView = z.object({
  dataset: z.object({ id: Id, code: z.string(), name: z.string(), periodType: z.string(), dueDay: z.number().int() }),
  unit: z.object({ id: Id, code: z.string(), name: z.string() }),
  period: z.string(),
  /** "Tháng 03/2026", "Quý I/2026". */
  periodLabel: z.string(),
  rows: z.array(StatEntryRow),
  completeness: z.object({ present: z.number().int(), expected: z.number().int() }),
  submission: StatSubmissionView,
  validation: StatValidationResult,
});

const cellValue = z.number({ error: 'Ô số liệu phải là một số (ví dụ 1234.5) hoặc để trống' }).nullable();

export const StatEntryValueInput = z.object({
  indicatorId: Id,
  category: z.string().max(40).default(''),
  value: cellValue,
  revision: StatValueRevision.optional(),
  comment: text(1000, 0, 'Ghi chú').optional(),
});

/** Saves a whole grid at once (one transaction); unchanged cells are not rewritten. */
export const StatEntrySaveRequest = z.object({
  dataset: Id,
  unit: Id,
  period: StatValuePeriod,
  /** The submission's version as the grid saw it (a stale grid gets 409); absent while no submission exists. */
  version: Version.nullable().optional(),
  values: z.array(StatEntryValueInput).min(1, { message: 'Không có ô nào để lưu' }).max(5000),
});
export const StatEntrySaveResult = StatEntryView.extend({ saved: z.number().int() });

/** `?indicator=&unit=&period=&category=`: every version of one value, newest first. */
export const StatValueHistoryQuery = z.object({
  indicator: Id,
  unit: Id,
  period: StatValuePeriod,
  category: z.string().max(40).default(''),
});
export const StatValueHistoryItem = z.object({
  value: z.number().nullable(),
  revision: StatValueRevision,
  comment: z.string(),
  changedBy: z.string(),
  changedAt: IsoDateTime,
});
export const StatValueHistory = z.object({ items: z.array(StatValueHistoryItem) });

/** A step of a submission, addressed by its key (the first step creates the row). */
export const StatSubmissionTransitionRequest = z.object({
  dataset: Id,
  unit: Id,
  period: StatValuePeriod,
  action: StatSubmissionActionCode,
  /** The submission's version as seen; null/absent when it had no row yet. */
  version: Version.nullable().optional(),
  reason: text(1000, 0, 'Lý do').optional(),
});

export const StatSubmissionsQuery = listQuery(['unit', 'status', 'present'], 'unit', {
  period: StatValuePeriod,
  dataset: Id,
  status: StatSubmissionStatusCode.optional(),
  /** Only the units the caller reports for (a reporter's own subtree; every unit for the planning division). */
  mine: z.enum(['true', 'false']).optional(),
});
export const StatSubmissionSummary = z.object({
  id: Id.nullable(),
  unitId: Id,
  unitCode: z.string(),
  unitName: z.string(),
  period: z.string(),
  status: StatSubmissionStatusCode,
  version: z.number().int().nullable(),
  present: z.number().int(),
  expected: z.number().int(),
  dueDate: IsoDate.nullable(),
  late: z.boolean(),
  submittedAt: IsoDateTime.nullable(),
});
export const StatSubmissionList = paged(StatSubmissionSummary);

/** `?period=&dataset=`: the whole period's validation report, every unit of the data set. */
export const StatValidationQuery = z.object({ period: StatValuePeriod, dataset: Id });
export const StatValidationReport = z.object({
  period: z.string(),
  datasetId: Id,
  units: z.array(z.object({ unitId: Id, unitCode: z.string(), unitName: z.string(), result: StatValidationResult })),
  errors: z.number().int(),
  warnings: z.number().int(),
});

export const StatRemindResult = z.object({ units: z.number().int(), notified: z.number().int() });

/** `?dataset=&period=[&unit=]`: the data set's Excel template (one row per unit × indicator × option). */
export const StatTemplateQuery = z.object({ dataset: Id, period: StatValuePeriod, unit: Id.optional() });
export const StatImportQuery = z.object({
  dataset: Id,
  dryRun: z.enum(['true', 'false']).optional(),
});
export const StatImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  /** Values written (new or changed). */
  imported: z.number().int(),
  periods: z.array(z.string()),
  errors: z.array(ImportRowError),
});
