import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankMembers } from './ranking.ts';
import { checkTemplate, roundPoints, sheetTotals, templateMax } from './tree.ts';
import { TIE_BREAK_KEYS, type TemplateItem } from './types.ts';

/** Points with two decimals, as the contracts accept them. */
const arbPoints = (max: number) => fc.integer({ min: 0, max: Math.round(max * 100) }).map((n) => n / 100);

let nextId = 0;
const node = (kind: TemplateItem['kind'], maxPoints: number, children: TemplateItem[] = []): TemplateItem => {
  nextId += 1;
  const code = `c${nextId}`;
  return { id: code, code, kind, name: code, maxPoints, method: 'manual', source: null, scoring: null, children };
};

/** Arbitrary trees up to three levels, children's maxima free to add up to more or less than their parent's. */
const arbSub = arbPoints(10).map((m) => node('sub', m));
const arbCriterion = fc
  .tuple(arbPoints(20), fc.array(arbSub, { maxLength: 3 }))
  .map(([m, cs]) => node('criterion', m, cs));
const arbField = fc
  .tuple(arbPoints(40), fc.array(arbCriterion, { maxLength: 4 }))
  .map(([m, cs]) => node('field', m, cs));
const arbExtra = fc
  .tuple(fc.constantFrom('bonus' as const, 'penalty' as const), arbPoints(15))
  .map(([k, m]) => node(k, m));

const arbSheet = fc
  .record({
    fields: fc.array(arbField, { minLength: 1, maxLength: 4 }),
    extras: fc.array(arbExtra, { maxLength: 4 }),
    bonusCap: arbPoints(10),
    penaltyCap: arbPoints(20),
    seed: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
      minLength: 60,
      maxLength: 60,
    }),
  })
  .map(({ fields, extras, bonusCap, penaltyCap, seed }) => {
    const items = [...fields, ...extras];
    const points = new Map<string, number | null>();
    let i = 0;
    const walk = (it: TemplateItem) => {
      if (it.children.length === 0) {
        const s = seed[i++ % seed.length]!;
        points.set(it.id, s === null ? null : roundPoints(s * it.maxPoints));
      } else it.children.forEach(walk);
    };
    items.forEach(walk);
    return { items, points, caps: { bonusCap, penaltyCap } };
  });

const leaves = (items: readonly TemplateItem[]): TemplateItem[] =>
  items.flatMap((it) => (it.children.length === 0 ? [it] : leaves(it.children)));

describe('sheet totals (property)', () => {
  it('the generator reaches capped bonuses, penalties that wipe out the total and unscored leaves', () => {
    const seen = { bonusCapped: false, floored: false, missing: false, parentCapped: false };
    fc.assert(
      fc.property(arbSheet, ({ items, points, caps }) => {
        const t = sheetTotals(items, points, caps);
        if (t.bonus === caps.bonusCap && caps.bonusCap > 0) seen.bonusCapped = true;
        if (t.total === 0 && t.base > 0) seen.floored = true;
        if (t.missing > 0) seen.missing = true;
        if (checkTemplate(items, caps).some((p) => p.message.includes('vượt điểm tối đa'))) seen.parentCapped = true;
      }),
      { numRuns: 500, seed: 17 },
    );
    expect(seen).toEqual({ bonusCapped: true, floored: true, missing: true, parentCapped: true });
  });

  it('stays between 0 and the maximum plus the bonus cap, each part within its own cap', () => {
    fc.assert(
      fc.property(arbSheet, ({ items, points, caps }) => {
        const t = sheetTotals(items, points, caps);
        const max = templateMax(items);
        expect(t.total).toBeGreaterThanOrEqual(0);
        expect(t.total).toBeLessThanOrEqual(roundPoints(max + caps.bonusCap));
        expect(t.base).toBeLessThanOrEqual(max);
        expect(t.bonus).toBeLessThanOrEqual(caps.bonusCap);
        expect(t.penalty).toBeLessThanOrEqual(caps.penaltyCap);
        expect(t.total).toBe(roundPoints(Math.max(0, t.base + t.bonus - t.penalty)));
        for (const f of t.byField) if (f.points !== null) expect(f.points).toBeLessThanOrEqual(f.max);
        expect(t.missing).toBe(leaves(items).filter((l) => points.get(l.id) === null).length);
        // Two decimals at most: no float noise reaches a sheet.
        for (const n of [t.base, t.bonus, t.penalty, t.total]) expect(roundPoints(n)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the total when one more leaf is scored', () => {
    fc.assert(
      fc.property(arbSheet, fc.nat(), ({ items, points, caps }, pick) => {
        const unscored = leaves(items).filter((l) => points.get(l.id) === null && l.kind !== 'penalty');
        fc.pre(unscored.length > 0);
        const leaf = unscored[pick % unscored.length]!;
        const more = new Map(points).set(leaf.id, leaf.maxPoints);
        expect(sheetTotals(items, more, caps).total).toBeGreaterThanOrEqual(sheetTotals(items, points, caps).total);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ranking (property)', () => {
  const arbMember = fc.record({
    id: fc.uuid(),
    total: arbPoints(100),
    fields: fc.array(arbPoints(5), { minLength: 2, maxLength: 2 }),
    penalty: arbPoints(2),
    selfTotal: fc.option(arbPoints(100), { nil: null }),
  });
  const arbKeys = fc.shuffledSubarray([...TIE_BREAK_KEYS]);

  it('ranks everyone once, totals never rising, a shared rank only between equal totals', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbMember, { selector: (m) => m.id, maxLength: 12 }), arbKeys, (members, keys) => {
        const r = rankMembers(members, keys);
        expect(r.map((x) => x.id).sort()).toEqual(members.map((m) => m.id).sort());
        const total = new Map(members.map((m) => [m.id, m.total]));
        r.forEach((x, i) => {
          if (i === 0) return expect(x.rank).toBe(1);
          const prev = r[i - 1]!;
          expect(total.get(x.id)!).toBeLessThanOrEqual(total.get(prev.id)!);
          if (x.rank === prev.rank) expect(total.get(x.id)).toBe(total.get(prev.id));
          else expect(x.rank).toBe(i + 1);
          // A tie-break is named only where the totals were equal.
          if (x.decidedBy !== null) expect(total.get(x.id)).toBe(total.get(prev.id));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order the members came in, except among members still tied', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbMember, { selector: (m) => m.id, maxLength: 10 }), arbKeys, (members, keys) => {
        const rankOf = (ms: typeof members) => new Map(rankMembers(ms, keys).map((x) => [x.id, x.rank]));
        expect(rankOf([...members].reverse())).toEqual(rankOf(members));
      }),
      { numRuns: 200 },
    );
  });
});
