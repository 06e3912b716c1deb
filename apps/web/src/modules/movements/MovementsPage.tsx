import { Link, useNavigate } from 'react-router';
import { Button, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { MOVEMENT_SORTS } from '@thidua/contracts';
import type { MovementSummary } from '../../api/types.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useCanManageMovements } from '../auth/session.ts';
import { MOVEMENTS_KEY } from './api.ts';
import { STATUS_COLORS, useMovementLabels } from './labels.ts';

/** "Phong trào thi đua": the movements launched by or for the department, with their stage. */
export default function MovementsPage() {
  const t = useT();
  const labels = useMovementLabels();
  const navigate = useNavigate();
  const canCreate = useCanManageMovements();
  const list = useListState(['year', 'kind', 'status'], '-startsOn');

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
      key: 'startsOn',
      title: t('movements.period'),
      render: (_, m) => `${formatDate(m.startsOn)} – ${formatDate(m.endsOn)}`,
    },
    {
      key: 'registered',
      title: t('movements.registered'),
      render: (_, m) => `${m.registeredCount}/${m.participantCount}`,
    },
    {
      key: 'registrationDeadline',
      title: t('movements.deadline'),
      render: (_, m) => formatDate(m.registrationDeadline) || t('common.none'),
    },
  ];

  return (
    <ListPage<MovementSummary>
      title={t('movements.title')}
      actions={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/movements/new')}>
            {t('movements.create')}
          </Button>
        )
      }
      path="/movements"
      queryKey={MOVEMENTS_KEY}
      state={list}
      sorts={MOVEMENT_SORTS}
      searchLabel={t('movements.search')}
      columns={columns}
      emptyText={t('movements.empty')}
      exportTo={{ path: '/movements/export.xlsx', filename: 'phong-trao-thi-dua.xlsx' }}
      filters={
        <>
          <FilterSelect state={list} name="year" label={t('movements.year')} options={yearOptions()} width={120} />
          <FilterSelect state={list} name="kind" label={t('movements.kind')} options={labels.kindOptions} width={180} />
          <FilterSelect
            state={list}
            name="status"
            label={t('movements.status')}
            options={labels.statusOptions}
            width={200}
          />
        </>
      }
    />
  );
}
