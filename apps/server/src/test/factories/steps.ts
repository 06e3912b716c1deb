import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';

/**
 * Records put straight into a given state, with the status history that state implies written to
 * `transitions` (one row per step, numbered as `applyTransition` numbers them), so a test needs no walk
 * through the workflow — and no earlier `it` — to reach it.
 */
export type Db = Kysely<Database>;
export const ACTOR = { id: null, name: 'Dữ liệu kiểm thử' };

/** Writes a row's creation and its steps, as `applyTransition` would have, one second apart. */
export async function writeSteps(
  k: Db,
  entityType:
    | 'movement'
    | 'proposal'
    | 'initiative'
    | 'initiative_round'
    | 'scorecard'
    | 'scorecard_member'
    | 'work_programme'
    | 'work_task',
  entityId: string,
  steps: readonly { action: string; to: string }[],
  start: string,
  initial = 'draft',
): Promise<void> {
  const t0 = Date.parse(start);
  let from: string | null = null;
  const rows = [{ action: null as string | null, to: initial }, ...steps].map((s, i) => {
    const row = {
      id: newId(),
      entity_type: entityType,
      entity_id: entityId,
      seq: i + 1,
      action: s.action,
      from_status: from,
      to_status: s.to,
      actor_id: ACTOR.id,
      actor_name: ACTOR.name,
      reason: '',
      at: new Date(t0 + i * 1000).toISOString(),
      data: '{}',
    };
    from = s.to;
    return row;
  });
  await k.insertInto('transitions').values(rows).execute();
}
