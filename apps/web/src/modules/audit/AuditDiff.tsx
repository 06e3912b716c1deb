import { Table, Typography } from 'antd';
import { fieldLabel } from '../../api/fieldLabels.ts';
import { useT } from '../../i18n/index.tsx';

/** A snapshot's key by its Vietnamese label where one is known (stored keys may be snake_case). */
function fieldName(key: string): string | null {
  return fieldLabel(key.replace(/_([a-z])/gu, (_m, c: string) => c.toUpperCase()));
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Field-by-field comparison of an audit entry's before/after snapshots; changed fields first. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const b = asObject(before);
  const a = asObject(after);
  if (!b && !a) {
    if (before == null && after == null)
      return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
    return <pre className="json-cell">{show(after ?? before)}</pre>;
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows: Row[] = fields.map((field) => {
    const was = b?.[field];
    const now = a?.[field];
    return { field, before: was, after: now, changed: JSON.stringify(was) !== JSON.stringify(now) };
  });
  rows.sort((x, y) => Number(y.changed) - Number(x.changed));
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.changed && b && a ? 'diff-changed' : '')}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'field',
          title: t('audit.field'),
          dataIndex: 'field',
          // The label a clerk knows; the stored key only when no label exists (and as a tooltip).
          render: (f: string) => {
            const label = fieldName(f);
            return label ? <span title={f}>{label}</span> : <code>{f}</code>;
          },
        },
        {
          key: 'before',
          title: t('audit.before'),
          dataIndex: 'before',
          render: (v: unknown) => <pre className="json-cell">{show(v)}</pre>,
        },
        {
          key: 'after',
          title: t('audit.after'),
          dataIndex: 'after',
          render: (v: unknown) => <pre className="json-cell">{show(v)}</pre>,
        },
      ]}
    />
  );
}
