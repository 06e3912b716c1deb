import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { limit, maxRule } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { useCopyTemplate } from './api.ts';
import type { TemplateSummary } from './types.ts';

/** "Sao chép sang năm khác": the tree and caps of a template, as a new draft for another year. */
export function CopyTemplateModal({
  source,
  onClose,
  onCopied,
}: {
  source: Pick<TemplateSummary, 'id' | 'name' | 'year'> | null;
  onClose: () => void;
  onCopied: (id: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<{ year: number; name: string }>();
  const copy = useCopyTemplate();

  useEffect(() => {
    if (!source) return;
    const year = source.year + 1;
    // "… năm 2025" becomes "… năm 2026"; a name without its year is kept as it is.
    const name = source.name.includes(String(source.year))
      ? source.name.replaceAll(String(source.year), String(year))
      : source.name;
    form.setFieldsValue({ year, name });
  }, [source, form]);

  const submit = async () => {
    if (!source) return;
    const v = await form.validateFields();
    try {
      const created = await copy.mutateAsync({ id: source.id, year: v.year, name: v.name.trim() || undefined });
      void message.success(t('sct.copied', { year: v.year }));
      onClose();
      onCopied(created.id);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={source !== null}
      title={source ? t('sct.copyTitle', { name: source.name }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('sct.copy')}
      cancelText={t('common.cancel')}
      confirmLoading={copy.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="year" label={t('sct.copyToYear')} rules={[{ required: true, message: t('sct.yearRequired') }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="name" label={t('sct.name')} rules={[maxRule(300, t)]}>
          <Input {...limit(300)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
