import type { z } from 'zod';
import { parseFormula } from '@thidua/domain';
import { STAT_REGISTRY_FILTERS, STAT_REGISTRY_MEASURES, type CreateStatIndicatorRequest } from '@thidua/contracts';
import type { FieldError } from '../../platform/errors.ts';
import { formulaProblems, optionCodes, type Catalog } from './formulas.ts';
import type { DisaggregationRow } from './rows.ts';

export type IndicatorInput = z.output<typeof CreateStatIndicatorRequest>;

/**
 * The catalog's rules for one indicator, beyond its fields' own shapes: an index or a rate is never summed,
 * a derived indicator's formula holds (syntax, codes, options, no cycle), a registry indicator names a registry,
 * a measure and filter columns it has, and the other kinds carry neither a formula nor a registry.
 * `catalog` is the catalog as it will be once this indicator is saved (its own entry may be absent).
 */
export function indicatorProblems(
  input: IndicatorInput,
  catalog: Catalog,
  disaggregation: DisaggregationRow | null | undefined,
): FieldError[] {
  const out: FieldError[] = [];
  if (input.valueType === 'percent' && input.aggregation === 'sum')
    out.push({
      path: 'aggregation',
      message: 'Tỷ lệ, chỉ số (%) không được cộng dồn: chọn bình quân, số cuối kỳ hoặc không cộng gộp',
    });
  if (input.disaggregationId && !disaggregation)
    out.push({ path: 'disaggregationId', message: 'Nhóm phân tổ không có trong danh mục' });
  if (input.kind === 'derived') {
    if (!input.formula.trim()) out.push({ path: 'formula', message: 'Chỉ tiêu tính theo công thức cần có công thức' });
    else
      for (const message of formulaProblems(input.formula, catalog, input.code)) out.push({ path: 'formula', message });
  } else if (input.formula.trim())
    out.push({ path: 'formula', message: 'Chỉ chỉ tiêu tính theo công thức (derived) mới có công thức' });
  if (input.kind === 'registry') {
    const kind = input.registryKind;
    if (!kind) out.push({ path: 'registryKind', message: 'Chọn cơ sở dữ liệu ngành để đếm hoặc cộng' });
    else {
      const measures = STAT_REGISTRY_MEASURES[kind];
      if (!input.registryMeasure || !measures.includes(input.registryMeasure))
        out.push({ path: 'registryMeasure', message: `Đại lượng: một trong ${measures.join(', ')}` });
      const columns = STAT_REGISTRY_FILTERS[kind];
      for (const column of Object.keys(input.registryFilter))
        if (!columns.includes(column))
          out.push({
            path: `registryFilter.${column}`,
            message: `Cột lọc "${column}" không có trong cơ sở dữ liệu này (dùng: ${columns.join(', ')})`,
          });
    }
  } else {
    if (input.registryKind)
      out.push({
        path: 'registryKind',
        message: 'Chỉ chỉ tiêu từ cơ sở dữ liệu ngành (registry) mới chọn cơ sở dữ liệu',
      });
    if (input.registryMeasure)
      out.push({ path: 'registryMeasure', message: 'Chỉ dùng cho chỉ tiêu từ cơ sở dữ liệu ngành' });
    if (Object.keys(input.registryFilter).length)
      out.push({ path: 'registryFilter', message: 'Chỉ dùng cho chỉ tiêu từ cơ sở dữ liệu ngành' });
  }
  return out;
}

/** The catalog with one indicator as it would be saved (replacing its old code when renamed). */
export function catalogWith(catalog: Catalog, input: IndicatorInput, oldCode: string | null, options: string | null) {
  const next = new Map(catalog);
  if (oldCode) next.delete(oldCode);
  next.set(input.code, { code: input.code, kind: input.kind, formula: input.formula, options: optionCodes(options) });
  return next;
}

/** Derived indicators whose formula names `code` (a renamed or deactivated code would break them). */
export function usersOf(catalog: Catalog, code: string): string[] {
  return [...catalog.values()]
    .filter((e) => e.kind === 'derived' && e.code !== code)
    .filter((e) => {
      const p = parseFormula(e.formula);
      return p.ok && p.formula.refs.some((r) => r.code === code);
    })
    .map((e) => e.code);
}
