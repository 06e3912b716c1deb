import { cagrRate, deflateValue, finiteOrNull, growthRate, ratio, sharePercent } from './growth.ts';

/**
 * The derived-indicator language (docs/statistics.md, §13.5 of the domain reference): `[CODE]` and
 * `[CODE.option]` (an indicator, or one disaggregation option of it), numbers, `+ - * /`, unary minus,
 * parentheses and the functions
 *   prev_year(x)      x for the same period one year earlier ("cùng kỳ")
 *   ytd(x)            x from January to the period ("lũy kế")
 *   growth(x)         (x / prev_year(x) − 1) × 100
 *   cagr(x, n)        ((x / x n years back)^(1/n) − 1) × 100, n a whole number of years
 *   share(x, total)   x / total × 100
 *   deflate(x, index) x / index × 100 (constant prices, base year 2020, index in %)
 * Evaluation answers null ("không đủ số liệu") for a missing term or a division by zero, never NaN.
 */

export interface FormulaRef {
  code: string;
  category?: string;
}

/** Which value of a term: the same period `yearsBack` years earlier, and/or from January to the period. */
export interface Shift {
  yearsBack: number;
  ytd: boolean;
}

export const CURRENT_SHIFT: Shift = Object.freeze({ yearsBack: 0, ytd: false });

export interface FormulaContext {
  value(ref: FormulaRef, shift: Shift): number | null;
}

export type FormulaFunction = 'prev_year' | 'ytd' | 'growth' | 'cagr' | 'share' | 'deflate';

export type FormulaNode =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; ref: FormulaRef }
  | { kind: 'neg'; arg: FormulaNode }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; fn: Exclude<FormulaFunction, 'cagr'>; args: FormulaNode[] }
  | { kind: 'cagr'; arg: FormulaNode; years: number };

export interface Formula {
  text: string;
  /** Every term referred to, once each, in order of appearance. */
  refs: FormulaRef[];
  ast: FormulaNode;
}

export type ParseResult = { ok: true; formula: Formula } | { ok: false; error: string; at: number };

const ARITY: Record<FormulaFunction, number> = { prev_year: 1, ytd: 1, growth: 1, cagr: 2, share: 2, deflate: 2 };
export const FORMULA_FUNCTIONS = Object.keys(ARITY) as FormulaFunction[];
const MAX_LENGTH = 2000;
const MAX_DEPTH = 40;
const MAX_YEARS = 100;
const NAME = /^[\p{L}\p{N}_-]+$/u;

type Token =
  | { t: 'num'; value: number; at: number; end: number }
  | { t: 'ref'; ref: FormulaRef; at: number; end: number }
  | { t: 'id'; name: string; at: number; end: number }
  | { t: '(' | ')' | ',' | '+' | '-' | '*' | '/'; at: number; end: number };

