import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatMoney, formatNumber } from '../../lib/format.ts';
import type { SimplificationItem } from './types.ts';

/** Each amendment counted in the figures: the procedure, its decision, time and cost before and after. */
export function SimplificationItems({ items }: { items: SimplificationItem[] }) {
  const t = useT();
  return (
    <Table<SimplificationItem>
      size="small"
      rowKey={(i) => `${i.procedureId}:${i.versionSeq}`}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'code', title: t('procedures.code'), dataIndex: 'code' },
        {
          key: 'name',
          title: t('procedures.name'),
          render: (_, i) => (
            <Link to={`/procedures/${i.procedureId}`} style={{ display: 'inline-block', minWidth: 200, maxWidth: 340 }}>
              {i.name}
            </Link>
          ),
        },
        {
          key: 'decision',
          title: t('procedures.decision'),
          render: (_, i) => (
            <>
              {i.decisionNo || t('common.none')}
              {i.effectiveFrom && <Typography.Text type="secondary"> ({formatDate(i.effectiveFrom)})</Typography.Text>}
            </>
          ),
        },
        {
          key: 'time',
          title: t('procedures.timeBeforeAfter'),
          render: (_, i) => `${i.timeBefore.label} → ${i.timeAfter.label}`,
        },
        {
          key: 'daysCut',
          title: t('procedures.daysCut'),
          align: 'right',
          render: (_, i) => (i.daysCut === null ? t('common.none') : formatNumber(i.daysCut)),
        },
        {
          key: 'cost',
          title: t('procedures.costBeforeAfter'),
          render: (_, i) => `${formatMoney(i.costBefore)} → ${formatMoney(i.costAfter)}`,
        },
        {
          key: 'yearly',
          title: t('procedures.dossiersPerYear'),
          align: 'right',
          render: (_, i) => formatNumber(i.yearlyDossiers),
        },
        {
          key: 'costCut',
          title: t('procedures.costCutYear'),
          align: 'right',
          render: (_, i) => formatMoney(i.costCut),
        },
      ]}
    />
  );
}
