import { describe, expect, it } from 'vitest';
import {
  addChild,
  addSibling,
  blankNode,
  canMove,
  childSum,
  findNode,
  indentNode,
  letters,
  moveNode,
  nodeAtPath,
  outdentNode,
  renumber,
  shiftNode,
  sumIssues,
  toItems,
  treeMax,
  type EditorNode,
} from './tree.ts';

const node = (key: string, kind: EditorNode['kind'], max: number | null, children: EditorNode[] = []) => ({
  ...blankNode(kind, key),
  key,
  name: `Mục ${key}`,
  maxPoints: max,
  children,
});

/** Field A (20) with criteria A1 (8), A2 (10 with subs 6 + 4); field B (30) with B1 (30); a bonus item. */
const sample = (): EditorNode[] => [
  node('A', 'field', 20, [
    node('A1', 'criterion', 8),
    node('A2', 'criterion', 10, [node('A2a', 'sub', 6), node('A2b', 'sub', 4)]),
  ]),
  node('B', 'field', 30, [node('B1', 'criterion', 30)]),
  node('T', 'bonus', 5),
];

const keys = (nodes: EditorNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.key]: keys(n.children) } : n.key));

describe('the sums a parent shows ("Tổng điểm con 18/20")', () => {
  it('adds the children and compares with the maximum, over and under alike', () => {
    const tree = sample();
    expect(childSum(tree[0]!)).toBe(18);
    expect(sumIssues(tree)).toEqual([{ key: 'A', code: 'A', name: 'Mục A', sum: 18, max: 20, kind: 'under' }]);
    const over = moveNode(tree, 'B1', 'A2', 'after');
    // B is left without children: a leaf scored by hand, no sum to show.
    expect(sumIssues(over).map((i) => [i.key, i.kind, i.sum, i.max])).toEqual([['A', 'over', 48, 20]]);
  });

  it('counts an emptied box as 0 and rounds to two decimals', () => {
    const tree = [node('A', 'field', 1, [node('x', 'criterion', 0.1), node('y', 'criterion', 0.2)])];
    expect(childSum(tree[0]!)).toBe(0.3);
    tree[0]!.children.push(node('z', 'criterion', null));
    expect(sumIssues(tree)[0]).toMatchObject({ sum: 0.3, kind: 'under' });
  });

  it('the template maximum leaves bonus and penalty items out', () => {
    expect(treeMax(sample())).toBe(50);
  });
});

describe('moving items by drag or by the move buttons', () => {
  it('moves a criterion under another field, before and after a sibling', () => {
    const tree = moveNode(sample(), 'A1', 'B1', 'after');
    expect(keys(tree)).toEqual([{ A: [{ A2: ['A2a', 'A2b'] }] }, { B: ['B1', 'A1'] }, 'T']);
    expect(keys(moveNode(tree, 'A1', 'B1', 'before'))).toEqual([
      { A: [{ A2: ['A2a', 'A2b'] }] },
      { B: ['A1', 'B1'] },
      'T',
    ]);
  });

  it('changes the kind with the level: a criterion dragged to the top becomes a field, its subs criteria', () => {
    const tree = moveNode(sample(), 'A2', 'B', 'after');
    const moved = findNode(tree, 'A2')!;
    expect(moved.kind).toBe('field');
    expect(moved.children.map((c) => c.kind)).toEqual(['criterion', 'criterion']);
    const down = moveNode(tree, 'B', 'A', 'first');
    expect(findNode(down, 'B')!.kind).toBe('criterion');
    expect(findNode(down, 'B1')!.kind).toBe('sub');
  });

  it('refuses a fourth level, a move into itself, and anything under or of a bonus below the top', () => {
    const tree = sample();
    expect(canMove(tree, 'A2', 'A1', 'first')).toBe(false);
    expect(canMove(tree, 'A', 'A2a', 'before')).toBe(false);
    expect(canMove(tree, 'B1', 'T', 'first')).toBe(false);
    expect(canMove(tree, 'T', 'A1', 'after')).toBe(false);
    expect(canMove(tree, 'T', 'A', 'before')).toBe(true);
    expect(canMove(tree, 'B1', 'A2', 'first')).toBe(true);
    expect(moveNode(tree, 'A2', 'A1', 'first')).toEqual(tree);
  });

  it('indents under the sibling above and outdents after the parent', () => {
    const tree = sample();
    // A2 has sub-criteria: under A1 they would be a fourth level.
    expect(indentNode(tree, 'A2')).toBeNull();
    expect(indentNode(tree, 'A')).toBeNull();
    const indented = indentNode(tree, 'B')!;
    expect(keys(indented)).toEqual([{ A: ['A1', { A2: ['A2a', 'A2b'] }, { B: ['B1'] }] }, 'T']);
    expect(findNode(indented, 'B1')!.kind).toBe('sub');
    const outdented = outdentNode(tree, 'A2a')!;
    expect(keys(outdented)[0]).toEqual({ A: ['A1', { A2: ['A2b'] }, 'A2a'] });
    expect(findNode(outdented, 'A2a')!.kind).toBe('criterion');
    expect(outdentNode(tree, 'A')).toBeNull();
  });

  it('shifts one place among siblings, and stays put at either end', () => {
    const tree = sample();
    expect(keys(shiftNode(tree, 'A2', -1))[0]).toEqual({ A: [{ A2: ['A2a', 'A2b'] }, 'A1'] });
    expect(keys(shiftNode(tree, 'A2b', 1))).toEqual(keys(tree));
    expect(keys(shiftNode(tree, 'A', -1))).toEqual(keys(tree));
  });
});

