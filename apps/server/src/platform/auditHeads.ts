import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditHeadTable, Database } from '../db/schema.ts';
import { isPostgres, nowIso } from '../db/index.ts';
import { HMAC_ALG, anchorOf, digest } from './auditKey.ts';
import { newId } from './ids.ts';

/**
 * Head records: "the chain had `entry_count` entries, the last one `seq` with
 * hash `last_hash`", under a MAC with the audit key. An attacker without the
 * key can neither forge a head nor make an old one agree with a shortened or
 * rewritten chain, so `audit verify` notices both.
 */
export type HeadReason = 'write' | 'start' | 'stop' | 'timer';

export function headMac(key: Buffer, h: Omit<AuditHeadTable, 'mac'>): string {
  const payload = JSON.stringify([
    'audit-head',
    h.id,
    h.seq,
    h.entry_count,
    h.last_entry_id,
    h.last_hash,
    h.at,
    h.reason,
  ]);
  return digest(HMAC_ALG, key, payload)!;
}

export async function insertHead(
  trx: Transaction<Database>,
  key: Buffer,
  h: { seq: number; lastEntryId: string; lastHash: string; at: string; reason: HeadReason },
): Promise<void> {
  const row = {
    id: newId(),
    seq: h.seq,
    // Sequence numbers start at 1 and have no gaps, so the count is the last number.
    entry_count: h.seq,
    last_entry_id: h.lastEntryId,
    last_hash: h.lastHash,
    at: h.at,
    reason: h.reason,
  };
  await trx
    .insertInto('audit_heads')
    .values({ ...row, mac: headMac(key, row) })
    .execute();
}

/** Writes a head over the chain's current end unless the latest head already covers it (start, stop, timer). */
export async function writeAuditHead(db: Kysely<Database>, reason: HeadReason): Promise<boolean> {
  const { key } = anchorOf(db);
  return db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(7401)`.execute(trx);
    const last = await trx
      .selectFrom('audit_log')
      .select(['seq', 'id', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) return false;
    const head = await trx.selectFrom('audit_heads').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    if (head && head.seq >= last.seq) return false;
    await insertHead(trx, key, { seq: last.seq, lastEntryId: last.id, lastHash: last.hash, at: nowIso(), reason });
    return true;
  });
}
