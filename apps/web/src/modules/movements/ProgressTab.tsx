import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { periodBounds, periodsBetween, type PeriodKind } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { MovementView, ProgressView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { SaveOutlined } from '../../lib/icons.tsx';
import { useProgress, useReportProgress } from './api.ts';
import { useMovementLabels } from './labels.ts';
import { limit } from '../../components/textLimit.ts';
import { useUnsavedChanges } from '../../components/UnsavedChanges.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

type Entry = ProgressView['items'][number];
type Draft = Record<string, { value: number | null; note: string }>;

/** The period a report most likely concerns: the latest one that has begun. */
function defaultPeriod(kind: PeriodKind, periods: string[], today: string): string | undefined {
  const begun = periods.filter((p) => periodBounds(kind, p).from <= today);
  return begun.at(-1) ?? periods[0];
}

/** "Tiến độ": a unit reports its figures per target for one period; below, what it reported so far. */
export function ProgressTab({ movement }: { movement: MovementView }) {
  const t = useT();
  const labels = useMovementLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const orgOptions = movement.participants
    .filter((p) => movement.abilities.registerOrgIds.includes(p.orgId))
    .map((p) => ({ value: p.orgId, label: p.orgName }));
  const periods = useMemo(
    () => periodsBetween(movement.reportEvery, movement.startsOn, movement.endsOn),
    [movement.reportEvery, movement.startsOn, movement.endsOn],
  );
  const [orgId, setOrgId] = useState<string | null>(orgOptions[0]?.value ?? null);
  const [period, setPeriod] = useState<string | undefined>(() =>
    defaultPeriod(movement.reportEvery, periods, new Date().toISOString().slice(0, 10)),
  );
  const { data, isFetching, error } = useProgress(movement.id, orgId);
  const save = useReportProgress(movement.id);
  const [draft, setDraft] = useState<Draft>({});
  // Figures typed and not yet saved: leaving the page asks first.
  const setDirty = useUnsavedChanges();

  const items = useMemo(() => (data?.items ?? []).filter((e) => e.orgId === orgId), [data, orgId]);
  useEffect(() => {
    const next: Draft = {};
    for (const e of items) if (e.period === period) next[e.targetId] = { value: e.value, note: e.note };
    setDraft(next);
    setDirty(false);
  }, [items, period, setDirty]);

  if (!orgOptions.length) return <Empty description={t('movements.noUnitToReport')} />;
  if (!movement.targets.length) return <Empty description={t('movements.noTargets')} />;

  const targetName = new Map(movement.targets.map((tg) => [tg.id, tg]));
  const onSave = async () => {
    if (!orgId || !period) return;
    try {
      await save.mutateAsync({
        orgId,
        period,
        values: movement.targets.map((tg) => ({
          targetId: tg.id,
          value: draft[tg.id]?.value ?? null,
          note: draft[tg.id]?.note ?? '',
        })),
      });
      setDirty(false);
      void message.success(t('movements.progressSaved', { period: labels.period(movement.reportEvery, period) }));
    } catch (e) {
      handle(e);
    }
  };
  const setCell = (targetId: string, patch: Partial<Draft[string]>) => {
    setDirty(true);
    setDraft((d) => ({ ...d, [targetId]: { value: null, note: '', ...d[targetId], ...patch } }));
  };

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="middle" style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('movements.unit')}
            value={orgId ?? undefined}
            onChange={(v: string) => setOrgId(v)}
            options={orgOptions}
            style={{ width: 320 }}
          />
          <Select
            aria-label={t('movements.reportPeriod')}
            value={period}
            onChange={(v: string) => setPeriod(v)}
            options={periods.map((p) => ({ value: p, label: labels.period(movement.reportEvery, p) }))}
            style={{ width: 180 }}
          />
        </Space>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={movement.targets}
          columns={[
            { key: 'name', title: t('movements.targetName'), dataIndex: 'name' },
            {
              key: 'value',
              title: t('movements.achievedValue'),
              width: 220,
              render: (_, tg) => (
                <InputNumber
                  aria-label={t('movements.valueOf', { name: tg.name })}
                  value={draft[tg.id]?.value ?? null}
                  onChange={(v) => setCell(tg.id, { value: typeof v === 'number' ? v : null })}
                  decimalSeparator=","
                  suffix={tg.unit}
                  style={{ width: '100%' }}
                  disabled={!movement.abilities.report}
                />
              ),
            },
            {
              key: 'note',
              title: t('movements.note'),
              render: (_, tg) => (
                <Input
                  aria-label={t('movements.noteOf', { name: tg.name })}
                  value={draft[tg.id]?.note ?? ''}
                  onChange={(e) => setCell(tg.id, { note: e.target.value })}
                  {...limit(500)}
                  disabled={!movement.abilities.report}
                />
              ),
            },
          ]}
        />
        {movement.abilities.report && (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            style={{ marginTop: 12 }}
            loading={save.isPending}
            onClick={() => void onSave()}
          >
            {t('movements.saveProgress')}
          </Button>
        )}
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <div className="page-header">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('movements.reported')}
        </Typography.Title>
        {orgId && (
          <ExportButton
            path={`/movements/${encodeURIComponent(movement.id)}/progress/export.xlsx`}
            filename="tien-do.xlsx"
            query={{ orgId }}
          />
        )}
      </div>
      <Table<Entry>
        rowKey={(e) => `${e.period}:${e.targetId}`}
        size="small"
        loading={isFetching}
        dataSource={[...items].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))}
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('movements.nothingReported')}</EmptyText> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'period',
            title: t('movements.reportPeriod'),
            render: (_, e) => labels.period(movement.reportEvery, e.period),
          },
          { key: 'target', title: t('movements.targetName'), render: (_, e) => targetName.get(e.targetId)?.name },
          {
            key: 'value',
            title: t('movements.achievedValue'),
            align: 'right',
            render: (_, e) => `${formatNumber(e.value)} ${targetName.get(e.targetId)?.unit ?? ''}`,
          },
          { key: 'note', title: t('movements.note'), dataIndex: 'note' },
          {
            key: 'by',
            title: t('movements.reportedBy'),
            render: (_, e) => `${e.reportedBy}, ${formatDateTime(e.reportedAt)}`,
          },
        ]}
      />
    </>
  );
}
