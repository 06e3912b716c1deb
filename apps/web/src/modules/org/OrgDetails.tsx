import { Link } from 'react-router';
import { App, Button, Card, Descriptions, Popconfirm, Space, Tabs, Tag } from 'antd';
import {
  EditOutlined,
  PlusOutlined,
  StopOutlined,
  SwapOutlined,
  TeamOutlined,
  CheckCircleOutlined,
} from '../../lib/icons.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { LazyHistoryPanel } from '../history/LazyHistoryPanel.tsx';
import { useUpdateOrganisation } from './api.ts';
import type { OrgForest, OrgNode } from './tree.ts';

export interface OrgDetailsProps {
  node: OrgNode;
  forest: OrgForest;
  canManage: boolean;
  onAddChild: () => void;
  onEdit: () => void;
  onMove: () => void;
}

export function OrgDetails({ node, forest, canManage, onAddChild, onEdit, onMove }: OrgDetailsProps) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const update = useUpdateOrganisation();
  const { org } = node;
  const parent = org.parentId ? forest.byId.get(org.parentId)?.org : undefined;

  const toggleActive = async () => {
    try {
      await update.mutateAsync({ id: org.id, version: org.version, active: !org.active });
      void message.success(t('common.saved'));
    } catch (error) {
      handle(error);
    }
  };

  const info = (
    <>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'code', label: t('org.code'), children: org.code },
          { key: 'kind', label: t('org.kind'), children: labels.orgKind[org.kind] },
          { key: 'parent', label: t('org.parent'), children: parent?.name ?? t('common.none') },
          {
            key: 'status',
            label: t('org.status'),
            children: org.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
          },
          { key: 'children', label: t('org.children'), children: node.children.length },
        ]}
      />
      <Space wrap style={{ marginTop: 16 }}>
        <Link to={`/people?orgId=${encodeURIComponent(org.id)}`}>
          <Button icon={<TeamOutlined />}>{t('org.viewPeople')}</Button>
        </Link>
        {canManage && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={onAddChild} disabled={!org.active}>
              {t('org.addChild')}
            </Button>
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
            <Button icon={<SwapOutlined />} onClick={onMove}>
              {t('org.move')}
            </Button>
            {org.active ? (
              <Popconfirm
                title={t('org.deactivateConfirm', { name: org.name })}
                okText={t('org.deactivate')}
                cancelText={t('common.cancel')}
                onConfirm={toggleActive}
              >
                <Button danger icon={<StopOutlined />} loading={update.isPending}>
                  {t('org.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button icon={<CheckCircleOutlined />} onClick={() => void toggleActive()} loading={update.isPending}>
                {t('org.activate')}
              </Button>
            )}
          </>
        )}
      </Space>
    </>
  );

  return (
    <Card title={org.name} aria-label={t('org.details')}>
      <Tabs
        items={[
          { key: 'info', label: t('org.details'), children: info },
          { key: 'history', label: t('history.tab'), children: <LazyHistoryPanel subjectId={org.id} /> },
        ]}
      />
    </Card>
  );
}
