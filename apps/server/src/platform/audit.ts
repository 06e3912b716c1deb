import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { isPostgres, nowIso } from '../db/index.ts';
import { bulkInsert } from '../db/bulk.ts';
import { newId } from './ids.ts';

export interface Actor {
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'hệ thống' };

const GENESIS = '0'.repeat(64);

interface ChainFields {
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

export function entryHash(prevHash: string, e: ChainFields): string {
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
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * Appends one entry to the hash chain inside the caller's transaction. On
 * PostgreSQL an advisory lock serialises writers so two transactions cannot
 * both chain onto the same previous entry; SQLite serialises writes itself.
 */
export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Appends entries to the hash chain inside the caller's transaction. On
 * PostgreSQL an advisory lock serialises writers so two transactions cannot
 * both chain onto the same previous entry; SQLite serialises writes itself.
 */
export async function appendAuditMany(trx: Transaction<Database>, actor: Actor, inputs: AuditInput[]): Promise<void> {
  if (!inputs.length) return;
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(7401)`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
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
    const hash = entryHash(prevHash, fields);
    const row = { id: newId(), ...fields, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  await bulkInsert(trx, 'audit_log', rows);
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

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: { seq: number; message: string }[];
}

/** Walks the chain: a changed entry breaks its own hash, a deleted one leaves a gap or a broken link. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<VerifyResult> {
  const problems: VerifyResult['problems'] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  const pageSize = 5000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        problems.push({ seq: expectedSeq, message: `Thiếu mục nhật ký số ${expectedSeq}–${row.seq - 1} (đã bị xoá)` });
      if (row.prev_hash !== prevHash)
        problems.push({ seq: row.seq, message: `Mục ${row.seq} không nối đúng với mục trước (chuỗi băm bị đứt)` });
      if (entryHash(row.prev_hash, row) !== row.hash)
        problems.push({ seq: row.seq, message: `Mục ${row.seq} đã bị sửa sau khi ghi (mã băm không khớp)` });
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  return { ok: problems.length === 0, checked, problems };
}
