import { roundPoints } from './tree.ts';
import type { ClassificationBand, RankInput, RankResult, TieBreakKey } from './types.ts';

/** Positive when `a` ranks better than `b` by this key, negative when worse, 0 when the key does not tell. */
function byKey(key: TieBreakKey, a: RankInput, b: RankInput): number {
  switch (key) {
    case 'field_order': {
      // The first field (in template order) where the points differ decides.
      const n = Math.max(a.fields.length, b.fields.length);
      for (let i = 0; i < n; i++) {
        const d = roundPoints(a.fields[i] ?? 0) - roundPoints(b.fields[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    }
    case 'fewer_penalty':
      return roundPoints(b.penalty) - roundPoints(a.penalty);
    case 'smaller_reduction':
      // A member without a self-score has no reduction to compare: it comes after those who have one.
      return compareNullable(negate(reduction(a)), negate(reduction(b)));
    case 'higher_self':
      return compareNullable(
        a.selfTotal === null ? null : roundPoints(a.selfTotal),
        b.selfTotal === null ? null : roundPoints(b.selfTotal),
      );
  }
}

const reduction = (m: RankInput): number | null => (m.selfTotal === null ? null : roundPoints(m.selfTotal - m.total));

const negate = (n: number | null) => (n === null ? null : -n);

/** Larger is better; null is worse than any number and equal to another null (keeps the order transitive). */
function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}

/** Which comparison separates `a` from `b`: 'total', a tie-break key, or null when they stay tied. */
function separation(a: RankInput, b: RankInput, tieBreak: readonly TieBreakKey[]): 'total' | TieBreakKey | null {
  if (roundPoints(a.total) !== roundPoints(b.total)) return 'total';
  for (const key of tieBreak) if (byKey(key, a, b) !== 0) return key;
  return null;
}

function compare(a: RankInput, b: RankInput, tieBreak: readonly TieBreakKey[]): number {
  const d = roundPoints(b.total) - roundPoints(a.total);
  if (d !== 0) return d;
  for (const key of tieBreak) {
    const k = byKey(key, b, a);
    if (k !== 0) return k;
  }
  return 0;
}

/** Orders members by total, then by the configured tie-break keys; members still tied share a rank (1, 1, 3). */
export function rankMembers(members: readonly RankInput[], tieBreak: readonly TieBreakKey[]): RankResult[] {
  // A key listed twice tells nothing new the second time.
  const keys = [...new Set(tieBreak)];
  // Array.prototype.sort is stable: members still tied keep the order they came in.
  const sorted = [...members].sort((a, b) => compare(a, b, keys));
  const results: RankResult[] = [];
  sorted.forEach((member, i) => {
    if (i === 0) {
      results.push({ id: member.id, rank: 1, decidedBy: null });
      return;
    }
    const previous = results[i - 1]!;
    const sep = separation(sorted[i - 1]!, member, keys);
    if (sep === null) results.push({ id: member.id, rank: previous.rank, decidedBy: null });
    else results.push({ id: member.id, rank: i + 1, decidedBy: sep === 'total' ? null : sep });
  });
  return results;
}

/** The band label of a total out of `max` (bands highest first); '' when no band applies. */
export function classify(total: number, max: number, bands: readonly ClassificationBand[]): string {
  if (!Number.isFinite(total) || !Number.isFinite(max) || max <= 0) return '';
  const ordered = [...bands].sort((a, b) => b.minPercent - a.minPercent);
  for (const band of ordered) {
    // total / max ≥ min % compared without division, so 72 of 80 is exactly 90 % and not 89.999…
    if (roundPoints(total * 100 - band.minPercent * max) >= 0) return band.label;
  }
  return '';
}
