import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { BlocList } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { useMovementLabels } from '../movements/labels.ts';
import { useBlocs } from './api.ts';
import { BlocFormModal } from './BlocFormModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

type Bloc = BlocList['items'][number];

/** "Khối, cụm thi đua": the blocs and clusters the department's units belong to. */
export default function BlocsPage() {
  const t = useT();
  const labels = useMovementLabels();
  const canCreate = Boolean(useAbilities()?.blocs.create);
  const { data, isFetching, error } = useBlocs();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('blocs.title')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/blocs/export.xlsx" filename="khoi-cum-thi-dua.xlsx" />
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('blocs.create')}
            </Button>
          )}
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Bloc>
        rowKey="id"
        loading={isFetching}
        dataSource={data ?? []}
        size="middle"
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('blocs.empty')}</EmptyText> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('blocs.name'), render: (_, b) => <Link to={`/blocs/${b.id}`}>{b.name}</Link> },
          {
            key: 'kind',
            title: t('blocs.kind'),
            render: (_, b) => <Tag color={b.kind === 'cluster' ? 'purple' : 'blue'}>{labels.blocKind[b.kind]}</Tag>,
          },
          { key: 'organiser', title: t('blocs.organiser'), render: (_, b) => labels.organiser[b.organiser] },
          { key: 'year', title: t('blocs.latestYear'), render: (_, b) => b.latestYear ?? t('common.none') },
          { key: 'leader', title: t('blocs.leader'), render: (_, b) => b.leaderName ?? t('common.none') },
          { key: 'members', title: t('blocs.memberCount'), dataIndex: 'memberCount', align: 'right' },
        ]}
      />
      <BlocFormModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
