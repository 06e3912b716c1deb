import { useState } from 'react';
import { Form, Input, Space, Typography } from 'antd';
import type { ProposalAction } from '@thidua/domain';
import type { ProposalView } from '../../api/types.ts';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { useT } from '../../i18n/index.tsx';
import { useProposalTransition } from './api.ts';
import { limit } from '../../components/textLimit.ts';

/** The dossier's steps the server allows; returning it asks, besides the reason, what each item must supplement. */
export function ProposalActions({ proposal, onReload }: { proposal: ProposalView; onReload: () => void }) {
  const t = useT();
  const transition = useProposalTransition();
  const [itemReasons, setItemReasons] = useState<Record<string, string>>({});
  // "Ban hành quyết định" goes through the decision page; the council's close goes through the session.
  const actions = proposal.abilities.actions.filter((a) => a !== 'decide' && a !== 'close_vote');
  const given = () =>
    Object.entries(itemReasons)
      .filter(([, r]) => r.trim())
      .map(([itemId, r]) => ({ itemId, reason: r.trim() }));

  return (
    <WorkflowActions
      entity="proposal"
      actions={actions}
      unavailable={proposal.abilities.unavailable.filter((u) => u.action !== 'decide')}
      version={proposal.version}
      name={proposal.title}
      danger={['reject']}
      pending={transition.isPending}
      onReload={onReload}
      onOpen={() => setItemReasons({})}
      // A return names what to supplement per item; the general reason is then optional (the server reads either).
      reasonOptional={(a) => a === 'return' && given().length > 0}
      modalWidth={(a) => (a === 'return' ? 760 : 520)}
      run={(step) =>
        transition.mutateAsync({
          id: proposal.id,
          ...step,
          action: step.action as ProposalAction,
          itemReasons: step.action === 'return' ? given() : [],
        })
      }
      extra={(a) =>
        a === 'return' && (
          <Form.Item label={t('proposals.itemReasons')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {proposal.items.map((item) => (
                <div key={item.id}>
                  <Typography.Text>
                    {item.subjectName} — {item.awardName}
                  </Typography.Text>
                  <Input
                    aria-label={t('proposals.itemReasonOf', { name: item.subjectName })}
                    value={itemReasons[item.id] ?? ''}
                    onChange={(e) => setItemReasons((prev) => ({ ...prev, [item.id]: e.target.value }))}
                    {...limit(1000)}
                    placeholder={t('proposals.itemReasonPlaceholder')}
                  />
                </div>
              ))}
            </Space>
          </Form.Item>
        )
      }
    />
  );
}
