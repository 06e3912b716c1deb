import { z } from 'zod';
import {
  SCORECARD_ACTIONS,
  SCORECARD_ITEM_KINDS,
  SCORECARD_KINDS,
  SCORECARD_STATUSES,
  SCORING_METHODS,
  SHEET_ACTIONS,
  SHEET_STATUSES,
  type ScorecardItemKind,
  type ScoringMethod,
  type ScoringRule as DomainScoringRule,
} from '@thidua/domain';
import { AttachmentView, Id, IsoDate, IsoDateTime, PlausibleDate, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';

/** Scorecards and the PAR index (docs/scorecards.md). Points are numbers with at most two decimals. */
const Year = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const Points = (label: string) =>
  z
    .number({ error: `${label} phải là một số` })
    .finite()
    .min(0, `${label} không được âm`)
    .max(1000, `${label} quá lớn`);

export const ScorecardKindCode = z.enum(SCORECARD_KINDS);
export const ScorecardItemKindCode = z.enum(SCORECARD_ITEM_KINDS);
export const ScoringMethodCode = z.enum(SCORING_METHODS);
export const ScorecardStatusCode = z.enum(SCORECARD_STATUSES);
export const ScorecardActionCode = z.enum(SCORECARD_ACTIONS);
export const ScoreSheetStatusCode = z.enum(SHEET_STATUSES);
export const ScoreSheetActionCode = z.enum(SHEET_ACTIONS);

export const ScoringRule: z.ZodType<DomainScoringRule> = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('ratio'), target: z.number().positive('Chỉ tiêu đạt điểm tối đa phải lớn hơn 0') }),
  z.strictObject({ rule: z.literal('per_unit'), pointsEach: z.number().positive('Số điểm mỗi đơn vị phải lớn hơn 0') }),
  z.strictObject({ rule: z.literal('at_most'), limit: z.number().min(0, 'Giới hạn không được âm') }),
  z.strictObject({
    rule: z.literal('bands'),
    bands: z
      .array(z.strictObject({ min: z.number(), points: z.number().min(0) }))
      .min(1, 'Cần ít nhất một mức')
      .max(20),
  }),
]);

/** A template item as saved: the whole tree is sent at once (the editor reorders by drag). */
export interface ScorecardItemInput {
  /** Absent for a new item; an existing item keeps its id (scores refer to it). */
  id?: string;
  code: string;
  kind: ScorecardItemKind;
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  method: ScoringMethod;
  source: string | null;
  scoring: DomainScoringRule | null;
  children: ScorecardItemInput[];
}
/**
 * Three levels at most (field → criterion → sub-criterion), spelled out rather than recursive so the OpenAPI
 * document describes them without self-references; a fourth level is refused with the reason.
 */
const itemInputFields = {
  id: Id.optional(),
  code: text(20, 1, 'Mã tiêu chí'),
  kind: ScorecardItemKindCode,
  name: text(1000, 1, 'Tên tiêu chí'),
  maxPoints: Points('Điểm tối đa'),
  guidance: longText(4000, 'Hướng dẫn chấm').default(''),
  evidence: longText(2000, 'Tài liệu kiểm chứng').default(''),
  method: ScoringMethodCode.default('manual'),
  source: text(60, 1, 'Nguồn số liệu').nullable().default(null),
  scoring: ScoringRule.nullable().default(null),
};
const NO_DEEPER = 'Bảng điểm chỉ có ba cấp: lĩnh vực, tiêu chí, tiêu chí thành phần';
const ItemInputLevel3 = z.strictObject({
  ...itemInputFields,
  children: z.array(z.unknown()).max(0, NO_DEEPER).default([]),
});
const ItemInputLevel2 = z.strictObject({
  ...itemInputFields,
  children: z.array(ItemInputLevel3).max(200).default([]),
});
export const ScorecardItemInput = z.strictObject({
  ...itemInputFields,
  children: z.array(ItemInputLevel2).max(200).default([]),
}) as unknown as z.ZodType<ScorecardItemInput>;