class FormulaError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** "… (vị trí 5)": positions are shown counting from 1, as a clerk counts characters. */
const fail = (message: string, at: number): never => {
  throw new FormulaError(`${message} (vị trí ${at + 1}).`, at);
};

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      const open = text.indexOf('[', i + 1);
      if (close < 0 || (open >= 0 && open < close)) fail('Thiếu dấu "]" đóng mã chỉ tiêu', i);
      const inner = text.slice(i + 1, close).trim();
      const dot = inner.indexOf('.');
      const code = (dot < 0 ? inner : inner.slice(0, dot)).trim();
      const category = dot < 0 ? undefined : inner.slice(dot + 1).trim();
      if (!code) fail('Thiếu mã chỉ tiêu trong ngoặc vuông', i);
      if (!NAME.test(code)) fail(`Mã chỉ tiêu "${code}" không hợp lệ`, i);
      if (category !== undefined && !NAME.test(category))
        fail(`Mã phân tổ "${category}" của chỉ tiêu ${code} không hợp lệ`, i);
      out.push({ t: 'ref', ref: category === undefined ? { code } : { code, category }, at: i, end: close + 1 });
      i = close + 1;
    } else if (/[0-9]/u.test(c) || (c === '.' && /[0-9]/u.test(text[i + 1] ?? ''))) {
      const m = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/u.exec(text.slice(i))!;
      const value = Number(m[0]);
      if (!Number.isFinite(value)) fail(`Số "${m[0]}" quá lớn`, i);
      out.push({ t: 'num', value, at: i, end: i + m[0].length });
      i += m[0].length;
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{N}_]+/u.exec(text.slice(i))!;
      out.push({ t: 'id', name: m[0], at: i, end: i + m[0].length });
      i += m[0].length;
    } else if ('(),+-*/'.includes(c) || c === '−') {
      out.push({ t: c === '−' ? '-' : (c as '('), at: i, end: i + 1 });
      i++;
    } else {
      fail(`Ký tự không hợp lệ "${c}"`, i);
    }
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private here(): number {
    return this.peek()?.at ?? this.length;
  }

  parseAll(): FormulaNode {
    const node = this.expr(0);
    const extra = this.peek();
    if (extra) fail(extra.t === ')' ? 'Thừa dấu ")"' : 'Thiếu phép toán trước phần này', extra.at);
    return node;
  }

  private expr(depth: number): FormulaNode {
    if (depth > MAX_DEPTH) fail('Công thức lồng nhau quá sâu', this.here());
    let left = this.term(depth);
    for (let tok = this.peek(); tok && (tok.t === '+' || tok.t === '-'); tok = this.peek()) {
      this.pos++;
      left = { kind: 'bin', op: tok.t, left, right: this.term(depth) };
    }
    return left;
  }

  private term(depth: number): FormulaNode {
    let left = this.unary(depth);
    for (let tok = this.peek(); tok && (tok.t === '*' || tok.t === '/'); tok = this.peek()) {
      this.pos++;
      left = { kind: 'bin', op: tok.t, left, right: this.unary(depth) };
    }
    return left;
  }

  private unary(depth: number): FormulaNode {
    const tok = this.peek();
    if (tok?.t === '-') {
      if (depth > MAX_DEPTH) fail('Công thức lồng nhau quá sâu', tok.at);
      this.pos++;
      return { kind: 'neg', arg: this.unary(depth + 1) };
    }
    return this.primary(depth);
  }

  private expect(t: ')' | ',' | '(', what: string): void {
    if (this.peek()?.t !== t) fail(`Thiếu ${what}`, this.here());
    this.pos++;
  }

  private primary(depth: number): FormulaNode {
    const tok = this.peek();
    if (!tok) return fail('Công thức chưa hết: thiếu số, mã chỉ tiêu hoặc biểu thức', this.length);
    if (tok.t === 'num') {
      this.pos++;
      return { kind: 'num', value: tok.value };
    }
    if (tok.t === 'ref') {
      this.pos++;
      return { kind: 'ref', ref: tok.ref };
    }
    if (tok.t === '(') {
      this.pos++;
      const inner = this.expr(depth + 1);
      this.expect(')', 'dấu ")"');
      return inner;
    }
    if (tok.t === 'id') return this.call(tok, depth);
    return fail(`Thiếu số, mã chỉ tiêu hoặc biểu thức trước "${tok.t}"`, tok.at);
  }

  private call(tok: Extract<Token, { t: 'id' }>, depth: number): FormulaNode {
    const fn = tok.name.toLowerCase() as FormulaFunction;
    this.pos++;
    if (!(fn in ARITY)) {
      if (this.peek()?.t === '(') fail(`Không có hàm "${tok.name}" (các hàm: ${FORMULA_FUNCTIONS.join(', ')})`, tok.at);
      fail(`"${tok.name}" không phải mã chỉ tiêu: mã chỉ tiêu viết trong ngoặc vuông, ví dụ [${tok.name}]`, tok.at);
    }
    this.expect('(', `dấu "(" sau hàm ${fn}`);
    const args: FormulaNode[] = [];
    const argAt: number[] = [];
    if (this.peek()?.t !== ')') {
      for (;;) {
        argAt.push(this.here());
        args.push(this.expr(depth + 1));
        if (this.peek()?.t !== ',') break;
        this.pos++;
      }
    }
    const closeAt = this.here();
    this.expect(')', `dấu ")" đóng hàm ${fn}`);
    if (args.length !== ARITY[fn])
      fail(`Hàm ${fn} cần ${ARITY[fn]} đối số, công thức cho ${args.length}`, args.length ? closeAt : tok.at);
    if (fn !== 'cagr') return { kind: 'call', fn, args };
    const years = args[1]!;
    if (years.kind !== 'num' || !Number.isInteger(years.value) || years.value < 1 || years.value > MAX_YEARS)
      fail(`Số năm của hàm cagr phải là số nguyên từ 1 đến ${MAX_YEARS}`, argAt[1]!);
    return { kind: 'cagr', arg: args[0]!, years: (years as { value: number }).value };
  }
}

const refKey = (r: FormulaRef) => (r.category === undefined ? r.code : `${r.code}.${r.category}`);

