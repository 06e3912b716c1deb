import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useT } from '../i18n/index.tsx';
import { useOrgForest } from '../modules/org/api.ts';
import { matchesWords, subtreeIds, toSelectData } from '../modules/org/tree.ts';

export interface OrgTreeSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** A unit whose subtree must not be offered (moving a unit under itself). */
  excludeSubtreeOf?: string;
  showInactive?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Organisation picker; search ignores diacritics ("phong ke hoach" finds "Phòng Kế hoạch"). */
export function OrgTreeSelect({
  value,
  onChange,
  excludeSubtreeOf,
  showInactive,
  placeholder,
  ...rest
}: OrgTreeSelectProps) {
  const t = useT();
  const { forest, isPending } = useOrgForest();
  const treeData = useMemo(() => {
    if (!forest) return [];
    const excludedNode = excludeSubtreeOf ? forest.byId.get(excludeSubtreeOf) : undefined;
    return toSelectData(forest.roots, excludedNode ? subtreeIds(excludedNode) : undefined, showInactive);
  }, [forest, excludeSubtreeOf, showInactive]);
  const expanded = useMemo(() => (forest ? forest.roots.map((r) => r.org.id) : []), [forest]);

  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder ?? t('org.select')}
      treeDefaultExpandedKeys={expanded}
      showSearch={{
        filterTreeNode: (input, node) => matchesWords(String(node.title ?? ''), input),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: '95vw' } } }}
    />
  );
}
