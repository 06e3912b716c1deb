/** Contracts of the one-stop desk's statistics (docs/one-stop.md "Statistics", "API"): Biểu 06, lateness, satisfaction. */
import { z } from 'zod';
import { SATISFACTION_LEVELS } from '@thidua/domain';
import { namedDate } from './common.ts';

const span = {
  from: namedDate('Từ ngày'),
  to: namedDate('Đến ngày'),
};
/** `from` after `to` is refused on `to`. */
const ordered = <T extends { from: string; to: string }>(v: T) => v.from <= v.to;
const orderedError = { error: 'Đến ngày: phải sau hoặc bằng từ ngày', path: ['to'] };

export const OnestopReportQuery = z
  .object({
    ...span,
    groupBy: z
      .enum(['field', 'procedure'], { error: 'Nhóm theo: lĩnh vực (field) hoặc thủ tục (procedure)' })
      .default('field'),
  })
  .refine(ordered, orderedError);

export const OnestopReportRow = z.object({
  /** Field code, procedure id, or `total`. */
  key: z.string(),
  label: z.string(),
  received: z.number().int(),
  carriedOver: z.number().int(),
  receivedOnline: z.number().int(),
  receivedOffline: z.number().int(),
  finished: z.number().int(),
  finishedEarly: z.number().int(),
  finishedOnTime: z.number().int(),
  finishedLate: z.number().int(),
  inProcess: z.number().int(),
  inProcessWithinTime: z.number().int(),
  inProcessOverdue: z.number().int(),
  /** 0..1; null ("không đủ số liệu") when nothing was finished or in process. */
  onTimeRate: z.number().nullable(),
  /** Working days from receipt to finish, averaged over the finished dossiers; null when none. */
  averageDays: z.number().nullable(),
});
export const OnestopReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['field', 'procedure']),
  classifyBy: z.enum(['date', 'instant']),
  rows: z.array(OnestopReportRow),
  total: OnestopReportRow,
});

export const LatenessQuery = z
  .object({
    ...span,
    by: z.enum(['unit', 'officer'], { error: 'Theo: đơn vị (unit) hoặc cán bộ (officer)' }).default('unit'),
  })
  .refine(ordered, orderedError);
const LatenessFigures = {
  /** Steps finished in the span. */
  stepsFinished: z.number().int(),
  /** Of those, finished after the step's due time. */
  stepsLate: z.number().int(),
  /** Dossiers with at least one step finished late in the span. */
  dossiersLate: z.number().int(),
  /** Steps still open at the end of the span and past their due time. */
  stepsOverdueOpen: z.number().int(),
};
export const LatenessReport = z.object({
  by: z.enum(['unit', 'officer']),
  rows: z.array(z.object({ key: z.string(), label: z.string(), ...LatenessFigures })),
  total: z.object(LatenessFigures),
});

export const SatisfactionQuery = z
  .object({
    ...span,
    by: z
      .enum(['procedure', 'officer'], { error: 'Theo: thủ tục (procedure) hoặc cán bộ (officer)' })
      .default('procedure'),
  })
  .refine(ordered, orderedError);
export const SatisfactionLevelCode = z.enum(SATISFACTION_LEVELS);
const SatisfactionFigures = {
  ratings: z.number().int(),
  counts: z.record(SatisfactionLevelCode, z.number().int()),
  /** Share of ratings that are very satisfied or satisfied, 0..1; null without ratings. */
  satisfiedShare: z.number().nullable(),
};
export const SatisfactionReport = z.object({
  by: z.enum(['procedure', 'officer']),
  levels: z.array(z.object({ code: SatisfactionLevelCode, label: z.string() })),
  rows: z.array(z.object({ key: z.string(), label: z.string(), ...SatisfactionFigures })),
  total: z.object(SatisfactionFigures),
});
