import { Card, Timeline, Typography } from 'antd';
import type { ProposalView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { PROPOSAL_STATUS_COLORS, useProposalLabels } from './labels.ts';

/** Who moved the dossier when, and why (newest first). */
export function ProposalTimeline({ proposal }: { proposal: ProposalView }) {
  const t = useT();
  const labels = useProposalLabels();
  const history = proposal.transitions
    .map((tr, index) => ({ tr, index }))
    .sort((a, b) => (a.tr.at < b.tr.at ? 1 : a.tr.at > b.tr.at ? -1 : b.index - a.index))
    .map(({ tr }) => tr);
  return (
    <Card title={t('proposals.history')} style={{ marginBottom: 16 }}>
      <div style={{ maxHeight: 320, overflow: 'auto', paddingTop: 8 }}>
        <Timeline
          items={history.map((tr) => {
            const color = PROPOSAL_STATUS_COLORS[tr.toStatus];
            return {
              key: tr.id,
              color: color === 'default' ? 'gray' : color,
              content: (
                <div>
                  <Typography.Text strong>
                    {tr.action ? labels.action[tr.action] : t('proposals.createdEntry')}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    → {labels.status[tr.toStatus]} — {tr.actorName}, {formatDateTime(tr.at)}
                  </Typography.Text>
                  {tr.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{tr.reason}</div>}
                </div>
              ),
            };
          })}
        />
      </div>
    </Card>
  );
}
