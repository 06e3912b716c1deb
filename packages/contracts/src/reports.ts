import { z } from 'zod';
import { Id, Version, longText, namedDate, text } from './common.ts';

/** The summary report's five chapters, in the report's order (docs/reports.md). */
export const SUMMARY_CHAPTERS = ['movements', 'initiatives', 'commendations', 'reform', 'sector'] as const;
export type SummaryChapterKey = (typeof SUMMARY_CHAPTERS)[number];
export const SUMMARY_CHAPTER_TITLES: Record<SummaryChapterKey, string> = {
  movements: 'Phong trào thi đua, cuộc vận động',
  initiatives: 'Sáng kiến',
  commendations: 'Công tác khen thưởng',
  reform: 'Cải cách hành chính',
  sector: 'Kết quả phát triển ngành',
};
/** Shown for a figure the data does not give: never a 0 presented as a fact. */
export const SUMMARY_NO_DATA = 'không có số liệu';
/** The longest span a report covers, in years. */
export const SUMMARY_MAX_YEARS = 10;

const Year = z
  .number({ error: 'Năm phải là số' })
  .int({ message: 'Năm phải là số nguyên' })
  .min(1990, { message: 'Năm từ 1990' })
  .max(2100, { message: 'Năm đến 2100' });
const YearParam = z.coerce
  .number({ error: 'Năm phải là số (YYYY)' })
  .int({ message: 'Năm phải là số nguyên (YYYY)' })
  .min(1990, { message: 'Năm từ 1990' })
  .max(2100, { message: 'Năm đến 2100' });

function spanCheck(v: { from: number; to: number }, ctx: z.RefinementCtx) {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến năm phải từ năm bắt đầu trở đi' });
  else if (v.to - v.from + 1 > SUMMARY_MAX_YEARS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `Khoảng báo cáo tối đa ${SUMMARY_MAX_YEARS} năm` });
}

/**
 * `?orgId=&from=YYYY&to=YYYY&asOf=YYYY-MM-DD` of the summary report. `asOf` is the day the registries are read at
 * (31/12 of `to` without it, today when the span reaches the current year).
 */
export const SummaryQuery = z
  .object({ orgId: Id.optional(), from: YearParam, to: YearParam, asOf: namedDate('Ngày chốt sổ').optional() })
  .superRefine(spanCheck);
export type SummaryQuery = z.infer<typeof SummaryQuery>;

/** What was counted for one figure, so an auditor can count it again (the appendix "Nguồn số liệu"). */
export const SummarySource = z.object({
  id: z.string(),
  /** The module that holds the data (its name as the menu shows it). */
  module: z.string(),
  what: z.string(),
  filters: z.string(),
  period: z.string(),
});
export type SummarySource = z.infer<typeof SummarySource>;

/** One figure; `value` null is "không có số liệu". */
export const SummaryFigure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  decimals: z.number().int(),
  sourceId: z.string(),
});
export type SummaryFigure = z.infer<typeof SummaryFigure>;

export const SummaryCell = z.union([z.string(), z.number().nullable()]);
export const SummaryTable = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(z.string()),
  /** Cells: text, a number (formatted with the table's `decimals`) or null ("không có số liệu"). */
  rows: z.array(z.array(SummaryCell)),
  decimals: z.number().int(),
  sourceId: z.string(),
});
export type SummaryTable = z.infer<typeof SummaryTable>;

/** A series for a chart: one value per year. */
export const SummarySeries = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  points: z.array(z.object({ year: z.number().int(), value: z.number().nullable() })),
});
export type SummarySeries = z.infer<typeof SummarySeries>;

export const SummaryChapter = z.object({
  key: z.enum(SUMMARY_CHAPTERS),
  title: z.string(),
  figures: z.array(SummaryFigure),
  tables: z.array(SummaryTable),
  series: z.array(SummarySeries),
});
export type SummaryChapter = z.infer<typeof SummaryChapter>;

export const SummaryData = z.object({
  orgId: z.string(),
  orgName: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  /** The day the registries were read at (YYYY-MM-DD); absent in figures frozen before it was kept. */
  asOf: z.string().optional(),
  /** When the figures were computed (ISO instant). */
  computedAt: z.string(),
  chapters: z.array(SummaryChapter),
  sources: z.array(SummarySource),
});
export type SummaryData = z.infer<typeof SummaryData>;

// ---- drafts ----

const ChapterText = longText(20_000, 'Nội dung chương');
/** Free text per chapter (lessons, direction), and the closing. */
export const SummaryTexts = z.strictObject({
  movements: ChapterText.default(''),
  initiatives: ChapterText.default(''),
  commendations: ChapterText.default(''),
  reform: ChapterText.default(''),
  sector: ChapterText.default(''),
  lessons: longText(20_000, 'Bài học kinh nghiệm').default(''),
  direction: longText(20_000, 'Phương hướng, nhiệm vụ').default(''),
});
export type SummaryTexts = z.infer<typeof SummaryTexts>;

/** The texts as answered (plain strings: a response is not transformed again). */
export const SummaryTextsView = z.object({
  movements: z.string(),
  initiatives: z.string(),
  commendations: z.string(),
  reform: z.string(),
  sector: z.string(),
  lessons: z.string(),
  direction: z.string(),
});

export const CreateSummaryDraftRequest = z
  .strictObject({ orgId: Id, from: Year, to: Year, title: text(300, 0, 'Tên báo cáo').default('') })
  .superRefine(spanCheck);
export const SaveSummaryDraftRequest = z.strictObject({
  /** The version the clerk edited: 409 when someone saved meanwhile. */
  version: Version,
  title: text(300, 0, 'Tên báo cáo').optional(),
  texts: SummaryTexts,
});
export const SignSummaryDraftRequest = z.strictObject({
  version: Version,
  /** The document number as registered ("25/BC-SCT"). */
  number: text(60, 0, 'Số văn bản').default(''),
});
export const SummaryDraftsQuery = z.object({ orgId: Id.optional() });

export const SummaryDraftVersion = z.object({
  version: Version,
  savedBy: z.string(),
  savedAt: z.string(),
  texts: SummaryTextsView,
});
export const SummaryDraft = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  title: z.string(),
  status: z.enum(['draft', 'signed']),
  number: z.string(),
  version: Version,
  texts: SummaryTextsView,
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Frozen figures of a signed draft; null while a draft (computed on demand). */
  figures: SummaryData.nullable(),
  canEdit: z.boolean(),
  canSign: z.boolean(),
});
export type SummaryDraft = z.infer<typeof SummaryDraft>;
export const SummaryDraftList = z.object({
  items: z.array(SummaryDraft.omit({ texts: true, figures: true })),
});
export const SummaryDraftVersions = z.object({ items: z.array(SummaryDraftVersion) });
