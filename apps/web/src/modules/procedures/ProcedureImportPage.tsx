import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import type { ImportConfig } from '../import/wizard.ts';
import { PROCEDURES_KEY, downloadCatalogTemplate, runProcedureImport } from './api.ts';
import type { ProcedureImportResult } from './types.ts';
import { downloadImportErrors } from './importReport.ts';

/**
 * "Nhập danh mục thủ tục từ Excel": the workbook in the layout of "Xuất Excel" (the catalog itself is the
 * template) → a dry run with each refused row and why → the import, all or nothing.
 */
export default function ProcedureImportPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const config = useMemo<ImportConfig<ProcedureImportResult>>(
    () => ({
      title: t('procedures.importTitle'),
      templateHint: t('procedures.importHint'),
      downloadTemplate: downloadCatalogTemplate,
      run: (file, { dryRun }, onProgress) => runProcedureImport(file, dryRun, onProgress),
      downloadReport: (file) => downloadImportErrors(file),
      warnings: () => null,
      noErrorsText: (total) => t('procedures.importNoErrors', { total }),
      doneText: (count) => t('procedures.importDone', { count }),
      doneLinks: (
        <Link to="/procedures">
          <Button type="primary">{t('procedures.toCatalog')}</Button>
        </Link>
      ),
      onImported: () => void queryClient.invalidateQueries({ queryKey: PROCEDURES_KEY }),
    }),
    [t, queryClient],
  );
  return <ImportWizard config={config} />;
}
