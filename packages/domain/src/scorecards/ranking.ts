import type { ClassificationBand, RankInput, RankResult, TieBreakKey } from './types.ts';

/** Orders members by total, then by the configured tie-break keys; members still tied share a rank (1, 1, 3). */
export function rankMembers(_members: readonly RankInput[], _tieBreak: readonly TieBreakKey[]): RankResult[] {
  throw new Error('not implemented');
}

/** The band label of a total out of `max` (bands highest first); '' when no band applies. */
export function classify(_total: number, _max: number, _bands: readonly ClassificationBand[]): string {
  throw new Error('not implemented');
}
