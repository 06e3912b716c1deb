import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useAbilities } from '../auth/session.ts';
import { SCORECARDS_KEY } from './api.ts';
import { CreateCycleModal } from './CreateCycleModal.tsx';
import { SCORECARD_STATUS_COLORS, useScorecardLabels } from './labels.ts';
import type { ScorecardSummary } from './types.ts';

/** The sorts the list answers (ScorecardsQuery). */
const SORTS = ['year', 'name', 'status'] as const;

/**
 * "Kỳ chấm điểm": every scoring cycle of the blocs and of the PAR index, by kind, year and status; how many
 * members have sent their sheet, and the leader once ranked. The office opens a cycle on a template.
 */
export default function ScorecardsPage() {
  const t = useT();
  const labels = useScorecardLabels();
  const navigate = useNavigate();
  const abilities = useAbilities();
  const list = useListState(['kind', 'year', 'status'], '-year');
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<ScorecardSummary> = [
    {
      key: 'name',
      title: t('sc.name'),
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/scorecards/${s.id}`} onClick={(e) => e.stopPropagation()}>
            {s.name}
          </Link>
          <Typography.Text type="secondary">
            {labels.kind(s.kind)}
            {s.blocName ? ` — ${s.blocName}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'year', title: t('sc.year'), render: (_, s) => s.year },
    {
      key: 'submitted',
      title: t('sc.submitted'),
      render: (_, s) => (
        <span title={t('sc.submittedHelp')}>
          {formatNumber(s.submittedCount)}/{formatNumber(s.memberCount)}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('sc.status'),
      render: (_, s) => <Tag color={SCORECARD_STATUS_COLORS[s.status]}>{labels.status(s.status)}</Tag>,
    },
    {
      key: 'leader',
      title: t('sc.leader'),
      render: (_, s) =>
        s.leader ? (
          <span>
            {s.leader.name} <Typography.Text type="secondary">({formatNumber(s.leader.total)})</Typography.Text>
          </span>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <ListPage<ScorecardSummary>
      title={t('sc.title')}
      actions={
        abilities?.scorecards.manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('sc.open')}
          </Button>
        )
      }
      path="/scorecards"
      exportTo={{ path: '/scorecards/export.xlsx', filename: 'ky-cham-diem.xlsx' }}
      queryKey={SCORECARDS_KEY}
      state={list}
      sorts={SORTS}
      searchLabel={t('sc.search')}
      columns={columns}
      emptyText={t('sc.empty')}
      onRowClick={(s) => void navigate(`/scorecards/${s.id}`)}
      filters={
        <>
          <FilterSelect state={list} name="kind" label={t('sc.kind')} options={labels.kindOptions} width={220} />
          <FilterSelect state={list} name="year" label={t('sc.year')} options={yearOptions()} width={110} />
          <FilterSelect state={list} name="status" label={t('sc.status')} options={labels.statusOptions} width={220} />
        </>
      }
    >
      <CreateCycleModal open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}
