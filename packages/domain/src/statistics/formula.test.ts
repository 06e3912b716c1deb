import { describe, expect, it } from 'vitest';
import {
  type FormulaContext,
  type FormulaRef,
  type Shift,
  evaluateFormula,
  formulaTerms,
  parseFormula,
} from './formula.ts';

const parse = (text: string) => {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.formula;
};

/** Values keyed "CODE[.cat]@yearsBack[ytd]". */
const ctxOf = (values: Record<string, number | null>): FormulaContext => ({
  value: (ref: FormulaRef, s: Shift) =>
    values[
      `${ref.category === undefined ? ref.code : `${ref.code}.${ref.category}`}@${s.yearsBack}${s.ytd ? 'ytd' : ''}`
    ] ?? null,
});
const ev = (text: string, values: Record<string, number | null>) => evaluateFormula(parse(text), ctxOf(values));

describe('formula: parsing', () => {
  it('reads terms, options, numbers, operators and functions', () => {
    const f = parse(' share([XK.fdi], [XK]) + -2.5 * ( [A] - [B] ) / 1e2 + growth(ytd([A])) ');
    expect(f.refs).toEqual([{ code: 'XK', category: 'fdi' }, { code: 'XK' }, { code: 'A' }, { code: 'B' }]);
    expect(parse('PREV_YEAR([A])').refs).toEqual([{ code: 'A' }]);
    expect(parse('cagr([GTSX], 5)').refs).toEqual([{ code: 'GTSX' }]);
    expect(parse('[A] − [B]').refs).toHaveLength(2);
  });

  it('names the mistake in Vietnamese with its position', () => {
    const cases: [string, RegExp, number][] = [
      ['', /trống/u, 0],
      ['[A] +', /thiếu số, mã chỉ tiêu/u, 5],
      ['[A', /Thiếu dấu "\]"/u, 0],
      ['[] + 1', /Thiếu mã chỉ tiêu/u, 0],
      ['[A] + [B.]', /phân tổ/u, 6],
      ['([A] + 1', /Thiếu dấu "\)"/u, 8],
      ['[A] + 1)', /Thừa dấu "\)"/u, 7],
      ['[A] [B]', /Thiếu phép toán/u, 4],
      ['sum([A])', /Không có hàm "sum"/u, 0],
      ['GTSX + 1', /ngoặc vuông, ví dụ \[GTSX\]/u, 0],
      ['growth([A], 2)', /growth cần 1 đối số, công thức cho 2/u, 13],
      ['share([A])', /share cần 2 đối số/u, 9],
      ['cagr([A], 2.5)', /số nguyên/u, 10],
      ['cagr([A], [B])', /số nguyên/u, 10],
      ['[A] % 2', /Ký tự không hợp lệ "%"/u, 4],
      ['* 2', /trước "\*"/u, 0],
      ['1e999', /quá lớn/u, 0],
    ];
    for (const [text, message, at] of cases) {
      const r = parseFormula(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.error, text).toMatch(message);
      expect(r.at, text).toBe(at);
      if (text) expect(r.error, text).toContain(`vị trí ${at + 1}`);
    }
  });

  it('refuses a formula nested deeper than it could mean anything', () => {
    const r = parseFormula(`${'('.repeat(100)}1${')'.repeat(100)}`);
    expect(r.ok).toBe(false);
    expect(parseFormula('-'.repeat(5000) + '1').ok).toBe(false);
  });
});

describe('formula: evaluation on hand-computed values', () => {
  it('keeps precedence and unary minus', () => {
    expect(ev('1 + 2 * 3 - 4 / 2', {})).toBe(5);
    expect(ev('-(1 + 2) * -2', {})).toBe(6);
    expect(ev('2 - -3', {})).toBe(5);
    expect(ev('[A] + [A.fdi]', { 'A@0': 10, 'A.fdi@0': 4 })).toBe(14);
  });

  it('growth against the same period last year, year-to-date growth', () => {
    expect(ev('growth([A])', { 'A@0': 110, 'A@1': 100 })).toBeCloseTo(10, 10);
    expect(ev('prev_year([A])', { 'A@1': 100 })).toBe(100);
    expect(ev('growth(ytd([A]))', { 'A@0ytd': 330, 'A@1ytd': 300 })).toBeCloseTo(10, 10);
    expect(ev('ytd(prev_year([A]))', { 'A@1ytd': 300 })).toBe(300);
    expect(ev('prev_year(growth([A]))', { 'A@1': 121, 'A@2': 110 })).toBeCloseTo(10, 10);
  });

  it('CAGR: 2015 → 2021 (six years) from 340 to 884 trillion', () => {
    const r = ev('cagr([GTSX], 6)', { 'GTSX@0': 884, 'GTSX@6': 340 })!;
    expect(r).toBeCloseTo((Math.pow(884 / 340, 1 / 6) - 1) * 100, 10);
    expect(r).toBeCloseTo(17.26, 2);
    expect(ev('cagr([A], 1)', { 'A@0': 121, 'A@1': 110 })).toBeCloseTo(10, 10);
  });

  it('share, constant prices, occupancy', () => {
    expect(ev('share([XK.fdi], [XK])', { 'XK.fdi@0': 15, 'XK@0': 60 })).toBe(25);
    expect(ev('deflate([GTSX], [CPI])', { 'GTSX@0': 1100, 'CPI@0': 110 })).toBeCloseTo(1000, 10);
    expect(ev('[LEASED] / [LAND] * 100', { 'LEASED@0': 45, 'LAND@0': 60 })).toBe(75);
  });

  it('"không đủ số liệu": a missing term, a division by zero, a negative base in cagr → null', () => {
    expect(ev('[A] / [B]', { 'A@0': 1, 'B@0': 0 })).toBeNull();
    expect(ev('[A] / ([B] - [B])', { 'A@0': 1, 'B@0': 3 })).toBeNull();
    expect(ev('[A] + [B]', { 'A@0': 1 })).toBeNull();
    expect(ev('growth([A])', { 'A@0': 1, 'A@1': 0 })).toBeNull();
    expect(ev('growth([A])', { 'A@0': 1 })).toBeNull();
    expect(ev('share([A], [T])', { 'A@0': 1, 'T@0': 0 })).toBeNull();
    expect(ev('deflate([A], [I])', { 'A@0': 1, 'I@0': 0 })).toBeNull();
    expect(ev('cagr([A], 2)', { 'A@0': 100, 'A@2': -5 })).toBeNull();
    expect(ev('cagr([A], 2)', { 'A@0': -100, 'A@2': 5 })).toBeNull();
    expect(ev('cagr([A], 2)', { 'A@0': 100, 'A@2': 0 })).toBeNull();
    expect(ev('[A] * 1e300 * 1e300', { 'A@0': 1 })).toBeNull();
    expect(ev('[A]', { 'A@0': Number.NaN })).toBeNull();
  });

  it('lists the terms to fetch with their shifts', () => {
    const terms = formulaTerms(parse('growth(ytd([A])) + cagr([B], 5) + prev_year([A])'));
    expect(terms).toEqual(
      expect.arrayContaining([
        { ref: { code: 'A' }, shift: { yearsBack: 0, ytd: true } },
        { ref: { code: 'A' }, shift: { yearsBack: 1, ytd: true } },
        { ref: { code: 'B' }, shift: { yearsBack: 0, ytd: false } },
        { ref: { code: 'B' }, shift: { yearsBack: 5, ytd: false } },
        { ref: { code: 'A' }, shift: { yearsBack: 1, ytd: false } },
      ]),
    );
    expect(terms).toHaveLength(5);
  });
});
