import { z } from 'zod';
import { Id, IsoDateTime } from './common.ts';

/**
 * One step of a record's status history (the `transitions` table), the same
 * for every area: movements, dossiers, initiatives, review rounds. Codes, not
 * labels: the web labels them from the area's workflow in `packages/domain`.
 */
export const TransitionView = z.object({
  id: Id,
  /** The step's number within its record, from 1. */
  seq: z.number().int(),
  /** Null for the record's creation. */
  action: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  at: IsoDateTime,
  actorName: z.string(),
  reason: z.string(),
});
export const TransitionList = z.object({ items: z.array(TransitionView) });
