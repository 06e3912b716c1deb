import { Link, useNavigate } from 'react-router';
import { Alert, Badge, Button, Card, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ProposalStatus } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import type { ProposalSummary } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { PlusOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { useCanPropose, useCanReviewProposals } from '../auth/session.ts';
import { useProposalPage } from './api.ts';
import { PROPOSAL_STATUS_COLORS, useProposalLabels } from './labels.ts';

const PAGE_SIZE = 50;
/** "Hồ sơ đề nghị khen thưởng": the dossiers of the user's units; the office's review queue. */
export default function ProposalsPage() {
  const t = useT();
  const labels = useProposalLabels();
  const navigate = useNavigate();
  const canCreate = useCanPropose();
  const isOffice = useCanReviewProposals();
  const [filter, setUrl] = useUrlState((params) => ({
    status: params.get('status'),
    year: params.get('year'),
    q: params.get('q'),
    page: params.get('page'),
  }));
  // A new filter starts again from the first page.
  const setFilter = (patch: Partial<typeof filter>) => setUrl({ page: null, ...patch });
  const page = Number(filter.page) || 1;
  const search = useDebounced(filter.q ?? '', 300);
  const { data, isFetching, error } = useProposalPage({
    status: (filter.status as ProposalStatus | null) ?? undefined,
    year: filter.year ? Number(filter.year) : undefined,
    q: search || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const queue = filter.status === 'submitted';

  const columns: TableColumnsType<ProposalSummary> = [
    {
      key: 'title',
      title: t('proposals.titleField'),
      render: (_, p) => (
        <Link to={`/proposals/${p.id}`} style={{ display: 'inline-block', minWidth: 220, maxWidth: 420 }}>
          {p.title}
        </Link>
      ),
    },
    { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
    { key: 'year', title: t('proposals.year'), dataIndex: 'year' },
    {
      key: 'type',
      title: t('proposals.commendationType'),
      render: (_, p) => labels.commendationType[p.commendationType],
    },
    {
      key: 'status',
      title: t('proposals.status'),
      render: (_, p) => <Tag color={PROPOSAL_STATUS_COLORS[p.status]}>{labels.status[p.status]}</Tag>,
    },
    { key: 'items', title: t('proposals.itemCount'), dataIndex: 'itemCount', align: 'right' },
    {
      key: 'flagged',
      title: t('proposals.flaggedCount'),
      align: 'right',
      render: (_, p) =>
        p.flaggedCount > 0 ? (
          <Tag color="red" aria-label={t('proposals.flaggedAria', { count: p.flaggedCount })}>
            {p.flaggedCount}
          </Tag>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'submittedAt',
      title: t('proposals.submittedAt'),
      render: (_, p) => formatDateTime(p.submittedAt) || t('common.none'),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('proposals.title')}</Typography.Title>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/proposals/new')}>
            {t('proposals.create')}
          </Button>
        )}
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          {isOffice && (
            <Segmented
              aria-label={t('proposals.quickFilter')}
              value={queue ? 'queue' : 'all'}
              onChange={(v) => setFilter({ status: v === 'queue' ? 'submitted' : null })}
              options={[
                { value: 'all', label: t('common.all') },
                {
                  value: 'queue',
                  label: (
                    <Space size={4}>
                      {t('proposals.queue')}
                      {queue && data ? <Badge count={data.total} showZero size="small" /> : null}
                    </Space>
                  ),
                },
              ]}
            />
          )}
          <Input
            aria-label={t('proposals.search')}
            placeholder={t('proposals.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={filter.q ?? ''}
            onChange={(e) => setFilter({ q: e.target.value || null })}
            style={{ width: 280 }}
          />
          <Select
            aria-label={t('proposals.year')}
            placeholder={t('proposals.year')}
            allowClear
            value={filter.year ? Number(filter.year) : undefined}
            onChange={(v: number | undefined) => setFilter({ year: v ? String(v) : null })}
            options={yearOptions()}
            style={{ width: 120 }}
          />
          <Select
            aria-label={t('proposals.status')}
            placeholder={t('proposals.status')}
            allowClear
            value={filter.status ?? undefined}
            onChange={(v: string | undefined) => setFilter({ status: v ?? null })}
            options={labels.statusOptions}
            style={{ width: 220 }}
          />
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<ProposalSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText: queue ? t('proposals.queueEmpty') : t('proposals.empty') }}
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
    </>
  );
}
