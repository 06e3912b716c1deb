import type { EligibilityInput } from './eligibilityInput.ts';
import type { Ladder } from './ladderParts.ts';
import { check, type Criterion } from './predicates.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

interface Tenures {
  criteria: Criterion[];
  /** Year and start date → the outcomes of the tenure criteria (start dates repeat a lot). */
  outcomes: Map<string, string>;
}

/** The tenure criteria of the ladders (their months), found once per ladder list. */
const TENURES = new WeakMap<readonly Ladder[], Tenures>();
function tenuresOf(ladders: readonly Ladder[]): Tenures {
  let out = TENURES.get(ladders);
  if (!out) {
    const seen = new Map<number, Criterion>();
    const walk = (c: Criterion) => {
      if (c.test.p === 'tenure' && !seen.has(c.test.months)) seen.set(c.test.months, c);
      if (c.test.p === 'any' || c.test.p === 'all') c.test.of.forEach(walk);
    };
    ladders.forEach((l) => l.criteria.forEach(walk));
    TENURES.set(ladders, (out = { criteria: [...seen.values()], outcomes: new Map() }));
  }
  return out;
}

/**
 * A key that two individuals' inputs share only when `evaluate` gives them the same verdict for every
 * ladder of `ladders`, whoever they are: a province's candidate run judges each distinct history once
 * (most staff share a few thousand histories), not a hundred thousand times. It folds in what the
 * criteria read of a plain history — each award's code, years and type, each rating, the outcome of
 * every tenure criterion, the year and consideration date, in the order given. Undefined (judge
 * directly) for anything else: a collective, or any initiative, discipline, review, maternity leave,
 * member, bloc result or confirmation. Valid for one settings object and one rule set: the caller keys
 * its memo per run.
 */
export function verdictKey(input: EligibilityInput, ladders: readonly Ladder[]): string | undefined {
  const s = input.subject;
  if (
    s.kind !== 'individual' ||
    s.maternityLeaves?.length ||
    input.initiatives?.length ||
    input.discipline?.length ||
    input.reviewFlags?.length ||
    input.members?.length ||
    input.blocResults?.length ||
    input.confirmations
  )
    return undefined;
  const asOf = input.asOf ?? `${input.year + 1}-01-01`;
  let key = `${input.year}|${asOf}|`;
  const tenures = tenuresOf(ladders);
  // The tenure criterion reads only the start date and the year (maternity leave is excluded above).
  const seen = `${input.year}|${s.recruitedOn ?? ''}`;
  let tenure = tenures.outcomes.get(seen);
  if (tenure === undefined) {
    const ctx = {
      input,
      settings: input.settings ?? DEFAULT_SETTINGS,
      year: input.year,
      asOf,
      usedInitiatives: new Map(),
    };
    tenure = tenures.criteria.map((c) => String(check(c, ctx).met)).join();
    tenures.outcomes.set(seen, tenure);
  }
  key += `${tenure}|`;
  for (const r of input.ratings) key += `${r.year}${r.rating},`;
  key += '|';
  for (const a of input.awards) key += `${a.awardCode}:${a.year}:${a.fromYear ?? ''}:${a.type ?? ''},`;
  return key;
}
