import { useMemo, useState, type Key } from 'react';
import { Button, Card, Col, Empty, Input, Result, Row, Space, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { PlusOutlined } from '../../lib/icons.tsx';
import type { OrgKind } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import type { Organisation } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useAbilities } from '../auth/session.ts';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useOrgForest } from './api.ts';
import { MoveOrgModal } from './MoveOrgModal.tsx';
import { OrgDetails } from './OrgDetails.tsx';
import { OrgFormModal } from './OrgFormModal.tsx';
import { ancestorIds, matchesOrg, type OrgNode } from './tree.ts';

const KIND_COLORS: Partial<Record<OrgKind, string>> = {
  ministry: 'magenta',
  provincial_committee: 'volcano',
  department: 'red',
  division: 'blue',
  sub_department: 'purple',
  centre: 'cyan',
  affiliated_unit: 'geekblue',
  enterprise: 'gold',
  cooperative: 'lime',
};
const CHILD_KIND: Partial<Record<OrgKind, OrgKind>> = { ministry: 'department', provincial_committee: 'department' };

type FormState =
  | { mode: 'create'; parentId: string | null; kind: OrgKind }
  | { mode: 'edit'; org: Organisation }
  | null;

export default function OrgTreePage() {
  const t = useT();
  const labels = useLabels();
  const canManage = Boolean(useAbilities()?.organisations.manage);
  const { forest, isPending, error } = useOrgForest();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [formState, setFormState] = useState<FormState>(null);
  const [moving, setMoving] = useState<Organisation | null>(null);

  const { treeData, searchExpanded } = useMemo(() => {
    const open: string[] = [];
    const toData = (nodes: OrgNode[]): TreeDataNode[] =>
      nodes.flatMap((node) => {
        const children = toData(node.children);
        if (query && !matchesOrg(node.org, query) && children.length === 0) return [];
        if (children.length) open.push(node.org.id);
        const { org } = node;
        const title = (
          <span>
            <span style={org.active ? undefined : { color: '#8c8c8c', textDecoration: 'line-through' }}>
              {org.name}
            </span>{' '}
            <Tag color={KIND_COLORS[org.kind]} style={{ marginInlineStart: 4 }}>
              {labels.orgKind[org.kind]}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {org.code}
            </Typography.Text>
            {!org.active && <Tag style={{ marginInlineStart: 6 }}>{t('common.inactive')}</Tag>}
          </span>
        );
        return [{ key: org.id, title, children }];
      });
    return { treeData: forest ? toData(forest.roots) : [], searchExpanded: open };
  }, [forest, query, labels, t]);

  if (isPending) return <FullPageSpin />;
  if (!forest) return <Result status="error" title={t('app.error')} subTitle={problemText(error, t)} />;

  const defaultExpanded = forest.roots.map((root) => root.org.id);
  const expandedKeys = query ? searchExpanded : (expanded ?? defaultExpanded);
  const selected = selectedId ? forest.byId.get(selectedId) : undefined;

  const select = (id: string, parentId?: string | null) => {
    setSelectedId(id);
    if (query) return;
    const open = parentId ? [parentId, ...ancestorIds(forest, parentId)] : ancestorIds(forest, id);
    setExpanded((keys) => [...new Set([...(keys ?? defaultExpanded), ...open])]);
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('org.title')}</Typography.Title>
        {canManage && forest.roots.length === 0 && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setFormState({ mode: 'create', parentId: null, kind: 'department' })}
          >
            {t('org.addRoot')}
          </Button>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Input.Search
                allowClear
                placeholder={t('org.search')}
                aria-label={t('org.search')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              {treeData.length === 0 ? (
                <Empty description={t('org.empty')} />
              ) : (
                <Tree
                  treeData={treeData}
                  showLine
                  blockNode
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selectedId ? [selectedId] : []}
                  onSelect={(keys) => keys[0] && select(String(keys[0]))}
                />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {selected ? (
            <OrgDetails
              node={selected}
              forest={forest}
              canManage={canManage}
              onAddChild={() =>
                setFormState({
                  mode: 'create',
                  parentId: selected.org.id,
                  kind: CHILD_KIND[selected.org.kind] ?? 'division',
                })
              }
              onEdit={() => setFormState({ mode: 'edit', org: selected.org })}
              onMove={() => setMoving(selected.org)}
            />
          ) : (
            <Card>
              <Empty description={t('org.pickOne')} />
            </Card>
          )}
        </Col>
      </Row>
      <OrgFormModal
        open={formState !== null}
        org={formState?.mode === 'edit' ? formState.org : undefined}
        parentId={formState?.mode === 'create' ? formState.parentId : null}
        defaultKind={formState?.mode === 'create' ? formState.kind : undefined}
        onClose={() => setFormState(null)}
        onSaved={(org) => select(org.id, org.parentId)}
      />
      <MoveOrgModal org={moving} onClose={() => setMoving(null)} />
    </>
  );
}
