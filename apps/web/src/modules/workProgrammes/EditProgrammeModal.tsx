import { useEffect } from 'react';
import dayjs from 'dayjs';
import { App, Form, Input, Modal } from 'antd';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useProgrammeWrites } from './api.ts';
import type { ProgrammeView } from './types.ts';

interface Values {
  title: string;
  decisionNumber?: string;
  decisionDate?: DateValue;
  decisionSigner?: string;
  note?: string;
}

const iso = (v: DateValue) => (dayjs.isDayjs(v) ? dayjsToIso(v) : null);

/** The programme's title, its issuing decision (number, date, signer) and a note (the office). */
export function EditProgrammeModal({
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
  const update = useProgrammeWrites(p.id).update;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      title: p.title,
      decisionNumber: p.decision?.number ?? '',
      decisionDate: isoToDayjs(p.decision?.date),
      decisionSigner: p.decision?.signer ?? '',
      note: p.note,
    });
  }, [open, p, form]);

  const onFinish = async (v: Values) => {
    try {
      await update.mutateAsync({
        title: v.title.trim(),
        decisionNumber: v.decisionNumber?.trim() ?? '',
        decisionDate: iso(v.decisionDate),
        decisionSigner: v.decisionSigner?.trim() ?? '',
        note: v.note ?? '',
        version: p.version,
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
      title={t('wp.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      forceRender
    >
      <Form<Values>
        name="workProgrammeEdit"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="title"
          label={t('wp.programmeTitle')}
          rules={[{ required: true, message: t('common.required', { field: t('wp.programmeTitle').toLowerCase() }) }]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('wp.decisionNumber')}>
          <Input {...limit(60)} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('wp.decisionDate')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
        <Form.Item name="decisionSigner" label={t('wp.decisionSigner')}>
          <Input {...limit(200)} />
        </Form.Item>
        <Form.Item name="note" label={t('wp.note')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
