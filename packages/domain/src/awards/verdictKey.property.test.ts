import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './eligibility.ts';
import type { AwardRecord, EligibilityInput } from './eligibilityInput.ts';
import { buildLadders } from './ladders.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { RATINGS, type Rating } from './types.ts';
import { verdictKey } from './verdictKey.ts';

const YEAR = 2026;
const LADDERS = buildLadders(DEFAULT_SETTINGS).filter((l) => l.subject === 'individual');
const CODES = [...new Set(LADDERS.map((l) => l.awardCode))];
const HISTORY = [
  'advanced_worker',
  'grassroots_emulation_fighter',
  'provincial_emulation_fighter',
  'certificate_of_merit_provincial',
  'certificate_of_merit_pm',
] as const;

// A small space of histories, so that many inputs share a key and the test compares their verdicts.
const arbAward = fc
  .record({
    awardCode: fc.constantFrom(...HISTORY),
    year: fc.integer({ min: YEAR - 6, max: YEAR }),
    span: fc.constantFrom(0, 0, 1, 2),
    type: fc.constantFrom(undefined, 'periodic', 'ad_hoc'),
  })
  .map(
    (r): AwardRecord => ({
      awardCode: r.awardCode,
      year: r.year,
      ...(r.span ? { fromYear: r.year - r.span } : {}),
      ...(r.type ? { type: r.type as AwardRecord['type'] } : {}),
    }),
  );
const arbInput = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    recruitedOn: fc.constantFrom(undefined, '2010-03-01', '2026-05-01', '2026-06-15', '2026-08-01'),
    ratings: fc.oneof(
      fc.array(fc.constantFrom<Rating | undefined>(...RATINGS, undefined), { minLength: 6, maxLength: 6 }),
      fc.array(fc.constantFrom<Rating | undefined>('excellent', 'good'), { minLength: 6, maxLength: 6 }),
    ),
    awards: fc.oneof(fc.array(arbAward, { maxLength: 4 }), fc.array(arbAward, { maxLength: 1 })),
    discipline: fc.boolean(),
    asOf: fc.constantFrom(undefined, '2026-11-26'),
  })
  .map(
    (x): EligibilityInput => ({
      subject: {
        kind: 'individual',
        id: x.id,
        name: `Người ${x.id}`,
        ...(x.recruitedOn ? { recruitedOn: x.recruitedOn } : {}),
      },
      awardCode: '',
      year: YEAR,
      ratings: x.ratings.flatMap((rating, i) => (rating ? [{ year: YEAR - 5 + i, rating }] : [])),
      awards: x.awards,
      discipline: x.discipline ? [{ form: 'reprimand', from: `${YEAR}-02-01`, to: `${YEAR}-08-01` }] : [],
      ...(x.asOf ? { asOf: x.asOf } : {}),
    }),
  );

const verdicts = (input: EligibilityInput) =>
  CODES.map((awardCode) => evaluate({ ...input, awardCode }, { brief: true }).verdict).join();

describe('verdictKey: inputs sharing a key share every verdict (the candidate list judges each key once)', () => {
  it('same key ⇒ same verdicts for every individual award, whoever the subject is', () => {
    let shared = 0;
    fc.assert(
      fc.property(fc.array(arbInput, { minLength: 2, maxLength: 60 }), (drawn) => {
        const byKey = new Map<string, string>();
        // Each history also under another identity and start date, so keys meet.
        const inputs = drawn.flatMap((x, i) => [
          x,
          {
            ...x,
            subject: {
              ...x.subject,
              id: `t${i}`,
              name: 'Khác',
              recruitedOn: drawn[(i + 1) % drawn.length]!.subject.recruitedOn,
            },
          },
        ]);
        for (const input of inputs) {
          const key = verdictKey(input, LADDERS);
          if (key === undefined) continue;
          const v = verdicts(input);
          const seen = byKey.get(key);
          if (seen === undefined) byKey.set(key, v);
          else {
            shared++;
            expect(v).toBe(seen);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(shared).toBeGreaterThan(50);
  }, 60_000);

  it('gives no key for what it does not fold in (discipline, collectives), and tells tenure outcomes apart', () => {
    const base: EligibilityInput = {
      subject: { kind: 'individual', id: 'a', recruitedOn: '2010-01-01' },
      awardCode: '',
      year: YEAR,
      ratings: [{ year: YEAR, rating: 'good' }],
      awards: [],
    };
    expect(verdictKey(base, LADDERS)).toBeDefined();
    expect(verdictKey({ ...base, discipline: [{ form: 'warning', from: '2026-01-01', to: null }] }, LADDERS)).toBe(
      undefined,
    );
    expect(verdictKey({ ...base, subject: { kind: 'collective', id: 'o' } }, LADDERS)).toBe(undefined);
    // Recruited in 2010 and in August 2026: six months reached, and not, by 31/12/2026.
    const late = { ...base, subject: { ...base.subject, recruitedOn: '2026-08-01' } };
    expect(verdictKey(late, LADDERS)).not.toBe(verdictKey(base, LADDERS));
    expect(verdicts(late)).not.toBe(verdicts(base));
    // Another person recruited the same month shares the key.
    const twin = { ...base, subject: { kind: 'individual' as const, id: 'b', name: 'B', recruitedOn: '2011-02-03' } };
    expect(verdictKey(twin, LADDERS)).toBe(verdictKey(base, LADDERS));
  });
});