function collectRefs(node: FormulaNode, out: Map<string, FormulaRef>): void {
  switch (node.kind) {
    case 'ref':
      if (!out.has(refKey(node.ref))) out.set(refKey(node.ref), node.ref);
      return;
    case 'num':
      return;
    case 'neg':
    case 'cagr':
      return collectRefs(node.arg, out);
    case 'bin':
      collectRefs(node.left, out);
      return collectRefs(node.right, out);
    case 'call':
      for (const a of node.args) collectRefs(a, out);
  }
}

/** Parses a formula; a mistake is reported in Vietnamese with its position (`at`, counted from 0). */
export function parseFormula(text: string): ParseResult {
  try {
    if (text.length > MAX_LENGTH) return { ok: false, error: `Công thức dài quá ${MAX_LENGTH} ký tự.`, at: MAX_LENGTH };
    if (!text.trim()) return { ok: false, error: 'Công thức trống.', at: 0 };
    const ast = new Parser(tokenize(text), text.length).parseAll();
    const refs = new Map<string, FormulaRef>();
    collectRefs(ast, refs);
    return { ok: true, formula: { text, refs: [...refs.values()], ast } };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, error: e.message, at: e.at };
    throw e;
  }
}

const back = (s: Shift, years: number): Shift => ({ yearsBack: s.yearsBack + years, ytd: s.ytd });

function evaluate(node: FormulaNode, ctx: FormulaContext, shift: Shift): number | null {
  switch (node.kind) {
    case 'num':
      return node.value;
    case 'ref':
      return finiteOrNull(ctx.value(node.ref, shift));
    case 'neg': {
      const v = evaluate(node.arg, ctx, shift);
      return v === null ? null : -v;
    }
    case 'bin': {
      const a = evaluate(node.left, ctx, shift);
      const b = a === null ? null : evaluate(node.right, ctx, shift);
      if (a === null || b === null) return null;
      if (node.op === '/') return ratio(a, b);
      return finiteOrNull(node.op === '+' ? a + b : node.op === '-' ? a - b : a * b);
    }
    case 'cagr':
      return cagrRate(evaluate(node.arg, ctx, shift), evaluate(node.arg, ctx, back(shift, node.years)), node.years);
    case 'call': {
      const [x, y] = node.args as [FormulaNode, FormulaNode];
      switch (node.fn) {
        case 'prev_year':
          return evaluate(x, ctx, back(shift, 1));
        case 'ytd':
          return evaluate(x, ctx, { yearsBack: shift.yearsBack, ytd: true });
        case 'growth':
          return growthRate(evaluate(x, ctx, shift), evaluate(x, ctx, back(shift, 1)));
        case 'share':
          return sharePercent(evaluate(x, ctx, shift), evaluate(y, ctx, shift));
        case 'deflate':
          return deflateValue(evaluate(x, ctx, shift), evaluate(y, ctx, shift));
      }
    }
  }
}

/** The formula's value for the period the context answers for; null when a term is missing or a divisor is zero. */
export function evaluateFormula(formula: Formula, ctx: FormulaContext): number | null {
  return finiteOrNull(evaluate(formula.ast, ctx, CURRENT_SHIFT));
}

function collectTerms(node: FormulaNode, shift: Shift, out: Map<string, { ref: FormulaRef; shift: Shift }>): void {
  const add = (n: FormulaNode, s: Shift) => collectTerms(n, s, out);
  switch (node.kind) {
    case 'num':
      return;
    case 'ref': {
      const key = `${refKey(node.ref)}|${shift.yearsBack}|${shift.ytd ? 1 : 0}`;
      if (!out.has(key)) out.set(key, { ref: node.ref, shift });
      return;
    }
    case 'neg':
      return add(node.arg, shift);
    case 'bin':
      add(node.left, shift);
      return add(node.right, shift);
    case 'cagr':
      add(node.arg, shift);
      return add(node.arg, back(shift, node.years));
    case 'call':
      if (node.fn === 'prev_year') return add(node.args[0]!, back(shift, 1));
      if (node.fn === 'ytd') return add(node.args[0]!, { yearsBack: shift.yearsBack, ytd: true });
      if (node.fn === 'growth') add(node.args[0]!, back(shift, 1));
      for (const a of node.args) add(a, shift);
  }
}

/** Every (term, shift) the evaluation may ask the context for: what to fetch before evaluating. */
export function formulaTerms(formula: Formula): { ref: FormulaRef; shift: Shift }[] {
  const out = new Map<string, { ref: FormulaRef; shift: Shift }>();
  collectTerms(formula.ast, CURRENT_SHIFT, out);
  return [...out.values()];
}

/** The referred codes missing from a catalog: what a save names as unknown. */
export function unknownFormulaCodes(formula: Formula, known: (code: string) => boolean): string[] {
  return [...new Set(formula.refs.map((r) => r.code))].filter((c) => !known(c));
}
