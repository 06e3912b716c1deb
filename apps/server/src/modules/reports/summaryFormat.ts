import { SUMMARY_NO_DATA, type SummaryFigure } from '@thidua/contracts';
import { formatNumberVn } from '../../platform/documents/official.ts';

/** A number Vietnamese-style ("884.000", "11,2"), or "không có số liệu". */
export function numberText(v: number | null | undefined, decimals = 2): string {
  return v === null || v === undefined || !Number.isFinite(v) ? SUMMARY_NO_DATA : formatNumberVn(v, decimals);
}

/** "884.000 tỷ đồng", "11,2 %", "104/343 hợp tác xã", "không có số liệu": the figure in its own unit. */
export function figureText(f: Pick<SummaryFigure, 'value' | 'unit' | 'decimals'>): string {
  if (f.value === null) return SUMMARY_NO_DATA;
  const n = numberText(f.value, f.decimals);
  // A unit starting with "/" reads as a share: "104/343 hợp tác xã".
  return f.unit ? `${n}${f.unit.startsWith('/') ? '' : ' '}${f.unit}` : n;
}