export interface ScorecardItemView {
  id: string;
  code: string;
  kind: ScorecardItemKind;
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  method: ScoringMethod;
  source: string | null;
  scoring: DomainScoringRule | null;
  children: ScorecardItemView[];
}
const itemViewFields = {
  id: Id,
  code: z.string(),
  kind: ScorecardItemKindCode,
  name: z.string(),
  maxPoints: z.number(),
  guidance: z.string(),
  evidence: z.string(),
  method: ScoringMethodCode,
  source: z.string().nullable(),
  scoring: ScoringRule.nullable(),
};
const ItemViewLevel3 = z.object({ ...itemViewFields, children: z.array(z.never()).max(0) });
const ItemViewLevel2 = z.object({ ...itemViewFields, children: z.array(ItemViewLevel3) });
export const ScorecardItemView = z.object({
  ...itemViewFields,
  children: z.array(ItemViewLevel2),
}) as unknown as z.ZodType<ScorecardItemView>;

export const TemplateProblemView = z.object({
  itemId: z.string().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

// ---- templates ---------------------------------------------------------------------------------------------

export const ScorecardTemplatesQuery = listQuery(['year', 'name'], '-year', {
  kind: ScorecardKindCode.optional(),
  blocId: Id.optional(),
  year: Year.optional(),
});
export const ScorecardTemplateSummary = z.object({
  id: Id,
  kind: ScorecardKindCode,
  blocId: Id.nullable(),
  blocName: z.string().nullable(),
  year: z.number().int(),
  name: z.string(),
  /** 'draft' | 'frozen' (a cycle uses it: read-only). */
  status: z.enum(['draft', 'frozen']),
  maxTotal: z.number(),
  itemCount: z.number().int(),
  updatedAt: IsoDateTime,
});
export const ScorecardTemplateList = paged(ScorecardTemplateSummary);

export const CreateScorecardTemplateRequest = z.strictObject({
  kind: ScorecardKindCode,
  /** Required for a bloc template, absent for the PAR index. */
  blocId: Id.nullable().default(null),
  year: Year,
  name: text(300, 1, 'Tên bảng điểm'),
  /** Copy the tree (new ids) and caps of this template, usually last year's. */
  copyFromId: Id.nullable().default(null),
});
export const SaveScorecardTemplateRequest = z.strictObject({
  name: text(300, 1, 'Tên bảng điểm'),
  basis: text(500, 0, 'Căn cứ').default(''),
  bonusCap: Points('Điểm thưởng tối đa'),
  penaltyCap: Points('Điểm trừ tối đa'),
  items: z.array(ScorecardItemInput).min(1, 'Bảng điểm cần ít nhất một lĩnh vực').max(100),
  version: Version,
});
/** Copies a template to another year (the usual "copy from last year"). */
export const CopyScorecardTemplateRequest = z.strictObject({
  year: Year,
  name: text(300, 1, 'Tên bảng điểm').optional(),
});

export const ScorecardTemplateView = ScorecardTemplateSummary.extend({
  basis: z.string(),
  bonusCap: z.number(),
  penaltyCap: z.number(),
  copiedFromId: Id.nullable(),
  items: z.array(ScorecardItemView),
  /** Warnings (children short of the parent's maximum) that would refuse opening a cycle. */
  problems: z.array(TemplateProblemView),
  /** Cycles using it. */
  usedBy: z.array(z.object({ id: Id, name: z.string(), year: z.number().int() })),
  canEdit: z.boolean(),
  version: Version,
});

/** A computed criterion's source, offered by the editor. */
export const ScorecardSourceView = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  /** 'onestop' | 'initiatives' | 'movements' | 'statistics'. */
  module: z.string(),
  description: z.string(),
  /** The rule suggested when the source is picked. */
  suggested: ScoringRule.nullable(),
});
export const ScorecardSourceList = z.object({ items: z.array(ScorecardSourceView) });

/** `DELETE /scorecard-templates/{id}?version=`: the version the user saw (optional: the latest otherwise). */
export const ScorecardTemplateDeleteQuery = z.object({
  version: z.coerce.number().int().min(1, 'Phiên bản không hợp lệ').optional(),
});
/** `POST /scorecard-templates/{id}/import?dryRun=`: the tree from a workbook in the export's layout. */
export const ScorecardTemplateImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
export const ScorecardTemplateImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  /** Items written (0 on a dry run or a refusal). */
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  /** The template as imported, after a real run that wrote it. */
  template: ScorecardTemplateView.nullable(),
});

