import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Table, Typography } from 'antd';
import type { AwardImportResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import type { ImportConfig } from '../import/wizard.ts';
import { downloadAwardErrorReport, downloadAwardTemplate, runAwardImport } from './api.ts';

type Flag = AwardImportResult['flags'][number];

function FlagTable({ flags }: { flags: Flag[] }) {
  const t = useT();
  return (
    <section aria-label={t('awardImport.flags')}>
      <Typography.Title level={4}>{t('awardImport.flags')}</Typography.Title>
      <Table<Flag>
        size="small"
        rowKey={(f, i) => `${f.row}:${i ?? 0}`}
        dataSource={flags}
        pagination={flags.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'message', title: t('awardImport.flag'), dataIndex: 'message' },
        ]}
      />
    </section>
  );
}

/** "Nhập lịch sử khen thưởng": old records from Excel, duplicates and contradictions confirmed first. */
export default function AwardImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const config = useMemo<ImportConfig<AwardImportResult>>(
    () => ({
      title: t('awardImport.title'),
      templateHint: t('awardImport.templateHint'),
      downloadTemplate: downloadAwardTemplate,
      run: (file, { dryRun, allow }, onProgress) => runAwardImport(file, { dryRun, allowFlagged: allow }, onProgress),
      downloadReport: downloadAwardErrorReport,
      warnings: (result) =>
        result.flags.length > 0
          ? {
              count: result.flags.length,
              hint: t('awardImport.flagsHint', { count: result.flags.length }),
              table: <FlagTable flags={result.flags} />,
              confirmLabel: t('awardImport.allowFlagged'),
            }
          : null,
      noErrorsText: (total) => t('awardImport.noErrors', { total }),
      doneText: (count) => t('awardImport.done', { count }),
      doneLinks: (
        <Link to="/eligibility/candidates">
          <Button type="primary">{t('awardImport.toCandidates')}</Button>
        </Link>
      ),
      onImported: () => void queryClient.invalidateQueries({ queryKey: ['history'] }),
    }),
    [t, queryClient],
  );
  return <ImportWizard config={config} />;
}