describe('adding and numbering', () => {
  it('adds a child of the next level, a sibling of the same kind, and no fourth level', () => {
    const tree = sample();
    const child = addChild(tree, 'A2', undefined)!;
    expect(findNode(child.nodes, child.key)!.kind).toBe('sub');
    expect(findNode(child.nodes, 'A2')!.children.at(-1)!.key).toBe(child.key);
    expect(addChild(tree, 'A2a')).toBeNull();
    expect(addChild(tree, 'T')).toBeNull();
    const sibling = addSibling(tree, 'A1')!;
    expect(findNode(sibling.nodes, 'A')!.children.map((c) => c.key)).toEqual(['A1', sibling.key, 'A2']);
    expect(findNode(sibling.nodes, sibling.key)!.kind).toBe('criterion');
  });

  it('renumbers 1, 1.1, 1.1.a with bonus and penalty apart', () => {
    const tree = [...sample(), node('P', 'penalty', 5)];
    const codes = (list: EditorNode[]): string[] => list.flatMap((n) => [n.code, ...codes(n.children)]);
    expect(codes(renumber(tree))).toEqual(['1', '1.1', '1.2', '1.2.a', '1.2.b', '2', '2.1', 'T1', 'TR1']);
    expect(codes(renumber(moveNode(tree, 'T', 'A', 'before')))).toEqual([
      'T1',
      '1',
      '1.1',
      '1.2',
      '1.2.a',
      '1.2.b',
      '2',
      '2.1',
      'TR1',
    ]);
    expect([0, 25, 26, 27].map(letters)).toEqual(['a', 'z', 'aa', 'ab']);
  });
});

describe('saving', () => {
  it('sends a parent as manual and a leaf keeps its computed source and rule', () => {
    const tree = sample();
    tree[0]!.method = 'computed';
    tree[0]!.source = 'onestop.on_time_rate';
    const leaf = tree[1]!.children[0]!;
    leaf.method = 'computed';
    leaf.source = 'onestop.on_time_rate';
    leaf.scoring = { rule: 'ratio', target: 95 };
    const items = toItems(tree);
    expect(items[0]).toMatchObject({ method: 'manual', source: null, scoring: null });
    expect(items[1]!.children[0]).toMatchObject({ method: 'computed', source: 'onestop.on_time_rate' });
    expect(items[0]).not.toHaveProperty('id');
  });

  it('finds the item a server error names by its path', () => {
    const tree = sample();
    expect(nodeAtPath(tree, 'items.0.children.1.children.0.maxPoints')!.key).toBe('A2a');
    expect(nodeAtPath(tree, 'items.1.name')!.key).toBe('B');
    expect(nodeAtPath(tree, 'name')).toBeNull();
  });
});
