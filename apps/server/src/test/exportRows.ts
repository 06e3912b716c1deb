import { expect } from 'vitest';
import { cellText, loadWorkbook } from '../platform/documents/xlsx.ts';
import type { Client } from './harness.ts';

/**
 * The data rows of a list exported to Excel as text, cell by cell: a report sheet (`reportSheet`)
 * puts the heading, the title, its note and the column headers on rows 1–4.
 */
export async function exportRows(c: Client, url: string): Promise<string[][]> {
  const res = await c.get(url);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
  const out: string[][] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => cells.push(cellText(cell.value)));
    out.push(cells);
  }
  return out;
}
