import type { FastifyReply } from 'fastify';
import type { Deps } from './context.ts';
import { AppError } from './errors.ts';

/** Seconds a refused client is told to wait: an import of the largest allowed file takes about this long. */
export const IMPORT_RETRY_AFTER_S = 30;

/** A counting gate: at most `max` imports read and check workbooks at once (each can hold a few hundred MB). */
export class ImportSlots {
  private running = 0;
  constructor(readonly max: number) {}

  get inUse(): number {
    return this.running;
  }

  /** A release function, or null when every slot is taken. Release is idempotent. */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.max) return null;
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
    };
  }
}

// One gate per running app (per Deps), shared by every importer.
const gates = new WeakMap<Deps, ImportSlots>();

export function importSlots(deps: Deps): ImportSlots {
  let g = gates.get(deps);
  if (!g) {
    g = new ImportSlots(deps.config.maxConcurrentImports);
    gates.set(deps, g);
  }
  return g;
}

/**
 * Runs an import (reading the upload included) in one of the configured slots; beyond them
 * a 429 in Vietnamese with Retry-After. The slot is released however the import ends.
 */
export async function withImportSlot<T>(deps: Deps, reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  const release = importSlots(deps).tryAcquire();
  if (!release) {
    reply.header('retry-after', String(IMPORT_RETRY_AFTER_S));
    throw new AppError(
      429,
      'imports_busy',
      `Máy chủ đang xử lý nhiều tệp nhập cùng lúc (tối đa ${deps.config.maxConcurrentImports}). Vui lòng thử lại sau khoảng ${IMPORT_RETRY_AFTER_S} giây.`,
    );
  }
  try {
    return await run();
  } finally {
    release();
  }
}
