import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, ladderFor } from './eligibility.ts';
import type { AwardRecord, EligibilityInput, InitiativeRecord, RatingRecord } from './eligibilityInput.ts';
import { necessaryFacts, type NecessaryFact } from './prefilter.ts';
import { RATINGS, RECOGNITION_LEVELS } from './types.ts';

const Y = 2026;
const TARGETS = [
  'advanced_worker',
  'grassroots_emulation_fighter',
  'provincial_emulation_fighter',
  'national_emulation_fighter',
  'certificate_of_merit_provincial',
  'certificate_of_merit_pm',
  'order_labour_3',
] as const;
const CODES = [...TARGETS.slice(0, 4), 'certificate_of_merit_provincial', 'certificate_of_merit_pm'] as const;

function has(f: NecessaryFact, input: EligibilityInput): boolean {
  const within = (y: number) => y >= f.fromYear && y <= f.toYear;
  if (f.kind === 'holds') return input.awards.some((a) => f.codes.includes(a.awardCode) && within(a.year));
  if (f.kind === 'rating') return input.ratings.some((r) => f.ratings.includes(r.rating) && within(r.year));
  return (input.initiatives ?? []).some(
    (i) => f.levels.includes(i.level) && within(Number(i.recognisedOn.slice(0, 4))),
  );
}

const arbInput = fc
  .record({
    awardCode: fc.constantFrom(...TARGETS),
    ratings: fc.array(fc.constantFrom(...RATINGS), { minLength: 12, maxLength: 12 }),
    awards: fc.uniqueArray(
      fc.record({ awardCode: fc.constantFrom(...CODES), year: fc.integer({ min: Y - 11, max: Y }) }),
      { selector: (a) => `${a.awardCode}|${a.year}`, maxLength: 14 },
    ),
    initiatives: fc.array(
      fc.record({ level: fc.constantFrom(...RECOGNITION_LEVELS), year: fc.integer({ min: Y - 7, max: Y }) }),
      { maxLength: 3 },
    ),
  })
  .map(
    (x): EligibilityInput => ({
      subject: { kind: 'individual', id: 'p', recruitedOn: '2010-01-01' },
      awardCode: x.awardCode,
      year: Y,
      ratings: x.ratings.map((rating, i): RatingRecord => ({ year: Y - 11 + i, rating })),
      awards: x.awards as AwardRecord[],
      initiatives: x.initiatives.map(
        (i, k): InitiativeRecord => ({
          id: `I${k}`,
          title: `Sáng kiến ${k}`,
          kind: 'initiative',
          level: i.level,
          recognisedOn: `${i.year}-05-01`,
        }),
      ),
    }),
  );

describe('necessary facts of a ladder', () => {
  it('a subject lacking one of them is never eligible or sent to the council', () => {
    let filtered = 0;
    fc.assert(
      fc.property(arbInput, (input) => {
        const facts = necessaryFacts(ladderFor(input.awardCode, 'individual')!, Y);
        if (facts.every((f) => has(f, input))) return;
        filtered++;
        expect(evaluate(input).verdict).toBe('not_eligible');
      }),
      { numRuns: 2000 },
    );
    expect(filtered).toBeGreaterThan(100); // the property is not vacuous
  });

  it('names the facts of the CSTĐ cấp tỉnh ladder: CSTĐCS in Y and a provincial initiative in 3 years', () => {
    expect(necessaryFacts(ladderFor('provincial_emulation_fighter', 'individual')!, Y)).toEqual([
      { kind: 'holds', codes: ['grassroots_emulation_fighter'], fromYear: Y, toYear: Y },
      { kind: 'initiative', levels: ['provincial', 'national'], fromYear: Y - 2, toYear: Y },
    ]);
  });
});
