import { Empty, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useWpLabels } from './labels.ts';
import type { TaskChange } from './types.ts';

/** One side of a change: its fields as "label: value" lines. */
function Fields({ values }: { values: Record<string, string> | null }) {
  if (!values || !Object.keys(values).length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div>
      {Object.entries(values).map(([k, v]) => (
        <div key={k}>
          <Typography.Text type="secondary">{k}:</Typography.Text> {v}
        </div>
      ))}
    </div>
  );
}

/** The task's changes made once its programme was issued: which amendment, what, before and after, why, by whom. */
export function TaskChanges({ changes }: { changes: TaskChange[] }) {
  const t = useT();
  const labels = useWpLabels();
  if (!changes.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wp.noChanges')} />;
  const rows = [...changes].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Table<TaskChange>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'kind',
          title: t('wp.changeKind'),
          width: 170,
          render: (_, c) => (
            <div>
              <Tag>{labels.change(c.kind)}</Tag>
              <div>
                <Typography.Text type="secondary">
                  {c.amendment > 0 ? t('wp.amendmentN', { n: c.amendment }) : t('wp.beforeAmendments')}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        { key: 'before', title: t('wp.before'), render: (_, c) => <Fields values={c.before} /> },
        { key: 'after', title: t('wp.after'), render: (_, c) => <Fields values={c.after} /> },
        { key: 'reason', title: t('wp.reason'), render: (_, c) => c.reason },
        {
          key: 'by',
          title: t('wp.by'),
          width: 180,
          render: (_, c) => (
            <div>
              <div>{c.actorName}</div>
              <Typography.Text type="secondary">{formatDateTime(c.at)}</Typography.Text>
            </div>
          ),
        },
      ]}
    />
  );
}
