/** Sector statistics and registries (migrations 20261207_120–_122, docs/statistics.md). Booleans are 0/1. */

interface Stamped {
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StatDisaggregationTable extends Stamped {
  id: string;
  code: string;
  name: string;
  /**
   * Code and name without diacritics, what the list's search box matches (migration 127). Optional only so that
   * rows written before it still type-check; every insert should fill it (`searchKey(\`${code} ${name}\`)`).
   */
  search_key?: string;
  /** JSON `[{code, name}]`. */
  options: string;
}

export type StatIndicatorKind = 'element' | 'derived' | 'registry';
export type StatAggregation = 'sum' | 'average' | 'last' | 'none';
export type StatPeriodType = 'month' | 'quarter' | 'half' | 'year';

export interface StatIndicatorTable extends Stamped {
  id: string;
  code: string;
  name: string;
  search_key: string;
  kind: StatIndicatorKind;
  unit: string;
  /** `number`, `integer` or `percent`. */
  value_type: string;
  aggregation: StatAggregation;
  period_type: StatPeriodType;
  disaggregation_id: string | null;
  /** A derived indicator's formula (packages/domain/src/statistics/formula.ts); '' otherwise. */
  formula: string;
  /** A registry indicator: which registry (`facilities`, `cooperatives`, …), `count` or a numeric column, and a JSON filter `{column: value}`. */
  registry_kind: string | null;
  registry_measure: string | null;
  registry_filter: string;
  decimals: number;
  source: string;
  description: string;
  active: number;
}

/** `province`, `district`, `commune`, `enterprise`, `industrial_park`, `industrial_cluster`. */
export interface StatUnitTable extends Stamped {
  id: string;
  code: string;
  name: string;
  search_key: string;
  kind: string;
  parent_id: string | null;
  /** The organisation whose statistics reporters enter for this unit (access follows its subtree). */
  org_id: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface StatUnitMappingTable extends Stamped {
  id: string;
  old_unit_id: string;
  new_unit_id: string;
  effective_date: string;
  share: number;
  note: string;
}

export interface StatDatasetTable extends Stamped {
  id: string;
  code: string;
  name: string;
  /**
   * Code and name without diacritics, what the list's search box matches (migration 127). Optional only so that
   * rows written before it still type-check; every insert should fill it (`searchKey(\`${code} ${name}\`)`).
   */
  search_key?: string;
  period_type: StatPeriodType;
  /** The kind of reporting unit that reports it. */
  unit_kind: string;
  /** Day of the month after the period by which it is due. */
  due_day: number;
  reminder_days: number;
  active: number;
}

export interface StatDatasetIndicatorTable {
  dataset_id: string;
  indicator_id: string;
  seq: number;
}

export interface StatDatasetUnitTable {
  dataset_id: string;
  unit_id: string;
}

export type StatRevision = 'estimate' | 'preliminary' | 'official';

export interface StatValueTable extends Stamped {
  indicator_id: string;
  unit_id: string;
  /** `2021`, `2021S1`, `2021Q3`, `2021-07`. */
  period: string;
  /** The disaggregation option's code; '' for the undisaggregated value. */
  category: string;
  period_type: StatPeriodType;
  year: number;
  /** The last month the period covers (12 for a year). */
  month: number;
  value: number | null;
  revision: StatRevision;
  comment: string;
  updated_by: string | null;
}

export interface StatValueHistoryTable {
  id: string;
  indicator_id: string;
  unit_id: string;
  period: string;
  category: string;
  value: number | null;
  revision: StatRevision;
  comment: string;
  changed_by: string | null;
  changed_at: string;
}

export type StatSubmissionStatus = 'open' | 'submitted' | 'approved' | 'accepted';

export interface StatSubmissionTable extends Stamped {
  id: string;
  dataset_id: string;
  unit_id: string;
  period: string;
  status: StatSubmissionStatus;
  submitted_at: string | null;
  approved_at: string | null;
  accepted_at: string | null;
}

export interface StatRuleTable extends Stamped {
  id: string;
  code: string;
  name: string;
  /**
   * Code and name without diacritics, what the list's search box matches (migration 127). Optional only so that
   * rows written before it still type-check; every insert should fill it (`searchKey(\`${code} ${name}\`)`).
   */
  search_key?: string;
  /** `expression`, `ytd_monotonic`, `mom_change`, `outlier`. */
  kind: string;
  left_expr: string;
  /** `==`, `!=`, `<`, `<=`, `>`, `>=`. */
  operator: string;
  right_expr: string;
  indicator_id: string | null;
  threshold: number | null;
  /** `error` or `warning`. */
  severity: string;
  period_type: string | null;
  dataset_id: string | null;
  active: number;
}

export interface StatTargetTable extends Stamped {
  indicator_id: string;
  unit_id: string;
  year: number;
  category: string;
  value: number;
  note: string;
}

export interface StatViewTable extends Stamped {
  id: string;
  owner_id: string;
  name: string;
  /** JSON: rows, columns, filters, indicator codes, periods, chart kind. */
  definition: string;
  shared: number;
}

interface RegistryCommon extends Stamped {
  id: string;
  code: string;
  name: string;
  search_key: string;
  /** The commune (reporting unit) it lies in. */
  unit_id: string | null;
  address: string;
  status: string;
  valid_from: string;
  valid_to: string | null;
  note: string;
}

export interface RegFacilityTable extends RegistryCommon {
  tax_code: string;
  vsic: string;
  /** `state`, `non_state`, `fdi`. */
  ownership: string;
  workers: number;
}

export interface RegCooperativeTable extends RegistryCommon {
  tax_code: string;
  /** `industry_handicraft`, `agriculture`, `trade_service`, `transport`, `construction`, `other`. */
  field: string;
  members: number;
}

export interface RegCraftVillageTable extends RegistryCommon {
  traditional: number;
  decision_no: string;
  decision_date: string | null;
  households: number;
  craft_households: number;
  products: string;
}

export interface RegRuralProductTable extends RegistryCommon {
  producer: string;
  /** `commune`, `district`, `provincial`, `regional`, `national`. */
  level: string;
  vote_year: number;
  decision_no: string;
  decision_date: string | null;
  score: number | null;
}

export interface RegIndustrialZoneTable extends RegistryCommon {
  /** `park` (khu công nghiệp) or `cluster` (cụm công nghiệp). */
  zone_type: string;
  decision_no: string;
  area_ha: number;
  industrial_land_ha: number;
  leased_land_ha: number;
  investor: string;
  projects: number;
}

/** Running totals at quarter ends (migration 129): values of months 1..upto of one year and period type. */
export interface StatValueTotalTable {
  indicator_id: string;
  year: number;
  period_type: string;
  /** 3, 6, 9 or 12. */
  upto: number;
  unit_id: string;
  category: string;
  total: number | null;
  count: number;
}

export interface StatisticsTables {
  stat_disaggregations: StatDisaggregationTable;
  stat_indicators: StatIndicatorTable;
  stat_units: StatUnitTable;
  stat_unit_mappings: StatUnitMappingTable;
  stat_datasets: StatDatasetTable;
  stat_dataset_indicators: StatDatasetIndicatorTable;
  stat_dataset_units: StatDatasetUnitTable;
  stat_values: StatValueTable;
  stat_value_totals: StatValueTotalTable;
  stat_value_history: StatValueHistoryTable;
  stat_submissions: StatSubmissionTable;
  stat_rules: StatRuleTable;
  stat_targets: StatTargetTable;
  stat_views: StatViewTable;
  reg_facilities: RegFacilityTable;
  reg_cooperatives: RegCooperativeTable;
  reg_craft_villages: RegCraftVillageTable;
  reg_rural_products: RegRuralProductTable;
  reg_industrial_zones: RegIndustrialZoneTable;
}
