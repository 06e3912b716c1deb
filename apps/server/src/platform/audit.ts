import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isPostgres, nowIso } from '../db/index.ts';
import { bulkInsert } from '../db/bulk.ts';
import { newId } from './ids.ts';
import { HMAC_ALG, anchorOf, digest } from './auditKey.ts';
import { insertHead } from './auditHeads.ts';

export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'hệ thống' };

export const GENESIS = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
}

/** An entry's hash under its scheme: HMAC-SHA256 with the audit key, or plain sha256 for entries of before 20261207_102. */
export function entryHash(alg: string, key: Buffer, prevHash: string, e: ChainFields): string | null {
  const payload = JSON.stringify([
    prevHash,
    e.seq,
    e.at,
    e.actor_id,
    e.actor_name,
    e.action,
    e.entity_type,
    e.entity_id,
    e.before_json,
    e.after_json,
  ]);
  return digest(alg, key, payload);
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends entries to the keyed hash chain inside the caller's transaction and,
 * at the configured cadence, a head record in the same transaction. On
 * PostgreSQL an advisory lock serialises writers so two transactions cannot
 * both chain onto the same previous entry; SQLite serialises writes itself.
 */
export async function appendAuditMany(trx: Transaction<Database>, actor: Actor, inputs: AuditInput[]): Promise<void> {
  if (!inputs.length) return;
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(7401)`.execute(trx);
  }
  const { key, headEvery } = anchorOf(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const firstSeq = last?.seq ?? 0;
  let seq = firstSeq;
  let prevHash = last?.hash ?? GENESIS;
  const at = nowIso();
  const rows = inputs.map((i) => {
    const fields: ChainFields = {
      seq: ++seq,
      at,
      actor_id: actor.id,
      actor_name: actor.name,
      action: i.action,
      entity_type: i.entityType,
      entity_id: i.entityId,
      before_json: json(i.before),
      after_json: json(i.after),
    };
    const hash = entryHash(HMAC_ALG, key, prevHash, fields)!;
    const row = { id: newId(), ...fields, prev_hash: prevHash, hash, hash_alg: HMAC_ALG };
    prevHash = hash;
    return row;
  });
  await bulkInsert(trx, 'audit_log', rows);
  const end = rows.at(-1)!;
  if (headEvery > 0 && Math.floor(end.seq / headEvery) > Math.floor(firstSeq / headEvery))
    await insertHead(trx, key, { seq: end.seq, lastEntryId: end.id, lastHash: end.hash, at, reason: 'write' });
}

export function appendAudit(
  trx: Transaction<Database>,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  return appendAuditMany(trx, actor, [{ action, entityType, entityId, before, after }]);
}

export { verifyAuditChain, type VerifyResult } from './auditVerify.ts';
