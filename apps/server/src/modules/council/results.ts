import type { z } from 'zod';
import type { VoteResult } from '@thidua/contracts';
import { COMPARISONS, tally, tallyText, type Comparison } from '@thidua/domain';
import type { SessionItemTable } from '../../db/schema-proposals.ts';

type Stored = Pick<
  SessionItemTable,
  'agree' | 'disagree' | 'abstain' | 'eligible' | 'threshold' | 'comparison' | 'approved'
>;

/** The comparison an item was judged by; items judged before it was kept read as "at least", the rule then. */
export const storedComparison = (c: string | null | undefined): Comparison =>
  (COMPARISONS as readonly string[]).includes(c ?? '') ? (c as Comparison) : 'at_least';

/**
 * An item's announced result as the close stored it: counts, the threshold and comparison applied,
 * the verdict recorded. Nothing here is recomputed from today's settings. Null while not judged.
 */
export function storedResult(a: Stored): z.infer<typeof VoteResult> | null {
  if (a.eligible === null || a.approved === null) return null;
  const t = {
    ...tally(a, a.eligible, { threshold: Number(a.threshold), comparison: storedComparison(a.comparison) }),
    approved: a.approved === 1,
  };
  return {
    agree: t.agree,
    disagree: t.disagree,
    abstain: t.abstain,
    eligible: t.eligible,
    share: t.share,
    threshold: t.threshold,
    comparison: t.comparison,
    cast: t.cast,
    unanimous: t.unanimous,
    approved: t.approved,
    text: tallyText(t),
  };
}
