import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { agencyOf, agencySymbol } from './documents/official.ts';
import type { OrgTree } from './orgtree.ts';

/**
 * The department's register of decisions: one sequence per symbol and year,
 * shared by every kind of decision it signs (awards, revocations, initiative
 * recognitions), so numbers never collide nor leave gaps.
 */

/** The department's own register symbol, e.g. "QĐ-SCT". */
export function ownSymbol(tree: OrgTree): string {
  return `QĐ-${agencySymbol(agencyOf(tree.name(tree.roots()[0]!)).agency)}`;
}

/** The next number of a register: one counter row per symbol and year, taken inside the issuing transaction. */
export async function nextNumber(trx: Transaction<Database>, symbol: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('decision_counters')
    .values({ symbol, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['symbol', 'year']).doUpdateSet({ last: sql`${sql.ref('decision_counters.last')} + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}

/** The number the next decision would take, for a preview: nothing is reserved. */
export async function peekNumber(db: Kysely<Database>, symbol: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('decision_counters')
    .select('last')
    .where('symbol', '=', symbol)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}
