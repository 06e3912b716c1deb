import { App, Button, Space, Upload } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { CloudUploadOutlined, DownloadOutlined } from '../../lib/icons.tsx';
import { downloadTemplate, useTemplateUpload } from './api.ts';
import type { RequiredDocument } from './types.ts';

/** Word, PDF or Excel: the forms a citizen fills in. */
const TEMPLATE_ACCEPT = '.doc,.docx,.pdf,.xls,.xlsx';

/**
 * A document's form template (mẫu đơn, tờ khai): downloadable when the version has one; on a draft the catalog
 * keeper uploads or replaces it (the published page then offers it to citizens).
 */
export function TemplateCell({
  procedureId,
  seq,
  document: d,
  editable,
}: {
  procedureId: string;
  seq: number;
  document: RequiredDocument;
  editable: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const upload = useTemplateUpload();
  return (
    <Space wrap size={4}>
      {d.templateFileId ? (
        <Button
          size="small"
          type="link"
          icon={<DownloadOutlined />}
          onClick={() =>
            void downloadTemplate(d.templateFileId!, d.name).catch(
              (e: unknown) => void message.error(problemText(e, t)),
            )
          }
        >
          {t('procedures.templateDownload')}
        </Button>
      ) : (
        !editable && t('common.none')
      )}
      {editable && (
        <Upload
          accept={TEMPLATE_ACCEPT}
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            upload.mutate(
              { id: procedureId, seq, file },
              {
                onSuccess: () => void message.success(t('procedures.templateUploaded', { name: file.name })),
                onError: (e) => void message.error(problemText(e, t)),
              },
            );
            return false;
          }}
        >
          <Button
            size="small"
            icon={<CloudUploadOutlined />}
            loading={upload.isPending}
            aria-label={`${t(d.templateFileId ? 'procedures.templateReplace' : 'procedures.templateUpload')}: ${d.name}`}
          >
            {t(d.templateFileId ? 'procedures.templateReplace' : 'procedures.templateUpload')}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
