import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScorecardItemKind } from '@thidua/domain';
import { useUnsavedChanges } from '../../components/UnsavedChanges.tsx';
import {
  addChild,
  addSibling,
  depthOf,
  findNode,
  flatten,
  fromItems,
  indentNode,
  moveNode,
  outdentNode,
  parentOf,
  removeNode,
  renumber,
  shiftNode,
  updateNode,
  type DropWhere,
  type EditorNode,
} from './tree.ts';
import type { TemplateView } from './types.ts';

export interface HeaderValues {
  name: string;
  basis: string;
  bonusCap: number | null;
  penaltyCap: number | null;
}

/**
 * The editor's working copy of a template: header, tree, selection, folding. Every change marks the page
 * unsaved (the layout's guard asks before it is left); a structural change renumbers the codes when asked to.
 */
export function useTemplateEditor(view: TemplateView | undefined) {
  const setGuard = useUnsavedChanges();
  const [header, setHeaderState] = useState<HeaderValues>({ name: '', basis: '', bonusCap: 0, penaltyCap: 0 });
  const [nodes, setNodes] = useState<EditorNode[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [autoNumber, setAutoNumber] = useState(true);
  const [dirty, setDirtyState] = useState(false);
  const loaded = useRef<string | null>(null);
  const current = useRef({ nodes, selected });
  current.current = { nodes, selected };

  const setDirty = useCallback(
    (value: boolean) => {
      setDirtyState(value);
      setGuard(value);
    },
    [setGuard],
  );

  /** Shows a template as the server has it (after loading, saving or importing); the selection follows its code. */
  const load = useCallback(
    (v: TemplateView) => {
      loaded.current = `${v.id}:${v.version}`;
      setHeaderState({ name: v.name, basis: v.basis, bonusCap: v.bonusCap, penaltyCap: v.penaltyCap });
      const next = fromItems(v.items);
      const { nodes: prev, selected: key } = current.current;
      const code = key ? findNode(prev, key)?.code : undefined;
      const same = code ? flatten(next).find((n) => n.code === code) : undefined;
      setNodes(next);
      setSelected(same?.key ?? next[0]?.key ?? null);
      setDirty(false);
    },
    [setDirty],
  );

  useEffect(() => {
    if (view && !dirty && loaded.current !== `${view.id}:${view.version}`) load(view);
  }, [view, dirty, load]);

  const setHeader = (patch: Partial<HeaderValues>) => {
    setHeaderState((h) => ({ ...h, ...patch }));
    setDirty(true);
  };

  /** A change of the tree's shape: renumbered when the switch is on. */
  const reshape = (next: EditorNode[] | null, select?: string) => {
    if (!next) return false;
    setNodes(autoNumber ? renumber(next) : next);
    if (select) setSelected(select);
    setDirty(true);
    return true;
  };

  const expanded = useMemo(
    () =>
      flatten(nodes)
        .filter((n) => n.children.length > 0 && !collapsed.has(n.key))
        .map((n) => n.key),
    [nodes, collapsed],
  );

  const parentKeys = () =>
    new Set(
      flatten(nodes)
        .filter((n) => n.children.length > 0)
        .map((n) => n.key),
    );

  return {
    header,
    nodes,
    selected,
    selectedNode: selected ? findNode(nodes, selected) : null,
    selectedDepth: selected ? depthOf(nodes, selected) : -1,
    expanded,
    autoNumber,
    dirty,
    load,
    setDirty,
    setHeader,
    setSelected,
    setAutoNumber,
    setExpanded: (keys: string[]) => {
      const open = new Set(keys);
      setCollapsed(new Set([...parentKeys()].filter((k) => !open.has(k))));
    },
    update: (key: string, patch: Partial<EditorNode>) => {
      setNodes((list) => updateNode(list, key, patch));
      setDirty(true);
    },
    move: (dragKey: string, targetKey: string, where: DropWhere) =>
      reshape(moveNode(nodes, dragKey, targetKey, where), dragKey),
    shift: (key: string, delta: -1 | 1) => reshape(shiftNode(nodes, key, delta)),
    indent: (key: string) => reshape(indentNode(nodes, key)),
    outdent: (key: string) => reshape(outdentNode(nodes, key)),
    addTop: (kind: ScorecardItemKind) => {
      const r = addChild(nodes, null, kind);
      return r ? reshape(r.nodes, r.key) : false;
    },
    addChild: (key: string) => {
      const r = addChild(nodes, key);
      if (!r) return false;
      setCollapsed((c) => new Set([...c].filter((k) => k !== key)));
      return reshape(r.nodes, r.key);
    },
    addSibling: (key: string) => {
      const r = addSibling(nodes, key);
      return r ? reshape(r.nodes, r.key) : false;
    },
    remove: (key: string) => {
      const parent = parentOf(nodes, key);
      reshape(removeNode(nodes, key), parent?.key);
      if (!parent) setSelected(null);
    },
    renumberNow: () => {
      setNodes(renumber(nodes));
      setDirty(true);
    },
  };
}

export type TemplateEditor = ReturnType<typeof useTemplateEditor>;
