import { describe, expect, it } from 'vitest';
import { pivotSerializerCompiler } from './pivotResponse.ts';

/** The pivot's fast serializer still holds the answer to its contract (a wrong figure is an error, not sent). */
const serialize = pivotSerializerCompiler({ schema: {}, method: 'POST', url: '/api/v1/analytics/pivot' } as never);
const answer = (cells: unknown[]) => ({
  rowDimensions: ['unit'],
  columnDimensions: ['indicator'],
  rows: [{ unitId: 'u1', labels: ['Xã Tân Cương'] }],
  columns: [{ indicator: 'GT', labels: ['Giá trị sản xuất công nghiệp (tỷ đồng)'] }],
  cells,
  compare: ['prevYear'],
  indicators: [
    {
      code: 'GT',
      name: 'Giá trị sản xuất',
      unit: 'tỷ đồng',
      aggregation: 'sum',
      periodType: 'month',
      kind: 'element',
      decimals: 1,
    },
  ],
  notes: [],
});

describe('pivot answer serializer', () => {
  it('writes a valid answer as plain JSON, cells as they are', () => {
    const a = answer([{ row: 0, column: 0, value: 884.5, prevYear: null }]);
    expect(JSON.parse(serialize(a))).toEqual(a);
  });

  it('refuses a cell out of contract: a text figure, a fractional row, an unknown key, an infinite value', () => {
    for (const cell of [
      { row: 0, column: 0, value: '884' },
      { row: 0.5, column: 0, value: 1 },
      { row: 0, column: 0, value: 1, extra: 2 },
      { row: 0, column: 0, value: 1, growth: Infinity },
      { row: 0, column: 0 },
    ])
      expect(() => serialize(answer([cell])), JSON.stringify(cell)).toThrow(/cells\.0/u);
    expect(() => serialize({ ...answer([]), rowDimensions: ['month'] })).toThrow();
  });
});
