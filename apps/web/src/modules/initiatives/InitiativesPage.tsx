import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { InitiativeView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { EditOutlined, PlusOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useCanWritePeople } from '../auth/session.ts';
import { OrgTreeSelect } from '../org/OrgTreeSelect.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { useInitiatives } from './api.ts';
import { InitiativeModal } from './InitiativeModal.tsx';

/** "Sáng kiến": the registry of initiatives, their authors and the award each already founded. */
export default function InitiativesPage() {
  const t = useT();
  const labels = useLabels();
  const canWrite = useCanWritePeople();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const { data, isFetching, error } = useInitiatives({ orgId, personId, q: search });
  const [editing, setEditing] = useState<{ open: boolean; item?: InitiativeView }>({ open: false });

  const columns: TableColumnsType<InitiativeView> = [
    {
      key: 'title',
      title: t('initiatives.titleField'),
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.title}</Typography.Text>
          <Typography.Text type="secondary">
            {labels.initiativeKind[i.kind]}
            {i.field ? ` · ${i.field}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'org', title: t('people.org'), dataIndex: 'orgName' },
    {
      key: 'level',
      title: t('initiatives.level'),
      render: (_, i) => (i.level ? <Tag color="blue">{labels.recognition[i.level]}</Tag> : t('common.none')),
    },
    { key: 'recognisedOn', title: t('initiatives.recognisedOn'), render: (_, i) => formatDate(i.recognisedOn) },
    {
      key: 'decision',
      title: t('initiatives.decision'),
      render: (_, i) => [i.decisionNumber, i.decisionSigner].filter(Boolean).join(' — ') || t('common.none'),
    },
    {
      key: 'authors',
      title: t('initiatives.authors'),
      render: (_, i) => i.authors.map((a) => `${a.name} (${a.share}%)`).join('; '),
    },
    {
      key: 'usedBy',
      title: t('initiatives.usedBy'),
      render: (_, i) =>
        i.usedBy ? (
          <span>
            {i.usedBy.awardName} {i.usedBy.year}
            <Typography.Text type="secondary"> — {i.usedBy.subjectName}</Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('initiatives.unused')}</Typography.Text>
        ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, i: InitiativeView) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={t('initiatives.editOf', { title: i.title })}
                onClick={() => setEditing({ open: true, item: i })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('initiatives.title')}</Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>
            {t('initiatives.add')}
          </Button>
        )}
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Input
            aria-label={t('initiatives.search')}
            placeholder={t('initiatives.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 280 }}
          />
          <OrgTreeSelect
            aria-label={t('people.org')}
            value={orgId}
            onChange={setOrgId}
            allowClear
            style={{ width: 320 }}
          />
          <PersonSelect
            aria-label={t('initiatives.author')}
            placeholder={t('initiatives.author')}
            value={personId}
            onChange={(v) => setPersonId(v)}
            style={{ width: 280 }}
          />
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<InitiativeView>
        rowKey="id"
        loading={isFetching}
        dataSource={data ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText: t('initiatives.empty') }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
      <InitiativeModal open={editing.open} initiative={editing.item} onClose={() => setEditing({ open: false })} />
    </>
  );
}
