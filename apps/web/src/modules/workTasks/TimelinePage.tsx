import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Card, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { problemText } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { useAllTasks, useProgrammeOptions } from './api.ts';
import { useTaskLabels } from './labels.ts';
import { timelineRows } from './timeline.ts';
import { EXTENSION_COLOR, TONE_COLORS, timelineHeight, timelineOption } from './timelineChart.ts';
import './workTasks.css';

/**
 * "Tiến độ cả năm": the year's tasks as a Gantt-like chart, grouped by the unit in charge: each bar runs from the
 * start to the original deadline, an approved extension in violet after it, today's line across; year, programme
 * and unit in the URL; a bar opens the task.
 */
export default function TimelinePage() {
  const t = useT();
  const labels = useTaskLabels();
  const navigate = useNavigate();
  const [filter, setFilter] = useUrlState((p) => ({
    year: p.get('year') ?? String(new Date().getFullYear()),
    programmeId: p.get('programmeId'),
    orgId: p.get('orgId'),
  }));
  const year = Number(filter.year) || new Date().getFullYear();
  const programmes = useProgrammeOptions(year);
  const tasks = useAllTasks({
    year,
    programmeId: filter.programmeId ?? undefined,
    orgId: filter.orgId ?? undefined,
    sort: 'org',
  });
  const rows = useMemo(() => timelineRows(tasks.data?.items ?? []), [tasks.data]);
  const option = useMemo(
    () =>
      timelineOption(rows, year, dayjs().format('YYYY-MM-DD'), {
        today: t('wt.timeline.today'),
        tooltip: (r) =>
          [
            `<b>${escape(r.task.code)}</b> ${escape(r.task.title)}`,
            escape(r.task.orgName),
            `${t('wt.col.start')}: ${formatDate(r.start)} → ${t('wt.col.deadline')}: ${formatDate(r.deadline)}`,
            r.extended ? t('wt.originalDeadline', { date: formatDate(r.originalDeadline) }) : '',
            labels.status(r.task.status) + (r.task.overdue ? ` — ${t('wt.overdue')}` : ''),
          ]
            .filter(Boolean)
            .join('<br/>'),
      }),
    [rows, year, t, labels],
  );
  // The chart hands over the clicked item as the option holds it: `{ value, row, itemStyle }`.
  const onClick = (item?: unknown) => {
    const id = (item as { row?: { task?: { id: string } } } | undefined)?.row?.task?.id;
    if (id) void navigate(`/tasks/${id}`);
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('wt.timeline')}</Typography.Title>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Select
            aria-label={t('wt.year')}
            value={year}
            options={yearOptions()}
            onChange={(v: number) => setFilter({ year: String(v), programmeId: null })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t('wt.programme')}
            placeholder={t('wt.allProgrammes')}
            allowClear
            value={filter.programmeId ?? undefined}
            options={programmes}
            onChange={(v?: string) => setFilter({ programmeId: v ?? null })}
            style={{ width: 320 }}
          />
          <OrgTreeSelect
            aria-label={t('wt.orgInCharge')}
            placeholder={t('wt.orgInCharge')}
            allowClear
            value={filter.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 300 }}
          />
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
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={TONE_COLORS.open}>{t('wt.timeline.open')}</Tag>
          <Tag color={TONE_COLORS.done}>{labels.status('done')}</Tag>
          <Tag color={TONE_COLORS.overdue}>{t('wt.overdue')}</Tag>
          <Tag color={EXTENSION_COLOR}>{t('wt.timeline.extension')}</Tag>
          <Typography.Text type="secondary">{t('wt.timeline.hint')}</Typography.Text>
        </Space>
        {rows.length === 0 ? (
          <Typography.Paragraph type="secondary">
            <EmptyText loading={tasks.isFetching}>{t('wt.timeline.empty', { year })}</EmptyText>
          </Typography.Paragraph>
        ) : (
          <EChart
            option={option}
            label={t('wt.timeline')}
            onClick={onClick}
            style={{ width: '100%', height: timelineHeight(rows.length) }}
          />
        )}
      </Card>
    </>
  );
}

const escape = (s: string) =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
