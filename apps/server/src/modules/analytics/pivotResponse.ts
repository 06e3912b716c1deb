import { PivotResponse } from '@thidua/contracts';
import type { FastifySerializerCompiler } from 'fastify';

/**
 * The pivot's answer as JSON, checked against its contract without a zod pass over every cell: a year's pivot
 * of 200 indicators by 150 units is 30,000 cells (up to 100,000), and the generic serializer's per-cell parse
 * cost more than building them. The envelope (headers, indicators, notes) goes through the schema; each cell is
 * checked by one loop — integer row and column, a finite number or null in each figure, no other key.
 */
const Envelope = PivotResponse.omit({ cells: true });
const FIGURES = new Set(['value', 'prevYear', 'growth', 'ytd', 'ytdGrowth', 'target', 'targetShare']);

function badCell(i: number, key: string): never {
  throw new Error(`Pivot answer does not match its contract: cells.${i}.${key}`);
}

export function checkPivotCells(cells: unknown): void {
  if (!Array.isArray(cells)) badCell(-1, '(not an array)');
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Record<string, unknown>;
    if (typeof cell !== 'object' || cell === null) badCell(i, '(not an object)');
    if (!Number.isInteger(cell.row)) badCell(i, 'row');
    if (!Number.isInteger(cell.column)) badCell(i, 'column');
    if (!('value' in cell)) badCell(i, 'value');
    for (const key in cell) {
      if (key === 'row' || key === 'column') continue;
      const v = cell[key];
      if (!FIGURES.has(key) || (v !== null && !(typeof v === 'number' && Number.isFinite(v)))) badCell(i, key);
    }
  }
}

/** Route-level `serializerCompiler` (a documented Fastify route option) for `POST /analytics/pivot`. */
export const pivotSerializerCompiler: FastifySerializerCompiler<unknown> = () => (data: unknown) => {
  const { cells, ...envelope } = data as PivotResponse;
  checkPivotCells(cells);
  return JSON.stringify({ ...Envelope.parse(envelope), cells });
};
