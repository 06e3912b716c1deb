import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import type { AwardImportResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import type { ImportConfig } from '../import/wizard.ts';
import { downloadPeriodErrorReport, downloadPeriodTemplate, runPeriodImport } from './api.ts';

/** "Nhập kỷ luật, xem xét, thai sản": dated periods the eligibility engine reads, from Excel. */
export default function PeriodImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const config = useMemo<ImportConfig<AwardImportResult>>(
    () => ({
      title: t('periodImport.title'),
      templateHint: t('periodImport.templateHint'),
      downloadTemplate: downloadPeriodTemplate,
      run: (file, { dryRun }, onProgress) => runPeriodImport(file, { dryRun }, onProgress),
      downloadReport: (file) => downloadPeriodErrorReport(file),
      warnings: () => null,
      noErrorsText: (total) => t('periodImport.noErrors', { total }),
      doneText: (count) => t('periodImport.done', { count }),
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
