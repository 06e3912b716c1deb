import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { MovementKind, MovementStatus } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import type { MovementSummary } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { PlusOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { useCanManageMovements } from '../auth/session.ts';
import { useMovements } from './api.ts';
import { STATUS_COLORS, useMovementLabels } from './labels.ts';

const PAGE_SIZE = 50;
/** "Phong trào thi đua": the movements launched by or for the department, with their stage. */
export default function MovementsPage() {
  const t = useT();
  const labels = useMovementLabels();
  const navigate = useNavigate();
  const canCreate = useCanManageMovements();
  const [filter, setUrl] = useUrlState((params) => ({
    year: params.get('year'),
    kind: params.get('kind'),
    status: params.get('status'),
    q: params.get('q'),
    page: params.get('page'),
  }));
  // A new filter starts again from the first page.
  const setFilter = (patch: Partial<typeof filter>) => setUrl({ page: null, ...patch });
  const page = Number(filter.page) || 1;
  const search = useDebounced(filter.q ?? '', 300);
  const { data, isFetching, error } = useMovements({
    year: filter.year ? Number(filter.year) : undefined,
    kind: (filter.kind as MovementKind | null) ?? undefined,
    status: (filter.status as MovementStatus | null) ?? undefined,
    q: search || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const columns: TableColumnsType<MovementSummary> = [
    {
      key: 'name',
      title: t('movements.name'),
      render: (_, m) => (
        <Link to={`/movements/${m.id}`} style={{ display: 'inline-block', minWidth: 220, maxWidth: 380 }}>
          {m.name}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('movements.kind'),
      render: (_, m) => <Tag color={m.kind === 'thematic' ? 'purple' : 'geekblue'}>{labels.kind[m.kind]}</Tag>,
    },
    { key: 'year', title: t('movements.year'), dataIndex: 'year' },
    {
      key: 'status',
      title: t('movements.status'),
      render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{labels.status[m.status]}</Tag>,
    },
    {
      key: 'period',
      title: t('movements.period'),
      render: (_, m) => `${formatDate(m.startsOn)} – ${formatDate(m.endsOn)}`,
    },
    {
      key: 'registered',
      title: t('movements.registered'),
      render: (_, m) => `${m.registeredCount}/${m.participantCount}`,
    },
    {
      key: 'deadline',
      title: t('movements.deadline'),
      render: (_, m) => formatDate(m.registrationDeadline) || t('common.none'),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('movements.title')}</Typography.Title>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/movements/new')}>
            {t('movements.create')}
          </Button>
        )}
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Input
            aria-label={t('movements.search')}
            placeholder={t('movements.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={filter.q ?? ''}
            onChange={(e) => setFilter({ q: e.target.value || null })}
            style={{ width: 280 }}
          />
          <Select
            aria-label={t('movements.year')}
            placeholder={t('movements.year')}
            allowClear
            value={filter.year ? Number(filter.year) : undefined}
            onChange={(v: number | undefined) => setFilter({ year: v ? String(v) : null })}
            options={yearOptions()}
            style={{ width: 120 }}
          />
          <Select
            aria-label={t('movements.kind')}
            placeholder={t('movements.kind')}
            allowClear
            value={filter.kind ?? undefined}
            onChange={(v: string | undefined) => setFilter({ kind: v ?? null })}
            options={labels.kindOptions}
            style={{ width: 180 }}
          />
          <Select
            aria-label={t('movements.status')}
            placeholder={t('movements.status')}
            allowClear
            value={filter.status ?? undefined}
            onChange={(v: string | undefined) => setFilter({ status: v ?? null })}
            options={labels.statusOptions}
            style={{ width: 200 }}
          />
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<MovementSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText: t('movements.empty') }}
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
