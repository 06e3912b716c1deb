import { useState } from 'react';
import { Button } from 'antd';
import { download } from '../api/files.ts';
import type { Query } from '../api/client.ts';
import { useProblemHandler } from '../api/problems.ts';
import { useT } from '../i18n/index.tsx';
import { FileExcelOutlined } from '../lib/icons.tsx';

export interface ExportButtonProps {
  /** The list's export route (`/council/members/export.xlsx`). */
  path: string;
  /** The file name kept when the server gives none. */
  filename: string;
  /** The view's filters, search and sort as the page shows them, so the workbook holds the same rows. */
  query?: Query;
  /** A label other than "Xuất Excel". */
  label?: string;
}

/** "Xuất Excel": downloads the list as the page shows it (every row, not the page), a refusal shown as a problem. */
export function ExportButton({ path, filename, query, label }: ExportButtonProps) {
  const t = useT();
  const onError = useProblemHandler();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await download(path, filename, query ? { query } : {});
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()}>
      {label ?? t('list.exportExcel')}
    </Button>
  );
}
