import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Throttled } from './throttle.ts';

/**
 * What keeps the public pages fast under a flood (docs/reports.md, "Caching and throttling"): a per-address view
 * counter in memory, the pages rendered once per data version and kept compressed, and ETag/304 for browsers and
 * proxies. Time here is the process's monotonic clock (elapsed time, not the date the pages show).
 */

/**
 * Views per address in a one-minute window, counted in this process: no database write per view. At most
 * `maxAddresses` windows are kept; when full, ended windows go first, then the oldest (that address starts
 * counting again, which is harmless). Each server counts its own views (docs/deployment.md).
 */
export function memoryThrottle(limit: number, windowMs = 60_000, maxAddresses = 50_000) {
  const windows = new Map<string, { start: number; count: number }>();
  const makeRoom = (now: number) => {
    // A window is re-inserted when it starts again, so the map is in order of start: the ended ones lead.
    for (const [address, w] of windows) {
      if (now - w.start < windowMs && windows.size < maxAddresses) break;
      windows.delete(address);
    }
  };
  return (address: string): Throttled => {
    const now = performance.now();
    let w = windows.get(address);
    if (!w || now - w.start >= windowMs) {
      if (w) windows.delete(address);
      else if (windows.size >= maxAddresses) makeRoom(now);
      w = { start: now, count: 0 };
      windows.set(address, w);
    }
    w.count++;
    return { permitted: w.count <= limit, retryAfter: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  };
}

/**
 * The data's version: the audit log's last sequence number (every write is audited, in the write's own
 * transaction, so it moves when anything a page shows changes, on any server). One indexed read shared by the
 * requests waiting for it; a request never takes a read that started before it arrived, so a change committed
 * before a view shows on that view.
 */
export function dataVersionReader(db: Kysely<Database>): () => Promise<string> {
  let current: Promise<string> | null = null;
  let next: Promise<string> | null = null;
  // Compiled once: building the query each time cost as much as running it.
  const query = db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('v'))
    .compile();
  const read = () => {
    const p = db
      .executeQuery(query)
      .then((r) => String(r.rows[0]?.v ?? 0))
      .finally(() => {
        if (current === p) current = null;
      });
    current = p;
    return p;
  };
  return () => {
    if (!current) return read();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return read();
      });
    return next;
  };
}

export interface CachedPage {
  version: string;
  born: number;
  text: string;
  etag: string;
  gzip?: Buffer;
  br?: Buffer;
}

/**
 * Rendered pages by key (the page and its normalised query), each valid for its data version. `maxAgeMs` bounds
 * the life of a page whose data changed without an audit entry (a direct database edit). Concurrent views of a page
 * being rebuilt wait for the one build (so a flood after a change runs the page's queries once).
 */
export function pageCache(opts: { maxEntries?: number; maxAgeMs?: number } = {}) {
  const maxEntries = opts.maxEntries ?? 300;
  const maxAgeMs = opts.maxAgeMs ?? 60_000;
  const entries = new Map<string, CachedPage>();
  const building = new Map<string, Promise<CachedPage | null>>();
  /** `build` answers null when there is no such page (nothing is kept: it may exist on the next view). */
  return async (key: string, version: string, build: () => Promise<string | null>): Promise<CachedPage | null> => {
    const hit = entries.get(key);
    if (hit && hit.version === version && performance.now() - hit.born < maxAgeMs) return hit;
    const id = `${version}\n${key}`;
    let pending = building.get(id);
    if (!pending) {
      pending = build()
        .then((text) => {
          if (text === null) return null;
          const page: CachedPage = {
            version,
            born: performance.now(),
            text,
            etag: `W/"${createHash('sha1').update(text).digest('base64url')}"`,
          };
          entries.delete(key);
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
          entries.set(key, page);
          return page;
        })
        .finally(() => building.delete(id));
      building.set(id, pending);
    }
    return pending;
  };
}

/** Whether an If-None-Match names this ETag (weak comparison, as for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//u, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** Accept-Encoding values seen (browsers send a handful), and the encoding each gets. */
const encodings = new Map<string, 'br' | 'gzip' | null>();

/** The encoding the client accepts that we keep: brotli, then gzip (a `;q=0` refuses it). */
function encodingFor(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const text = String(header ?? '');
  let known = encodings.get(text);
  if (known === undefined) {
    known = parseEncoding(text);
    if (encodings.size >= 100) encodings.clear();
    encodings.set(text, known);
  }
  return known;
}

function parseEncoding(text: string): 'br' | 'gzip' | null {
  const accepted = new Set(
    text
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/u.test(q))
      .map(([name]) => name),
  );
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

/** Pages shorter than this go uncompressed (the headers would cost more than the saving). */
const COMPRESS_FROM = 1024;

/**
 * Answers with a cached page: 304 when the browser or proxy has it, else the page, compressed once per version when
 * the client accepts it (brotli at a fast level, gzip).
 */
export function sendCachedPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage, cacheControl: string) {
  reply
    .header('cache-control', cacheControl)
    .header('etag', page.etag)
    .header('vary', 'accept-encoding')
    .type('text/html; charset=utf-8');
  if (etagMatches(req.headers['if-none-match'], page.etag)) return reply.code(304).send();
  const encoding = page.text.length >= COMPRESS_FROM ? encodingFor(req.headers['accept-encoding']) : null;
  if (encoding === 'br') {
    page.br ??= brotliCompressSync(page.text, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    });
    return reply.code(200).header('content-encoding', 'br').send(page.br);
  }
  if (encoding === 'gzip') {
    page.gzip ??= gzipSync(page.text);
    return reply.code(200).header('content-encoding', 'gzip').send(page.gzip);
  }
  return reply.code(200).send(page.text);
}

/** One counter, data version reader and page cache per server process (shared by the public page plugins). */
const shared = new WeakMap<Kysely<Database>, ReturnType<typeof makeShared>>();
/** Page views per address and minute (a reader browsing; a flood gets 429). */
export const VIEWS_PER_MINUTE = 300;
const makeShared = (db: Kysely<Database>) => ({
  countView: memoryThrottle(VIEWS_PER_MINUTE),
  dataVersion: dataVersionReader(db),
  cached: pageCache(),
});
export function publicPageState(db: Kysely<Database>) {
  let s = shared.get(db);
  if (!s) shared.set(db, (s = makeShared(db)));
  return s;
}
