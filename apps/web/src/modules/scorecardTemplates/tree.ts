/**
 * The editor's tree of a scorecard template (docs/scorecards.md): fields → criteria → sub-criteria, with bonus
 * and penalty items at the top. Pure functions over an immutable tree, so the page, the drag and the tests share
 * one arithmetic. The server checks the same rules again on save (domain `checkTemplate`).
 */
import type { ScorecardItemKind, ScoringMethod, ScoringRule } from '@thidua/domain';

export interface EditorNode {
  /** The item's id once saved; `new-…` before. */
  key: string;
  id?: string;
  code: string;
  kind: ScorecardItemKind;
  name: string;
  /** Null while the clerk has emptied the box: counted as 0, refused on save. */
  maxPoints: number | null;
  guidance: string;
  evidence: string;
  method: ScoringMethod;
  source: string | null;
  scoring: ScoringRule | null;
  children: EditorNode[];
}

/** What the server answers and accepts (ScorecardItemView / ScorecardItemInput), children nested. */
export interface ItemShape {
  id?: string;
  code: string;
  kind: ScorecardItemKind;
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  method: ScoringMethod;
  source: string | null;
  scoring: ScoringRule | null;
  children: ItemShape[];
}

/** Before or after a sibling, or as the first or last child of a parent (antd's drop on a node is `first`). */
export type DropWhere = 'before' | 'after' | 'first' | 'last';

/** Three levels at most: field → criterion → sub-criterion. */
export const MAX_DEPTH = 3;
const LEVEL_KINDS: ScorecardItemKind[] = ['field', 'criterion', 'sub'];
const isExtra = (kind: ScorecardItemKind) => kind === 'bonus' || kind === 'penalty';

let counter = 0;
export const newKey = () => `new-${++counter}`;

export function fromItems(items: readonly ItemShape[]): EditorNode[] {
  return items.map((i) => ({
    key: i.id ?? newKey(),
    ...(i.id ? { id: i.id } : {}),
    code: i.code,
    kind: i.kind,
    name: i.name,
    maxPoints: i.maxPoints,
    guidance: i.guidance,
    evidence: i.evidence,
    method: i.method,
    source: i.source,
    scoring: i.scoring,
    children: fromItems(i.children),
  }));
}

