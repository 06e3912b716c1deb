import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormulaContext, type FormulaNode, evaluateFormula, formulaTerms, parseFormula } from './formula.ts';

/** Prints a tree fully parenthesised, so the parse must give it back. */
function print(n: FormulaNode): string {
  switch (n.kind) {
    case 'num':
      return String(n.value);
    case 'ref':
      return n.ref.category === undefined ? `[${n.ref.code}]` : `[${n.ref.code}.${n.ref.category}]`;
    case 'neg':
      return `-(${print(n.arg)})`;
    case 'bin':
      return `(${print(n.left)} ${n.op} ${print(n.right)})`;
    case 'cagr':
      return `cagr(${print(n.arg)}, ${n.years})`;
    case 'call':
      return `${n.fn}(${n.args.map(print).join(', ')})`;
  }
}

const arbRef = fc.record({ code: fc.constantFrom('A', 'B', 'GTSX_CN'), category: fc.constantFrom(undefined, 'fdi') });
const arbNode: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: 50 }).map((value) => ({ kind: 'num', value }) as FormulaNode),
    arbRef.map((r) => ({ kind: 'ref', ref: r.category === undefined ? { code: r.code } : r }) as FormulaNode),
    tie('node').map((arg) => ({ kind: 'neg', arg }) as FormulaNode),
    fc
      .record({ op: fc.constantFrom('+', '-', '*', '/'), left: tie('node'), right: tie('node') })
      .map((b) => ({ kind: 'bin', ...b }) as FormulaNode),
    fc
      .record({ fn: fc.constantFrom('prev_year', 'ytd', 'growth'), arg: tie('node') })
      .map(({ fn, arg }) => ({ kind: 'call', fn, args: [arg] }) as FormulaNode),
    fc
      .record({ fn: fc.constantFrom('share', 'deflate'), x: tie('node'), y: tie('node') })
      .map(({ fn, x, y }) => ({ kind: 'call', fn, args: [x, y] }) as FormulaNode),
    fc
      .record({ arg: tie('node'), years: fc.integer({ min: 1, max: 6 }) })
      .map((c) => ({ kind: 'cagr', ...c }) as FormulaNode),
  ),
})).node;

/** Values per (term, shift), some missing, some zero or negative. */
const arbValues = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 1 }),
  fc.option(fc.integer({ min: -20, max: 200 }), { nil: null }),
);
const ctxOf = (values: Record<string, number | null>, asked: Set<string>): FormulaContext => ({
  value(ref, s) {
    const key = `${ref.code}.${ref.category ?? ''}|${s.yearsBack}|${s.ytd}`;
    asked.add(key);
    let h = 0;
    for (const c of key) h = (h * 31 + c.charCodeAt(0)) % 9973;
    const pick = Object.values(values);
    return pick.length === 0 ? null : pick[h % pick.length]!;
  },
});

describe('formula (properties)', () => {
  it('the generator reaches a number and "không đủ số liệu"', () => {
    const verdicts = new Set<string>();
    fc.assert(
      fc.property(arbNode, arbValues, (node, values) => {
        const r = parseFormula(print(node));
        if (r.ok) verdicts.add(evaluateFormula(r.formula, ctxOf(values, new Set())) === null ? 'null' : 'number');
      }),
      { numRuns: 300 },
    );
    expect([...verdicts].sort()).toEqual(['null', 'number']);
  });

  it('a printed formula parses back to its tree; the value is finite or null; only listed terms are asked', () => {
    fc.assert(
      fc.property(arbNode, arbValues, (node, values) => {
        const r = parseFormula(print(node));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.formula.ast).toEqual(node);
        const asked = new Set<string>();
        const v = evaluateFormula(r.formula, ctxOf(values, asked));
        expect(v === null || Number.isFinite(v)).toBe(true);
        const listed = new Set(
          formulaTerms(r.formula).map(
            (t) => `${t.ref.code}.${t.ref.category ?? ''}|${t.shift.yearsBack}|${t.shift.ytd}`,
          ),
        );
        for (const k of asked) expect(listed.has(k), k).toBe(true);
        const codes = new Set(r.formula.refs.map((x) => `${x.code}.${x.category ?? ''}`));
        for (const t of listed) expect(codes.has(t.split('|')[0]!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any text parses or fails with a position inside it, never throwing', () => {
    const alphabet = fc.constantFrom(...'[]().,+-*/ 0123456789ABfdi_growthcagrsharey%−'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          const r = parseFormula(text);
          if (!r.ok) {
            expect(r.at).toBeGreaterThanOrEqual(0);
            expect(r.at).toBeLessThanOrEqual(text.length);
            expect(r.error).toMatch(/\S/u);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
