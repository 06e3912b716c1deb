import { Card, Steps, Typography } from 'antd';
import type { MovementStatus } from '@thidua/domain';
import type { MovementView } from '../../api/types.ts';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { useT } from '../../i18n/index.tsx';
import { STATUS_COLORS, useMovementLabels } from './labels.ts';

const STAGES: MovementStatus[] = ['draft', 'launched', 'in_progress', 'interim_review', 'final_review', 'closed'];

/** Where the movement stands among its stages, and who moved it when (newest first). */
export function StageTimeline({ movement }: { movement: MovementView }) {
  const t = useT();
  const labels = useMovementLabels();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        current={STAGES.indexOf(movement.status)}
        status={movement.status === 'closed' ? 'finish' : 'process'}
        items={STAGES.map((s) => ({ title: labels.status[s] }))}
        aria-label={t('movements.stages')}
        style={{ marginBottom: 20 }}
      />
      <Typography.Text strong>{t('movements.history')}</Typography.Text>
      <TransitionTimeline
        entity="movement"
        items={movement.transitions}
        colors={STATUS_COLORS}
        createdLabel={t('movements.createdEntry')}
        maxHeight={200}
      />
    </Card>
  );
}
