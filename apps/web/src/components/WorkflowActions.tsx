import { useEffect, useState, type ReactNode } from 'react';
import { App, Button, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import { WORKFLOWS, labelsOf, type WorkflowEntity } from '@thidua/domain';
import { isApiError } from '../api/client.ts';
import { problemText, useProblemHandler } from '../api/problems.ts';
import { useI18n } from '../i18n/index.tsx';
import { limit } from './textLimit.ts';
import { useUnsavedChanges } from './UnsavedChanges.tsx';

export interface WorkflowRun {
  action: string;
  reason: string;
  /** The record's version as the user saw it: the server refuses a stale step with 409. */
  version: number;
}

/**
 * One button per action the server says the user may take now (its
 * `abilities`), labelled from the area's workflow. A modal confirms the step
 * and asks for the reason (required when the workflow says so); the step is
 * sent with the version the user saw. A 409 explains itself in Vietnamese: a
 * stale page offers a reload, a refused step says why and reloads.
 */
export function WorkflowActions({
  entity,
  actions,
  version,
  name,
  run,
  onReload,
  pending,
  danger = [],
  confirm = true,
  doneText,
  extra,
  reasonOptional,
  onOpen,
  modalWidth,
  unavailable = [],
}: {
  entity: WorkflowEntity;
  actions: readonly string[];
  /**
   * Actions of the user's role that a rule closes now, with the server's reason: drawn disabled with the
   * reason beside them, never offered and then refused.
   */
  unavailable?: readonly { action: string; reason: string }[];
  version: number;
  /** The record's name, in the confirmation. */
  name: string;
  run: (step: WorkflowRun) => Promise<unknown>;
  onReload: () => void;
  pending?: boolean;
  /** Actions drawn as dangerous (reject, close…). */
  danger?: readonly string[];
  /** Off: an action that needs no reason runs on the click, without a modal. */
  confirm?: boolean;
  /** The success message; defaults to "Đã thực hiện: {action}.". */
  doneText?: (action: string, label: string) => string;
  /** More fields in the modal for an action (a reason per item…). */
  extra?: (action: string) => ReactNode;
  /** Whether the reason an action requires may be left out now (given another way). */
  reasonOptional?: (action: string) => boolean;
  onOpen?: (action: string) => void;
  modalWidth?: (action: string) => number;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [action, setAction] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const labels = labelsOf(WORKFLOWS[entity], lang);
  // A reason being typed is work: leaving the page (Back, a link, reload) asks first.
  const setDirty = useUnsavedChanges();
  useEffect(() => setDirty(action !== null && reason.trim() !== ''), [action, reason, setDirty]);
  if (!actions.length && !unavailable.length) return null;

  const label = labels.action;
  const required = (a: string) => labels.reasonRequired(a) && !reasonOptional?.(a);

  const submit = async (a: string, text: string) => {
    // The step may take the user elsewhere once done: the reason is no longer unsaved work.
    setDirty(false);
    try {
      await run({ action: a, reason: text.trim(), version });
      void message.success(doneText ? doneText(a, label(a)) : t('workflow.done', { action: label(a) }));
      setAction(null);
    } catch (e) {
      setDirty(text.trim() !== '');
      if (isApiError(e) && e.status === 409 && e.code !== 'stale_version') {
        // The record moved on (another step was taken): say why, and show it as it is now.
        void message.error({
          content: t('workflow.refused', { action: label(a), detail: problemText(e, t) }),
          duration: 8,
        });
        setAction(null);
        onReload();
      } else handle(e, { onReload });
    }
  };

  const open = (a: string) => {
    setReason('');
    setReasonError(null);
    onOpen?.(a);
    if (!confirm && !required(a)) void submit(a, '');
    else setAction(a);
  };

  const onOk = async () => {
    if (!action) return;
    if (required(action) && !reason.trim()) {
      setReasonError(t('workflow.reasonRequired'));
      return;
    }
    await submit(action, reason);
  };

  return (
    <div style={{ display: 'inline-block', maxWidth: '100%' }}>
      <Space wrap>
        {actions.map((a, index) => (
          <Button
            key={a}
            type={index === 0 && !danger.includes(a) ? 'primary' : 'default'}
            danger={danger.includes(a)}
            loading={pending && action === null && !confirm}
            onClick={() => open(a)}
          >
            {label(a)}
          </Button>
        ))}
        {unavailable.map((u) => (
          <Tooltip key={u.action} title={u.reason}>
            <Button disabled aria-describedby={`unavailable-${u.action}`}>
              {label(u.action)}
            </Button>
          </Tooltip>
        ))}
      </Space>
      {unavailable.map((u) => (
        <Typography.Paragraph
          key={u.action}
          id={`unavailable-${u.action}`}
          type="secondary"
          style={{ margin: '4px 0 0', maxWidth: 560 }}
        >
          {u.reason}
        </Typography.Paragraph>
      ))}
      <Modal
        open={action !== null}
        title={action ? label(action) : ''}
        okText={t('workflow.confirm')}
        okButtonProps={{ danger: action ? danger.includes(action) : false }}
        cancelText={t('common.cancel')}
        onOk={() => void onOk()}
        onCancel={() => setAction(null)}
        confirmLoading={pending}
        width={action ? (modalWidth?.(action) ?? 520) : 520}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {action && t('workflow.confirmText', { action: label(action), name })}
        </Typography.Paragraph>
        <Form layout="vertical">
          {action && extra?.(action)}
          <Form.Item
            label={action && required(action) ? t('workflow.reason') : t('workflow.reasonOptional')}
            htmlFor="workflow-reason"
            required={action ? required(action) : false}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? undefined}
          >
            <Input.TextArea
              id="workflow-reason"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              {...limit(2000)}
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
