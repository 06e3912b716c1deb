import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Progress, Space, Typography } from 'antd';
import { CloudUploadOutlined, FileExcelOutlined, RollbackOutlined } from '../../lib/icons.tsx';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { ErrorTable } from './ResultTables.tsx';
import type { BaseImportResult, ImportWarnings } from './wizard.ts';

export interface CheckStepProps {
  file: File;
  /** Upload in flight: which kind and how far. */
  busy: 'check' | 'import' | null;
  progress: number;
  result: BaseImportResult | null;
  error: string | null;
  /** Rows waiting for confirmation (duplicates, conflicts), or null. */
  warnings: ImportWarnings | null;
  noErrorsText: (total: string) => string;
  allow: boolean;
  onAllow: (allow: boolean) => void;
  onReport: () => Promise<void>;
  onOtherFile: () => void;
  onImport: () => void;
}

/** Step 2: the dry run's verdict — row errors, rows to confirm — and the button to import. */
export function CheckStep(props: CheckStepProps) {
  const { file, busy, progress, result, error, warnings, allow, onAllow, onOtherFile, onImport } = props;
  const t = useT();
  const { message } = App.useApp();
  const [reporting, setReporting] = useState(false);

  const report = async () => {
    setReporting(true);
    try {
      await props.onReport();
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setReporting(false);
    }
  };

  const uploading = busy !== null;
  const hasErrors = Boolean(result && result.errors.length > 0);
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {uploading && (
          <div role="status" aria-live="polite">
            <Typography.Text>
              {progress < 100
                ? t('import.uploading', { name: file.name })
                : busy === 'check'
                  ? t('import.checking')
                  : t('import.importing')}
            </Typography.Text>
            <Progress percent={progress} status="active" aria-label={t('import.uploading', { name: file.name })} />
          </div>
        )}
        {error && <Alert type="error" showIcon title={error} role="alert" />}
        {result && !uploading && (
          <>
            <Alert
              role="status"
              type={hasErrors ? 'error' : 'success'}
              showIcon
              title={t('import.summary', { total: formatNumber(result.totalRows) })}
              description={
                hasErrors
                  ? t('import.hasErrors', { count: formatNumber(result.errors.length) })
                  : props.noErrorsText(formatNumber(result.totalRows))
              }
            />
            {hasErrors && <ErrorTable errors={result.errors} />}
            {warnings && warnings.count > 0 && (
              <>
                <Alert type="warning" showIcon title={warnings.hint} />
                {warnings.table}
                {!hasErrors && (
                  <Checkbox checked={allow} onChange={(e) => onAllow(e.target.checked)}>
                    {warnings.confirmLabel}
                  </Checkbox>
                )}
              </>
            )}
          </>
        )}
        <Space wrap>
          <Button icon={<RollbackOutlined />} onClick={onOtherFile} disabled={uploading}>
            {t('import.otherFile')}
          </Button>
          {hasErrors && (
            <Button icon={<FileExcelOutlined />} onClick={() => void report()} loading={reporting} disabled={uploading}>
              {t('import.report')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            onClick={onImport}
            disabled={
              !result ||
              hasErrors ||
              uploading ||
              result.totalRows === 0 ||
              (Boolean(warnings && warnings.count > 0) && !allow)
            }
            loading={busy === 'import'}
          >
            {t('import.run')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
