import { useState } from 'react';
import { Alert, App, Button, Modal, Progress, Space, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CheckCircleOutlined, CloudUploadOutlined } from '../../lib/icons.tsx';
import { XlsxDropzone } from '../import/FileStep.tsx';
import { ErrorTable } from '../import/ResultTables.tsx';
import { importRatings, type RatingsImportResult } from './api.ts';

export interface RatingsImportModalProps {
  open: boolean;
  orgId: string;
  orgName: string;
  year: number;
  onClose: () => void;
  onImported: () => void;
}

/** The exported grid, filled in Excel, comes back: check (dry run), then import all or nothing. */
export function RatingsImportModal({ open, orgId, orgName, year, onClose, onImported }: RatingsImportModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<RatingsImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setResult(null);
    setError(null);
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setProgress(0);
    setError(null);
    try {
      const res = await importRatings(file, { orgId, year, dryRun }, setProgress);
      if (!dryRun && res.ok && res.errors.length === 0) {
        void message.success(t('ratings.imported', { count: formatNumber(res.imported) }));
        reset();
        onImported();
        onClose();
      } else setResult(res);
    } catch (e) {
      setError(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const hasErrors = Boolean(result && result.errors.length > 0);
  return (
    <Modal
      open={open}
      width={760}
      title={t('ratings.importTitle', { org: orgName, year })}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space wrap>
          <Button onClick={() => (reset(), onClose())}>{t('common.close')}</Button>
          <Button
            icon={<CheckCircleOutlined />}
            disabled={!file || busy !== null}
            loading={busy === 'check'}
            onClick={() => void run(true)}
          >
            {t('import.check')}
          </Button>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            disabled={!file || !result || hasErrors || busy !== null || result.totalRows === 0}
            loading={busy === 'import'}
            onClick={() => void run(false)}
          >
            {t('import.run')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('ratings.importHint')}</Typography.Paragraph>
        <XlsxDropzone
          file={file}
          onFile={(chosen) => {
            setFile(chosen);
            setResult(null);
          }}
        />
        {busy && <Progress percent={progress} status="active" aria-label={t('import.checking')} />}
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        {result && (
          <Alert
            role="status"
            type={hasErrors ? 'error' : 'success'}
            showIcon
            title={t('import.summary', { total: formatNumber(result.totalRows) })}
            description={
              hasErrors
                ? t('import.hasErrors', { count: formatNumber(result.errors.length) })
                : t('ratings.importReady', { total: formatNumber(result.totalRows) })
            }
          />
        )}
        {result && hasErrors && <ErrorTable errors={result.errors} />}
      </Space>
    </Modal>
  );
}