// ---- cycles ------------------------------------------------------------------------------------------------

export const ScorecardsQuery = listQuery(['year', 'name', 'status'], '-year', {
  kind: ScorecardKindCode.optional(),
  year: Year.optional(),
  blocId: Id.optional(),
  status: ScorecardStatusCode.optional(),
});
export const ScorecardSummary = z.object({
  id: Id,
  kind: ScorecardKindCode,
  year: z.number().int(),
  name: z.string(),
  status: ScorecardStatusCode,
  blocId: Id.nullable(),
  blocName: z.string().nullable(),
  templateId: Id,
  memberCount: z.number().int(),
  submittedCount: z.number().int(),
  selfDue: IsoDate.nullable(),
  appraisalDue: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  /** The leading member once ranked. */
  leader: z.object({ memberId: Id, name: z.string(), total: z.number() }).nullable(),
});
export const ScorecardList = paged(ScorecardSummary);

export const CreateScorecardRequest = z.strictObject({
  templateId: Id,
  name: text(300, 1, 'Tên kỳ chấm điểm').optional(),
  selfDue: PlausibleDate.nullable().default(null),
  appraisalDue: PlausibleDate.nullable().default(null),
  /** PAR index: the organisation scored (default: the department at the root). Bloc: the bloc year's members. */
  orgId: Id.nullable().default(null),
});
export const UpdateScorecardRequest = z.strictObject({
  name: text(300, 1, 'Tên kỳ chấm điểm'),
  selfDue: PlausibleDate.nullable(),
  appraisalDue: PlausibleDate.nullable(),
  decisionNumber: text(60, 0, 'Số quyết định').default(''),
  decisionDate: PlausibleDate.nullable().default(null),
  decisionSigner: text(200, 0, 'Người ký').default(''),
  note: longText(4000, 'Ghi chú').default(''),
  version: Version,
});

export const ScorecardMemberSummary = z.object({
  id: Id,
  orgId: Id.nullable(),
  name: z.string(),
  status: ScoreSheetStatusCode,
  selfTotal: z.number().nullable(),
  appraisedTotal: z.number().nullable(),
  surveyScore: z.number().nullable(),
  finalTotal: z.number().nullable(),
  rank: z.number().int().nullable(),
  classification: z.string(),
  submittedAt: IsoDateTime.nullable(),
  /** The user may self-assess this sheet / appraise it. */
  canSelfAssess: z.boolean(),
  canAppraise: z.boolean(),
});

export const ScorecardAbilities = z.object({
  edit: z.boolean(),
  transitions: z.array(ScorecardActionCode),
  unavailable: z.array(UnavailableAction),
});
export const ScorecardView = ScorecardSummary.extend({
  maxTotal: z.number(),
  bonusCap: z.number(),
  penaltyCap: z.number(),
  decisionNumber: z.string(),
  decisionDate: IsoDate.nullable(),
  decisionSigner: z.string(),
  note: z.string(),
  members: z.array(ScorecardMemberSummary),
  abilities: ScorecardAbilities,
  nextStep: NextStepView.nullable(),
  transitionsLog: z.array(TransitionView),
  version: Version,
});
export const ScorecardTransitionRequest = z.strictObject({
  action: ScorecardActionCode,
  version: Version,
  reason: text(2000, 0, 'Lý do').optional(),
});

// ---- sheets ------------------------------------------------------------------------------------------------

export const SourceFigureView = z.object({
  source: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  detail: z.string(),
  computedAt: IsoDateTime,
});

