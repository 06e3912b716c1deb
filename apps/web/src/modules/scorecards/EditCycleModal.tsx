import { useEffect } from 'react';
import dayjs from 'dayjs';
import { App, Form, Input, Modal } from 'antd';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useUpdateScorecard } from './api.ts';
import type { ScorecardView } from './types.ts';

interface Values {
  name: string;
  selfDue?: DateValue;
  appraisalDue?: DateValue;
  decisionNumber?: string;
  decisionDate?: DateValue;
  decisionSigner?: string;
  note?: string;
}

const iso = (v: DateValue) => (dayjs.isDayjs(v) ? dayjsToIso(v) : null);

/** The cycle's name, due dates and announcing decision (the office). */
export function EditCycleModal({
  open,
  scorecard: s,
  onClose,
}: {
  open: boolean;
  scorecard: ScorecardView;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const update = useUpdateScorecard(s.id);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      name: s.name,
      selfDue: isoToDayjs(s.selfDue),
      appraisalDue: isoToDayjs(s.appraisalDue),
      decisionNumber: s.decisionNumber,
      decisionDate: isoToDayjs(s.decisionDate),
      decisionSigner: s.decisionSigner,
      note: s.note,
    });
  }, [open, s, form]);

  const onFinish = async (v: Values) => {
    try {
      await update.mutateAsync({
        name: v.name.trim(),
        selfDue: iso(v.selfDue),
        appraisalDue: iso(v.appraisalDue),
        decisionNumber: v.decisionNumber?.trim() ?? '',
        decisionDate: iso(v.decisionDate),
        decisionSigner: v.decisionSigner?.trim() ?? '',
        note: v.note ?? '',
        version: s.version,
      });
      void message.success(t('common.saved'));
      guard.saved();
      onClose();
    } catch (e) {
      handle(e, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={open}
      title={t('sc.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      forceRender
    >
      <Form<Values>
        name="scorecardEdit"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('sc.name')}
          rules={[{ required: true, message: t('common.required', { field: t('sc.name').toLowerCase() }) }]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="selfDue" label={t('sc.selfDue')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
        <Form.Item name="appraisalDue" label={t('sc.appraisalDue')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('sc.decisionNumber')}>
          <Input {...limit(60)} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('sc.decisionDate')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
        <Form.Item name="decisionSigner" label={t('sc.decisionSigner')}>
          <Input {...limit(200)} />
        </Form.Item>
        <Form.Item name="note" label={t('sc.note')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
