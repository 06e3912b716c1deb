import fs from 'node:fs';
import path from 'node:path';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';

/**
 * What the audit writer needs beyond the transaction: the HMAC key (kept
 * outside the database) and how often it writes a head record. It rides on
 * the Kysely instance as a no-op plugin so that every transaction opened from
 * `db.kysely` carries it, without threading it through 100 call sites.
 */
export interface AuditAnchor {
  key: Buffer;
  /** A head record every this many entries (1: at every audited write); 0: only at start, stop and on the timer. */
  headEvery: number;
}

export class AuditAnchorPlugin implements KyselyPlugin {
  constructor(readonly anchor: AuditAnchor) {}
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs) {
    return Promise.resolve(args.result);
  }
}

/** The anchor of the database a Kysely instance or transaction talks to. */
export function anchorOf(k: { getExecutor(): { plugins: ReadonlyArray<KyselyPlugin> } }): AuditAnchor {
  const p = k.getExecutor().plugins.find((x): x is AuditAnchorPlugin => x instanceof AuditAnchorPlugin);
  if (!p) throw new Error('audit anchor missing: open the database with openDb()');
  return p.anchor;
}

export const HMAC_ALG = 'hmac-sha256';
export const PLAIN_ALG = 'sha256';

export function digest(alg: string, key: Buffer, payload: string): string | null {
  if (alg === HMAC_ALG) return createHmac('sha256', key).update(payload).digest('hex');
  if (alg === PLAIN_ALG) return createHash('sha256').update(payload).digest('hex');
  return null;
}

const KEY_BYTES = 32;

/**
 * The audit key: THIDUA_AUDIT_KEY (64 hex digits, or any text of at least 32
 * characters), else `<dataDir>/audit.key`, created with random bytes and mode
 * 0600 the first time. Several servers on one PostgreSQL database must share
 * it, so they set the variable.
 */
export function resolveAuditKey(opts: { auditKey: string | undefined; auditKeyFile: string }): Buffer {
  if (opts.auditKey) return parseKey(opts.auditKey);
  try {
    return parseKey(fs.readFileSync(opts.auditKeyFile, 'utf8').trim());
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.mkdirSync(path.dirname(opts.auditKeyFile), { recursive: true });
  try {
    // 'wx': two processes starting at once must not each write their own key.
    fs.writeFileSync(opts.auditKeyFile, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return parseKey(fs.readFileSync(opts.auditKeyFile, 'utf8').trim());
}

function parseKey(text: string): Buffer {
  if (/^[0-9a-f]{64}$/iu.test(text)) return Buffer.from(text, 'hex');
  if (text.length < 32) throw new Error('Khoá nhật ký (THIDUA_AUDIT_KEY hoặc tệp audit.key) cần ít nhất 32 ký tự.');
  return Buffer.from(text, 'utf8');
}

/** For databases opened without a key (tests, benchmarks): valid only as long as that connection lives. */
export const ephemeralAnchor = (): AuditAnchor => ({ key: randomBytes(KEY_BYTES), headEvery: 1 });
