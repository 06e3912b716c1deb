import {
  COOPERATIVE_FIELDS,
  OWNERSHIPS,
  PRODUCT_LEVELS,
  REGISTRY_STATUSES,
  ZONE_TYPES,
  type RegistryKind,
} from '@thidua/contracts';
import type { MessageKey, Translate } from '../../i18n/index.tsx';

export type FieldType = 'text' | 'int' | 'number' | 'date' | 'bool' | 'enum' | 'unit' | 'longText';
export interface FieldDef {
  key: string;
  type: FieldType;
  /** Enum values, labelled by `reg.<enumKey>.<value>`. */
  values?: readonly string[];
  enumKey?: string;
  required?: boolean;
  /** Shown as a column of the list. */
  column?: boolean;
}

/** Each kind's own fields, in the order of the form (the server's kinds.ts describes the same ones). */
const OWN: Record<RegistryKind, FieldDef[]> = {
  facilities: [
    { key: 'taxCode', type: 'text', column: true },
    { key: 'vsic', type: 'text' },
    { key: 'ownership', type: 'enum', values: OWNERSHIPS, enumKey: 'ownership', required: true, column: true },
    { key: 'workers', type: 'int', column: true },
  ],
  cooperatives: [
    { key: 'taxCode', type: 'text', column: true },
    { key: 'field', type: 'enum', values: COOPERATIVE_FIELDS, enumKey: 'field', required: true, column: true },
    { key: 'members', type: 'int', column: true },
  ],
  'craft-villages': [
    { key: 'traditional', type: 'bool', column: true },
    { key: 'decisionNo', type: 'text', column: true },
    { key: 'decisionDate', type: 'date' },
    { key: 'households', type: 'int', column: true },
    { key: 'craftHouseholds', type: 'int', column: true },
    { key: 'products', type: 'text' },
  ],
  'rural-products': [
    { key: 'producer', type: 'text', column: true },
    { key: 'level', type: 'enum', values: PRODUCT_LEVELS, enumKey: 'level', required: true, column: true },
    { key: 'voteYear', type: 'int', required: true, column: true },
    { key: 'decisionNo', type: 'text' },
    { key: 'decisionDate', type: 'date' },
    { key: 'score', type: 'number', column: true },
  ],
  'industrial-zones': [
    { key: 'zoneType', type: 'enum', values: ZONE_TYPES, enumKey: 'zoneType', required: true, column: true },
    { key: 'decisionNo', type: 'text' },
    { key: 'areaHa', type: 'number', column: true },
    { key: 'industrialLandHa', type: 'number', column: true },
    { key: 'leasedLandHa', type: 'number', column: true },
    { key: 'investor', type: 'text' },
    { key: 'projects', type: 'int' },
  ],
};

/** The form's fields: name and code first, the kind's own, then where, status and validity. */
export const fieldsOf = (kind: RegistryKind): FieldDef[] => [
  { key: 'name', type: 'text', required: true },
  { key: 'code', type: 'text' },
  ...OWN[kind],
  { key: 'unitId', type: 'unit' },
  { key: 'address', type: 'text' },
  { key: 'status', type: 'enum', values: REGISTRY_STATUSES[kind].open, required: true },
  { key: 'validFrom', type: 'date', required: true },
  { key: 'note', type: 'longText' },
];

/** The list filter beside status and the as-of date. */
export const FILTER_OF: Record<RegistryKind, FieldDef | null> = {
  facilities: OWN.facilities[2]!,
  cooperatives: OWN.cooperatives[1]!,
  'craft-villages': { key: 'traditional', type: 'enum', values: ['true', 'false'] },
  'rural-products': OWN['rural-products'][1]!,
  'industrial-zones': OWN['industrial-zones'][0]!,
};

export const NAV_TITLE: Record<RegistryKind, MessageKey> = {
  facilities: 'nav.regFacilities',
  cooperatives: 'nav.regCooperatives',
  'craft-villages': 'nav.regCraftVillages',
  'rural-products': 'nav.regRuralProducts',
  'industrial-zones': 'nav.regIndustrialZones',
};

/** Labels of one kind: fields, enum values, statuses (a kind's own wording first, e.g. craft villages). */
export function labelsOf(kind: RegistryKind, t: Translate) {
  const has = (key: string) => t(key as MessageKey) !== key;
  return {
    field: (key: string) => t(`reg.f.${key}` as MessageKey),
    value: (f: FieldDef, v: string) =>
      f.key === 'traditional'
        ? t(v === 'true' ? 'reg.traditionalYes' : 'reg.traditionalNo')
        : f.enumKey
          ? t(`reg.${f.enumKey}.${v}` as MessageKey)
          : v,
    status: (s: string) =>
      has(`reg.status.${kind}.${s}`)
        ? t(`reg.status.${kind}.${s}` as MessageKey)
        : has(`reg.status.${s}`)
          ? t(`reg.status.${s}` as MessageKey)
          : s,
  };
}
