import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './eligibility.ts';
import type { AwardRecord, DisciplinePeriod, EligibilityInput, RatingRecord } from './eligibilityInput.ts';
import { DISCIPLINE_FORMS, RATINGS, ratingRank } from './types.ts';

const YEAR = 2025;
const TARGETS = [
  'advanced_worker',
  'grassroots_emulation_fighter',
  'provincial_emulation_fighter',
  'certificate_of_merit_provincial',
  'certificate_of_merit_pm',
  'order_labour_3',
] as const;
const HISTORY_CODES = [
  'advanced_worker',
  'grassroots_emulation_fighter',
  'certificate_of_merit_provincial',
  'certificate_of_merit_pm',
] as const;

const arbRatings = fc
  .array(fc.constantFrom(...RATINGS), { minLength: 8, maxLength: 8 })
  .map((rs): RatingRecord[] => rs.map((rating, i) => ({ year: YEAR - 7 + i, rating })));

/** At most one record per (award, year), and one annual title a year, so the history is never contradictory. */
const arbAwards = fc
  .uniqueArray(
    fc.record({
      awardCode: fc.constantFrom(...HISTORY_CODES),
      year: fc.integer({ min: YEAR - 7, max: YEAR }),
      useInit: fc.boolean(),
    }),
    {
      selector: (r) => `${r.awardCode === 'grassroots_emulation_fighter' ? 'advanced_worker' : r.awardCode}|${r.year}`,
      maxLength: 12,
    },
  )
  .map((rs): AwardRecord[] =>
    rs.map((r) => ({ awardCode: r.awardCode, year: r.year, ...(r.useInit ? { initiativeIds: ['I1'] } : {}) })),
  );

const arbInput = fc
  .record({
    awardCode: fc.constantFrom(...TARGETS),
    ratings: arbRatings,
    awards: arbAwards,
    hasInitiatives: fc.boolean(),
  })
  .map(
    (x): EligibilityInput => ({
      subject: { kind: 'individual', id: 'p', recruitedOn: '2010-01-01' },
      awardCode: x.awardCode,
      year: YEAR,
      ratings: x.ratings,
      awards: x.awards,
      initiatives: x.hasInitiatives
        ? [
            { id: 'I1', title: 'A', kind: 'initiative', level: 'provincial', recognisedOn: '2025-03-01' },
            { id: 'I2', title: 'B', kind: 'initiative', level: 'grassroots', recognisedOn: '2024-03-01' },
          ]
        : [],
    }),
  );

describe('eligibility properties', () => {
  it('the generator reaches both eligible and refused subjects, so the properties are not vacuous', () => {
    const seen = new Set(fc.sample(arbInput, { numRuns: 400, seed: 1 }).map((i) => evaluate(i).verdict));
    expect(seen).toContain('eligible');
    expect(seen).toContain('not_eligible');
  });

  it('a discipline period inside the window always makes a subject not eligible', () => {
    const arbDiscipline = fc
      .record({ form: fc.constantFrom(...DISCIPLINE_FORMS), month: fc.integer({ min: 1, max: 12 }) })
      .map(
        (d): DisciplinePeriod => ({ form: d.form, from: `${YEAR}-${String(d.month).padStart(2, '0')}-01`, to: null }),
      );
    fc.assert(
      fc.property(arbInput, arbDiscipline, (input, d) => {
        // Individual ladders count achievements only from the end of a discipline period (ND 152 Art 4).
        expect(evaluate({ ...input, discipline: [d] }).verdict).toBe('not_eligible');
      }),
    );
  });

  it('a better rating in one year never removes eligibility', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 7 }), (input, i) => {
        const before = evaluate(input).verdict;
        const ratings = input.ratings.map((r, j) =>
          j === i && ratingRank(r.rating) < ratingRank('excellent')
            ? { ...r, rating: RATINGS[RATINGS.indexOf(r.rating) - 1]! }
            : r,
        );
        const after = evaluate({ ...input, ratings }).verdict;
        if (before === 'eligible') expect(after).toBe('eligible');
        if (before === 'needs_review') expect(after).not.toBe('not_eligible');
      }),
    );
  });

  it('the brief judgement of candidate lists gives the same verdict as the full explanation', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        expect(evaluate(input, { brief: true }).verdict).toBe(evaluate(input).verdict);
      }),
      { numRuns: 500 },
    );
  });

  it('adding an unrelated award never changes a verdict', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.integer({ min: YEAR - 9, max: YEAR }),
        fc.constantFrom('commemorative_medal', 'order_friendship', 'hero_labour'),
        (input, year, code) => {
          const before = evaluate(input).verdict;
          const after = evaluate({ ...input, awards: [...input.awards, { awardCode: code, year }] }).verdict;
          expect(after).toBe(before);
        },
      ),
    );
  });
});