/** The tree as PUT expects it; a parent is scored from its children, so only a leaf keeps a computed method. */
export function toItems(nodes: readonly EditorNode[]): ItemShape[] {
  return nodes.map((n) => {
    const computed = n.method === 'computed' && n.children.length === 0;
    return {
      ...(n.id ? { id: n.id } : {}),
      code: n.code.trim(),
      kind: n.kind,
      name: n.name.trim(),
      maxPoints: n.maxPoints ?? 0,
      guidance: n.guidance,
      evidence: n.evidence,
      method: computed ? 'computed' : 'manual',
      source: computed ? n.source : null,
      scoring: computed ? n.scoring : null,
      children: toItems(n.children),
    };
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The sum of the children's maxima (rounded to the two decimals points carry). */
export function childSum(node: EditorNode): number {
  return round2(node.children.reduce((s, c) => s + (c.maxPoints ?? 0), 0));
}

/** The template's maximum: its fields' maxima (bonus and penalty apart). */
export function treeMax(nodes: readonly EditorNode[]): number {
  return round2(nodes.filter((n) => !isExtra(n.kind)).reduce((s, n) => s + (n.maxPoints ?? 0), 0));
}

/** Bonus and penalty items' totals, to set against the caps. */
export function extrasSum(nodes: readonly EditorNode[], kind: 'bonus' | 'penalty'): number {
  return round2(nodes.filter((n) => n.kind === kind).reduce((s, n) => s + (n.maxPoints ?? 0), 0));
}

export interface SumIssue {
  key: string;
  code: string;
  name: string;
  sum: number;
  max: number;
  /** `over`: refused on save; `under`: saved, but a cycle cannot open on it. */
  kind: 'over' | 'under';
}

/** Every parent whose children do not add up to its maximum, depth first in tree order. */
export function sumIssues(nodes: readonly EditorNode[]): SumIssue[] {
  const out: SumIssue[] = [];
  const walk = (list: readonly EditorNode[]) => {
    for (const n of list) {
      if (n.children.length > 0) {
        const sum = childSum(n);
        const max = n.maxPoints ?? 0;
        if (sum !== max)
          out.push({ key: n.key, code: n.code, name: n.name, sum, max, kind: sum > max ? 'over' : 'under' });
      }
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** Items the server would refuse for want of a name or maximum, in tree order. */
export function incompleteNodes(nodes: readonly EditorNode[]): EditorNode[] {
  return flatten(nodes).filter((n) => !n.name.trim() || !n.code.trim() || n.maxPoints === null);
}

export function flatten(nodes: readonly EditorNode[]): EditorNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

export function findNode(nodes: readonly EditorNode[], key: string): EditorNode | null {
  for (const n of nodes) {
    if (n.key === key) return n;
    const inner = findNode(n.children, key);
    if (inner) return inner;
  }
  return null;
}

interface Located {
  siblings: readonly EditorNode[];
  index: number;
  parent: EditorNode | null;
  depth: number;
}

/** The list holding `key` and its index there (null: not in the tree). */
function locate(
  nodes: readonly EditorNode[],
  key: string,
  parent: EditorNode | null = null,
  depth = 0,
): Located | null {
  const index = nodes.findIndex((n) => n.key === key);
  if (index >= 0) return { siblings: nodes, index, parent, depth };
  for (const n of nodes) {
    const inner = locate(n.children, key, n, depth + 1);
    if (inner) return inner;
  }
  return null;
}

export function depthOf(nodes: readonly EditorNode[], key: string): number {
  return locate(nodes, key)?.depth ?? -1;
}

export function parentOf(nodes: readonly EditorNode[], key: string): EditorNode | null {
  return locate(nodes, key)?.parent ?? null;
}

/** The node at a problem's path ("items.0.children.1.maxPoints"), to select the item the server named. */
export function nodeAtPath(nodes: readonly EditorNode[], path: string): EditorNode | null {
  const parts = path.split('.');
  if (parts[0] !== 'items') return null;
  let list: readonly EditorNode[] = nodes;
  let found: EditorNode | null = null;
  for (let i = 1; i < parts.length; i += 2) {
    const at = Number(parts[i]);
    if (!Number.isInteger(at) || !list[at]) break;
    found = list[at];
    if (parts[i + 1] !== 'children') break;
    list = found.children;
  }
  return found;
}

function mapTree(nodes: readonly EditorNode[], fn: (n: EditorNode) => EditorNode): EditorNode[] {
  return nodes.map((n) => fn({ ...n, children: mapTree(n.children, fn) }));
}

export function updateNode(nodes: readonly EditorNode[], key: string, patch: Partial<EditorNode>): EditorNode[] {
  return mapTree(nodes, (n) => (n.key === key ? { ...n, ...patch } : n));
}

export function removeNode(nodes: readonly EditorNode[], key: string): EditorNode[] {
  return nodes.filter((n) => n.key !== key).map((n) => ({ ...n, children: removeNode(n.children, key) }));
}

/** A subtree's height: 1 for a leaf. */
function height(node: EditorNode): number {
  return 1 + Math.max(0, ...node.children.map(height));
}

/** The level kind an item takes at a depth: a criterion dragged to the top becomes a field, and so on. */
function reKind(node: EditorNode, depth: number): EditorNode {
  const kind = isExtra(node.kind) && depth === 0 ? node.kind : LEVEL_KINDS[depth]!;
  return { ...node, kind, children: node.children.map((c) => reKind(c, depth + 1)) };
}

/**
 * Whether `dragKey` may go before, after or inside `targetKey`: not into itself, not below three levels, and
 * bonus and penalty items only at the top and without children.
 */
export function canMove(nodes: readonly EditorNode[], dragKey: string, targetKey: string, where: DropWhere): boolean {
  if (dragKey === targetKey) return false;
  const drag = findNode(nodes, dragKey);
  const target = locate(nodes, targetKey);
  if (!drag || !target) return false;
  if (findNode(drag.children, targetKey)) return false;
  const targetNode = target.siblings[target.index]!;
  const inside = where === 'first' || where === 'last';
  const parent = inside ? targetNode : target.parent;
  const depth = inside ? target.depth + 1 : target.depth;
  if (parent && isExtra(parent.kind)) return false;
  if (isExtra(drag.kind) && depth > 0) return false;
  return depth + height(drag) <= MAX_DEPTH;
}

/** Moves an item (with its subtree) before, after or inside another; its kind follows its new level. */
export function moveNode(
  nodes: readonly EditorNode[],
  dragKey: string,
  targetKey: string,
  where: DropWhere,
): EditorNode[] {
  if (!canMove(nodes, dragKey, targetKey, where)) return [...nodes];
  const drag = findNode(nodes, dragKey)!;
  const without = removeNode(nodes, dragKey);
  const inside = where === 'first' || where === 'last';
  const depth = depthOf(without, targetKey) + (inside ? 1 : 0);
  const moved = reKind(drag, depth);
  const insert = (list: readonly EditorNode[]): EditorNode[] => {
    const out: EditorNode[] = [];
    for (const n of list) {
      if (n.key !== targetKey) {
        out.push({ ...n, children: insert(n.children) });
        continue;
      }
      if (where === 'before') out.push(moved, n);
      else if (where === 'after') out.push(n, moved);
      else if (where === 'first') out.push({ ...n, children: [moved, ...insert(n.children)] });
      else out.push({ ...n, children: [...insert(n.children), moved] });
    }
    return out;
  };
  return insert(without);
}

/** Moves an item one place up or down among its siblings (the keyboard's way to reorder). */
export function shiftNode(nodes: readonly EditorNode[], key: string, delta: -1 | 1): EditorNode[] {
  const at = locate(nodes, key);
  if (!at) return [...nodes];
  const other = at.siblings[at.index + delta];
  if (!other) return [...nodes];
  return moveNode(nodes, key, other.key, delta < 0 ? 'before' : 'after');
}

export function blankNode(kind: ScorecardItemKind, code = ''): EditorNode {
  return {
    key: newKey(),
    code,
    kind,
    name: '',
    maxPoints: null,
    guidance: '',
    evidence: '',
    method: 'manual',
    source: null,
    scoring: null,
    children: [],
  };
}

/** Adds a new child at the end of `parentKey`'s children (null: a new top-level field); null when not allowed. */
export function addChild(
  nodes: readonly EditorNode[],
  parentKey: string | null,
  kind?: ScorecardItemKind,
): { nodes: EditorNode[]; key: string } | null {
  if (parentKey === null) {
    const node = blankNode(kind ?? 'field');
    return { nodes: [...nodes, node], key: node.key };
  }
  const at = locate(nodes, parentKey);
  if (!at) return null;
  const parent = at.siblings[at.index]!;
  if (isExtra(parent.kind) || at.depth + 1 >= MAX_DEPTH) return null;
  const node = blankNode(LEVEL_KINDS[at.depth + 1]!);
  return { nodes: updateNode(nodes, parentKey, { children: [...parent.children, node] }), key: node.key };
}

/** Adds a new item right after `key`, of the same kind. */
export function addSibling(nodes: readonly EditorNode[], key: string): { nodes: EditorNode[]; key: string } | null {
  const at = locate(nodes, key);
  if (!at) return null;
  const node = blankNode(at.siblings[at.index]!.kind);
  const insert = (list: readonly EditorNode[]): EditorNode[] =>
    list.flatMap((n) => (n.key === key ? [n, node] : [{ ...n, children: insert(n.children) }]));
  return { nodes: insert(nodes), key: node.key };
}

/** a, b, …, z, aa, ab, … */
export function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Numbers the tree as the provinces' scorecards do: fields 1, 2, …; criteria 1.1, 1.2; sub-criteria 1.1.a,
 * 1.1.b; bonus items T1, T2 and penalty items TR1, TR2, counted apart from the fields.
 */
export function renumber(nodes: readonly EditorNode[]): EditorNode[] {
  let field = 0;
  let bonus = 0;
  let penalty = 0;
  const below = (list: readonly EditorNode[], prefix: string, depth: number): EditorNode[] =>
    list.map((n, i) => {
      const code = depth === 1 ? `${prefix}.${i + 1}` : `${prefix}.${letters(i)}`;
      return { ...n, code, children: below(n.children, code, depth + 1) };
    });
  return nodes.map((n) => {
    if (n.kind === 'bonus') return { ...n, code: `T${++bonus}` };
    if (n.kind === 'penalty') return { ...n, code: `TR${++penalty}` };
    const code = String(++field);
    return { ...n, code, children: below(n.children, code, 1) };
  });
}

/** "Lùi vào": the item becomes the last child of the sibling above it (null when there is none or it may not). */
export function indentNode(nodes: readonly EditorNode[], key: string): EditorNode[] | null {
  const at = locate(nodes, key);
  const above = at && at.index > 0 ? at.siblings[at.index - 1]! : null;
  if (!above || !canMove(nodes, key, above.key, 'last')) return null;
  return moveNode(nodes, key, above.key, 'last');
}

/** "Lùi ra": the item leaves its parent and follows it (null at the top). */
export function outdentNode(nodes: readonly EditorNode[], key: string): EditorNode[] | null {
  const at = locate(nodes, key);
  if (!at?.parent || !canMove(nodes, key, at.parent.key, 'after')) return null;
  return moveNode(nodes, key, at.parent.key, 'after');
}