export const AppraisalCode = z.enum(['accepted', 'reduced', 'explain']);
export const ScoreSheetScoreView = z.object({
  itemId: Id,
  selfPoints: z.number().nullable(),
  selfNote: z.string(),
  /** A computed item: the figure (frozen once submitted; live before) and the points it gives. */
  figure: SourceFigureView.nullable(),
  figurePoints: z.number().nullable(),
  appraisal: AppraisalCode.nullable(),
  appraisedPoints: z.number().nullable(),
  appraisalReason: z.string(),
  explanation: z.string(),
  /** appraised − self, when both are known. */
  difference: z.number().nullable(),
  evidence: z.array(AttachmentView),
});
export const ScoreSheetTotalsView = z.object({
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  total: z.number(),
  byField: z.array(
    z.object({ itemId: Id, code: z.string(), name: z.string(), max: z.number(), points: z.number().nullable() }),
  ),
  missing: z.number().int(),
});
export const ScoreSheetAbilities = z.object({
  selfAssess: z.boolean(),
  appraise: z.boolean(),
  explain: z.boolean(),
  transitions: z.array(ScoreSheetActionCode),
  unavailable: z.array(UnavailableAction),
});
export const ScoreSheetView = z.object({
  scorecard: ScorecardSummary.pick({ id: true, kind: true, year: true, name: true, status: true }),
  member: ScorecardMemberSummary,
  items: z.array(ScorecardItemView),
  bonusCap: z.number(),
  penaltyCap: z.number(),
  maxTotal: z.number(),
  scores: z.array(ScoreSheetScoreView),
  selfTotals: ScoreSheetTotalsView,
  appraisedTotals: ScoreSheetTotalsView.nullable(),
  abilities: ScoreSheetAbilities,
  nextStep: NextStepView.nullable(),
  transitionsLog: z.array(TransitionView),
  version: Version,
});

export const SaveSelfScoresRequest = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        itemId: Id,
        points: Points('Điểm tự chấm').nullable(),
        note: longText(2000, 'Ghi chú').default(''),
      }),
    )
    .max(1000),
  version: Version,
});
export const SaveAppraisalRequest = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        itemId: Id,
        appraisal: AppraisalCode,
        /** Required for `reduced` (below the self points); ignored for `accepted` (= self points). */
        points: Points('Điểm thẩm định').nullable().default(null),
        reason: longText(2000, 'Lý do').default(''),
      }),
    )
    .max(1000),
  /** PAR index only: the sociological-survey component, added to the appraised total for the final score. */
  surveyScore: Points('Điểm điều tra xã hội học').nullable().optional(),
  version: Version,
});
export const SaveExplanationRequest = z.strictObject({
  scores: z.array(z.strictObject({ itemId: Id, explanation: longText(4000, 'Nội dung giải trình') })).max(1000),
  version: Version,
});
export const ScoreSheetTransitionRequest = z.strictObject({
  action: ScoreSheetActionCode,
  version: Version,
  reason: text(2000, 0, 'Lý do').optional(),
});

// ---- ranking, minutes --------------------------------------------------------------------------------------

/** `GET /scorecards/{id}/ranking` (kept stable). */
export const ScorecardRanking = z.object({
  scorecardId: Id,
  kind: ScorecardKindCode,
  year: z.number().int(),
  name: z.string(),
  status: ScorecardStatusCode,
  maxTotal: z.number(),
  /** The tie-break keys applied, in order (settings). */
  tieBreak: z.array(z.string()),
  items: z.array(
    z.object({
      memberId: Id,
      orgId: Id.nullable(),
      name: z.string(),
      rank: z.number().int().nullable(),
      selfScore: z.number().nullable(),
      appraisedScore: z.number().nullable(),
      surveyScore: z.number().nullable(),
      finalScore: z.number().nullable(),
      difference: z.number().nullable(),
      classification: z.string(),
      byField: z.array(
        z.object({ code: z.string(), name: z.string(), max: z.number(), points: z.number().nullable() }),
      ),
      decidedBy: z.string().nullable(),
    }),
  ),
});

/** Year-on-year results of one bloc (or the PAR index). */
export const ScorecardHistoryQuery = z.object({ kind: ScorecardKindCode, blocId: Id.optional() });
export const ScorecardHistory = z.object({
  years: z.array(z.number().int()),
  members: z.array(
    z.object({
      orgId: Id.nullable(),
      name: z.string(),
      results: z.array(
        z.object({ year: z.number().int(), rank: z.number().int().nullable(), finalScore: z.number().nullable() }),
      ),
    }),
  ),
});

