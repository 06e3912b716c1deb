import { ORG_KINDS, searchKey } from '@thidua/domain';
import type { Organisation } from '../../api/types.ts';

export interface OrgNode {
  org: Organisation;
  children: OrgNode[];
  depth: number;
}

export interface OrgForest {
  roots: OrgNode[];
  byId: Map<string, OrgNode>;
}

const collator = new Intl.Collator('vi');
// Administrative order first (ministry, department, divisions…), then by name.
// ORG_KINDS is already in administrative order.
const KIND_ORDER: readonly string[] = ORG_KINDS;

function compare(a: OrgNode, b: OrgNode): number {
  return KIND_ORDER.indexOf(a.org.kind) - KIND_ORDER.indexOf(b.org.kind) || collator.compare(a.org.name, b.org.name);
}

/** Builds the tree from parentId links; orphans (parent not visible) become roots. */
export function buildForest(items: Organisation[]): OrgForest {
  const byId = new Map<string, OrgNode>(items.map((org) => [org.id, { org, children: [], depth: 0 }]));
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.org.parentId ? byId.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const visit = (nodes: OrgNode[], depth: number) => {
    nodes.sort(compare);
    for (const node of nodes) {
      node.depth = depth;
      visit(node.children, depth + 1);
    }
  };
  visit(roots, 0);
  return { roots, byId };
}

/** Ids of a node and all its descendants. */
export function subtreeIds(node: OrgNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: OrgNode) => {
    ids.add(n.org.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

/** Ids of the ancestors of an organisation, nearest first. */
export function ancestorIds(forest: OrgForest, id: string): string[] {
  const result: string[] = [];
  let current = forest.byId.get(id)?.org.parentId ?? null;
  while (current && !result.includes(current)) {
    result.push(current);
    current = forest.byId.get(current)?.org.parentId ?? null;
  }
  return result;
}

/** Every word of the query, diacritics ignored, appears in the text: "doi 3" finds "Đội … số 3". */
export function matchesWords(text: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  const key = searchKey(text);
  return words.every((word) => key.includes(word));
}

/** Diacritics-insensitive match on name and code. */
export function matchesOrg(org: Organisation, query: string): boolean {
  return matchesWords(`${org.name} ${org.code}`, query);
}

export interface OrgTreeDataNode {
  key: string;
  value: string;
  title: string;
  disabled?: boolean;
  children?: OrgTreeDataNode[];
}

/** Tree data for TreeSelect; `exclude` removes a subtree (a unit cannot move under itself). */
export function toSelectData(nodes: OrgNode[], exclude?: Set<string>, showInactive = false): OrgTreeDataNode[] {
  return nodes
    .filter((n) => !exclude?.has(n.org.id) && (showInactive || n.org.active))
    .map((n) => ({
      key: n.org.id,
      value: n.org.id,
      title: n.org.name,
      children: n.children.length ? toSelectData(n.children, exclude, showInactive) : undefined,
    }));
}
