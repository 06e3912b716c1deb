import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import type { TransitionView } from '@thidua/contracts';
import { WORKFLOWS, labelsOf, type WorkflowEntity } from '@thidua/domain';
import { useI18n } from '../i18n/index.tsx';

export type Transition = z.infer<typeof TransitionView>;

/** The step's time as a clerk reads it: dd/mm/yyyy HH:mm. */
const when = (iso: string) => {
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : iso;
};

/**
 * A record's status history, newest first, for every area: what was done,
 * from which status to which, by whom, when, and why. Labels come from the
 * area's workflow in packages/domain, in the interface's language.
 */
export function TransitionTimeline({
  entity,
  items,
  colors,
  createdLabel,
  maxHeight = 320,
}: {
  entity: WorkflowEntity;
  items: readonly Transition[];
  /** Tag colour per status, as the area's lists show it. */
  colors?: Readonly<Record<string, string>>;
  /** What the creation step is called in this area ("Tạo hồ sơ"). */
  createdLabel?: string;
  maxHeight?: number;
}) {
  const { t, lang } = useI18n();
  const labels = labelsOf(WORKFLOWS[entity], lang);
  const status = labels.state;
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.empty')} />;
  const history = [...items].sort((a, b) => b.seq - a.seq);
  return (
    <div style={{ maxHeight, overflow: 'auto', paddingTop: 8 }}>
      <Timeline
        items={history.map((tr) => {
          const color = colors?.[tr.toStatus];
          return {
            key: tr.id,
            color: !color || color === 'default' ? 'gray' : color,
            content: (
              <div>
                <Typography.Text strong>
                  {tr.action ? labels.action(tr.action) : (createdLabel ?? t('workflow.created'))}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {tr.fromStatus
                    ? t('workflow.fromTo', { from: status(tr.fromStatus), to: status(tr.toStatus) })
                    : `→ “${status(tr.toStatus)}”`}{' '}
                  — {tr.actorName}, {when(tr.at)}
                </Typography.Text>
                {tr.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{tr.reason}</div>}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
