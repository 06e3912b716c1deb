import { useState } from 'react';
import { App, Button, List, Popconfirm, Progress, Space, Typography, Upload } from 'antd';
import { problemText } from '../api/problems.ts';
import type { Attachment } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { formatDateTime, formatNumber } from '../lib/format.ts';
import { CloudUploadOutlined, DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '../lib/icons.tsx';
import { deleteAttachment, downloadAttachment } from '../api/files.ts';

export interface AttachmentsPanelProps {
  attachments: Attachment[];
  /** Upload one file; absent when the user may not attach. */
  upload?: (file: File, onProgress: (percent: number) => void) => Promise<Attachment>;
  canDelete?: boolean;
  /** Called after an upload or a delete so the owner reloads. */
  onChanged: () => void;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round(bytes / 104857.6) / 10)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

/** Documents attached to a movement or a bloc year: upload, download, delete. */
export function AttachmentsPanel({ attachments, upload, canDelete, onChanged }: AttachmentsPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);

  const onUpload = async (file: File) => {
    if (!upload) return;
    setProgress(0);
    try {
      await upload(file, setProgress);
      void message.success(t('attachments.uploaded', { name: file.name }));
      onChanged();
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setProgress(null);
    }
  };
  const onDelete = async (a: Attachment) => {
    try {
      await deleteAttachment(a.id);
      void message.success(t('attachments.deleted', { name: a.filename }));
      onChanged();
    } catch (e) {
      void message.error(problemText(e, t));
    }
  };
  const onDownload = (a: Attachment) => downloadAttachment(a).catch((e: unknown) => message.error(problemText(e, t)));

  return (
    <div>
      {upload && (
        <Space style={{ marginBottom: 8 }}>
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void onUpload(file);
              return false;
            }}
          >
            <Button icon={<CloudUploadOutlined />} loading={progress !== null}>
              {t('attachments.upload')}
            </Button>
          </Upload>
          {progress !== null && <Progress percent={progress} size="small" style={{ width: 160 }} />}
        </Space>
      )}
      <List
        size="small"
        dataSource={attachments}
        locale={{ emptyText: t('attachments.empty') }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="download"
                size="small"
                icon={<DownloadOutlined />}
                aria-label={t('attachments.downloadOf', { name: a.filename })}
                onClick={() => void onDownload(a)}
              >
                {t('attachments.download')}
              </Button>,
              ...(canDelete
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('attachments.deleteConfirm', { name: a.filename })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onDelete(a)}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('attachments.deleteOf', { name: a.filename })}
                      />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <Space orientation="vertical" size={0}>
              <Typography.Text>
                <PaperClipOutlined /> {a.filename}
              </Typography.Text>
              <Typography.Text type="secondary">
                {sizeText(a.size)} · {a.uploadedBy} · {formatDateTime(a.uploadedAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
