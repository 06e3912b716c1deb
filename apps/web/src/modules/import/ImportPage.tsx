import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import type { ImportResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { PEOPLE_KEY } from '../people/api.ts';
import { downloadErrorReport, downloadTemplate, runImport } from './api.ts';
import { ImportWizard } from './ImportWizard.tsx';
import { DuplicateTable } from './ResultTables.tsx';
import type { ImportConfig } from './wizard.ts';

/** "Nhập cán bộ từ Excel": choose file → dry run with row errors → import (all or nothing). */
export default function ImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const config = useMemo<ImportConfig<ImportResult>>(
    () => ({
      title: t('import.title'),
      templateHint: t('import.templateHint'),
      downloadTemplate,
      run: (file, { dryRun, allow }, onProgress) => runImport(file, { dryRun, allowDuplicates: allow }, onProgress),
      downloadReport: (file) => downloadErrorReport(file),
      warnings: (result) =>
        result.duplicates.length > 0
          ? {
              count: result.duplicates.length,
              hint: t('import.duplicatesHint', { count: result.duplicates.length }),
              table: <DuplicateTable duplicates={result.duplicates} />,
              confirmLabel: t('import.allowDuplicates'),
            }
          : null,
      noErrorsText: (total) => t('import.noErrors', { total }),
      doneText: (count) => t('import.done', { count }),
      doneLinks: (
        <Link to="/people">
          <Button type="primary">{t('import.toList')}</Button>
        </Link>
      ),
      onImported: () => void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
    }),
    [t, queryClient],
  );
  return <ImportWizard config={config} />;
}
