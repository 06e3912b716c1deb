import type { ScoringRule, SheetTotals, SourceFigure, TemplateItem, TemplateProblem } from './types.ts';

/** The template's maximum: the sum of its fields' maxima (bonus and penalty apart). */
export function templateMax(_items: readonly TemplateItem[]): number {
  throw new Error('not implemented');
}

/**
 * Checks a template tree: children above their parent's maximum, a computed item without a source or a rule,
 * negative or non-finite points, duplicate codes, a sub-criterion at the top, more than three levels: errors;
 * children short of their parent's maximum: a warning (refused only when a cycle opens on it).
 */
export function checkTemplate(
  _items: readonly TemplateItem[],
  _caps: { bonusCap: number; penaltyCap: number },
): TemplateProblem[] {
  throw new Error('not implemented');
}

/** A clear Vietnamese refusal when `points` is not allowed on this leaf (negative, above its maximum), else null. */
export function checkPoints(_item: TemplateItem, _points: number): string | null {
  throw new Error('not implemented');
}

/** Totals of a sheet: each leaf's points (null = not scored), parents summed and capped, bonus and penalty capped. */
export function sheetTotals(
  _items: readonly TemplateItem[],
  _points: ReadonlyMap<string, number | null>,
  _caps: { bonusCap: number; penaltyCap: number },
): SheetTotals {
  throw new Error('not implemented');
}

/** Points a computed item earns from its figure; null when the figure has no value ("không đủ số liệu"). */
export function pointsFromFigure(
  _rule: ScoringRule,
  _maxPoints: number,
  _figure: Pick<SourceFigure, 'value'>,
): number | null {
  throw new Error('not implemented');
}
