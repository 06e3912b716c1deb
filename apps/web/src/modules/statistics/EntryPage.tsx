import { useEffect } from 'react';
import { Alert, Card, Empty, Form, Select, Space, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { useDataset, useDatasets } from './apiCatalog.ts';
import { useEntry, useEntryUnits } from './apiValues.ts';
import { EntryWorkspace } from './EntryWorkspace.tsx';
import { PeriodSelect } from './PeriodSelect.tsx';
import { mostFrequent, periodOfDate, previousPeriodId, type StatPeriodType } from './periods.ts';
import './statistics.css';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Nhập số liệu": the reporter picks the data set, the unit and the period (kept in the URL, so a link
 * opens the same grid), then enters, checks and submits the figures.
 */
export default function EntryPage() {
  const t = useT();
  const [sel, set] = useUrlState((p) => ({
    dataset: p.get('dataset'),
    unit: p.get('unit'),
    period: p.get('period'),
  }));
  const datasets = useDatasets();
  const active = (datasets.data?.items ?? []).filter((d) => d.active);
  const dataset = useDataset(sel.dataset);
  // Only the units this user enters for: a reporter never picks one the server would refuse.
  const mine = useEntryUnits(sel.dataset);
  const type = (dataset.data?.periodType ?? 'month') as StatPeriodType;
  const entry = useEntry({
    dataset: sel.dataset ?? undefined,
    unit: sel.unit ?? undefined,
    period: sel.period ?? undefined,
  });

  // The clerk lands on a grid, not three empty pickers: the most frequent data set (the monthly report before
  // the quarterly ones), its only unit when it has one, and the last period ended.
  useEffect(() => {
    const finest = mostFrequent(active);
    if (!sel.dataset && finest) set({ dataset: finest.id });
  }, [sel.dataset, active, set]);
  useEffect(() => {
    const units = mine.data?.items ?? [];
    if (mine.data && !sel.unit && units.length === 1) set({ unit: units[0]!.id });
  }, [mine.data, sel.unit, set]);
  useEffect(() => {
    if (dataset.data && !sel.period) set({ period: previousPeriodId(periodOfDate(type, today())) });
  }, [dataset.data, sel.period, type, set]);

  const ready = sel.dataset && sel.unit && sel.period;
  return (
    <>
      <Typography.Title level={3}>{t('stat.entry.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('stat.dataset')} htmlFor="stat-dataset">
            <Select
              id="stat-dataset"
              style={{ width: 320 }}
              loading={datasets.isPending}
              value={sel.dataset ?? undefined}
              placeholder={t('stat.pickDataset')}
              showSearch={{ optionFilterProp: 'label' }}
              options={active.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
              onChange={(v: string) => set({ dataset: v, unit: null, period: null })}
            />
          </Form.Item>
          <Form.Item label={t('stat.unit')} htmlFor="stat-unit">
            <Select
              id="stat-unit"
              style={{ width: 280 }}
              disabled={!mine.data}
              loading={mine.isPending && Boolean(sel.dataset)}
              value={sel.unit ?? undefined}
              placeholder={t('stat.pickUnit')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(mine.data?.items ?? []).map((u) => ({
                value: u.id,
                label: u.validTo ? `${u.name} (${t('stat.unitUntil')} ${formatDate(u.validTo)})` : u.name,
              }))}
              onChange={(v: string) => set({ unit: v })}
            />
          </Form.Item>
          <Form.Item label={t('stat.period')} htmlFor="stat-period">
            <PeriodSelect id="stat-period" type={type} value={sel.period} onChange={(p) => set({ period: p })} />
          </Form.Item>
        </Form>
      </Card>
      {datasets.error && <Alert type="error" showIcon title={problemText(datasets.error, t)} />}
      {!ready ? (
        <Empty description={t('stat.entry.pickAll')} />
      ) : entry.error ? (
        <Alert type="error" showIcon title={problemText(entry.error, t)} />
      ) : entry.data ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <EntryWorkspace view={entry.data} onReload={() => void entry.refetch()} />
        </Space>
      ) : (
        <EmptyText loading>{t('stat.loading')}</EmptyText>
      )}
    </>
  );
}
