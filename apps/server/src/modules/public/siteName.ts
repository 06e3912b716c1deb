import type { Deps } from '../../platform/context.ts';
import { clockOf } from '../../platform/context.ts';

/**
 * The department's name for the public pages' header: its root organisation, read at most once a minute
 * (a rename shows within the minute on every server).
 */
export function siteNameReader(deps: Deps): () => Promise<string> {
  const clock = clockOf(deps);
  let site = { name: '', at: 0 };
  return async () => {
    if (clock.now().getTime() - site.at > 60_000) {
      const root = await deps.db.kysely
        .selectFrom('organisations')
        .select('name')
        .where('parent_id', 'is', null)
        .orderBy('created_at')
        .executeTakeFirst();
      site = { name: root?.name ?? 'Sở Công Thương', at: clock.now().getTime() };
    }
    return site.name;
  };
}
