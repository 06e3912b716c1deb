import { z } from 'zod';
import { Id, IsoDate, PlausibleDate, Version, longText, text } from './common.ts';
import { ScorecardYear, scorecardPoints } from './scorecards.ts';

/** The department's PAR index by year (docs/scorecards.md). */
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
    year: ScorecardYear,
    selfScore: scorecardPoints('Điểm tự đánh giá').nullable().default(null),
    appraisedScore: scorecardPoints('Điểm thẩm định').nullable().default(null),
    surveyScore: scorecardPoints('Điểm điều tra xã hội học').nullable().default(null),
    score: scorecardPoints('Tổng điểm').nullable().default(null),
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

export type ParIndexHistory = z.infer<typeof ParIndexHistory>;
