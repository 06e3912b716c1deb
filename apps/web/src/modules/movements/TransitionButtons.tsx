import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import type { MovementAction } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { MovementView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useTransition } from './api.ts';
import { useMovementLabels } from './labels.ts';

/** One button per transition the server allows; a modal asks for an optional reason. */
export function TransitionButtons({ movement, onReload }: { movement: MovementView; onReload: () => void }) {
  const t = useT();
  const labels = useMovementLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const transition = useTransition();
  const [action, setAction] = useState<MovementAction | null>(null);
  const [reason, setReason] = useState('');

  const actions = movement.abilities.transitions;
  if (!actions.length) return null;

  const onOk = async () => {
    if (!action) return;
    try {
      await transition.mutateAsync({ id: movement.id, action, reason: reason.trim(), version: movement.version });
      void message.success(t('movements.transitioned', { action: labels.action[action] }));
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
            onClick={() => {
              setReason('');
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
        okText={t('movements.confirm')}
        cancelText={t('common.cancel')}
        onOk={() => void onOk()}
        onCancel={() => setAction(null)}
        confirmLoading={transition.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {action && t('movements.transitionConfirm', { action: labels.action[action], name: movement.name })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('movements.reason')} htmlFor="transition-reason">
            <Input.TextArea
              id="transition-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
