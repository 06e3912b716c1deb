import { Link, useNavigate } from 'react-router';
import { Space, Switch, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { yearOptions } from '../../lib/years.ts';
import { useMe } from '../auth/session.ts';
import { TASKS_KEY, useProgrammeOptions } from './api.ts';
import { PRIORITY_COLORS, TASK_STATUS_COLORS, useTaskLabels } from './labels.ts';
import { effectiveMine } from './mine.ts';
import type { WorkTaskSummary } from './types.ts';
import './workTasks.css';

/** The sorts the list answers (WorkTasksQuery). */
const TASK_SORTS = ['deadline', 'code', 'title', 'status', 'org', 'start'] as const;
const FILTERS = [
  'year',
  'programmeId',
  'orgId',
  'partner',
  'status',
  'result',
  'priority',
  'overdue',
  'leaderPersonId',
  'mine',
] as const;

/**
 * "Nhiệm vụ": every task of the programmes, filtered in the URL (year, programme, unit in charge and the tasks it
 * co-operates on, status, result, priority, overdue, leader); a unit officer opens on his unit's own tasks.
 * Overdue rows are red; a row opens the task.
 */
export default function TasksPage() {
  const t = useT();
  const labels = useTaskLabels();
  const navigate = useNavigate();
  const me = useMe().data;
  const list = useListState(FILTERS, 'deadline');
  const f = list.filters;
  const mine = effectiveMine(f.mine, me?.roles ?? []);
  const state = { ...list, view: { ...list.view, mine: mine ? 'true' : undefined } };
  const programmes = useProgrammeOptions(f.year ? Number(f.year) : null);
  const flag = (name: 'partner' | 'overdue' | 'mine', on: boolean) => list.set({ [name]: on ? 'true' : null });

  const columns: TableColumnsType<WorkTaskSummary> = [
    {
      key: 'code',
      title: t('wt.col.code'),
      render: (_, r) => (
        <Link to={`/tasks/${r.id}`} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {r.code}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('wt.col.title'),
      render: (_, r) => (
        <div style={{ minWidth: 220, maxWidth: 340 }}>
          {r.priority === 'high' && (
            <Tag color={PRIORITY_COLORS.high} style={{ marginInlineEnd: 6 }}>
              {labels.priority('high')}
            </Tag>
          )}
          {r.title}
          {r.product && <div className="task-secondary">{r.product}</div>}
        </div>
      ),
    },
    {
      key: 'org',
      title: t('wt.col.org'),
      render: (_, r) => (
        <div style={{ minWidth: 120, maxWidth: 170 }}>
          {r.orgName}
          {r.leaderName && <div className="task-secondary">{t('wt.leaderShort', { name: r.leaderName })}</div>}
          {r.partnerNames.length > 0 && (
            <Tooltip title={r.partnerNames.join('; ')}>
              <div className="task-secondary">{t('wt.partners', { count: r.partnerNames.length })}</div>
            </Tooltip>
          )}
        </div>
      ),
    },
    { key: 'start', title: t('wt.col.start'), render: (_, r) => formatDate(r.startDate) },
    {
      key: 'deadline',
      title: t('wt.col.deadline'),
      render: (_, r) => (
        <span className={r.overdue ? 'task-overdue' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(r.deadline)}
          {r.deadline !== r.originalDeadline && (
            <div className="task-secondary">{t('wt.originalDeadline', { date: formatDate(r.originalDeadline) })}</div>
          )}
          {r.overdue && <div>{t('wt.overdue')}</div>}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('wt.col.status'),
      render: (_, r) => (
        <Space size={4} wrap style={{ maxWidth: 180 }}>
          <Tag color={TASK_STATUS_COLORS[r.status]}>{labels.status(r.status)}</Tag>
          {r.status !== 'done' && r.status !== 'dropped' && r.percent > 0 && <span>{r.percent}%</span>}
          {/* How it counts in the results (on time, late…), beside where it stands. */}
          <div className="task-secondary">{labels.result(r.result)}</div>
        </Space>
      ),
    },
  ];

  return (
    <ListPage<WorkTaskSummary>
      title={t('wt.tasks')}
      path="/tasks"
      queryKey={TASKS_KEY}
      state={state}
      sorts={TASK_SORTS}
      searchLabel={t('wt.search')}
      columns={columns}
      emptyText={mine ? t('wt.emptyMine') : t('wt.empty')}
      exportTo={{ path: '/tasks/export.xlsx', filename: 'nhiem-vu.xlsx' }}
      onRowClick={(r) => void navigate(`/tasks/${r.id}`)}
      rowClassName={(r) => (r.overdue ? 'task-row-overdue' : '')}
      filters={
        <>
          <Space>
            <Switch
              checked={mine}
              onChange={(on) => list.set({ mine: on ? 'true' : 'false' })}
              aria-label={t('wt.mine')}
            />
            <span>{t('wt.mine')}</span>
          </Space>
          <FilterSelect state={list} name="year" label={t('wt.year')} options={yearOptions()} width={110} />
          <FilterSelect state={list} name="programmeId" label={t('wt.programme')} options={programmes} width={280} />
          <OrgTreeSelect
            aria-label={t('wt.orgInCharge')}
            placeholder={t('wt.orgInCharge')}
            allowClear
            value={f.orgId}
            onChange={(v) => list.set({ orgId: v, partner: v ? f.partner : null })}
            style={{ width: 280 }}
          />
          {f.orgId && (
            <Space>
              <Switch
                checked={f.partner === 'true'}
                onChange={(on) => flag('partner', on)}
                aria-label={t('wt.partner')}
              />
              <span>{t('wt.partner')}</span>
            </Space>
          )}
          <FilterSelect
            state={list}
            name="status"
            label={t('wt.col.status')}
            options={labels.statusOptions}
            width={190}
          />
          <FilterSelect
            state={list}
            name="result"
            label={t('wt.col.result')}
            options={labels.resultOptions}
            width={190}
          />
          <FilterSelect
            state={list}
            name="priority"
            label={t('wt.col.priority')}
            options={labels.priorityOptions}
            width={140}
          />
          <PersonSelect
            aria-label={t('wt.col.leader')}
            placeholder={t('wt.col.leader')}
            value={f.leaderPersonId}
            onChange={(v) => list.set({ leaderPersonId: v })}
            style={{ width: 240 }}
          />
          <Space>
            <Switch
              checked={f.overdue === 'true'}
              onChange={(on) => flag('overdue', on)}
              aria-label={t('wt.overdueOnly')}
            />
            <span>{t('wt.overdueOnly')}</span>
          </Space>
        </>
      }
    />
  );
}
