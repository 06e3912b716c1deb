import { useEffect } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate } from '../../lib/format.ts';
import { uploadTaskFile, useTaskWrites } from './api.ts';
import type { TaskView } from './types.ts';

interface Values {
  completedOn: DateValue;
  productNote?: string;
}

/**
 * "Báo hoàn thành": the day the task was done and the product delivered — a file uploaded here (attached to the
 * task) or a note of what was delivered (the document's number, where it was sent).
 */
export function CompleteTaskModal({
  open,
  task,
  onClose,
  onReload,
}: {
  open: boolean;
  task: TaskView;
  onClose: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const { transition } = useTaskWrites(task.id);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ completedOn: dayjs(), productNote: task.productNote });
  }, [open, form, task.productNote]);

  const onFinish = async (v: Values) => {
    try {
      await transition.mutateAsync({
        action: 'complete',
        completedOn: dayjs.isDayjs(v.completedOn) ? (dayjsToIso(v.completedOn) ?? undefined) : undefined,
        productNote: v.productNote?.trim() ?? '',
        version: task.version,
      });
      void message.success(t('wp.completed'));
      guard.saved();
      onClose();
    } catch (e) {
      handle(e, { form, onReload });
    }
  };

  return (
    <Modal
      open={open}
      title={t('wp.complete')}
      okText={t('wp.completeOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending}
      width={640}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title={t('wp.completeHelp', { deadline: formatDate(task.deadline), product: task.product || t('common.none') })}
        style={{ marginBottom: 16 }}
      />
      <Form<Values>
        name="taskComplete"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="completedOn"
          label={t('wp.completedOn')}
          rules={[
            { required: true, message: t('common.required', { field: t('wp.completedOn').toLowerCase() }) },
            dateRule,
          ]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="productNote" label={t('wp.productNote')} extra={t('wp.productNoteHelp')}>
          <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
      <AttachmentsPanel
        attachments={task.attachments}
        upload={task.abilities.attach ? (file, onProgress) => uploadTaskFile(task.id, file, onProgress) : undefined}
        canDelete={task.abilities.attach}
        onChanged={onReload}
      />
    </Modal>
  );
}
