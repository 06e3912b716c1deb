import { z } from 'zod';
import { RATINGS } from '@thidua/domain';
import { Id, Version, longText } from './common.ts';

export const RatingCode = z.enum(RATINGS);
const Year = z.coerce.number().int().min(2000, 'Năm từ 2000').max(2100, 'Năm không hợp lệ');

export const RatingsQuery = z.object({
  orgId: Id,
  year: Year,
  subtree: z.enum(['true', 'false']).default('true'),
  /** Only the collectives and people without a rating that year (what is still to enter). */
  missing: z.enum(['true', 'false']).default('false'),
});

export const RatingRow = z.object({
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  name: z.string(),
  orgId: Id,
  orgName: z.string(),
  rating: RatingCode.nullable(),
  note: z.string(),
  /** Null while the subject has no rating that year. */
  version: Version.nullable(),
  canEdit: z.boolean(),
});
export const RatingsGrid = z.object({ year: z.number().int(), items: z.array(RatingRow) });

export const SaveRatingsRequest = z.strictObject({
  year: Year,
  items: z
    .array(
      z.strictObject({
        subjectKind: z.enum(['individual', 'collective']),
        subjectId: Id,
        /** Null clears the rating. */
        rating: RatingCode.nullable(),
        note: longText(500).default(''),
        /** The version read with the grid; null for a subject not rated yet. */
        version: Version.nullable(),
      }),
    )
    .min(1, 'Chưa có dòng nào để lưu')
    .max(5000, 'Tối đa 5.000 dòng mỗi lần lưu'),
});
export const SaveRatingsResult = z.object({ saved: z.number().int(), unchanged: z.number().int() });
