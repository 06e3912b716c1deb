import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import type { RegistryKind } from '@thidua/contracts';
import { saveBlob } from '../../api/files.ts';
import { useT } from '../../i18n/index.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import type { BaseImportResult, ImportConfig } from '../import/wizard.ts';
import { downloadRegistry, registryKey, runRegistryImport } from './api.ts';
import { NAV_TITLE } from './fields.ts';

type Result = BaseImportResult & { created: number; updated: number };
const csvCell = (value: string | number) => `"${String(value).replace(/"/gu, '""')}"`;

/** "Nhập sổ từ Excel": the registry's own export is the template → a dry run with a row report → the import, all or nothing. */
export default function RegistryImportPage({ kind }: { kind: RegistryKind }) {
  return <KindImport kind={kind} />;
}

function KindImport({ kind }: { kind: RegistryKind }) {
  const t = useT();
  const queryClient = useQueryClient();
  const config = useMemo<ImportConfig<Result>>(() => {
    const run = async (file: File, dryRun: boolean, onProgress: (p: number) => void) => {
      const r = await runRegistryImport(kind, file, dryRun, onProgress);
      return { ...r, imported: r.created + r.updated };
    };
    return {
      title: `${t('reg.importTitle')}: ${t(NAV_TITLE[kind])}`,
      templateHint: t('reg.importHint'),
      downloadTemplate: () => downloadRegistry(kind),
      run: (file, { dryRun }, onProgress) => run(file, dryRun, onProgress),
      downloadReport: async (file) => {
        const result = await run(file, true, () => undefined);
        const lines = [
          ['Dòng', 'Cột', 'Lỗi'].map(csvCell).join(','),
          ...result.errors.map((e) => [e.row, e.column, e.message].map(csvCell).join(',')),
        ];
        const base = file.name.replace(/\.xlsx$/iu, '');
        saveBlob(
          new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }),
          `${base}-bao-cao-loi.csv`,
        );
      },
      warnings: () => null,
      noErrorsText: (total) => t('reg.importNoErrors', { total }),
      doneText: (count) => t('reg.importDone', { count }),
      doneLinks: (
        <Link to={`/registries/${kind}`}>
          <Button type="primary">{t('reg.backToList')}</Button>
        </Link>
      ),
      onImported: () => void queryClient.invalidateQueries({ queryKey: registryKey(kind) }),
    };
  }, [t, queryClient, kind]);
  return <ImportWizard config={config} />;
}
