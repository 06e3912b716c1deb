import type { Selectable } from 'kysely';
import type { ScorecardItemInput, ScorecardItemView, TemplateProblemView } from '@thidua/contracts';
import { checkTemplate, type ScorecardItemKind, type ScoringMethod, type ScoringRule } from '@thidua/domain';
import type { z } from 'zod';
import { num } from '../../db/index.ts';
import type { ScorecardItemTable } from '../../db/schema-scorecards.ts';
import { newId } from '../../platform/ids.ts';
import { sourceByKey } from '../scorecards/sources/index.ts';

export type ItemRow = Selectable<ScorecardItemTable>;
type Problem = z.infer<typeof TemplateProblemView>;
/** An input item whose id is settled (kept or new), as the tree is checked and stored. */
export type PlacedItem = Omit<ScorecardItemInput, 'id' | 'children'> & { id: string; children: PlacedItem[] };

/** Points are stored as `real`: read back at the two decimals the contracts allow. */
export const points = (v: unknown) => Math.round(num(v) * 100) / 100;

/** The stored rows as the tree the editor shows: children under their parent, in position order. */
export function treeOf(rows: readonly ItemRow[]): ScorecardItemView[] {
  const byParent = new Map<string | null, ItemRow[]>();
  for (const r of rows) byParent.set(r.parent_id, [...(byParent.get(r.parent_id) ?? []), r]);
  const build = (parent: string | null): ScorecardItemView[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((r) => ({
        id: r.id,
        code: r.code,
        kind: r.kind as ScorecardItemKind,
        name: r.name,
        maxPoints: points(r.max_points),
        guidance: r.guidance,
        evidence: r.evidence,
        method: r.method as ScoringMethod,
        source: r.source,
        scoring: r.scoring ? (JSON.parse(r.scoring) as ScoringRule) : null,
        children: build(r.id),
      }));
  return build(null);
}

/** Gives every item without an id a new one; `fresh` also replaces the ids an item has (a copy). */
export function placeItems(items: readonly ScorecardItemInput[], fresh = false): PlacedItem[] {
  return items.map(({ id, children, ...rest }) => ({
    ...rest,
    id: fresh || !id ? newId() : id,
    children: placeItems(children, fresh),
  }));
}

/** The tree as rows: each item under its parent at its place among its siblings. */
export function rowsOf(templateId: string, items: readonly PlacedItem[], parentId: string | null = null): ItemRow[] {
  return items.flatMap((item, position) => [
    {
      id: item.id,
      template_id: templateId,
      parent_id: parentId,
      position,
      code: item.code,
      kind: item.kind,
      name: item.name,
      max_points: item.maxPoints,
      guidance: item.guidance,
      evidence: item.evidence,
      method: item.method,
      source: item.source,
      scoring: item.scoring ? JSON.stringify(item.scoring) : null,
    },
    ...rowsOf(templateId, item.children, item.id),
  ]);
}

/** Every item of the tree, depth first, with its path in the request (`items.0.children.2`). */
export function walk<T extends { children: T[] }>(items: readonly T[], base = 'items'): { item: T; path: string }[] {
  return items.flatMap((item, i) => [{ item, path: `${base}.${i}` }, ...walk(item.children, `${base}.${i}.children`)]);
}

/**
 * The domain's check of the tree (children above their parent, points, codes, depth: errors; children short of
 * their parent: warnings), plus what only the server knows: a computed item's source must be one the product
 * can count (the registry is read on every check, so a source added later is accepted at once).
 */
export function templateProblems(
  items: readonly (ScorecardItemView | PlacedItem)[],
  caps: { bonusCap: number; penaltyCap: number },
): Problem[] {
  const problems: Problem[] = [...checkTemplate(items, caps)];
  for (const { item } of walk(items))
    if (item.method === 'computed' && item.source && !sourceByKey(item.source))
      problems.push({
        itemId: item.id,
        code: 'unknown_source',
        severity: 'error',
        message: `${item.code} ${item.name}: nguồn số liệu "${item.source}" không có trong danh mục nguồn số liệu của hệ thống.`,
      });
  return problems;
}
