/**
 * How a statutory form is laid out, as data: its title, column groups, row headings and, for each
 * cell, which facts it counts (docs/reports.md "Statutory forms"). A cell adds up the facts that
 * match both its row's and its column's conditions (one each, or a column's measure: units taking
 * part, members…). A newer version of a form is a new layout set over the same facts: no code.
 */

/** Conditions on a fact's attributes: each listed attribute must be one of the values (or none of `not`). */
export type Where = Readonly<Record<string, readonly string[] | { readonly not: readonly string[] }>>;

/** One thing a form counts: a movement, an award conferred, an emulation body, an emulation officer. */
export interface Fact {
  attrs: Readonly<Record<string, string>>;
  /** Amounts a column may add up instead of counting the fact (`measure`). */
  measures?: Readonly<Record<string, number>>;
}

export type FactKind = 'movement' | 'award' | 'body' | 'officer';

export interface LayoutColumn {
  key: string;
  label: string;
  /** The headers above the label, outermost first; neighbours sharing them are merged. */
  path?: readonly string[];
  where?: Where;
  /** Add this measure of each matching fact instead of counting it. */
  measure?: string;
}

export interface LayoutRow {
  key: string;
  code: string;
  label: string;
  level?: number;
  bold?: boolean;
  where?: Where;
}

export interface FormLayout {
  code: string;
  sheet: string;
  title: string;
  basis: string;
  verification: 'V' | 'P' | 'U';
  layoutNote: string;
  unit: string;
  notes: readonly string[];
  rowHeader: string;
  facts: FactKind;
  /** What the whole form counts (e.g. awards of the State level). */
  where?: Where;
  columns: readonly LayoutColumn[];
  rows: readonly LayoutRow[];
}

/** The forms as one legal text lays them out, and the report years it applies to. */
export interface LayoutSet {
  id: string;
  basis: string;
  /** The first report year the set applies to (an earlier year uses the earliest set). */
  fromYear: number;
  forms: readonly FormLayout[];
}

export function matches(fact: Fact, where: Where | undefined): boolean {
  if (!where) return true;
  for (const [attr, cond] of Object.entries(where)) {
    const v = fact.attrs[attr] ?? '';
    if ('not' in cond ? (cond as { not: readonly string[] }).not.includes(v) : !(cond as readonly string[]).includes(v))
      return false;
  }
  return true;
}

/** Every cell of a form: rows × columns, each the count (or measure) of the facts matching both. */
export function computeCells(layout: FormLayout, facts: readonly Fact[]): number[][] {
  const base = facts.filter((f) => matches(f, layout.where));
  return layout.rows.map((row) => {
    const inRow = base.filter((f) => matches(f, row.where));
    return layout.columns.map((col) =>
      inRow.reduce((n, f) => (matches(f, col.where) ? n + (col.measure ? (f.measures?.[col.measure] ?? 0) : 1) : n), 0),
    );
  });
}

/** The set in force for a report year: the latest that began by then, else the earliest. */
export function layoutSetFor(sets: readonly LayoutSet[], year: number): LayoutSet {
  const sorted = [...sets].sort((a, b) => a.fromYear - b.fromYear);
  return sorted.filter((s) => s.fromYear <= year).at(-1) ?? sorted[0]!;
}
