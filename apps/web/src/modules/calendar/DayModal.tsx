import { useEffect } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DAY_KINDS } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useSaveDay } from './api.ts';
import type { CalendarDayView, DayKind } from './types.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  date: Dayjs | null;
  kind: DayKind;
  name: string;
  legalBasis: string;
}

export interface DayModalProps {
  open: boolean;
  /** The day being edited; absent when adding one to `year`. */
  day?: CalendarDayView;
  year: number;
  onClose: () => void;
}

/** Add or edit a holiday, a day off in lieu or a make-up working day; the server's refusals land on the fields. */
export function DayModal({ open, day, year, onClose }: DayModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSaveDay();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      day
        ? { date: isoToDayjs(day.date), kind: day.kind, name: day.name, legalBasis: day.legalBasis }
        : { date: null, kind: 'holiday', name: '', legalBasis: '' },
    );
  }, [open, day, form]);

  const onFinish = async (v: Values) => {
    const input = { date: dayjsToIso(v.date) ?? '', kind: v.kind, name: v.name ?? '', legalBasis: v.legalBasis ?? '' };
    try {
      await save.mutateAsync({ id: day?.id, version: day?.version, input });
      guard.saved();
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={open}
      title={day ? t('calendar.editDay') : t('calendar.addDay', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="calendarDay"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="date"
          label={t('calendar.date')}
          rules={[
            dateRule,
            { required: true, message: t('common.requiredSelect', { field: t('calendar.date').toLowerCase() }) },
          ]}
        >
          <DateField style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} extra={t('calendar.kindHint')}>
          <Select<DayKind> options={DAY_KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[{ required: true, message: t('common.required', { field: t('calendar.name').toLowerCase() }) }]}
        >
          <Input {...limit(200)} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('calendar.legalBasis')}>
          <Input {...limit(300)} placeholder={t('calendar.legalBasisPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
