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
import { Id, IsoDateTime, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';

/** Scorecards and the PAR index (docs/scorecards.md): the shared codes, template items and templates; cycles in
 * scorecardCycles.ts, the PAR history in parIndex.ts. Points are numbers with at most two decimals. */
export const ScorecardYear = z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
export const scorecardPoints = (label: string) =>
  z
    .number({ error: `${label} phải là một số` })
    .finite()
    .min(0, `${label} không được âm`)
    .max(1000, `${label} quá lớn`)
    // Points are kept to three decimals at most; a value such as 1e-66 would underflow PostgreSQL's `real`.
    .refine((v) => Number(v.toFixed(3)) === v, `${label} chỉ được có tối đa ba chữ số thập phân`);

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
  maxPoints: scorecardPoints('Điểm tối đa'),
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
  year: ScorecardYear.optional(),
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
  year: ScorecardYear,
  name: text(300, 1, 'Tên bảng điểm'),
  /** Copy the tree (new ids) and caps of this template, usually last year's. */
  copyFromId: Id.nullable().default(null),
});
export const SaveScorecardTemplateRequest = z.strictObject({
  name: text(300, 1, 'Tên bảng điểm'),
  basis: text(500, 0, 'Căn cứ').default(''),
  bonusCap: scorecardPoints('Điểm thưởng tối đa'),
  penaltyCap: scorecardPoints('Điểm trừ tối đa'),
  items: z.array(ScorecardItemInput).min(1, 'Bảng điểm cần ít nhất một lĩnh vực').max(100),
  version: Version,
});
/** Copies a template to another year (the usual "copy from last year"). */
export const CopyScorecardTemplateRequest = z.strictObject({
  year: ScorecardYear,
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
  /** 'onestop' | 'initiatives' | 'movements' | 'statistics' | 'workProgrammes'. */
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

export type ScorecardTemplateView = z.infer<typeof ScorecardTemplateView>;
