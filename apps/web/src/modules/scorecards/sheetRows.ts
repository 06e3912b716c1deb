import type { Appraisal, ScorecardItem, SheetScore } from './types.ts';

/** One row of the sheet's grid: an item of the template tree, flattened in template order. */
export interface SheetRow {
  item: ScorecardItem;
  /** 0 for a field (or a bonus / penalty item), 1 for a criterion, 2 for a sub-criterion. */
  depth: number;
  /** A leaf is scored; a parent shows the sum of its children. */
  leaf: boolean;
  computed: boolean;
}

/** The template tree as the grid's rows: each item followed by its children, in order. */
export function flattenItems(items: readonly ScorecardItem[], depth = 0): SheetRow[] {
  return items.flatMap((item) => [
    { item, depth, leaf: item.children.length === 0, computed: item.method === 'computed' },
    ...flattenItems(item.children, depth + 1),
  ]);
}

/** A cell of the grid that takes typing: the points or the note of a leaf (`itemId:col`). */
export type CellKey = `${string}:${string}`;

/**
 * Where Enter or Tab goes from a cell: Tab (Shift+Tab backwards) walks the cells in reading order — a row's
 * points, then its note, then the next row's points; Enter goes down to the same column of the next row that
 * has it (or the next cell when none has). Null at either end: the browser's own Tab then leaves the grid.
 */
export function nextCell(
  order: readonly CellKey[],
  current: CellKey,
  key: 'Tab' | 'Enter',
  back = false,
): CellKey | null {
  const at = order.indexOf(current);
  if (at < 0) return null;
  if (key === 'Tab') return order[back ? at - 1 : at + 1] ?? null;
  const col = current.slice(current.indexOf(':') + 1);
  const step = back ? -1 : 1;
  for (let i = at + step; i >= 0 && i < order.length; i += step) {
    const cell = order[i]!;
    if (cell.slice(cell.indexOf(':') + 1) === col) return cell;
  }
  return order[at + step] ?? null;
}

/** The typing cells of the rows, in reading order, for the columns this view edits. */
export function cellOrder(
  rows: readonly SheetRow[],
  columns: readonly string[],
  editable: (r: SheetRow) => boolean,
): CellKey[] {
  return rows.filter((r) => r.leaf && editable(r)).flatMap((r) => columns.map((c) => `${r.item.id}:${c}` as CellKey));
}

/**
 * The points the appraisal gives a leaf as the appraiser sets it: accepted keeps the self points, a reduction
 * its own figure, an explanation asked leaves the self points standing until concluded.
 */
export function appraisedPointsOf(
  appraisal: Appraisal | null,
  self: number | null,
  reduced: number | null,
): number | null {
  if (appraisal === 'reduced') return reduced;
  if (appraisal === 'accepted' || appraisal === 'explain') return self;
  return null;
}

/** appraised − self when both are known (rounded to the sheet's two decimals), else null. */
export function differenceOf(self: number | null, appraised: number | null): number | null {
  if (self === null || appraised === null) return null;
  return Math.round((appraised - self) * 100) / 100;
}

/**
 * What the appraiser may send for a leaf, or why not yet: a reduction needs points below the self points and a
 * reason; an explanation needs the question. Null when it may be sent.
 */
export function appraisalProblem(
  appraisal: Appraisal | null,
  self: number | null,
  points: number | null,
  reason: string,
): 'points' | 'notLower' | 'reason' | null {
  if (appraisal === 'reduced') {
    if (points === null) return 'points';
    if (self !== null && points >= self) return 'notLower';
    if (!reason.trim()) return 'reason';
  }
  if (appraisal === 'explain' && !reason.trim()) return 'reason';
  return null;
}

/** The self points of a leaf as the sheet now reads: a computed leaf's figure points, else the typed or saved. */
export function selfPointsOf(row: SheetRow, score: SheetScore | undefined, typed: number | null | undefined) {
  if (row.computed) return score?.figurePoints ?? null;
  return typed !== undefined ? typed : (score?.selfPoints ?? null);
}

/**
 * A parent row's points as the grid shows them: its children summed, capped at its maximum (the domain's
 * `sheetTotals` caps the same way for the totals); null while none of its leaves has points.
 */
export function nodePoints(item: ScorecardItem, leafPoints: (id: string) => number | null): number | null {
  if (item.children.length === 0) return leafPoints(item.id);
  let sum: number | null = null;
  for (const child of item.children) {
    const p = nodePoints(child, leafPoints);
    if (p !== null) sum = (sum ?? 0) + p;
  }
  return sum === null ? null : Math.min(Math.round(sum * 100) / 100, item.maxPoints);
}
