import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useOrgForest } from '../org/api.ts';
import { matchesWords, toSelectData } from '../org/tree.ts';

export interface OrgMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Several units of the tree; ticking a parent does not tick its children (each unit registers itself). */
export function OrgMultiSelect({ value, onChange, ...rest }: OrgMultiSelectProps) {
  const t = useT();
  const { forest, isPending } = useOrgForest();
  const treeData = useMemo(() => (forest ? toSelectData(forest.roots) : []), [forest]);
  const expanded = useMemo(() => (forest ? forest.roots.map((r) => r.org.id) : []), [forest]);
  return (
    <TreeSelect
      {...rest}
      multiple
      treeCheckable
      treeCheckStrictly
      value={(value ?? []).map((id) => ({ value: id, label: forest?.byId.get(id)?.org.name ?? id }))}
      onChange={(next: { value: string }[]) => onChange?.(next.map((n) => n.value))}
      treeData={treeData}
      loading={isPending}
      placeholder={t('movements.pickUnits')}
      treeDefaultExpandedKeys={expanded}
      showSearch={{ filterTreeNode: (input, node) => matchesWords(String(node.title ?? ''), input) }}
      showCheckedStrategy={TreeSelect.SHOW_ALL}
      maxTagCount="responsive"
      styles={{ popup: { root: { maxWidth: '95vw' } } }}
    />
  );
}
