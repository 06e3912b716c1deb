import { useEffect, useMemo, useRef } from 'react';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { limit, maxRule } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { useBlocs } from '../blocs/api.ts';
import { useCreateTemplate, useTemplateChoices } from './api.ts';
import { useKindLabel } from './labels.tsx';

interface Values {
  kind: 'bloc' | 'par';
  blocId: string | null;
  year: number;
  name: string;
  copy: boolean;
  copyFromId: string | null;
}

/**
 * "Tạo bảng điểm": kind, bloc, year and name; "Sao chép từ năm trước" picks last year's template of the same
 * bloc (or PAR index), whose tree and caps the new one starts from.
 */
export function NewTemplateModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const kindLabel = useKindLabel();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const create = useCreateTemplate();
  const blocs = useBlocs();
  const kind = Form.useWatch('kind', form);
  const blocId = Form.useWatch('blocId', form);
  const year = Form.useWatch('year', form);
  const copy = Form.useWatch('copy', form);
  const choices = useTemplateChoices(kind, kind === 'bloc' ? blocId : null);
  const blocName = blocs.data?.find((b) => b.id === blocId)?.name;

  const candidates = useMemo(
    () => (choices.data?.items ?? []).filter((c) => !year || c.year < year),
    [choices.data, year],
  );

  // antd counts a value set by code as touched: what the clerk typed is tracked here.
  const nameTyped = useRef(false);

  useEffect(() => {
    if (!open) return;
    nameTyped.current = false;
    form.resetFields();
    form.setFieldsValue({ kind: 'bloc', year: new Date().getFullYear(), copy: true, blocId: null, copyFromId: null });
  }, [open, form]);

  // The name follows kind, bloc and year until the clerk types one of their own.
  useEffect(() => {
    if (!open || nameTyped.current || !year) return;
    const name =
      kind === 'par'
        ? t('sct.defaultNamePar', { year })
        : blocName
          ? t('sct.defaultNameBloc', { bloc: blocName, year })
          : '';
    form.setFieldValue('name', name);
  }, [open, kind, blocName, year, form, t]);

  // Last year's template of the same bloc is the usual starting point; failing it, the latest before.
  useEffect(() => {
    if (!open || !copy) return;
    const current = form.getFieldValue('copyFromId') as string | null;
    if (current && candidates.some((c) => c.id === current)) return;
    const pick = candidates.find((c) => c.year === (year ?? 0) - 1) ?? candidates[0];
    form.setFieldValue('copyFromId', pick?.id ?? null);
  }, [open, copy, candidates, year, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const created = await create.mutateAsync({
        kind: v.kind,
        blocId: v.kind === 'bloc' ? v.blocId : null,
        year: v.year,
        name: v.name.trim(),
        copyFromId: v.copy ? v.copyFromId : null,
      });
      guard.saved();
      void message.success(t('sct.created'));
      onClose();
      onCreated(created.id);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('sct.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('sct.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<Values>) => {
          if ('name' in changed) nameTyped.current = true;
          guard.onValuesChange();
        }}
      >
        <Form.Item name="kind" label={t('sct.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'bloc', label: kindLabel('bloc') },
              { value: 'par', label: kindLabel('par') },
            ]}
          />
        </Form.Item>
        {kind === 'bloc' && (
          <Form.Item name="blocId" label={t('sct.bloc')} rules={[{ required: true, message: t('sct.blocRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={blocs.isLoading}
              options={(blocs.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('sct.year')} rules={[{ required: true, message: t('sct.yearRequired') }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('sct.name')}
          rules={[{ required: true, whitespace: true, message: t('sct.nameRequired') }, maxRule(300, t)]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="copy" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('sct.copyFromLastYear')}</Checkbox>
        </Form.Item>
        {copy && (
          <Form.Item
            name="copyFromId"
            label={t('sct.copyFrom')}
            extra={candidates.length === 0 && !choices.isFetching ? t('sct.copyFromNone') : t('sct.copyFromHint')}
          >
            <Select
              allowClear
              loading={choices.isFetching}
              options={candidates.map((c) => ({ value: c.id, label: `${c.year} — ${c.name}` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
