import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type { AwardImportResult, Catalog } from '../../api/types.ts';

export const CATALOG_KEY = ['awards', 'catalog'] as const;

/** Today in Vietnam (the legal day), as YYYY-MM-DD. */
export function todayVn(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The award catalog in force on a day (today when absent). */
export function useCatalog(date?: string) {
  return useQuery({
    queryKey: [...CATALOG_KEY, date ?? 'today'],
    queryFn: ({ signal }) => api.get<Catalog>('/awards/catalog', { date }, signal),
    staleTime: 10 * 60_000,
  });
}

/* Award history import (Excel). */

export function downloadAwardTemplate(): Promise<void> {
  return download('/history/awards/import/template.xlsx', 'mau-nhap-lich-su-khen-thuong.xlsx');
}

const importQuery = (dryRun: boolean, allowFlagged: boolean) => ({
  dryRun: String(dryRun),
  allowFlagged: String(allowFlagged),
});

export function runAwardImport(
  file: File,
  options: { dryRun: boolean; allowFlagged: boolean },
  onProgress: (percent: number) => void,
): Promise<AwardImportResult> {
  return uploadFile<AwardImportResult>('/history/awards/import', file, {
    query: importQuery(options.dryRun, options.allowFlagged),
    onProgress,
  });
}

/** The uploaded workbook back, with a "Lỗi" column per row. */
export function downloadAwardErrorReport(file: File, allowFlagged: boolean): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const base = file.name.replace(/\.xlsx$/iu, '');
  return download('/history/awards/import/report', `${base}-bao-cao-loi.xlsx`, {
    form,
    query: importQuery(true, allowFlagged),
  });
}

/* Discipline, "under review" and maternity-leave periods from Excel. */

export function downloadPeriodTemplate(): Promise<void> {
  return download('/history/periods/import/template.xlsx', 'mau-nhap-ky-luat-xem-xet-thai-san.xlsx');
}

export function runPeriodImport(
  file: File,
  options: { dryRun: boolean },
  onProgress: (percent: number) => void,
): Promise<AwardImportResult> {
  return uploadFile<AwardImportResult>('/history/periods/import', file, {
    query: { dryRun: String(options.dryRun) },
    onProgress,
  });
}

export function downloadPeriodErrorReport(file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const base = file.name.replace(/\.xlsx$/iu, '');
  return download('/history/periods/import/report', `${base}-bao-cao-loi.xlsx`, { form, query: { dryRun: 'true' } });
}
