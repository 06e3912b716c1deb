import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { DecisionSummary } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { FileDoneOutlined, SafetyCertificateOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { useCanIssueDecisions, useCanReviewProposals } from '../auth/session.ts';
import { formatMoney } from '../proposals/labels.ts';
import { useDecisions } from './api.ts';
import { RecordDecisionModal } from './RecordDecisionModal.tsx';

const PAGE_SIZE = 50;
/** A decision's level and state as tags: "Cấp Sở" / "Cấp trên", "Đã thu hồi". */
export function DecisionTags({ d }: { d: Pick<DecisionSummary, 'level' | 'status' | 'kind'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={d.level === 'here' ? 'blue' : 'magenta'}>
        {d.level === 'here' ? t('decisions.levelHere') : t('decisions.levelHigher')}
      </Tag>
      {d.kind === 'revocation' && <Tag color="orange">{t('decisions.revocation')}</Tag>}
      {d.status === 'revoked' && <Tag color="red">{t('decisions.revoked')}</Tag>}
    </Space>
  );
}

/** "Quyết định khen thưởng": issued here and recorded from higher levels. */
export default function DecisionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canIssue = useCanIssueDecisions();
  const canRecord = useCanReviewProposals();
  const [recordOpen, setRecordOpen] = useState(false);
  const [filter, setUrl] = useUrlState((params) => ({
    year: params.get('year'),
    level: params.get('level'),
    q: params.get('q'),
    page: params.get('page'),
  }));
  // A new filter starts again from the first page.
  const setFilter = (patch: Partial<typeof filter>) => setUrl({ page: null, ...patch });
  const page = Number(filter.page) || 1;
  const search = useDebounced(filter.q ?? '', 300);
  const { data, isFetching, error } = useDecisions({
    year: filter.year ? Number(filter.year) : undefined,
    level: filter.level === 'here' || filter.level === 'higher' ? filter.level : undefined,
    q: search || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const columns: TableColumnsType<DecisionSummary> = [
    {
      key: 'number',
      title: t('decisions.number'),
      render: (_, d) => <Link to={`/decisions/${d.id}`}>{d.number}</Link>,
    },
    { key: 'signedOn', title: t('decisions.signedOn'), render: (_, d) => formatDate(d.signedOn) },
    { key: 'signer', title: t('decisions.signer'), dataIndex: 'signer' },
    {
      key: 'summary',
      title: t('decisions.summary'),
      render: (_, d) => <div style={{ minWidth: 240, maxWidth: 420 }}>{d.summary}</div>,
    },
    { key: 'recipients', title: t('decisions.recipientCount'), dataIndex: 'recipientCount', align: 'right' },
    { key: 'bonus', title: t('decisions.totalBonus'), align: 'right', render: (_, d) => formatMoney(d.totalBonus) },
    { key: 'level', title: t('decisions.level'), render: (_, d) => <DecisionTags d={d} /> },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('decisions.title')}</Typography.Title>
        <Space wrap>
          {canRecord && (
            <Button icon={<FileDoneOutlined />} onClick={() => setRecordOpen(true)}>
              {t('decisions.record')}
            </Button>
          )}
          {canIssue && (
            <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => void navigate('/decisions/new')}>
              {t('decisions.issue')}
            </Button>
          )}
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Input
            aria-label={t('decisions.search')}
            placeholder={t('decisions.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={filter.q ?? ''}
            onChange={(e) => setFilter({ q: e.target.value || null })}
            style={{ width: 280 }}
          />
          <Select
            aria-label={t('decisions.year')}
            placeholder={t('decisions.year')}
            allowClear
            value={filter.year ? Number(filter.year) : undefined}
            onChange={(v: number | undefined) => setFilter({ year: v ? String(v) : null })}
            options={yearOptions()}
            style={{ width: 120 }}
          />
          <Select
            aria-label={t('decisions.level')}
            placeholder={t('decisions.level')}
            allowClear
            value={filter.level ?? undefined}
            onChange={(v: string | undefined) => setFilter({ level: v ?? null })}
            options={[
              { value: 'here', label: t('decisions.levelHere') },
              { value: 'higher', label: t('decisions.levelHigher') },
            ]}
            style={{ width: 160 }}
          />
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<DecisionSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText: t('decisions.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('common.total', { count: formatNumber(n) }),
          onChange: (p) => setUrl({ page: p > 1 ? String(p) : null }),
        }}
        scroll={{ x: 'max-content' }}
      />
      <RecordDecisionModal open={recordOpen} onClose={() => setRecordOpen(false)} />
    </>
  );
}
