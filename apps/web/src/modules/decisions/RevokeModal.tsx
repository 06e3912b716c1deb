import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { App, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useProblemHandler } from '../../api/problems.ts';
import type { DecisionView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useRevokeDecision } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  reason: string;
  signedOn: Dayjs | null;
  signer: string;
  signerTitle: string;
}

/** "Thu hồi quyết định": a revocation decision with its reason; the awards it conferred are withdrawn. */
export function RevokeModal({
  decision,
  open,
  onClose,
}: {
  decision: DecisionView;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const revoke = useRevokeDecision(decision.id);

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        reason: '',
        signedOn: dayjs(),
        signer: decision.signer,
        signerTitle: decision.signerTitle || 'GIÁM ĐỐC',
      });
  }, [open, form, decision]);

  const onOk = async () => {
    const v = await form.validateFields();
    try {
      const result = await revoke.mutateAsync({
        reason: v.reason,
        signedOn: dayjsToIso(v.signedOn) ?? '',
        signer: v.signer,
        signerTitle: v.signerTitle,
      });
      void message.success(t('decisions.revokedOk', { number: decision.number }));
      onClose();
      guard.saved();
      if (result.id !== decision.id) void navigate(`/decisions/${result.id}`);
    } catch (e) {
      handle(e, { form });
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={open}
      title={t('decisions.revokeTitle', { number: decision.number })}
      okText={t('decisions.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={revoke.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical">
        <Form.Item name="reason" label={t('decisions.revokeReason')} rules={[required(t('decisions.revokeReason'))]}>
          <Input.TextArea {...limit(1000)} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          name="signedOn"
          label={t('decisions.signedOn')}
          rules={[
            dateRule,
            { required: true, message: t('common.requiredSelect', { field: t('decisions.signedOn') }) },
          ]}
        >
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="signer" label={t('decisions.signer')} rules={[required(t('decisions.signer'))]}>
          <Input {...limit(120)} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('decisions.signerTitle')}>
          <Select
            options={['GIÁM ĐỐC', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'].map((s) => ({
              value: s,
              label: s.replace('\n', ' – '),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
