import { download, uploadFile } from '../../api/files.ts';
import type { ImportResult } from '../../api/types.ts';

export function downloadTemplate(): Promise<void> {
  return download('/people/import/template.xlsx', 'mau-nhap-can-bo.xlsx');
}

export function runImport(
  file: File,
  options: { dryRun: boolean; allowDuplicates: boolean },
  onProgress: (percent: number) => void,
): Promise<ImportResult> {
  const query = { dryRun: String(options.dryRun), allowDuplicates: String(options.allowDuplicates) };
  return uploadFile<ImportResult>('/people/import', file, { query, onProgress });
}

/** The uploaded workbook back, with a "Lỗi" column per row. */
export function downloadErrorReport(file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const base = file.name.replace(/\.xlsx$/iu, '');
  return download('/people/import/report', `${base}-bao-cao-loi.xlsx`, { form });
}
