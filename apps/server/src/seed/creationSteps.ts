import { newId } from '../platform/ids.ts';
import type { TransitionEntity } from '../platform/transitions.ts';

/**
 * The first step of each seeded record's history (from nothing to the status
 * it is seeded in), so that the demo shows no record with an empty history,
 * as migration 106 does for records that predate their history.
 */
export function creationSteps(
  entityType: TransitionEntity,
  rows: readonly { id: string; status?: string | undefined; created_at: string }[],
  fallbackStatus = 'submitted',
) {
  return rows.map((r) => ({
    id: newId(),
    entity_type: entityType,
    entity_id: r.id,
    seq: 1,
    action: null,
    from_status: null,
    to_status: r.status ?? fallbackStatus,
    actor_id: null,
    actor_name: 'hệ thống',
    reason: '',
    at: r.created_at,
    data: '{}',
  }));
}
