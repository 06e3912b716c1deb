import { searchKey } from '@thidua/domain';
import type { StatIndicatorTable, StatUnitMappingTable, StatUnitTable } from '../db/schema-statistics.ts';
import { newId } from '../platform/ids.ts';
import { DATASETS, DISAGGREGATIONS, INDICATORS, RULES } from './statisticsDemoData.ts';
import { COMMUNES_FROM, DISTRICTS, DISTRICTS_UNTIL, PARKS, PROVINCE } from './statisticsDemoPlaces.ts';

type Stamp = { created_at: string; updated_at: string; version: number };

/** The catalog rows of the demo (disaggregations, indicators, data sets, rules), ids by code. */
export function demoCatalog(stamp: Stamp) {
  const disaggregations = DISAGGREGATIONS.map((d) => ({
    id: newId(),
    code: d.code,
    name: d.name,
    search_key: searchKey(`${d.code} ${d.name}`),
    options: JSON.stringify(d.options),
    ...stamp,
  }));
  const disaggregationId = new Map(disaggregations.map((d) => [d.code, d.id]));
  const indicators: StatIndicatorTable[] = INDICATORS.map((i) => ({
    id: newId(),
    code: i.code,
    name: i.name,
    search_key: searchKey(`${i.code} ${i.name}`),
    kind: i.kind,
    unit: i.unit,
    value_type: i.valueType,
    aggregation: i.aggregation,
    period_type: i.periodType,
    disaggregation_id: i.disaggregation ? disaggregationId.get(i.disaggregation)! : null,
    formula: i.formula ?? '',
    registry_kind: i.registry?.kind ?? null,
    registry_measure: i.registry?.measure ?? null,
    registry_filter: JSON.stringify(i.registry?.filter ?? {}),
    decimals: i.decimals,
    source: i.source,
    description: '',
    active: 1,
    ...stamp,
  }));
  const indicatorId = new Map(indicators.map((i) => [i.code, i.id]));
  const datasets = DATASETS.map((d) => ({
    id: newId(),
    code: d.code,
    name: d.name,
    search_key: searchKey(`${d.code} ${d.name}`),
    period_type: d.periodType,
    unit_kind: d.unitKind,
    due_day: d.dueDay,
    reminder_days: 3,
    active: 1,
    ...stamp,
  }));
  const datasetIndicators = DATASETS.flatMap((d, k) =>
    d.indicators.map((code, seq) => ({
      dataset_id: datasets[k]!.id,
      indicator_id: indicatorId.get(code)!,
      seq: seq + 1,
    })),
  );
  const rules = RULES.map((r) => ({
    id: newId(),
    code: r.code,
    name: r.name,
    search_key: searchKey(`${r.code} ${r.name}`),
    kind: r.kind,
    left_expr: 'left' in r ? r.left : '',
    operator: 'operator' in r ? r.operator : '==',
    right_expr: 'right' in r ? r.right : '',
    indicator_id: 'indicator' in r ? indicatorId.get(r.indicator)! : null,
    threshold: 'threshold' in r ? r.threshold : null,
    severity: r.severity,
    period_type: r.periodType,
    dataset_id: datasets.find((d) => d.period_type === r.periodType)?.id ?? null,
    active: 1,
    ...stamp,
  }));
  return { disaggregations, indicators, indicatorId, datasets, datasetIndicators, rules };
}

/**
 * The reporting units: the province (its monthly report entered by the industry division), its nine districts
 * until 30/06/2025, the communes and wards from 01/07/2025 with the dated mapping district → communes (each
 * commune an equal share of its district), and the three industrial parks.
 */
export function demoUnits(orgIds: Map<string, string>, stamp: Stamp) {
  const unit = (
    code: string,
    name: string,
    kind: string,
    parentId: string | null,
    from: string,
    to: string | null,
    org: string | null,
  ): StatUnitTable => ({
    id: newId(),
    code,
    name,
    search_key: searchKey(`${code} ${name}`),
    kind,
    parent_id: parentId,
    org_id: org ? (orgIds.get(org) ?? null) : null,
    valid_from: from,
    valid_to: to,
    ...stamp,
  });
  const province = unit(PROVINCE.code, PROVINCE.name, 'province', null, '1997-01-01', null, 'QLCN');
  const units: StatUnitTable[] = [province];
  const mappings: StatUnitMappingTable[] = [];
  const communes = new Map<string, { unit: StatUnitTable; district: string }>();
  for (const d of DISTRICTS) {
    const district = unit(d.code, d.name, 'district', province.id, '1997-01-01', DISTRICTS_UNTIL, 'KHTC');
    units.push(district);
    d.communes.forEach((c, k) => {
      const full = c.replace(/^P\. /u, 'Phường ').replace(/^X\. /u, 'Xã ');
      const commune = unit(
        `${d.code}-${String(k + 1).padStart(2, '0')}`,
        full,
        'commune',
        province.id,
        COMMUNES_FROM,
        null,
        'KHTC',
      );
      units.push(commune);
      communes.set(c, { unit: commune, district: d.name });
      const share =
        k === d.communes.length - 1
          ? 1 - ((d.communes.length - 1) * Math.floor(1000 / d.communes.length)) / 1000
          : Math.floor(1000 / d.communes.length) / 1000;
      mappings.push({
        id: newId(),
        old_unit_id: district.id,
        new_unit_id: commune.id,
        effective_date: COMMUNES_FROM,
        share: Math.round(share * 1000) / 1000,
        note: `Sắp xếp đơn vị hành chính cấp xã từ ngày 01/07/2025 (${d.name} → ${full})`,
        ...stamp,
      });
    });
  }
  for (const p of PARKS) units.push(unit(p.code, p.name, 'industrial_park', province.id, p.from, null, 'QLCN'));
  return { province, units, mappings, communes };
}
