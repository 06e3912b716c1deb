import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber, percent } from '../../lib/format.ts';
import type { ReportRow, ReportView } from './types.ts';

type Row = ReportRow & { no: number | null };

/**
 * Biểu số 06/VPCP/KSTT on screen: a row per field or procedure, the form's header groups — dossiers received
 * (carried over, new online, new at the counter or by post), finished (early, on time, late), in process
 * (within time, overdue) — then the on-time rate and the average days; the total row last.
 */
export function Report06Table({
  data,
  loading,
  groupLabel,
}: {
  data: ReportView | undefined;
  loading: boolean;
  groupLabel: string;
}) {
  const t = useT();
  const n = (key: keyof ReportRow, title: string) => ({
    key,
    title,
    align: 'right' as const,
    width: 60,
    render: (_: unknown, r: Row) => formatNumber(r[key] as number),
  });
  const columns: TableColumnsType<Row> = [
    { key: 'no', title: t('procedures.no'), width: 50, align: 'center', render: (_, r) => r.no ?? '' },
    {
      key: 'label',
      title: groupLabel,
      render: (_, r) =>
        r.no === null ? (
          <strong>{r.label}</strong>
        ) : (
          <span style={{ display: 'inline-block', minWidth: 150, maxWidth: 220 }}>{r.label}</span>
        ),
    },
    {
      key: 'received',
      title: t('osReport.received'),
      children: [
        n('received', t('osReport.total')),
        n('carriedOver', t('osReport.carriedOver')),
        {
          key: 'new',
          title: t('osReport.new'),
          children: [n('receivedOnline', t('osReport.online')), n('receivedOffline', t('osReport.offline'))],
        },
      ],
    },
    {
      key: 'finished',
      title: t('osReport.finished'),
      children: [
        n('finished', t('osReport.total')),
        n('finishedEarly', t('osReport.early')),
        n('finishedOnTime', t('osReport.onTime')),
        n('finishedLate', t('osReport.late')),
      ],
    },
    {
      key: 'inProcess',
      title: t('osReport.inProcess'),
      children: [
        n('inProcess', t('osReport.total')),
        n('inProcessWithinTime', t('osReport.withinTime')),
        n('inProcessOverdue', t('osReport.overdue')),
      ],
    },
    {
      key: 'onTimeRate',
      title: t('osReport.onTimeRate'),
      align: 'right',
      width: 72,
      render: (_, r) => (r.onTimeRate === null ? t('common.none') : percent(r.onTimeRate)),
    },
    {
      key: 'averageDays',
      title: t('osReport.averageDays'),
      align: 'right',
      width: 72,
      render: (_, r) => (r.averageDays === null ? t('common.none') : formatNumber(Math.round(r.averageDays * 10) / 10)),
    },
  ];
  const rows: Row[] = data
    ? [
        ...data.rows.map((r, i) => ({ ...r, no: i + 1 })),
        { ...data.total, key: '__total', label: t('osReport.totalRow'), no: null },
      ]
    : [];
  return (
    <section aria-label={t('osReport.table')}>
      <Table<Row>
        bordered
        size="small"
        rowKey="key"
        loading={loading}
        pagination={false}
        dataSource={data && data.rows.length ? rows : []}
        columns={columns}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <EmptyText loading={loading}>{t('osReport.empty')}</EmptyText> }}
      />
    </section>
  );
}
