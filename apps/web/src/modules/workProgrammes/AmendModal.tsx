import { useEffect } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Form, Input, Modal } from 'antd';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useProgrammeWrites } from './api.ts';
import type { ProgrammeView } from './types.ts';

interface Values {
  reason: string;
  decisionNumber?: string;
  decisionDate?: DateValue;
}

/** "Điều chỉnh chương trình": opens the next amendment of an issued programme, with its reason and decision. */
export function AmendModal({
  open,
  programme: p,
  onClose,
}: {
  open: boolean;
  programme: ProgrammeView;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const amend = useProgrammeWrites(p.id).amend;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onFinish = async (v: Values) => {
    try {
      await amend.mutateAsync({
        reason: v.reason.trim(),
        decisionNumber: v.decisionNumber?.trim() ?? '',
        decisionDate: dayjs.isDayjs(v.decisionDate) ? dayjsToIso(v.decisionDate) : null,
        version: p.version,
      });
      void message.success(t('wp.amended', { n: p.amendment + 1 }));
      guard.saved();
      onClose();
    } catch (e) {
      handle(e, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={open}
      title={t('wp.amend')}
      okText={t('wp.amendOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={amend.isPending}
      forceRender
    >
      <Alert type="info" showIcon title={t('wp.amendHelp', { n: p.amendment + 1 })} style={{ marginBottom: 16 }} />
      <Form<Values>
        name="workProgrammeAmend"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="reason"
          label={t('wp.amendReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('wp.amendReason').toLowerCase() }),
            },
          ]}
        >
          <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('wp.amendDecisionNumber')}>
          <Input {...limit(60)} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('wp.amendDecisionDate')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
