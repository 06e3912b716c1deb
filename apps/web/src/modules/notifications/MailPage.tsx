import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Table, Tabs, Tag, Typography } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { EmailTemplate } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useEmailTemplates, useOutbox, useSaveEmailTemplate } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';

const STATUS_COLOURS = { queued: 'gold', sent: 'green', failed: 'red' } as const;

/** The office's mail: the wording of each kind of notice, and what the outbox holds. */
export default function MailPage() {
  const t = useT();
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('mail.title')}</Typography.Title>
      </div>
      <Tabs
        items={[
          { key: 'templates', label: t('mail.templates'), children: <Templates /> },
          { key: 'outbox', label: t('mail.outbox'), children: <Outbox /> },
        ]}
      />
    </>
  );
}

function Templates() {
  const t = useT();
  const { data, error, isPending } = useEmailTemplates();
  const [editing, setEditing] = useState<EmailTemplate | null>(null);
  if (error) return <Alert type="error" showIcon title={problemText(error, t)} />;
  return (
    <Card>
      <Typography.Paragraph type="secondary">
        {t('mail.placeholders', { list: (data?.placeholders ?? []).map((p) => `{${p}}`).join(', ') })}
      </Typography.Paragraph>
      <Table<EmailTemplate>
        rowKey="kind"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { key: 'label', title: t('mail.kind'), dataIndex: 'label' },
          { key: 'subject', title: t('mail.subject'), dataIndex: 'subject' },
          {
            key: 'customised',
            title: t('mail.wording'),
            render: (_, r) =>
              r.customised ? <Tag color="blue">{t('mail.custom')}</Tag> : <Tag>{t('mail.builtIn')}</Tag>,
          },
          {
            key: 'edit',
            title: '',
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)} aria-label={t('mail.editOf', { name: r.label })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <TemplateModal template={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}

function TemplateModal({ template, onClose }: { template: EmailTemplate | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ subject: string; body: string }>();
  const guard = useFormGuard({ form, active: Boolean(template) });
  const save = useSaveEmailTemplate();
  const handle = useProblemHandler();
  useEffect(() => {
    if (template) form.setFieldsValue({ subject: template.subject, body: template.body });
  }, [template, form]);
  const onFinish = async (v: { subject: string; body: string }) => {
    if (!template) return;
    try {
      await save.mutateAsync({ kind: template.kind, ...v, version: template.version });
      guard.saved();
      void message.success(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e, { form });
    }
  };
  return (
    <Modal
      open={!!template}
      title={template?.label}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
      width={640}
    >
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="subject" label={t('mail.subject')} rules={[{ required: true }]}>
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="body" label={t('mail.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} {...limit(5000)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Outbox() {
  const t = useT();
  const { data, error, isPending } = useOutbox();
  if (error) return <Alert type="error" showIcon title={problemText(error, t)} />;
  return (
    <Card>
      {data && !data.smtpConfigured && (
        <Alert type="info" showIcon title={t('mail.noSmtp')} style={{ marginBottom: 12 }} />
      )}
      <Table
        rowKey="id"
        loading={isPending}
        dataSource={data?.items ?? []}
        size="small"
        locale={{ emptyText: <EmptyText loading={isPending}>{t('mail.empty')}</EmptyText> }}
        columns={[
          { key: 'created', title: t('mail.createdAt'), render: (_, m) => formatDateTime(m.createdAt) },
          { key: 'to', title: t('mail.to'), dataIndex: 'to' },
          { key: 'subject', title: t('mail.subject'), dataIndex: 'subject' },
          {
            key: 'status',
            title: t('mail.status'),
            render: (_, m) => (
              <Tag color={STATUS_COLOURS[m.status]} title={m.lastError ?? undefined}>
                {t(`mail.status_${m.status}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
