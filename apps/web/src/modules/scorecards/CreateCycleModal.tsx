import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useCreateScorecard, useTemplates } from './api.ts';
import { useScorecardLabels } from './labels.ts';

interface Values {
  templateId: string;
  name?: string;
  selfDue?: DateValue;
  appraisalDue?: DateValue;
}

/** A date the rule let through (a refused text never reaches the save). */
const iso = (v: DateValue) => (dayjs.isDayjs(v) ? dayjsToIso(v) : null);

/**
 * "Mở kỳ chấm điểm": the office picks a template (a bloc's for its year, or the PAR index's); the members come
 * from the bloc's year (or the department for the PAR index) and each gets a sheet to self-assess.
 */
export function CreateCycleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const labels = useScorecardLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const templates = useTemplates(open);
  const create = useCreateScorecard();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const options = (templates.data?.items ?? []).map((tpl) => ({
    value: tpl.id,
    label: `${tpl.year} — ${tpl.name}${tpl.blocName ? ` (${tpl.blocName})` : ` (${labels.kind(tpl.kind)})`}`,
  }));

  const onFinish = async (v: Values) => {
    try {
      const saved = await create.mutateAsync({
        templateId: v.templateId,
        ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        selfDue: iso(v.selfDue),
        appraisalDue: iso(v.appraisalDue),
      });
      void message.success(t('sc.opened', { name: saved.name }));
      guard.saved();
      onClose();
      void navigate(`/scorecards/${saved.id}`);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('sc.open')}
      okText={t('sc.openOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      forceRender
    >
      <Alert type="info" showIcon title={t('sc.openHelp')} style={{ marginBottom: 16 }} />
      <Form<Values>
        name="scorecard"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="templateId"
          label={t('sc.template')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('sc.template').toLowerCase() }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={templates.isFetching}
            options={options}
            notFoundContent={t('sc.noTemplate')}
          />
        </Form.Item>
        <Form.Item name="name" label={t('sc.nameOptional')}>
          <Input {...limit(300)} placeholder={t('sc.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="selfDue" label={t('sc.selfDue')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
        <Form.Item name="appraisalDue" label={t('sc.appraisalDue')} rules={[dateRule]}>
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
