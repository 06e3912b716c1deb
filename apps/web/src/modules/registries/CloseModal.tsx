import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { REGISTRY_STATUSES, type RegistryKind } from '@thidua/contracts';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useCloseRegistry, type RegistryRecord } from './api.ts';
import { labelsOf } from './fields.ts';

/** Ends a record from a date with a reason; the row stays, so counts before that date are unchanged. */
export function CloseModal(props: {
  kind: RegistryKind;
  record: RegistryRecord;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { kind, record } = props;
  const t = useT();
  const { message } = App.useApp();
  const onError = useProblemHandler();
  const [form] = Form.useForm();
  const close = useCloseRegistry(kind);
  const labels = labelsOf(kind, t);
  const statuses = REGISTRY_STATUSES[kind].closing as readonly string[];
  const submit = async () => {
    const v = (await form.validateFields()) as { validTo: never; status: string; reason: string };
    try {
      await close.mutateAsync({
        id: record.id,
        body: { version: record.version, validTo: dayjsToIso(v.validTo), status: v.status, reason: v.reason },
      });
      void message.success(t('reg.closedDone'));
      props.onDone();
    } catch (e) {
      onError(e, { form });
    }
  };
  return (
    <Modal
      open
      title={t('reg.closeTitle')}
      okText={t('reg.close')}
      okButtonProps={{ danger: true, loading: close.isPending }}
      cancelText={t('reg.cancel')}
      onOk={() => void submit()}
      onCancel={props.onCancel}
    >
      <Typography.Paragraph type="secondary">{t('reg.closeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ status: statuses[0] }}>
        <Form.Item
          name="validTo"
          label={t('reg.closeFrom')}
          rules={[{ required: true, message: t('reg.closeFrom') }, dateRule]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="status" label={t('reg.closeStatus')}>
          <Select options={statuses.map((s) => ({ value: s, label: labels.status(s) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('reg.closeReason')}
          rules={[{ required: true, message: t('reg.closeReason') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
