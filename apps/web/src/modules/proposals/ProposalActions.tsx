import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { PROPOSAL_TRANSITIONS, type ProposalAction } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { ProposalView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useProposalTransition } from './api.ts';
import { useProposalLabels } from './labels.ts';

/** One button per action the server allows; a modal for the reason (and, to return, a reason per item). */
export function ProposalActions({ proposal, onReload }: { proposal: ProposalView; onReload: () => void }) {
  const t = useT();
  const labels = useProposalLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const transition = useProposalTransition();
  const [action, setAction] = useState<ProposalAction | null>(null);
  const [reason, setReason] = useState('');
  const [itemReasons, setItemReasons] = useState<Record<string, string>>({});
  const [reasonError, setReasonError] = useState<string | null>(null);

  // "Ban hành quyết định" goes through the decision page; the council's close goes through the session.
  const actions = proposal.abilities.actions.filter((a) => a !== 'decide' && a !== 'close_vote');
  if (!actions.length) return null;
  // A return names what to supplement per item; the general reason is then optional (the server reads either).
  const itemReasonGiven = action === 'return' && Object.values(itemReasons).some((r) => r.trim());
  const needsReason = action ? Boolean(PROPOSAL_TRANSITIONS[action].needsReason) && !itemReasonGiven : false;

  const onOk = async () => {
    if (!action) return;
    if (needsReason && !reason.trim()) {
      setReasonError(t('proposals.reasonRequired'));
      return;
    }
    try {
      await transition.mutateAsync({
        id: proposal.id,
        action,
        reason: reason.trim(),
        itemReasons:
          action === 'return'
            ? Object.entries(itemReasons)
                .filter(([, r]) => r.trim())
                .map(([itemId, r]) => ({ itemId, reason: r.trim() }))
            : [],
        version: proposal.version,
      });
      void message.success(t('proposals.transitioned', { action: labels.action[action] }));
      setAction(null);
    } catch (e) {
      handle(e, { onReload });
    }
  };

  return (
    <>
      <Space wrap>
        {actions.map((a, index) => (
          <Button
            key={a}
            type={index === 0 ? 'primary' : 'default'}
            danger={a === 'reject'}
            onClick={() => {
              setReason('');
              setItemReasons({});
              setReasonError(null);
              setAction(a);
            }}
          >
            {labels.action[a]}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? labels.action[action] : ''}
        okText={t('proposals.confirm')}
        okButtonProps={{ danger: action === 'reject' }}
        cancelText={t('common.cancel')}
        onOk={() => void onOk()}
        onCancel={() => setAction(null)}
        confirmLoading={transition.isPending}
        width={action === 'return' ? 760 : 520}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {action && t('proposals.transitionConfirm', { action: labels.action[action], name: proposal.title })}
        </Typography.Paragraph>
        <Form layout="vertical">
          {action === 'return' && (
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
                      maxLength={1000}
                      placeholder={t('proposals.itemReasonPlaceholder')}
                    />
                  </div>
                ))}
              </Space>
            </Form.Item>
          )}
          <Form.Item
            label={action === 'return' ? t('proposals.generalReason') : t('proposals.reason')}
            htmlFor="proposal-reason"
            required={needsReason}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? undefined}
          >
            <Input.TextArea
              id="proposal-reason"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
