import { parseFormula } from '@thidua/domain';
import { optionsOf, parseJson, type Executor, type Option } from './rows.ts';

/** What formula checks need of each indicator: its kind, its formula and its disaggregation's option codes. */
export interface CatalogEntry {
  code: string;
  kind: string;
  formula: string;
  /** null when the indicator is not disaggregated. */
  options: string[] | null;
}
export type Catalog = Map<string, CatalogEntry>;

export async function loadCatalog(db: Executor): Promise<Catalog> {
  const rows = await db
    .selectFrom('stat_indicators as i')
    .leftJoin('stat_disaggregations as d', 'd.id', 'i.disaggregation_id')
    .select(['i.code', 'i.kind', 'i.formula', 'd.options'])
    .execute();
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        kind: r.kind,
        formula: r.formula,
        options: r.options === null ? null : optionsOf({ options: r.options }).map((o) => o.code),
      },
    ]),
  );
}

export const optionCodes = (options: string | null | undefined): string[] | null =>
  options ? parseJson<Option[]>(options, []).map((o) => o.code) : null;

/** The codes a derived indicator's formula refers to (none when it does not parse: that is reported on its own save). */
function refsOf(entry: CatalogEntry | undefined): string[] {
  if (!entry || entry.kind !== 'derived' || !entry.formula) return [];
  const p = parseFormula(entry.formula);
  return p.ok ? [...new Set(p.formula.refs.map((r) => r.code))] : [];
}

/** A path of codes from `self` back to `self` through the formulas, or null. */
function cycleFrom(self: string, first: string[], catalog: Catalog): string[] | null {
  const seen = new Set<string>();
  const walk = (code: string, path: string[]): string[] | null => {
    if (code === self) return [...path, code];
    if (seen.has(code)) return null;
    seen.add(code);
    for (const next of refsOf(catalog.get(code))) {
      const found = walk(next, [...path, code]);
      if (found) return found;
    }
    return null;
  };
  for (const code of first) {
    const found = walk(code, [self]);
    if (found) return found;
  }
  return null;
}

/**
 * What is wrong with a formula against the catalog, in words a planner can act on: a syntax error with its
 * position, an indicator code or disaggregation option the catalog does not have, or — when `self` (the code of
 * the indicator being saved) is given — a cycle back to it. Empty when the formula is sound.
 */
export function formulaProblems(text: string, catalog: Catalog, self?: string): string[] {
  const parsed = parseFormula(text);
  if (!parsed.ok) return [`Lỗi cú pháp ở ký tự thứ ${parsed.at + 1}: ${parsed.error}`];
  const problems: string[] = [];
  for (const ref of parsed.formula.refs) {
    const entry = catalog.get(ref.code);
    if (!entry) {
      if (ref.code !== self) problems.push(`Chỉ tiêu [${ref.code}] không có trong danh mục`);
      continue;
    }
    if (ref.category === undefined) continue;
    if (!entry.options)
      problems.push(`Chỉ tiêu [${ref.code}] không chia phân tổ nên không có [${ref.code}.${ref.category}]`);
    else if (!entry.options.includes(ref.category))
      problems.push(
        `Chỉ tiêu [${ref.code}] không có phân tổ "${ref.category}" (có: ${entry.options.join(', ') || 'không có'})`,
      );
  }
  if (self) {
    const codes = [...new Set(parsed.formula.refs.map((r) => r.code))];
    const cycle = cycleFrom(self, codes, catalog);
    if (cycle) problems.push(`Công thức vòng tròn: ${cycle.map((c) => `[${c}]`).join(' → ')}`);
  }
  return problems;
}
