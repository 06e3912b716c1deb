import { checkTransition, searchKey, type MovementStatus } from '@thidua/domain';
import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import type { MovementSpec } from './movementsDemoData.ts';

/** A demo day's moment: 09:00 in Vietnam. */
export const demoAt = (day: string) => `${day}T02:00:00.000Z`;

type Row = Record<string, unknown>;
/** The rows a demo movement writes, gathered for bulk inserts. */
export interface MovementRowSets {
  movements: Row[];
  targets: Row[];
  transitions: Row[];
}

/** Every table a demo seed of movements fills, empty. */
export const demoMovementRows = () => ({
  movements: [] as Row[],
  orgs: [] as Row[],
  targets: [] as Row[],
  transitions: [] as Row[],
  registrations: [] as Row[],
  titles: [] as Row[],
  commitments: [] as Row[],
  progress: [] as Row[],
  exemplars: [] as Row[],
});

/** Writes what was gathered, parents before children. */
export async function writeDemoMovementRows(trx: Transaction<Database>, rows: ReturnType<typeof demoMovementRows>) {
  await bulkInsert(trx, 'movements', rows.movements as never);
  await bulkInsert(trx, 'movement_orgs', rows.orgs as never);
  await bulkInsert(trx, 'movement_targets', rows.targets as never);
  await bulkInsert(trx, 'transitions', rows.transitions as never);
  await bulkInsert(trx, 'movement_registrations', rows.registrations as never);
  await bulkInsert(trx, 'registration_titles', rows.titles as never);
  await bulkInsert(trx, 'registration_commitments', rows.commitments as never);
  await bulkInsert(trx, 'movement_progress', rows.progress as never);
  await bulkInsert(trx, 'movement_exemplars', rows.exemplars as never);
}

/**
 * One demo movement (movementsDemo.ts, historyDemo.ts): its workflow walked step by step — the workflow's own rule
 * checks each step, so the story cannot take one the application would refuse — then its row and its targets.
 */
export function pushDemoMovement(
  rows: MovementRowSets,
  m: MovementSpec,
  o: { actor: string; closeReason: string; updatedAt: string },
): { id: string; status: MovementStatus; targetIds: string[] } {
  const id = newId();
  let status: MovementStatus = 'draft';
  let seq = 0;
  const step = (action: string | null, from: MovementStatus | null, to: MovementStatus, day: string, reason = '') =>
    rows.transitions.push({
      id: newId(),
      entity_type: 'movement',
      entity_id: id,
      seq: ++seq,
      action,
      from_status: from,
      to_status: to,
      actor_id: null,
      actor_name: o.actor,
      reason,
      at: demoAt(day),
      data: '{}',
    });
  step(null, null, 'draft', m.steps[0]![1]);
  for (const [action, day] of m.steps) {
    const check = checkTransition(status, action);
    if (!check.ok) throw new Error(`demo movement ${m.name}: ${check.reason}`);
    step(action, status, check.to, day, action === 'close' ? o.closeReason : '');
    status = check.to;
  }
  rows.movements.push({
    id,
    name: m.name,
    search_key: searchKey(m.name),
    kind: m.kind,
    year: Number(m.startsOn.slice(0, 4)),
    launch_level: m.level,
    launch_doc_number: m.doc[0],
    launch_doc_date: m.doc[1],
    launch_doc_signer: m.doc[2],
    objectives: m.objectives,
    content: m.content,
    criteria: m.criteria,
    starts_on: m.startsOn,
    ends_on: m.endsOn,
    registration_deadline: m.deadline,
    report_every: m.every,
    status,
    created_by: null,
    created_at: demoAt(m.steps[0]![1]),
    updated_at: o.updatedAt,
    version: m.steps.length + 1,
  });
  const targetIds = m.targets.map((t, i) => {
    const tid = newId();
    rows.targets.push({
      id: tid,
      movement_id: id,
      name: t.name,
      unit: t.unit,
      target_value: t.value,
      direction: t.direction ?? 'at_least',
      aggregation: t.aggregation ?? 'sum',
      sort_order: i,
    });
    return tid;
  });
  return { id, status, targetIds };
}

/** A unit's registration for a demo movement, on the day given. */
export function demoRegistration(movementId: string, orgId: string, day: string): Row & { id: string } {
  return {
    id: newId(),
    movement_id: movementId,
    org_id: orgId,
    registered_at: demoAt(day),
    registered_by: 'Cán bộ đơn vị',
    late_reason: '',
    note: '',
    created_at: demoAt(day),
    updated_at: demoAt(day),
    version: 1,
  };
}
