import { Alert, Segmented, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { SATISFACTION_LEVELS, SATISFACTION_LEVEL_LABELS } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber, percent } from '../../lib/format.ts';
import { useLateness, useSatisfaction } from './api.ts';
import type { LatenessRow, SatisfactionRow } from './types.ts';

/** "Hồ sơ trễ hạn": internal steps finished late or overdue in the span, by unit or by officer. */
export function LatenessTab({
  from,
  to,
  by,
  onBy,
}: {
  from: string;
  to: string;
  by: 'unit' | 'officer';
  onBy: (by: 'unit' | 'officer') => void;
}) {
  const t = useT();
  const { data, error, isFetching } = useLateness({ from, to, by }, true);
  const n = (key: keyof LatenessRow & string, title: string) => ({
    key,
    title,
    align: 'right' as const,
    render: (_: unknown, r: LatenessRow) => formatNumber(r[key] as number),
  });
  const columns: TableColumnsType<LatenessRow> = [
    {
      key: 'label',
      title: by === 'unit' ? t('osReport.unit') : t('osReport.officer'),
      render: (_: unknown, r: { label: string }) => (
        <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 420 }}>{r.label}</span>
      ),
    },
    n('stepsFinished', t('osReport.stepsFinished')),
    n('stepsLate', t('osReport.stepsLate')),
    {
      key: 'lateRate',
      title: t('osReport.lateRate'),
      align: 'right',
      render: (_, r) => (r.stepsFinished ? percent(r.stepsLate / r.stepsFinished) : t('common.none')),
    },
    n('dossiersLate', t('osReport.dossiersLate')),
    n('stepsOverdueOpen', t('osReport.stepsOverdueOpen')),
  ];
  return (
    <>
      <Segmented
        aria-label={t('procedures.groupBy')}
        value={by}
        onChange={(v) => onBy(v as 'unit' | 'officer')}
        options={[
          { value: 'unit', label: t('osReport.byUnit') },
          { value: 'officer', label: t('osReport.byOfficer') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <section aria-label={t('osReport.tabLateness')}>
        <Table<LatenessRow>
          size="small"
          rowKey="key"
          loading={isFetching}
          pagination={false}
          dataSource={data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyText loading={isFetching}>{t('osReport.latenessEmpty')}</EmptyText> }}
          columns={columns}
        />
      </section>
    </>
  );
}

/** "Mức độ hài lòng": the applicants' ratings in the span, by procedure or by officer. */
export function SatisfactionTab({
  from,
  to,
  by,
  onBy,
}: {
  from: string;
  to: string;
  by: 'procedure' | 'officer';
  onBy: (by: 'procedure' | 'officer') => void;
}) {
  const t = useT();
  const { data, error, isFetching } = useSatisfaction({ from, to, by }, true);
  const columns: TableColumnsType<SatisfactionRow> = [
    {
      key: 'label',
      title: by === 'procedure' ? t('osReport.procedure') : t('osReport.officer'),
      render: (_: unknown, r: { label: string }) => (
        <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 420 }}>{r.label}</span>
      ),
    },
    { key: 'ratings', title: t('osReport.ratings'), align: 'right', render: (_, r) => formatNumber(r.ratings) },
    ...SATISFACTION_LEVELS.map((level) => ({
      key: level,
      title: data?.levels.find((l) => l.code === level)?.label ?? SATISFACTION_LEVEL_LABELS[level],
      align: 'right' as const,
      render: (_: unknown, r: SatisfactionRow) => formatNumber(r.counts[level] ?? 0),
    })),
    {
      key: 'share',
      title: t('osReport.satisfactionRate'),
      align: 'right',
      render: (_, r) => (r.satisfiedShare === null ? t('common.none') : percent(r.satisfiedShare)),
    },
  ];
  return (
    <>
      <Segmented
        aria-label={t('procedures.groupBy')}
        value={by}
        onChange={(v) => onBy(v as 'procedure' | 'officer')}
        options={[
          { value: 'procedure', label: t('osReport.byProcedure') },
          { value: 'officer', label: t('osReport.byOfficer') },
        ]}
        style={{ marginBottom: 12 }}
      />
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <section aria-label={t('osReport.tabSatisfaction')}>
        <Table<SatisfactionRow>
          size="small"
          rowKey="key"
          loading={isFetching}
          pagination={false}
          dataSource={data?.rows ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyText loading={isFetching}>{t('osReport.satisfactionEmpty')}</EmptyText> }}
          columns={columns}
        />
      </section>
    </>
  );
}
