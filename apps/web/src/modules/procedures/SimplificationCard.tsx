import { Table, Typography } from 'antd';
import { simplificationOf, type SimplificationFigures } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { useProcedureLabels } from './labels.ts';
import type { ProcedureVersion } from './types.ts';

interface Amendment {
  before: ProcedureVersion;
  after: ProcedureVersion;
  figures: SimplificationFigures;
}

/**
 * "Kết quả đơn giản hóa" of one procedure (reference §10.2): each published amendment against the version it
 * replaced — time limit and compliance cost per dossier before and after, the previous version's dossiers a
 * year, and the yearly saving.
 */
export function SimplificationCard({ versions }: { versions: ProcedureVersion[] }) {
  const t = useT();
  const labels = useProcedureLabels();
  const published = versions.filter((v) => v.status !== 'draft').sort((a, b) => a.seq - b.seq);
  const amendments: Amendment[] = published.slice(1).map((after, i) => {
    const before = published[i]!;
    const side = (v: ProcedureVersion) => ({
      timeAmount: v.time.amount,
      timeUnit: v.time.unit,
      complianceCost: v.complianceCost,
      yearlyDossiers: v.yearlyDossiers,
    });
    return { before, after, figures: simplificationOf(side(before), side(after), 'dossiers_per_year') };
  });
  if (!amendments.length)
    return <Typography.Text type="secondary">{t('procedures.simplificationNone')}</Typography.Text>;
  const none = t('common.none');
  const notes = [...new Set(amendments.map((a) => a.figures.note).filter(Boolean))];
  return (
    <div data-testid="simplification">
      <Table<Amendment>
        size="small"
        pagination={false}
        rowKey={(a) => a.after.id}
        dataSource={amendments}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'seq', title: t('procedures.amendment'), render: (_, a) => `${a.before.seq} → ${a.after.seq}` },
          {
            key: 'time',
            title: t('procedures.timeBeforeAfter'),
            render: (_, a) =>
              `${labels.time(a.before.time.amount, a.before.time.unit)} → ${labels.time(a.after.time.amount, a.after.time.unit)}`,
          },
          {
            key: 'daysCut',
            title: t('procedures.daysCut'),
            align: 'right',
            render: (_, a) => (a.figures.daysCut === null ? none : formatNumber(a.figures.daysCut)),
          },
          {
            key: 'cost',
            title: t('procedures.costBeforeAfter'),
            render: (_, a) => `${formatMoney(a.before.complianceCost)} → ${formatMoney(a.after.complianceCost)}`,
          },
          {
            key: 'perYear',
            title: t('procedures.dossiersPerYear'),
            align: 'right',
            render: (_, a) => formatNumber(a.before.yearlyDossiers),
          },
          {
            key: 'costCut',
            title: t('procedures.yearlySaving'),
            align: 'right',
            render: (_, a) => formatMoney(a.figures.costCut),
          },
        ]}
      />
      {notes.map((note) => (
        <Typography.Paragraph key={note} type="secondary" style={{ margin: '8px 0 0' }}>
          {note}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
