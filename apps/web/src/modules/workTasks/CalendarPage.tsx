import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Calendar, Card, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText } from '../../api/problems.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { useAllTasks } from './api.ts';
import { dayTone, monthWindow, parseMonth, tasksByDay } from './calendar.ts';
import { useTaskLabels } from './labels.ts';
import type { WorkTaskSummary } from './types.ts';
import './workTasks.css';

/** A day shows this many tasks; the rest are counted ("+3 nhiệm vụ") with their titles in a tooltip. */
const PER_DAY = 4;

/**
 * "Lịch hạn nhiệm vụ": a month's calendar of the tasks' deadlines (overdue in red, done in green), the month and
 * the unit in the URL; a task opens its page.
 */
export default function CalendarPage() {
  const t = useT();
  const labels = useTaskLabels();
  const [filter, setFilter] = useUrlState((p) => ({ month: p.get('month'), orgId: p.get('orgId') }));
  const shown = parseMonth(filter.month) ?? { year: new Date().getFullYear(), month: new Date().getMonth() + 1 };
  const first = dayjs(`${shown.year}-${String(shown.month).padStart(2, '0')}-01`);
  // The day marked is today when the month shown holds it, else the 1st (the calendar always marks one).
  const value = dayjs().isSame(first, 'month') ? dayjs().startOf('day') : first;
  const tasks = useAllTasks({ ...monthWindow(shown.year, shown.month), orgId: filter.orgId ?? undefined });
  const days = useMemo(() => tasksByDay(tasks.data?.items ?? []), [tasks.data]);
  const inMonth = (tasks.data?.items ?? []).filter((x) => x.deadline.startsWith(value.format('YYYY-MM')));
  const overdue = inMonth.filter((x) => dayTone(x) === 'overdue').length;
  const done = inMonth.filter((x) => x.status === 'done').length;

  const item = (task: WorkTaskSummary) => (
    <li key={task.id} className={`task-${dayTone(task)}`}>
      <Tooltip title={`${task.code} — ${task.title} (${task.orgName}; ${labels.status(task.status)})`}>
        <Link to={`/tasks/${task.id}`}>
          {task.code} {task.title}
        </Link>
      </Tooltip>
    </li>
  );

  const cell = (date: Dayjs) => {
    const list = days.get(date.format('YYYY-MM-DD'));
    if (!list) return null;
    const rest = list.slice(PER_DAY);
    return (
      <ul className="task-cal-list">
        {list.slice(0, PER_DAY).map(item)}
        {rest.length > 0 && (
          <li>
            <Tooltip title={rest.map((x) => `${x.code} ${x.title}`).join('\n')}>
              <Typography.Text type="secondary">{t('wt.calendar.more', { count: rest.length })}</Typography.Text>
            </Tooltip>
          </li>
        )}
      </ul>
    );
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('wt.calendar')}</Typography.Title>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <OrgTreeSelect
            aria-label={t('wt.orgInCharge')}
            placeholder={t('wt.orgInCharge')}
            allowClear
            value={filter.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 320 }}
          />
          <Typography.Text>
            {t('wt.calendar.summary', { month: value.format('MM/YYYY'), count: inMonth.length })}
          </Typography.Text>
          {overdue > 0 && <Tag color="red">{t('wt.calendar.overdue', { count: overdue })}</Tag>}
          {done > 0 && <Tag color="green">{t('wt.calendar.done', { count: done })}</Tag>}
        </Space>
      </Card>
      {tasks.error && <Alert type="error" showIcon title={problemText(tasks.error, t)} style={{ marginBottom: 16 }} />}
      {tasks.data && tasks.data.total > tasks.data.items.length && (
        <Alert
          type="warning"
          showIcon
          title={t('wt.tooMany', { shown: tasks.data.items.length, total: tasks.data.total })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <Calendar
          value={value}
          onPanelChange={(d) => setFilter({ month: d.format('YYYY-MM') })}
          onSelect={(d, info) => {
            if (info.source !== 'date' || d.format('YYYY-MM') !== value.format('YYYY-MM'))
              setFilter({ month: d.format('YYYY-MM') });
          }}
          cellRender={(current, info) => (info.type === 'date' ? cell(current) : info.originNode)}
        />
      </Card>
    </>
  );
}
