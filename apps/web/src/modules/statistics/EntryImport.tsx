import { useRef, useState } from 'react';
import { Alert, Button, Card, Progress, Space, Table, Typography } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { downloadTemplate, runImport } from './apiValues.ts';
import type { StatEntryView, StatImportResult } from './types.ts';

/**
 * The data set's Excel template for this unit and period, and its import: all or nothing, each refused row
 * with its column and reason.
 */
export function EntryImport({ view, onImported }: { view: StatEntryView; onImported: () => void }) {
  const { t } = useI18n();
  const handle = useProblemHandler();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<StatImportResult | null>(null);
  const [downloading, setDownloading] = useState(false);

  const template = async () => {
    setDownloading(true);
    try {
      await downloadTemplate({ dataset: view.dataset.id, period: view.period, unit: view.unit.id });
    } catch (e) {
      handle(e);
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File) => {
    setResult(null);
    setProgress(0);
    try {
      const r = await runImport(view.dataset.id, file, false, setProgress);
      setResult(r);
      if (r.ok) onImported();
    } catch (e) {
      handle(e);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card size="small" title={t('stat.import.title')}>
      <Space wrap>
        <Button icon={<FileExcelOutlined />} loading={downloading} onClick={() => void template()}>
          {t('stat.import.template')}
        </Button>
        {view.submission.abilities.edit && (
          <Button onClick={() => input.current?.click()} loading={progress !== null}>
            {t('stat.import.upload')}
          </Button>
        )}
      </Space>
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        hidden
        aria-label={t('stat.import.upload')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      {progress !== null && <Progress percent={progress} size="small" />}
      {result && result.ok && (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          title={t('stat.import.done', { count: formatNumber(result.imported), rows: formatNumber(result.totalRows) })}
        />
      )}
      {result && !result.ok && (
        <div style={{ marginTop: 8 }}>
          <Alert
            type="error"
            showIcon
            title={t('stat.import.refused', { count: formatNumber(result.errors.length) })}
          />
          <Table
            size="small"
            rowKey={(r) => `${r.row}:${r.column}:${r.message}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={result.errors}
            columns={[
              { title: t('stat.import.row'), dataIndex: 'row', width: 60 },
              { title: t('stat.import.column'), dataIndex: 'column', width: 110 },
              { title: t('stat.import.error'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('stat.import.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
