import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGGREGATIONS,
  EMPTY_ACCUMULATOR,
  accumulate,
  aggregateOverTime,
  combineParts,
  finish,
  mergeOverTime,
  scalePart,
} from './aggregate.ts';

const acc = (values: (number | null)[]) => values.reduce((a, v, i) => accumulate(a, v, i + 1), EMPTY_ACCUMULATOR);

describe('aggregation', () => {
  it('a year of a monthly sum is the sum of its months; missing months are not zeros', () => {
    expect(aggregateOverTime('sum', [{ value: 10 }, { value: 20 }, { value: null }, { value: 12.5 }])).toBe(42.5);
    expect(aggregateOverTime('sum', [{ value: null }, { value: null }])).toBeNull();
    expect(aggregateOverTime('sum', [])).toBeNull();
  });

  it('an index is never summed: more than one value gives no number, one stored value is itself', () => {
    expect(aggregateOverTime('none', [{ value: 108.5 }, { value: 110.2 }])).toBeNull();
    expect(aggregateOverTime('none', [{ value: 108.5 }])).toBe(108.5);
    expect(combineParts('none', [acc([108.5]), acc([104])])).toBeNull();
    expect(combineParts('none', [acc([108.5]), acc([])])).toBe(108.5);
    expect(finish('none', acc([101, 102, 103]))).toBeNull();
  });

  it('averages weight by the number of values: a quarter is the mean of the months that have one', () => {
    expect(aggregateOverTime('average', [{ value: 10 }, { value: 20 }, { value: null }])).toBe(15);
    // Unit A reported three months (mean 10), unit B one month (40): the pooled mean is 70 / 4, not (10 + 40) / 2.
    expect(combineParts('average', [acc([5, 10, 15]), acc([40])])).toBe(17.5);
    expect(finish('average', mergeOverTime(acc([1, 2]), acc([3, 4, 5, 6])))).toBe(3.5);
  });

  it('last takes the latest period with a value over time; the parts of a whole add their latest', () => {
    expect(
      aggregateOverTime('last', [
        { value: 5, key: 3 },
        { value: 7, key: 1 },
        { value: null, key: 4 },
      ]),
    ).toBe(5);
    expect(combineParts('last', [acc([100, 110]), acc([50])])).toBe(160);
    expect(finish('last', mergeOverTime(acc([1, 2]), EMPTY_ACCUMULATOR))).toBe(2);
  });

  it('a part carried by a share scales additive figures only', () => {
    expect(finish('sum', scalePart('sum', acc([100, 20]), 0.25))).toBe(30);
    expect(finish('average', scalePart('average', acc([100, 20]), 0.25))).toBe(60);
    expect(finish('none', scalePart('none', acc([104]), 0.5))).toBe(104);
  });

  it('over time, combining in any grouping gives the same figure (what lets SQL pre-sum the months)', () => {
    const arbValues = fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { maxLength: 24 });
    fc.assert(
      fc.property(fc.constantFrom(...AGGREGATIONS), arbValues, fc.nat(24), (agg, values, cut) => {
        const whole = acc(values);
        const left = values.slice(0, cut).reduce((a, v, i) => accumulate(a, v, i + 1), EMPTY_ACCUMULATOR);
        const right = values.slice(cut).reduce((a, v, i) => accumulate(a, v, cut + i + 1), EMPTY_ACCUMULATOR);
        const direct = aggregateOverTime(
          agg,
          values.map((value, i) => ({ value, key: i + 1 })),
        );
        expect(finish(agg, mergeOverTime(left, right))).toEqual(finish(agg, whole));
        expect(direct).toEqual(finish(agg, whole));
        if (agg === 'none' && values.filter((v) => v !== null).length > 1) expect(direct).toBeNull();
      }),
    );
  });
});
