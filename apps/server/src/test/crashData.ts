import type { Kysely, Selectable } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../db/schema.ts';
import type { DecisionTable } from '../db/schema-proposals.ts';
export { votedProposal } from './factories.ts';

/** Fixtures and whole-or-absent checks of the crash suite's decisions (crash.test.ts). */

type Decision = Selectable<DecisionTable>;

export const countOf = async (q: Promise<{ n: unknown }>) => Number((await q).n);

const auditActions = async (k: Kysely<Database>, entityId: string) =>
  (
    await k
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'decision')
      .where('entity_id', '=', entityId)
      .orderBy('seq')
      .execute()
  ).map((a) => a.action);

/**
 * The dossier is either decided, with its decision, award record, recipient and audit entry,
 * or still voted and untouched. Returns the decision's id, if any.
 */
export async function expectIssuedWhole(
  k: Kysely<Database>,
  proposalId: string,
  decisions: Decision[],
): Promise<string | null> {
  const p = await k.selectFrom('proposals').select('status').where('id', '=', proposalId).executeTakeFirstOrThrow();
  const item = await k
    .selectFrom('proposal_items')
    .select(['outcome', 'decision_id'])
    .where('proposal_id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const d = decisions.find((x) => x.kind === 'award' && x.id === item.decision_id);
  const links = await k
    .selectFrom('decision_proposals')
    .select('decision_id')
    .where('proposal_id', '=', proposalId)
    .execute();
  if (!d) {
    expect({ status: p.status, ...item, links }).toEqual({
      status: 'voted',
      outcome: 'approved',
      decision_id: null,
      links: [],
    });
    return null;
  }
  expect({ status: p.status, outcome: item.outcome, links }).toEqual({
    status: 'decided',
    outcome: 'decided',
    links: [{ decision_id: d.id }],
  });
  const records = await k.selectFrom('award_records').select('id').where('decision_id', '=', d.id).execute();
  const recipients = await k
    .selectFrom('decision_recipients')
    .select('award_record_id')
    .where('decision_id', '=', d.id)
    .execute();
  expect(records).toHaveLength(1);
  expect(recipients.map((r) => r.award_record_id)).toEqual(records.map((r) => r.id));
  expect(await auditActions(k, d.id)).toEqual(['decision.issued']);
  return d.id;
}

/**
 * The decision is either revoked, by exactly one revocation decision, its awards withdrawn and
 * both audited, or still issued with its awards and no trace of a revocation. Returns the
 * revocation's id, if any.
 */
export async function expectRevocationWhole(
  k: Kysely<Database>,
  target: string,
  decisions: Decision[],
): Promise<string | null> {
  const old = await k
    .selectFrom('decisions')
    .select(['status', 'revoked_by_id'])
    .where('id', '=', target)
    .executeTakeFirstOrThrow();
  const revocations = decisions.filter((x) => x.revokes_id === target);
  const live = await countOf(
    k
      .selectFrom('award_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('decision_id', '=', target)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow(),
  );
  if (!revocations.length) {
    expect(old).toEqual({ status: 'issued', revoked_by_id: null });
    expect(live).toBeGreaterThan(0);
    expect(await auditActions(k, target)).not.toContain('decision.revoked');
    return null;
  }
  expect(revocations).toHaveLength(1);
  const r = revocations[0]!;
  expect({ ...old, live, kind: r.kind }).toEqual({
    status: 'revoked',
    revoked_by_id: r.id,
    live: 0,
    kind: 'revocation',
  });
  expect(await auditActions(k, target)).toContain('decision.revoked');
  expect(await auditActions(k, r.id)).toEqual(['decision.revocation_issued']);
  return r.id;
}
