import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { renderWording, unknownPlaceholders, type WordingValues } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useDecisionTemplates, useSaveDecisionTemplate, type DecisionTemplate } from './wordingApi.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

/** What the preview fills the placeholders with, per kind: a believable decision of the demo department. */
const SAMPLE: Record<string, WordingValues> = {
  title: {
    so_quyet_dinh: '…/QĐ-SCT',
    ngay_ky: 'ngày 15 tháng 01 năm 2027',
    nam: '2026',
    danh_hieu: '“Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”',
    hinh_thuc: '',
    doi_tuong: '02 tập thể và 15 cá nhân',
    tong_tien: '21.060.000',
    co_quan: 'Sở Công Thương tỉnh Thái Nguyên',
  },
  form: {
    so_quyet_dinh: '…/QĐ-SCT',
    ngay_ky: 'ngày 15 tháng 01 năm 2027',
    nam: '2026',
    danh_hieu: '',
    hinh_thuc: 'Giấy khen',
    doi_tuong: '03 tập thể và 12 cá nhân',
    tong_tien: '17.550.000',
    co_quan: 'Sở Công Thương tỉnh Thái Nguyên',
  },
};
SAMPLE.mixed = { ...SAMPLE.title!, hinh_thuc: 'Giấy khen', danh_hieu: '“Chiến sĩ thi đua cơ sở”' };

/**
 * Mẫu quyết định: the emulation office words each kind of decision (a title recognised, a form conferred,
 * both) as its register does, with placeholders, a live preview and the version saved; an issued decision
 * keeps the wording it was issued with.
 */
export default function WordingPage() {
  const t = useT();
  const { data, error, isPending } = useDecisionTemplates();
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('wording.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('wording.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={problemText(error, t)} />}
      {isPending && <Skeleton active />}
      {data && (
        <>
          <Card size="small" title={t('wording.placeholders')} style={{ marginBottom: 16 }}>
            <Space orientation="vertical" size={2}>
              {data.placeholders.map((p) => (
                <span key={p.name}>
                  <Typography.Text code copyable>
                    {p.name}
                  </Typography.Text>{' '}
                  {p.help}
                </span>
              ))}
            </Space>
          </Card>
          <Tabs
            items={data.items.map((tpl) => ({
              key: tpl.kind,
              label: tpl.label,
              children: <TemplateForm key={`${tpl.kind}-${tpl.version}`} tpl={tpl} fields={data.fields} />,
            }))}
          />
        </>
      )}
    </>
  );
}

function TemplateForm({ tpl, fields }: { tpl: DecisionTemplate; fields: { key: string; label: string }[] }) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const save = useSaveDecisionTemplate();
  const [form] = Form.useForm<{ body: Record<string, string> }>();
  const guard = useFormGuard({ form });
  const [body, setBody] = useState<Record<string, string>>(tpl.body);
  useEffect(() => setBody(tpl.body), [tpl.body]);
  const sample = SAMPLE[tpl.kind]!;

  const onSave = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ kind: tpl.kind, body: v.body, version: tpl.version });
      guard.saved();
      void message.success(t('wording.saved'));
    } catch (e) {
      handle(e, { form });
    }
  };
  return (
    <Card
      title={
        <Space wrap>
          {tpl.label}
          <Tag color={tpl.isDefault ? 'default' : 'blue'}>
            {tpl.isDefault ? t('wording.default') : t('wording.version', { version: tpl.version })}
          </Tag>
          {tpl.updatedAt && (
            <Typography.Text type="secondary">
              {t('wording.updated', { by: tpl.updatedBy ?? '', at: formatDateTime(tpl.updatedAt) })}
            </Typography.Text>
          )}
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ body: tpl.body }}
        onValuesChange={(_, all) => {
          setBody({ ...tpl.body, ...all.body });
          guard.onValuesChange();
        }}
      >
        {fields.map((f) => (
          <Form.Item
            key={f.key}
            name={['body', f.key]}
            label={f.label}
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: f.label }) },
              {
                validator: (_, v: string) => {
                  const unknown = unknownPlaceholders(v ?? '');
                  return unknown.length
                    ? Promise.reject(new Error(t('wording.unknown', { names: unknown.join(', ') })))
                    : Promise.resolve();
                },
              },
            ]}
            extra={
              <span data-testid={`preview-${tpl.kind}-${f.key}`}>
                {t('wording.preview')}: {renderWording(body[f.key] ?? '', sample)}
              </span>
            }
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
          </Form.Item>
        ))}
        <Space wrap>
          <Button type="primary" loading={save.isPending} onClick={() => void onSave().catch(() => undefined)}>
            {t('wording.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue({ body: tpl.default })}>{t('wording.useDefault')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
