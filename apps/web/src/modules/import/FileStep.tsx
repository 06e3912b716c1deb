import { App, Button, Card, Space, Typography, Upload } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined } from '../../lib/icons.tsx';
import { useState } from 'react';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';

export interface FileStepProps {
  file: File | null;
  hint: string;
  onTemplate: () => Promise<void>;
  onFile: (file: File | null) => void;
  onCheck: () => void;
}

/** Step 1: download the template, choose the filled-in workbook. */
export function FileStep({ file, hint, onTemplate, onFile, onCheck }: FileStepProps) {
  const t = useT();
  const { message } = App.useApp();
  const [loadingTemplate, setLoadingTemplate] = useState(false);

  const getTemplate = async () => {
    setLoadingTemplate(true);
    try {
      await onTemplate();
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setLoadingTemplate(false);
    }
  };

  return (
    <Card>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <div>
          <Typography.Paragraph>{hint}</Typography.Paragraph>
          <Button icon={<DownloadOutlined />} onClick={() => void getTemplate()} loading={loadingTemplate}>
            {t('import.template')}
          </Button>
        </div>
        <XlsxDropzone file={file} onFile={onFile} />
        <Button type="primary" icon={<CheckCircleOutlined />} disabled={!file} onClick={onCheck}>
          {t('import.check')}
        </Button>
      </Space>
    </Card>
  );
}

/** Drop zone that takes one .xlsx file and keeps it in the browser (nothing is sent yet). */
export function XlsxDropzone({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Upload.Dragger
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      multiple={false}
      maxCount={1}
      fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : []}
      beforeUpload={(chosen) => {
        if (!/\.xlsx$/iu.test(chosen.name)) {
          void message.error(t('import.onlyXlsx'));
          return Upload.LIST_IGNORE;
        }
        onFile(chosen);
        return false;
      }}
      onRemove={() => {
        onFile(null);
        return true;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('import.drop')}</p>
      <p className="ant-upload-hint">{t('import.dropHint')}</p>
    </Upload.Dragger>
  );
}
