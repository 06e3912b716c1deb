import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { AwardRecordView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

/** Asks why a record is withdrawn: legal records are kept with the reason, never erased. */
export function WithdrawAwardModal({
  record,
  onCancel,
  onWithdraw,
}: {
  record: AwardRecordView | null;
  onCancel: () => void;
  onWithdraw: (reason: string) => Promise<void>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const guard = useFormGuard({ form, active: record !== null });
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={record !== null}
      title={record ? t('history.withdrawTitle', { name: record.awardName, year: record.year }) : ''}
      okText={t('history.withdraw')}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
      onOk={async () => {
        const { reason } = await form.validateFields();
        setBusy(true);
        try {
          await onWithdraw(reason.trim());
          guard.saved();
        } finally {
          setBusy(false);
        }
      }}
    >
      <Alert type="info" showIcon title={t('history.withdrawHint')} style={{ marginBottom: 16 }} />
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical">
        <Form.Item
          name="reason"
          label={t('history.withdrawReason')}
          rules={[{ required: true, whitespace: true, message: t('history.withdrawReasonRequired') }]}
        >
          <Input.TextArea rows={3} {...limit(500, true)} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
