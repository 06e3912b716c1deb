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

/**
 * Whose turn it is and what they do, worded from the workflow's declaration
 * for this record (the "Bước tiếp theo" line); `actor` is the kind of actor
 * (`office`, `unit`, `council`, `leader`…), null when nobody has to act.
 */
export const NextStepView = z.object({
  actor: z.string().nullable(),
  text: z.string(),
  textEn: z.string(),
  /** The requesting user is that actor (he holds the role for this record). */
  mine: z.boolean(),
});

/** An action the user's role could take from this status but that is closed now, with the server's reason. */
export const UnavailableAction = z.object({ action: z.string(), reason: z.string() });
