import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * In-memory copy of the organisation tree (ids, parents, names) for subtree
 * checks and for naming units in lists without a join. Writers in this process invalidate it; other instances re-read it
 * after a few seconds, or at once when asked for a unit they do not know (`freshFor`), so servers stay stateless
 * enough to scale out (docs/deployment.md).
 */
export class OrgTree {
  private children = new Map<string | null, string[]>();
  private parents = new Map<string, string | null>();
  private names = new Map<string, string>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly ttlMs = 5000,
  ) {}

  invalidate(): void {
    this.loadedAt = 0;
  }

  async fresh(): Promise<this> {
    if (Date.now() - this.loadedAt < this.ttlMs) return this;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    await this.loading;
    return this;
  }

  /**
   * The tree, re-read at once when it does not know one of `ids`: a unit another server created a moment ago
   * is found here too, without waiting out the few seconds of the copy (the admin's next request may land on
   * any server). Moves made elsewhere are still seen within those few seconds.
   */
  async freshFor(ids: readonly (string | null | undefined)[]): Promise<this> {
    await this.fresh();
    if (ids.every((id) => !id || this.parents.has(id))) return this;
    this.invalidate();
    return this.fresh();
  }

  private async load(): Promise<void> {
    const rows = await this.db.selectFrom('organisations').select(['id', 'parent_id', 'name']).execute();
    const children = new Map<string | null, string[]>();
    const parents = new Map<string, string | null>();
    const names = new Map<string, string>();
    for (const r of rows) {
      parents.set(r.id, r.parent_id);
      names.set(r.id, r.name);
      const list = children.get(r.parent_id) ?? [];
      list.push(r.id);
      children.set(r.parent_id, list);
    }
    this.children = children;
    this.parents = parents;
    this.names = names;
    this.loadedAt = Date.now();
  }

  name(id: string): string {
    return this.names.get(id) ?? '';
  }

  has(id: string): boolean {
    return this.parents.has(id);
  }

  get size(): number {
    return this.parents.size;
  }

  /** The organisation and everything under it. */
  subtree(id: string): string[] {
    const out: string[] = [];
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      if (!this.parents.has(cur)) continue;
      out.push(cur);
      stack.push(...(this.children.get(cur) ?? []));
    }
    return out;
  }

  /** True when `id` is `ancestor` or lies under it. */
  isWithin(id: string, ancestor: string): boolean {
    let cur: string | null | undefined = id;
    for (let guard = 0; cur && guard < 1000; guard++) {
      if (cur === ancestor) return true;
      cur = this.parents.get(cur);
    }
    return false;
  }

  roots(): string[] {
    return this.children.get(null) ?? [];
  }
}
