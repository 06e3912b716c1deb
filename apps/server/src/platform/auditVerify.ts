import type { Kysely } from 'kysely';
import type { AuditHeadTable, Database } from '../db/schema.ts';
import { GENESIS, entryHash } from './audit.ts';
import { PLAIN_ALG, anchorOf } from './auditKey.ts';
import { headMac } from './auditHeads.ts';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: { seq: number; message: string }[];
  /** Head records checked. */
  heads: number;
  /** The last entry a valid head vouches for (0: none). */
  anchoredThrough: number;
  /** Entries after that head: a cut among them would go unnoticed (see README, "Nhật ký"). */
  unanchored: number;
  lastHead: { seq: number; hash: string; at: string } | null;
}

const PAGE = 5000;

/**
 * Walks the chain and its heads: a changed entry breaks its own hash, a
 * deleted one leaves a gap, a chain rewritten from some entry on no longer
 * matches the key or the heads, and a cut tail leaves a head pointing past
 * the end.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<VerifyResult> {
  const { key } = anchorOf(db);
  const problems: VerifyResult['problems'] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  let keyedFrom = 0;
  let lastPlain = 0;
  let heads = 0;
  let anchoredThrough = 0;
  let lastHead: VerifyResult['lastHead'] = null;
  const macOk = (h: AuditHeadTable) => {
    const { mac, ...rest } = h;
    if (headMac(key, rest) === mac) return true;
    problems.push({
      seq: h.seq,
      message: `Bản ghi đầu chuỗi lúc ${h.at} (mục ${h.seq}) không hợp lệ: bị sửa hoặc giả mạo (MAC không khớp khoá)`,
    });
    return false;
  };
  for (;;) {
    const from = expectedSeq;
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', from)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    const seen = new Map<number, { id: string; hash: string; count: number }>();
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        problems.push({ seq: expectedSeq, message: `Thiếu mục nhật ký số ${expectedSeq}–${row.seq - 1} (đã bị xoá)` });
      if (row.prev_hash !== prevHash)
        problems.push({ seq: row.seq, message: `Mục ${row.seq} không nối đúng với mục trước (chuỗi băm bị đứt)` });
      if (row.hash_alg === PLAIN_ALG) {
        lastPlain = row.seq;
        if (keyedFrom)
          problems.push({
            seq: row.seq,
            message: `Mục ${row.seq} dùng băm không khoá sau các mục đã có khoá (từ mục ${keyedFrom}): chuỗi bị viết lại`,
          });
      } else if (!keyedFrom) keyedFrom = row.seq;
      const expected = entryHash(row.hash_alg, key, row.prev_hash, row);
      if (expected === null)
        problems.push({ seq: row.seq, message: `Mục ${row.seq} có kiểu băm không rõ "${row.hash_alg}"` });
      else if (expected !== row.hash)
        problems.push({ seq: row.seq, message: `Mục ${row.seq} đã bị sửa sau khi ghi (mã băm không khớp)` });
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      checked++;
      seen.set(row.seq, { id: row.id, hash: row.hash, count: checked });
    }
    const to = expectedSeq - 1;
    const last = rows.length < PAGE;
    // Heads over this page; after the last page, also every head that points past the end.
    let hq = db.selectFrom('audit_heads').selectAll().where('seq', '>=', from).orderBy('seq').orderBy('at');
    if (!last) hq = hq.where('seq', '<=', to);
    for (const h of await hq.execute()) {
      heads++;
      if (!macOk(h)) continue;
      const e = seen.get(h.seq);
      if (!e) {
        problems.push({
          seq: Math.min(h.seq, to + 1),
          message:
            h.seq > to
              ? `Bản ghi đầu chuỗi lúc ${h.at} xác nhận ${h.entry_count} mục, nay chuỗi chỉ còn đến mục ${to}: các mục ${to + 1}–${h.seq} đã bị xoá`
              : `Bản ghi đầu chuỗi lúc ${h.at} xác nhận mục ${h.seq}, nay mục này không còn`,
        });
        continue;
      }
      if (e.hash !== h.last_hash || e.id !== h.last_entry_id) {
        problems.push({
          seq: h.seq,
          message: `Mục ${h.seq} khác với bản ghi đầu chuỗi lúc ${h.at}: nhật ký đã bị viết lại từ mục này trở về trước`,
        });
        continue;
      }
      if (e.count !== h.entry_count) {
        problems.push({
          seq: h.seq,
          message: `Bản ghi đầu chuỗi lúc ${h.at} xác nhận ${h.entry_count} mục đến mục ${h.seq}, nay chỉ còn ${e.count}`,
        });
        continue;
      }
      if (h.seq >= anchoredThrough) {
        anchoredThrough = h.seq;
        lastHead = { seq: h.seq, hash: h.last_hash, at: h.at };
      }
    }
    if (last) break;
  }
  // Unkeyed entries prove nothing by themselves: only a head written with the key vouches for them.
  if (lastPlain > anchoredThrough)
    problems.push({
      seq: lastPlain,
      message: `Các mục đến mục ${lastPlain} dùng băm không khoá và không có bản ghi đầu chuỗi hợp lệ nào xác nhận`,
    });
  const end = expectedSeq - 1;
  return {
    ok: problems.length === 0,
    checked,
    problems,
    heads,
    anchoredThrough,
    unanchored: Math.max(0, end - anchoredThrough),
    lastHead,
  };
}