export const ScorecardMinutesInput = z.strictObject({
  heldOn: PlausibleDate,
  place: text(300, 0, 'Địa điểm').default(''),
  chair: text(200, 0, 'Chủ trì').default(''),
  secretary: text(200, 0, 'Thư ký').default(''),
  attendees: longText(4000, 'Thành phần').default(''),
  present: z.number().int().min(0).max(10_000, 'Số người dự họp quá lớn'),
  ballots: z.number().int().min(0).max(10_000, 'Số phiếu quá lớn'),
  votes: z
    .array(z.strictObject({ memberId: Id, votes: z.number().int().min(0).max(10_000, 'Số phiếu quá lớn') }))
    .max(200),
  conclusion: longText(4000, 'Kết luận').default(''),
  version: Version.nullable(),
});
/** The minutes as stored: plain strings (the input's trimming transforms cannot serialise a response). */
export const ScorecardMinutesView = z.object({
  heldOn: IsoDate,
  place: z.string(),
  chair: z.string(),
  secretary: z.string(),
  attendees: z.string(),
  present: z.number().int(),
  ballots: z.number().int(),
  votes: z.array(z.object({ memberId: Id, votes: z.number().int() })),
  conclusion: z.string(),
  version: Version,
});

// ---- PAR index history -------------------------------------------------------------------------------------

/** `GET /par-index/history?orgId=` (kept stable): one row per year. */
export const ParIndexHistoryQuery = z.object({ orgId: Id.optional() });
export const ParIndexRow = z.object({
  id: Id,
  orgId: Id,
  year: z.number().int(),
  selfScore: z.number().nullable(),
  appraisedScore: z.number().nullable(),
  surveyScore: z.number().nullable(),
  /** The final score. */
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** Departments ranked that year. */
  of: z.number().int().nullable(),
  classification: z.string(),
  decision: z.object({ number: z.string(), date: IsoDate.nullable(), signer: z.string() }).nullable(),
  scorecardId: Id.nullable(),
  note: z.string(),
  version: Version,
});
export const ParIndexHistory = z.object({
  orgId: Id,
  orgName: z.string(),
  items: z.array(ParIndexRow),
  canEdit: z.boolean(),
});
export const SaveParIndexRequest = z
  .strictObject({
    orgId: Id,
    year: Year,
    selfScore: Points('Điểm tự đánh giá').nullable().default(null),
    appraisedScore: Points('Điểm thẩm định').nullable().default(null),
    surveyScore: Points('Điểm điều tra xã hội học').nullable().default(null),
    score: Points('Tổng điểm').nullable().default(null),
    rank: z.number().int().min(1, 'Thứ hạng từ 1').max(1000, 'Thứ hạng quá lớn').nullable().default(null),
    of: z
      .number()
      .int()
      .min(1, 'Số cơ quan xếp hạng từ 1')
      .max(1000, 'Số cơ quan xếp hạng quá lớn')
      .nullable()
      .default(null),
    classification: text(60, 0, 'Xếp loại').default(''),
    decisionNumber: text(60, 0, 'Số quyết định').default(''),
    decisionDate: PlausibleDate.nullable().default(null),
    decisionSigner: text(200, 0, 'Người ký').default(''),
    note: longText(2000, 'Ghi chú').default(''),
    version: Version.nullable(),
  })
  .refine((r) => r.rank === null || r.of === null || r.rank <= r.of, {
    message: 'Thứ hạng không được lớn hơn số cơ quan xếp hạng',
    path: ['rank'],
  });

/** `DELETE /par-index/{id}?version=`: the version the user saw. */
export const ParIndexDeleteQuery = z.object({ version: z.coerce.number().int().min(1, 'Phiên bản không hợp lệ') });

export type ScorecardTemplateView = z.infer<typeof ScorecardTemplateView>;
export type ScorecardView = z.infer<typeof ScorecardView>;
export type ScoreSheetView = z.infer<typeof ScoreSheetView>;
export type ScorecardRanking = z.infer<typeof ScorecardRanking>;
export type ParIndexHistory = z.infer<typeof ParIndexHistory>;
