import { Link } from 'react-router';
import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { PROGRAMME_STATUS_COLORS, useWpLabels } from './labels.ts';
import { DeadlineText } from './ProgrammeTasks.tsx';
import type { TaskView } from './types.ts';

/** Everything recorded of a task: content, product, people, dates, source document, links, its programmes. */
export function TaskDetails({ task }: { task: TaskView }) {
  const t = useT();
  const labels = useWpLabels();
  const none = t('common.none');
  const src = task.source;
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'org', label: t('wp.orgInCharge'), children: task.orgName },
          {
            key: 'partners',
            label: t('wp.partners'),
            children: task.partners.length ? task.partners.map((x) => x.name).join(', ') : none,
          },
          { key: 'leader', label: t('wp.leader'), children: task.leaderName ?? none },
          { key: 'start', label: t('wp.startDate'), children: formatDate(task.startDate) },
          {
            key: 'deadline',
            label: t('wp.deadline'),
            children: (
              <span>
                <DeadlineText task={task} />
                {task.deadlineWorkingDays != null && (
                  <Typography.Text type="secondary">
                    {' '}
                    ({t('wp.workingDaysN', { n: task.deadlineWorkingDays })})
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'percent',
            label: t('wp.percent'),
            children: <Progress percent={task.percent} size="small" style={{ maxWidth: 220 }} />,
          },
          ...(task.completedOn
            ? [{ key: 'completed', label: t('wp.completedOn'), children: formatDate(task.completedOn) }]
            : []),
          { key: 'product', label: t('wp.product'), span: 3, children: task.product || none },
          ...(task.productNote
            ? [{ key: 'productNote', label: t('wp.productNote'), span: 3, children: task.productNote }]
            : []),
          ...(task.content
            ? [
                {
                  key: 'content',
                  label: t('wp.content'),
                  span: 3,
                  children: <div style={{ whiteSpace: 'pre-wrap' }}>{task.content}</div>,
                },
              ]
            : []),
          {
            key: 'source',
            label: t('wp.sourceDoc'),
            span: 3,
            children: src
              ? t('wp.sourceText', {
                  kind: labels.sourceKind(src.kind),
                  number: src.number || '…',
                  date: formatDate(src.date) || '…',
                  issuer: src.issuer || '…',
                  title: src.title,
                })
              : none,
          },
          ...(task.movement
            ? [
                {
                  key: 'movement',
                  label: t('wp.movement'),
                  children: <Link to={`/movements/${task.movement.id}`}>{task.movement.title}</Link>,
                },
              ]
            : []),
          ...(task.procedure ? [{ key: 'procedure', label: t('wp.procedure'), children: task.procedure.name }] : []),
          ...(task.indicator ? [{ key: 'indicator', label: t('wp.indicator'), children: task.indicator.name }] : []),
          {
            key: 'programmes',
            label: t('wp.heldBy'),
            span: 3,
            children: (
              <Space orientation="vertical" size={2}>
                {task.programmes.map((x) => (
                  <span key={x.id}>
                    <Link to={`/work-programmes/${x.id}`}>{x.title}</Link>{' '}
                    <Tag color={PROGRAMME_STATUS_COLORS[x.status as keyof typeof PROGRAMME_STATUS_COLORS]}>
                      {labels.status(x.status)}
                    </Tag>
                    {x.id === task.programmeId && <Tag>{t('wp.origin')}</Tag>}
                    {x.removed && <Tag color="red">{t('wp.removedFrom')}</Tag>}
                  </span>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
