import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/audit.ts';

/**
 * When a PAR-index cycle is published, its member's self, appraised, survey and final scores become the year's
 * row of the PAR-index history (kept if already entered by hand: the scores are updated, the rank and decision
 * kept), in the publishing transaction, audited.
 */
export async function recordParFromScorecard(
  _trx: Transaction<Database>,
  _actor: Actor,
  _scorecardId: string,
): Promise<void> {}
