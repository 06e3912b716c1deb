import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Space, Table, Tag, Upload } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { CloudUploadOutlined, DownloadOutlined } from '../../lib/icons.tsx';
import { downloadFile, uploadScan, useChecklistUpdate, useDossierRefresh } from './api.ts';
import { ScanHistory } from './ScanHistory.tsx';
import { KIND_KEYS } from './labels.ts';
import type { DossierView } from './types.ts';

/** What the scans may be (the server recognises them by content). */
export const SCAN_ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.png,.jpg,.jpeg';

interface Values {
  provided: Record<string, boolean>;
}

/**
 * The checklist the one-stop desk may change (before acceptance, or when the supplement has come in): tick
 * boxes saved together by "Lưu thành phần hồ sơ" (unsaved changes guarded), and a scan per row uploaded at
 * once (the server ticks its row).
 */
export function ChecklistEditor({ dossier }: { dossier: DossierView }) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const update = useChecklistUpdate();
  const refresh = useDossierRefresh();
  const [uploading, setUploading] = useState<number | null>(null);
  const [initial] = useState<Values>(() => ({
    provided: Object.fromEntries(dossier.checklist.map((x) => [String(x.seq), x.provided])),
  }));

  const save = async () => {
    const values = form.getFieldsValue(true) as Values;
    try {
      await update.mutateAsync({
        id: dossier.id,
        version: dossier.version,
        documents: dossier.checklist.map((x) => ({ seq: x.seq, provided: Boolean(values.provided[String(x.seq)]) })),
      });
      guard.saved();
      void message.success(t('onestop.checklist.saved'));
    } catch (e) {
      handle(e);
    }
  };

  const attach = async (seq: number, file: File) => {
    setUploading(seq);
    try {
      const after = await uploadScan(dossier.id, seq, file);
      refresh(after);
      // The server ticked the row; the other unsaved ticks stay as they are.
      form.setFieldValue(['provided', String(seq)], true);
      void message.success(t('onestop.checklist.uploaded', { name: file.name }));
    } catch (e) {
      void message.error(`${file.name}: ${problemText(e, t)}`);
    } finally {
      setUploading(null);
    }
  };

  return (
    <Form<Values> form={form} initialValues={initial} onValuesChange={guard.onValuesChange}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('onestop.checklist.editHelp')} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={dossier.checklist}
        columns={[
          {
            key: 'provided',
            title: t('onestop.receive.handedIn'),
            width: 80,
            align: 'center',
            render: (_, d) => (
              <Form.Item name={['provided', String(d.seq)]} valuePropName="checked" noStyle>
                <Checkbox aria-label={t('onestop.checklist.tickOf', { name: d.name })} />
              </Form.Item>
            ),
          },
          {
            key: 'name',
            title: t('onestop.documentName'),
            render: (_, d) => (
              <>
                {d.name} {d.required && <Tag color="red">{t('onestop.required')}</Tag>}
                <div style={{ color: 'var(--ant-color-text-secondary)' }}>
                  {`${d.kind in KIND_KEYS ? t(KIND_KEYS[d.kind as keyof typeof KIND_KEYS]) : d.kind} × ${d.count}`}
                </div>
              </>
            ),
          },
          {
            key: 'file',
            title: t('onestop.receive.file'),
            render: (_, d) => (
              <Space wrap size={4}>
                {d.fileId && (
                  <Button
                    size="small"
                    type="link"
                    icon={<DownloadOutlined />}
                    onClick={() =>
                      void downloadFile(d.fileId!, d.name).catch((e: unknown) => void message.error(problemText(e, t)))
                    }
                  >
                    {t('onestop.download')}
                  </Button>
                )}
                <ScanHistory row={d} />
                <Upload
                  accept={SCAN_ACCEPT}
                  showUploadList={false}
                  maxCount={1}
                  beforeUpload={(file) => {
                    void attach(d.seq, file);
                    return false;
                  }}
                >
                  <Button
                    size="small"
                    icon={<CloudUploadOutlined />}
                    loading={uploading === d.seq}
                    disabled={uploading !== null && uploading !== d.seq}
                    aria-label={`${t(d.fileId ? 'onestop.checklist.replace' : 'onestop.checklist.upload')}: ${d.name}`}
                  >
                    {t(d.fileId ? 'onestop.checklist.replace' : 'onestop.checklist.upload')}
                  </Button>
                </Upload>
              </Space>
            ),
          },
        ]}
      />
      <Button type="primary" style={{ marginTop: 12 }} loading={update.isPending} onClick={() => void save()}>
        {t('onestop.checklist.save')}
      </Button>
    </Form>
  );
}
