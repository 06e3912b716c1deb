import { Link } from 'react-router';
import { Card, Descriptions, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTaskResults } from './api.ts';
import { useTaskLabels } from './labels.ts';
import { formatRate } from './results.ts';

/**
 * "Kết quả thực hiện chương trình công tác năm …" of one unit, beside the yearly ratings grid: the officer rating
 * the unit sees how its tasks ended up (counted by the server's rules, as the results page shows them).
 */
export function TaskResultsCard({ orgId, year }: { orgId: string; year: number }) {
  const t = useT();
  const labels = useTaskLabels();
  const { data, error, isPending } = useTaskResults(year, orgId);
  // The unit's own row when it is in charge of tasks; otherwise its subtree's totals.
  const counts = data?.items.find((r) => r.orgId === orgId) ?? data?.totals;
  const link = `/tasks/results?year=${year}&orgId=${encodeURIComponent(orgId)}`;
  return (
    <Card
      size="small"
      title={t('wt.card.title', { year })}
      extra={<Link to={link}>{t('wt.card.details')}</Link>}
      loading={isPending && !error}
      style={{ marginBottom: 16 }}
    >
      {error ? (
        <Typography.Text type="danger">{problemText(error, t)}</Typography.Text>
      ) : !counts || counts.total === 0 ? (
        <Typography.Text type="secondary">{t('wt.card.none', { year })}</Typography.Text>
      ) : (
        <Descriptions size="small" column={{ xs: 2, sm: 4, lg: 8 }} colon={false} layout="vertical">
          <Descriptions.Item label={t('wt.results.total')}>{counts.total}</Descriptions.Item>
          <Descriptions.Item label={t('wt.results.done')}>{counts.done}</Descriptions.Item>
          <Descriptions.Item label={labels.result('on_time')}>{counts.onTime}</Descriptions.Item>
          <Descriptions.Item label={labels.result('extended')}>{counts.extended}</Descriptions.Item>
          <Descriptions.Item label={labels.result('late')}>{counts.late}</Descriptions.Item>
          <Descriptions.Item label={labels.result('not_done')}>{counts.notDone}</Descriptions.Item>
          <Descriptions.Item label={labels.result('pending')}>{counts.pending}</Descriptions.Item>
          <Descriptions.Item label={t('wt.results.rate')}>
            <strong>{formatRate(counts.onTimeRate)}</strong>
          </Descriptions.Item>
        </Descriptions>
      )}
      {data && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('wt.asOf', { date: formatDate(data.asOf) })}
        </Typography.Text>
      )}
    </Card>
  );
}
