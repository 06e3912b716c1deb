import { useState } from 'react';
import { Alert, Card, Descriptions, Input, List, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatMoney } from '../../lib/format.ts';
import { SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { usePublishedProcedures } from './api.ts';
import { KIND_KEYS } from './labels.ts';
import type { ProcedureVersionView, ProcedureView } from './types.ts';

/** The version a receipt pins: the published one in force. */
export function currentVersion(p: ProcedureView | undefined): ProcedureVersionView | undefined {
  if (!p) return undefined;
  return p.versions.find((v) => v.id === p.currentVersionId) ?? p.versions.find((v) => v.status === 'published');
}

/** Step 1 of the receipt: search the published procedures and pick one; the chosen one shows its time, fees, documents. */
export function ReceiveProcedure({
  value,
  onChange,
  procedure,
}: {
  value: string | null;
  onChange: (id: string) => void;
  procedure: ProcedureView | undefined;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const { data, isFetching } = usePublishedProcedures(search);
  const version = currentVersion(procedure);

  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
      <Card title={t('onestop.receive.pickProcedure')} size="small">
        <Input
          aria-label={t('onestop.receive.searchProcedure')}
          placeholder={t('onestop.receive.searchProcedure')}
          prefix={<SearchOutlined />}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ marginBottom: 8 }}
        />
        <List
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <EmptyText loading={isFetching}>{t('onestop.receive.noProcedure')}</EmptyText> }}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(p) => (
            <List.Item key={p.id} style={{ background: p.id === value ? '#e6f4ff' : undefined, paddingInline: 8 }}>
              <button
                type="button"
                aria-pressed={p.id === value}
                onClick={() => onChange(p.id)}
                style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
              >
                <Typography.Text strong={p.id === value}>{p.name}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {[p.code, p.fieldLabel, p.processingTime?.label].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              </button>
            </List.Item>
          )}
        />
      </Card>
      <Card title={procedure?.name ?? t('onestop.receive.procedureDetails')} size="small">
        {!value && <Alert type="info" showIcon title={t('onestop.receive.pickHint')} />}
        {procedure && version && (
          <>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'code', label: t('onestop.procedureCode'), children: procedure.code },
                {
                  key: 'time',
                  label: t('onestop.timeLimit'),
                  children: version.noAppointment ? t('onestop.sameDay') : version.processingTime.label,
                },
                {
                  key: 'fee',
                  label: t('onestop.fees'),
                  children: version.fees.length
                    ? version.fees.map((f) => (
                        <div key={f.name}>
                          {f.name}: {formatMoney(f.amount)}
                          {f.note ? ` (${f.note})` : ''}
                        </div>
                      ))
                    : t('onestop.noFee'),
                },
              ]}
            />
            <Typography.Title level={5}>{t('onestop.documents')}</Typography.Title>
            <Table
              size="small"
              rowKey="name"
              pagination={false}
              dataSource={version.documents}
              columns={[
                { key: 'name', title: t('onestop.documentName'), dataIndex: 'name' },
                {
                  key: 'kind',
                  title: t('onestop.documentKind'),
                  render: (_, d) => `${t(KIND_KEYS[d.kind])} × ${d.count}`,
                },
                {
                  key: 'required',
                  title: t('onestop.required'),
                  render: (_, d) => (d.required ? <Tag color="red">{t('onestop.required')}</Tag> : t('common.none')),
                },
              ]}
            />
          </>
        )}
      </Card>
    </div>
  );
}
