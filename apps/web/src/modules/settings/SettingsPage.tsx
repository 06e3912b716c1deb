import { useState } from 'react';
import { Alert, App, Button, Card, Form, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { EditOutlined, UndoOutlined } from '../../lib/icons.tsx';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { ConfidenceTag } from '../../components/CitationTag.tsx';
import { useResetSetting, useSaveSetting, useSettings, type Setting } from './api.ts';
import { fromForm, toForm } from './convert.ts';
import { SettingFields } from './SettingFields.tsx';
import { SettingValue } from './SettingValue.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

/**
 * Cấu hình: every setting grouped by area, with its V/P/U tag, legal basis and whether the default
 * applies; an admin edits a value (at the version read) or returns it to the default.
 */
export default function SettingsPage() {
  const t = useT();
  const { data, error, isPending, refetch } = useSettings();
  const areas = [...new Map((data ?? []).map((s) => [s.area, s.areaLabel])).entries()];
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('settings.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text type="secondary">{t('settings.tagLegend')}</Typography.Text>
        {(['V', 'P', 'U'] as const).map((c) => (
          <Space key={c} size={2}>
            <ConfidenceTag confidence={c} />
            <Typography.Text type="secondary">{t(`citation.${c}`)}</Typography.Text>
          </Space>
        ))}
      </Space>
      {error && <Alert type="error" showIcon title={problemText(error, t)} />}
      {isPending && <Skeleton active />}
      {areas.map(([area, label]) => (
        <section key={area} aria-label={label} style={{ marginBottom: 24 }}>
          <Typography.Title level={3}>{label}</Typography.Title>
          <Space orientation="vertical" style={{ width: '100%' }} size={12}>
            {data!
              .filter((s) => s.area === area)
              .map((s) => (
                <SettingCard key={s.key} setting={s} onReload={() => void refetch()} />
              ))}
          </Space>
        </section>
      ))}
    </>
  );
}

function SettingCard({ setting: s, onReload }: { setting: Setting; onReload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const save = useSaveSetting();
  const reset = useResetSetting();
  const [form] = Form.useForm<{ value: unknown }>();
  const [editing, setEditing] = useState(false);
  const guard = useFormGuard({ form, active: editing });

  const start = () => {
    form.resetFields();
    form.setFieldsValue(toForm(s, s.value));
    setEditing(true);
  };
  const reload = () => {
    setEditing(false);
    onReload();
  };
  const onFinish = async (values: { value: unknown }) => {
    try {
      await save.mutateAsync({ key: s.key, value: fromForm(s, values), version: s.version });
      guard.saved();
      void message.success(t('settings.saved'));
      setEditing(false);
    } catch (e) {
      handle(e, { form, onReload: reload });
    }
  };
  const onReset = async () => {
    try {
      await reset.mutateAsync({ key: s.key, version: s.version });
      void message.success(t('settings.resetDone'));
      setEditing(false);
    } catch (e) {
      handle(e, { onReload: reload });
      if (isApiError(e) && e.status === 404) onReload();
    }
  };

  return (
    <Card
      size="small"
      role="region"
      aria-label={s.label}
      title={
        <Space wrap size={4} style={{ whiteSpace: 'normal' }}>
          <span>{s.label}</span>
          <ConfidenceTag confidence={s.tag} />
          {s.isDefault ? <Tag>{t('settings.default')}</Tag> : <Tag color="blue">{t('settings.changed')}</Tag>}
        </Space>
      }
      extra={
        !editing && (
          <Space>
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={start}
              aria-label={t('settings.editOf', { label: s.label })}
            >
              {t('common.edit')}
            </Button>
            {!s.isDefault && (
              <Popconfirm title={t('settings.resetConfirm')} onConfirm={() => void onReset()}>
                <Button size="small" icon={<UndoOutlined />} aria-label={t('settings.resetOf', { label: s.label })}>
                  {t('settings.reset')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{s.help}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('settings.source')}: {s.source}
      </Typography.Paragraph>
      {editing ? (
        <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} onValuesChange={guard.onValuesChange}>
          <SettingFields fields={s.form} />
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <>
          <Typography.Text strong>{t('settings.current')}</Typography.Text>
          <div>
            <SettingValue setting={s} value={s.value} />
          </div>
          {!s.isDefault && (
            <>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('settings.lastChange', { who: s.updatedBy ?? '—', when: formatDateTime(s.updatedAt) })}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('settings.defaultValue')}</Typography.Text>
              <div>
                <SettingValue setting={s} value={s.default} />
              </div>
            </>
          )}
        </>
      )}
    </Card>
  );
}
