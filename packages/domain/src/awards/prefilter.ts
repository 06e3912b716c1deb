import type { Ladder } from './ladderParts.ts';
import type { Criterion } from './predicates.ts';
import { RATINGS, RECOGNITION_LEVELS, ratingRank, type Rating, type RecognitionLevel } from './types.ts';

/**
 * A fact a subject must have for a ladder to have any chance, simple enough for one indexed query:
 * holds one of `codes` in a year of the window; was rated `min` or better in a year of the window;
 * authored an initiative recognised at one of `levels` within the window.
 */
export type NecessaryFact =
  | { kind: 'holds'; codes: readonly string[]; fromYear: number; toYear: number }
  | { kind: 'rating'; ratings: readonly Rating[]; fromYear: number; toYear: number }
  | { kind: 'initiative'; levels: readonly RecognitionLevel[]; fromYear: number; toYear: number };

const atLeast = (min: Rating) => RATINGS.filter((r) => ratingRank(r) >= ratingRank(min));
const levelsFrom = (min: RecognitionLevel) => RECOGNITION_LEVELS.slice(RECOGNITION_LEVELS.indexOf(min));

/** The facts one criterion cannot be met without (its predicate answers "not met", never "unknown", without them). */
function factsOf(c: Criterion, Y: number): NecessaryFact[] {
  const t = c.test;
  switch (t.p) {
    case 'rating':
      return [
        t.atLeast === undefined
          ? { kind: 'rating', ratings: atLeast(t.min), fromYear: Y, toYear: Y }
          : { kind: 'rating', ratings: atLeast(t.min), fromYear: Y - t.years + 1, toYear: Y },
      ];
    case 'holds_chain':
      return [{ kind: 'holds', codes: t.codes, fromYear: Y, toYear: Y }];
    case 'holds_count':
      return t.atLeast >= 1 ? [{ kind: 'holds', codes: t.codes, fromYear: Y - t.years + 1, toYear: Y }] : [];
    case 'holds_since':
      return [{ kind: 'holds', codes: t.codes, fromYear: 0, toYear: Y - t.years }];
    case 'initiatives':
      return t.count >= 1
        ? [{ kind: 'initiative', levels: levelsFrom(t.level), fromYear: Y - t.years + 1, toYear: Y }]
        : [];
    case 'all':
      return t.of.flatMap((x) => factsOf(x, Y));
    default:
      // Alternatives ("any"), members, periods, judgements: no single necessary fact.
      return [];
  }
}

/**
 * What a subject needs before a ladder is worth judging for year Y. Only criteria whose failure makes
 * the verdict "not eligible" contribute, so leaving out subjects without these facts never changes
 * a candidate list; it lets a list for one award skip reading the histories of everyone else.
 */
export function necessaryFacts(ladder: Ladder, year: number): NecessaryFact[] {
  return ladder.criteria.flatMap((c) => factsOf(c, year));
}
