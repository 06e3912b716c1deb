import { Tag, Tree, Typography } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { canMove, childSum, type DropWhere, type EditorNode } from './tree.ts';
import type { TemplateProblem } from './types.ts';

/** antd's drop position relative to the target: -1 before, 0 on it (first child), 1 after. */
function dropWhere(info: { dropToGap: boolean; dropPosition: number; node: { pos: string; expanded?: boolean } }) {
  const last = Number(info.node.pos.split('-').at(-1));
  const relative = info.dropPosition - last;
  if (!info.dropToGap) return 'first' as const;
  return relative < 0 ? ('before' as const) : ('after' as const);
}

/**
 * The template as a tree: each item with its code, name and maximum, each parent with "Tổng điểm con 18/20" (red
 * when the children miss the maximum, over or under). Dragging reorders and moves under another parent; the
 * arrows walk it (antd's tree keyboard).
 */
export function TemplateTree({
  nodes,
  selected,
  expanded,
  readOnly,
  problems,
  onSelect,
  onExpand,
  onMove,
}: {
  nodes: EditorNode[];
  selected: string | null;
  expanded: string[];
  readOnly: boolean;
  problems: TemplateProblem[];
  onSelect: (key: string) => void;
  onExpand: (keys: string[]) => void;
  onMove: (dragKey: string, targetKey: string, where: DropWhere) => void;
}) {
  const t = useT();
  const flagged = new Set(problems.map((p) => p.itemId).filter(Boolean));

  const toData = (list: EditorNode[]): TreeDataNode[] =>
    list.map((n) => {
      const sum = childSum(n);
      const max = n.maxPoints ?? 0;
      const off = n.children.length > 0 && sum !== max;
      return {
        key: n.key,
        title: (
          <span className="sct-node" data-testid={`sct-node-${n.code}`}>
            <Typography.Text strong={n.kind === 'field'} type={flagged.has(n.key) ? 'danger' : undefined}>
              {n.code ? `${n.code}. ` : ''}
              {n.name.trim() || <em>{t('sct.unnamed')}</em>}
            </Typography.Text>{' '}
            <Tag color={n.kind === 'bonus' ? 'green' : n.kind === 'penalty' ? 'volcano' : undefined}>
              {t('sct.pointsShort', { n: formatNumber(n.maxPoints ?? 0) })}
            </Tag>
            {n.children.length > 0 && (
              <Tag color={off ? 'red' : 'green'} data-testid="sct-sum">
                {t('sct.childSum', { sum: formatNumber(sum), max: formatNumber(max) })}
              </Tag>
            )}
            {n.method === 'computed' && n.children.length === 0 && <Tag color="blue">{t('sct.computedTag')}</Tag>}
          </span>
        ),
        children: toData(n.children),
      };
    });

  const allowDrop: TreeProps['allowDrop'] = ({ dragNode, dropNode, dropPosition }) =>
    canMove(
      nodes,
      String(dragNode.key),
      String(dropNode.key),
      dropPosition === 0 ? 'first' : dropPosition < 0 ? 'before' : 'after',
    );

  return (
    <Tree
      aria-label={t('sct.treeLabel')}
      blockNode
      showLine
      draggable={readOnly ? false : { icon: false }}
      allowDrop={allowDrop}
      treeData={toData(nodes)}
      selectedKeys={selected ? [selected] : []}
      // The arrows walk from the selected item, and the panel follows them (no Enter needed).
      activeKey={selected}
      onActiveChange={(key) => key !== null && key !== undefined && onSelect(String(key))}
      expandedKeys={expanded}
      onExpand={(keys) => onExpand(keys.map(String))}
      onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
      onDrop={(info) => onMove(String(info.dragNode.key), String(info.node.key), dropWhere(info))}
    />
  );
}
