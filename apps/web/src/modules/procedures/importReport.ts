import { saveBlob } from '../../api/files.ts';
import { runProcedureImport } from './api.ts';

const cell = (value: string | number) => `"${String(value).replace(/"/gu, '""')}"`;

/**
 * The rows a dry run refused, as a CSV file Excel opens (UTF-8 with its byte-order mark): row, column
 * and the reason, for the clerk to fix the workbook against.
 */
export async function downloadImportErrors(file: File): Promise<void> {
  const result = await runProcedureImport(file, true, () => undefined);
  const lines = [
    ['Dòng', 'Cột', 'Lỗi'].map(cell).join(','),
    ...result.errors.map((e) => [e.row, e.column, e.message].map(cell).join(',')),
  ];
  const base = file.name.replace(/\.xlsx$/iu, '');
  saveBlob(new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }), `${base}-bao-cao-loi.csv`);
}
