import { useState } from 'react';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CloudUploadOutlined } from '../../lib/icons.tsx';
import { runTemplateImport } from './api.ts';
import type { TemplateImportResult } from './types.ts';

/**
 * "Nhập từ Excel": a workbook in the export's layout. A dry run first answers the row report (each refused row and
 * why); only a clean report offers "Áp dụng", which replaces the tree, all or nothing.
 */
export function ImportModal({
  templateId,
  open,
  dirty,
  onClose,
  onImported,
}: {
  templateId: string;
  open: boolean;
  /** Unsaved edits are replaced by the import: said before applying. */
  dirty: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const handle = useProblemHandler();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TemplateImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };

  const run = async (dryRun: boolean, chosen = file) => {
    if (!chosen) return;
    setBusy(true);
    try {
      const result = await runTemplateImport(templateId, chosen, dryRun);
      if (dryRun) setReport(result);
      else if (result.ok) {
        close();
        onImported();
      } else setReport(result);
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sct.importTitle')}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button
            type="primary"
            disabled={!report?.ok || !report.dryRun}
            loading={busy && !!report}
            onClick={() => void run(false)}
          >
            {t('sct.importApply')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('sct.importHint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          setReport(null);
          void run(true, f);
          return false;
        }}
      >
        <Button icon={<CloudUploadOutlined />} loading={busy && !report}>
          {file ? t('sct.importOther') : t('sct.importChoose')}
        </Button>
      </Upload>
      {file && <Typography.Text style={{ marginLeft: 12 }}>{file.name}</Typography.Text>}
      {report && (
        <div style={{ marginTop: 16 }} role="status" aria-label={t('sct.importReport')}>
          {report.ok ? (
            <Alert
              type="success"
              showIcon
              title={t('sct.importClean', { total: formatNumber(report.totalRows) })}
              description={dirty ? t('sct.importReplacesUnsaved') : t('sct.importReplaces')}
            />
          ) : (
            <>
              <Alert
                type="error"
                showIcon
                title={t('sct.importErrors', { count: formatNumber(report.errors.length) })}
                style={{ marginBottom: 12 }}
              />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={report.errors}
                pagination={report.errors.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  { title: t('sct.importRow'), dataIndex: 'row', width: 70, align: 'right' },
                  { title: t('sct.importColumn'), dataIndex: 'column', width: 160 },
                  { title: t('sct.importMessage'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
