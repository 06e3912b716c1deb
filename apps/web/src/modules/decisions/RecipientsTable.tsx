import type { ReactNode } from 'react';
import { Table, Typography } from 'antd';
import type { DecisionRecipient, DecisionSummary } from '../../api/types.ts';
import { bonusText } from './bonusText.ts';
import { useT } from '../../i18n/index.tsx';
import { formatMoney } from '../../lib/format.ts';

/** The recipients in the decision's order, with their bonus and the total. */
export function RecipientsTable({
  recipients,
  total,
  note,
  action,
}: {
  recipients: DecisionRecipient[];
  total: number;
  /** What the total means (DecisionSummary.bonusNote); a preview's is the amount, or none. */
  note?: DecisionSummary['bonusNote'];
  action?: (r: DecisionRecipient) => ReactNode;
}) {
  const t = useT();
  return (
    <Table<DecisionRecipient>
      rowKey="position"
      size="small"
      dataSource={recipients}
      pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('decisions.noRecipients') }}
      columns={[
        { key: 'position', title: t('decisions.position'), dataIndex: 'position', width: 60 },
        {
          key: 'name',
          title: t('decisions.recipient'),
          render: (_, r) => (
            <div>
              <Typography.Text strong>{r.name}</Typography.Text>
              {r.detail && <div>{r.detail}</div>}
            </div>
          ),
        },
        { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
        { key: 'award', title: t('proposals.award'), dataIndex: 'awardName' },
        {
          key: 'bonus',
          title: t('decisions.bonus'),
          align: 'right',
          render: (_, r) => (r.bonus === null ? t('common.none') : formatMoney(r.bonus)),
        },
        ...(action
          ? [{ key: 'action', title: t('common.actions'), render: (_: unknown, r: DecisionRecipient) => action(r) }]
          : []),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            <Typography.Text strong>{t('decisions.totalOf', { count: recipients.length })}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <Typography.Text strong>{bonusText(t, total, note)}</Typography.Text>
          </Table.Summary.Cell>
          {action && <Table.Summary.Cell index={5} />}
        </Table.Summary.Row>
      )}
    />
  );
}
