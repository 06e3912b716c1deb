import { Card, Steps, Timeline, Typography } from 'antd';
import type { MovementStatus } from '@thidua/domain';
import type { MovementView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { STATUS_COLORS, useMovementLabels } from './labels.ts';

const STAGES: MovementStatus[] = ['draft', 'launched', 'in_progress', 'interim_review', 'final_review', 'closed'];

/** Where the movement stands among its stages, and who moved it when (newest first). */
export function StageTimeline({ movement }: { movement: MovementView }) {
  const t = useT();
  const labels = useMovementLabels();
  const current = STAGES.indexOf(movement.status);
  // Newest first; transitions recorded at the same instant keep their recorded order, reversed.
  const history = movement.transitions
    .map((tr, index) => ({ tr, index }))
    .sort((a, b) => (a.tr.at < b.tr.at ? 1 : a.tr.at > b.tr.at ? -1 : b.index - a.index))
    .map(({ tr }) => tr);
  return (
    <Card style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        current={current}
        status={movement.status === 'closed' ? 'finish' : 'process'}
        items={STAGES.map((s) => ({ title: labels.status[s] }))}
        aria-label={t('movements.stages')}
        style={{ marginBottom: 20 }}
      />
      <Typography.Text strong>{t('movements.history')}</Typography.Text>
      <div style={{ maxHeight: 200, overflow: 'auto', paddingTop: 12 }}>
        <Timeline
          items={history.map((tr) => ({
            key: tr.id,
            color: STATUS_COLORS[tr.toStatus] === 'default' ? 'gray' : STATUS_COLORS[tr.toStatus],
            content: (
              <div>
                <Typography.Text strong>
                  {tr.action ? labels.action[tr.action] : t('movements.createdEntry')}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  — {tr.actorName}, {formatDateTime(tr.at)}
                </Typography.Text>
                {tr.reason && <div>{tr.reason}</div>}
              </div>
            ),
          }))}
        />
      </div>
    </Card>
  );
}
