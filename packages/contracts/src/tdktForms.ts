import { z } from 'zod';
import { Id } from './common.ts';

/**
 * The statutory statistics of emulation and commendation, forms 0601–0605.N/BNV-TĐKT
 * (docs/reports.md "Statutory forms"): one year, one unit, every cell a count computed from the data.
 */

/** `?year=YYYY&orgId=`: the year is checked against the app's today by the server (422 naming `year`). */
export const TdktFormsQuery = z.object({
  year: z.coerce.number({ error: 'Năm phải là số (YYYY)' }).int({ message: 'Năm phải là số nguyên (YYYY)' }),
  orgId: Id.optional(),
});
export type TdktFormsQuery = z.infer<typeof TdktFormsQuery>;

/** The earliest year the forms are computed for. */
export const TDKT_FIRST_YEAR = 2000;

/** A leaf column: the headers above it (outermost first, merged where neighbours share them) and its own label. */
export const TdktColumn = z.object({ key: z.string(), label: z.string(), path: z.array(z.string()) });
export type TdktColumn = z.infer<typeof TdktColumn>;

export const TdktRow = z.object({
  key: z.string(),
  /** The row's number in the form ("1", "1.1"); empty for a total. */
  code: z.string(),
  label: z.string(),
  /** 0 for a heading or total, 1 and 2 for the rows under it (indented). */
  level: z.number().int(),
  bold: z.boolean(),
  /** One count per leaf column, in column order. */
  values: z.array(z.number().int()),
});
export type TdktRow = z.infer<typeof TdktRow>;

export const TdktForm = z.object({
  /** "0601.N/BNV-TĐKT". */
  code: z.string(),
  /** The sheet's name in the workbook ("Biểu 0601"). */
  sheet: z.string(),
  title: z.string(),
  /** The text the layout follows ("Thông tư 02/2023/TT-BNV"). */
  basis: z.string(),
  /** V verified, P partly verified, U unverified against the text in force (docs/reports.md). */
  verification: z.enum(['V', 'P', 'U']),
  /** What the sheet says about the layout's standing (printed on the sheet). */
  layoutNote: z.string(),
  /** "Đơn vị tính: …". */
  unit: z.string(),
  /** What the cells count and where the data lacks a classification. */
  notes: z.array(z.string()),
  rowHeader: z.string(),
  columns: z.array(TdktColumn),
  rows: z.array(TdktRow),
});
export type TdktForm = z.infer<typeof TdktForm>;

export const TdktFormsReport = z.object({
  year: z.number().int(),
  orgId: Id,
  orgName: z.string(),
  /** The date the people, councils and blocs are counted on (31/12 of the year, or today in the current year). */
  asOf: z.string(),
  forms: z.array(TdktForm),
});
export type TdktFormsReport = z.infer<typeof TdktFormsReport>;
