import type { z } from 'zod';
import type { StatValueHistory, StatValueHistoryQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { periodInfo } from './period.ts';

/** Every version of one value, newest first, with who changed it (a removed user shows as empty). */
export async function valueHistory(
  deps: Deps,
  q: z.output<typeof StatValueHistoryQuery>,
): Promise<z.infer<typeof StatValueHistory>> {
  const period = periodInfo(q.period);
  const rows = await deps.db.kysely
    .selectFrom('stat_value_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.value', 'h.revision', 'h.comment', 'h.changed_at', 'h.id', 'u.display_name'])
    .where('h.indicator_id', '=', q.indicator)
    .where('h.unit_id', '=', q.unit)
    .where('h.period', '=', period.id)
    .where('h.category', '=', q.category)
    .orderBy('h.changed_at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      value: r.value === null ? null : Number(r.value),
      revision: r.revision,
      comment: r.comment,
      changedBy: r.display_name ?? '',
      changedAt: r.changed_at,
    })),
  };
}
