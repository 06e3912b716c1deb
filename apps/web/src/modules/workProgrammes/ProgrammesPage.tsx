import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useAbilities } from '../auth/session.ts';
import { PROGRAMMES_KEY } from './api.ts';
import { CreateProgrammeModal } from './CreateProgrammeModal.tsx';
import { PROGRAMME_STATUS_COLORS, useWpLabels } from './labels.ts';
import type { ProgrammeSummary } from './types.ts';

/** The sorts the list answers (WorkProgrammesQuery). */
const SORTS = ['year', 'title', 'status'] as const;

/**
 * "Chương trình công tác": the year's, quarters' and months' programmes with their decision, status and how far
 * their tasks are (done, overdue); filters in the URL, the view exported to Excel. The office drafts a programme.
 */
export default function ProgrammesPage() {
  const t = useT();
  const labels = useWpLabels();
  const navigate = useNavigate();
  const abilities = useAbilities();
  const list = useListState(['year', 'kind', 'status'], '-year');
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<ProgrammeSummary> = [
    {
      key: 'title',
      title: t('wp.programmeTitle'),
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/work-programmes/${p.id}`} onClick={(e) => e.stopPropagation()}>
            {p.title}
          </Link>
          <Typography.Text type="secondary">
            {p.periodLabel} — {p.orgName}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'year', title: t('wp.year'), width: 80, render: (_, p) => p.year },
    { key: 'kind', title: t('wp.kind'), width: 110, render: (_, p) => labels.kind(p.kind) },
    {
      key: 'decision',
      title: t('wp.decision'),
      render: (_, p) =>
        p.decision?.number
          ? t('wp.decisionShort', { number: p.decision.number, date: formatDate(p.decision.date) || '…' })
          : t('common.none'),
    },
    {
      key: 'tasks',
      title: t('wp.tasksDone'),
      width: 150,
      render: (_, p) => (
        <span>
          {formatNumber(p.doneCount)}/{formatNumber(p.taskCount)}
          {p.overdueCount > 0 && (
            <Typography.Text type="danger"> · {t('wp.overdueN', { n: formatNumber(p.overdueCount) })}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('wp.status'),
      width: 140,
      render: (_, p) => (
        <Tag color={PROGRAMME_STATUS_COLORS[p.status]}>
          {labels.status(p.status)}
          {p.amendment > 0 ? ` · ${t('wp.amendmentN', { n: p.amendment })}` : ''}
        </Tag>
      ),
    },
  ];

  return (
    <ListPage<ProgrammeSummary>
      title={t('wp.title')}
      actions={
        abilities?.workProgrammes.manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('wp.create')}
          </Button>
        )
      }
      path="/work-programmes"
      queryKey={PROGRAMMES_KEY}
      state={list}
      sorts={SORTS}
      searchLabel={t('wp.search')}
      columns={columns}
      emptyText={t('wp.empty')}
      exportTo={{ path: '/work-programmes/export.xlsx', filename: 'chuong-trinh-cong-tac.xlsx' }}
      onRowClick={(p) => void navigate(`/work-programmes/${p.id}`)}
      filters={
        <>
          <FilterSelect state={list} name="year" label={t('wp.year')} options={yearOptions()} width={110} />
          <FilterSelect state={list} name="kind" label={t('wp.kind')} options={labels.kindOptions} width={150} />
          <FilterSelect state={list} name="status" label={t('wp.status')} options={labels.statusOptions} width={170} />
        </>
      }
    >
      <CreateProgrammeModal open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}
