import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { App, Form, Input, Modal, Select } from 'antd';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useCreateProgramme } from './api.ts';
import { periodOptions, useWpLabels } from './labels.ts';

interface Values {
  kind: 'year' | 'quarter' | 'month';
  year: number;
  period?: number;
  title?: string;
}

/**
 * "Lập chương trình": the office drafts a year's, a quarter's or a month's programme; a quarter's or month's takes
 * its tasks from that year's programme (the server finds it). The title defaults to the period's ("… tháng 12/2026").
 */
export function CreateProgrammeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const labels = useWpLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const create = useCreateProgramme();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ kind: 'year', year: new Date().getFullYear() });
    }
  }, [open, form]);

  const onFinish = async (v: Values) => {
    try {
      const saved = await create.mutateAsync({
        kind: v.kind,
        year: v.year,
        period: v.kind === 'year' ? 0 : (v.period ?? 0),
        ...(v.title?.trim() ? { title: v.title.trim() } : {}),
      });
      void message.success(t('wp.created', { title: saved.title }));
      guard.saved();
      onClose();
      void navigate(`/work-programmes/${saved.id}`);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('wp.create')}
      okText={t('wp.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      forceRender
    >
      <Form<Values>
        name="workProgramme"
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<Values>) => {
          if ('kind' in changed) form.setFieldValue('period', undefined);
          guard.onValuesChange();
        }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="kind" label={t('wp.kind')} rules={[{ required: true }]}>
          <Select options={labels.kindOptions} />
        </Form.Item>
        <Form.Item name="year" label={t('wp.year')} rules={[{ required: true }]}>
          <Select options={yearOptions()} />
        </Form.Item>
        {kind && kind !== 'year' && (
          <Form.Item
            name="period"
            label={kind === 'quarter' ? t('wp.quarter') : t('wp.month')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('wp.period').toLowerCase() }) }]}
          >
            <Select options={periodOptions(kind, t)} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('wp.titleOptional')} extra={t('wp.titleHelp')}>
          <Input {...limit(300)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
