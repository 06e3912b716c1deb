import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Version, longText, namedDate, paged, text } from './common.ts';
import { listQuery } from './lists.ts';

/**
 * The sector's registries (docs/statistics.md): one API per kind, every row dated by validFrom/validTo so a
 * count at any date is exact. Enum codes are stored; the Vietnamese labels here are the Excel's and the
 * server's (the web has its own in both locales).
 */
export const REGISTRY_KINDS = [
  'facilities',
  'cooperatives',
  'craft-villages',
  'rural-products',
  'industrial-zones',
] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const OWNERSHIPS = ['state', 'non_state', 'fdi'] as const;
export const OWNERSHIP_LABELS: Record<(typeof OWNERSHIPS)[number], string> = {
  state: 'Nhà nước',
  non_state: 'Ngoài Nhà nước',
  fdi: 'Có vốn đầu tư nước ngoài',
};
export const COOPERATIVE_FIELDS = [
  'industry_handicraft',
  'agriculture',
  'trade_service',
  'transport',
  'construction',
  'other',
] as const;
export const COOPERATIVE_FIELD_LABELS: Record<(typeof COOPERATIVE_FIELDS)[number], string> = {
  industry_handicraft: 'Công nghiệp – tiểu thủ công nghiệp',
  agriculture: 'Nông nghiệp',
  trade_service: 'Thương mại – dịch vụ',
  transport: 'Vận tải',
  construction: 'Xây dựng',
  other: 'Khác',
};
/** Circular 26/2014/TT-BCT; the commune level replaced the district one after 2025 (§13.3). */
export const PRODUCT_LEVELS = ['commune', 'district', 'provincial', 'regional', 'national'] as const;
export const PRODUCT_LEVEL_LABELS: Record<(typeof PRODUCT_LEVELS)[number], string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  provincial: 'Cấp tỉnh',
  regional: 'Cấp khu vực',
  national: 'Cấp quốc gia',
};
export const ZONE_TYPES = ['park', 'cluster'] as const;
export const ZONE_TYPE_LABELS: Record<(typeof ZONE_TYPES)[number], string> = {
  park: 'Khu công nghiệp',
  cluster: 'Cụm công nghiệp',
};

/** Statuses per kind: the first ones keep a row valid; closing sets one of `closing` with validTo. */
export const REGISTRY_STATUSES = {
  facilities: { open: ['active', 'suspended'], closing: ['closed'] },
  cooperatives: { open: ['active', 'suspended'], closing: ['dissolved'] },
  'craft-villages': { open: ['active'], closing: ['revoked'] },
  'rural-products': { open: ['active'], closing: ['expired', 'revoked'] },
  'industrial-zones': { open: ['planned', 'active'], closing: ['removed'] },
} as const satisfies Record<RegistryKind, { open: readonly string[]; closing: readonly string[] }>;
export const REGISTRY_STATUS_LABELS: Record<RegistryKind, Record<string, string>> = {
  facilities: { active: 'Đang hoạt động', suspended: 'Tạm ngừng hoạt động', closed: 'Đã ngừng hoạt động' },
  cooperatives: { active: 'Đang hoạt động', suspended: 'Tạm ngừng hoạt động', dissolved: 'Đã giải thể' },
  'craft-villages': { active: 'Đang được công nhận', revoked: 'Bị thu hồi danh hiệu' },
  'rural-products': { active: 'Còn hiệu lực', expired: 'Hết hiệu lực', revoked: 'Bị thu hồi' },
  'industrial-zones': {
    planned: 'Đã quy hoạch, chưa hoạt động',
    active: 'Đang hoạt động',
    removed: 'Đưa ra khỏi quy hoạch',
  },
};
export const registryStatuses = (kind: RegistryKind): string[] => [
  ...REGISTRY_STATUSES[kind].open,
  ...REGISTRY_STATUSES[kind].closing,
];

const whole = (label: string, max = 10_000_000) =>
  z
    .number({ error: `${label}: nhập một số` })
    .int({ error: `${label}: nhập số nguyên` })
    .min(0, { error: `${label}: không được âm` })
    .max(max, { error: `${label}: tối đa ${max.toLocaleString('vi-VN')}` });
const hectares = (label: string) =>
  z
    .number({ error: `${label}: nhập một số (ha)` })
    .min(0, { error: `${label}: không được âm` })
    .max(100_000, { error: `${label}: tối đa 100.000 ha` });
const oneOf = <T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>, what: string) =>
  z.enum(values, { error: `${what}: chọn một trong ${Object.values<string>(labels).join(', ')}` });
/** A Vietnamese tax code: 10 digits, or 10 digits, a hyphen and 3 for a branch; empty when unknown. */
const TaxCode = text(14, 0, 'Mã số thuế').refine((v) => v === '' || /^\d{10}(-\d{3})?$/u.test(v), {
  error: 'Mã số thuế: 10 chữ số, hoặc 10 chữ số, dấu gạch và 3 chữ số (đơn vị phụ thuộc)',
});

/** The fields every registry shares. */
const common = {
  code: text(40, 0, 'Mã').default(''),
  name: text(300, 1, 'Tên'),
  unitId: Id.nullable().default(null),
  address: text(300, 0, 'Địa chỉ').default(''),
  status: text(30, 1, 'Trạng thái'),
  validFrom: namedDate('Có hiệu lực từ ngày'),
  note: longText(2000, 'Ghi chú').default(''),
};

export const REGISTRY_FIELDS = {
  facilities: {
    taxCode: TaxCode.default(''),
    vsic: text(10, 0, 'Mã ngành VSIC')
      .refine((v) => v === '' || /^[A-Z]?\d{0,5}$/u.test(v), {
        error: 'Mã ngành VSIC: chữ cái cấp 1 và/hoặc đến 5 chữ số (ví dụ C, 1010)',
      })
      .default(''),
    ownership: oneOf(OWNERSHIPS, OWNERSHIP_LABELS, 'Loại hình sở hữu'),
    workers: whole('Số lao động').default(0),
  },
  cooperatives: {
    taxCode: TaxCode.default(''),
    field: oneOf(COOPERATIVE_FIELDS, COOPERATIVE_FIELD_LABELS, 'Lĩnh vực hoạt động'),
    members: whole('Số thành viên').default(0),
  },
  'craft-villages': {
    traditional: z.boolean({ error: 'Làng nghề truyền thống: có hoặc không' }).default(false),
    decisionNo: text(60, 0, 'Số quyết định công nhận').default(''),
    decisionDate: namedDate('Ngày quyết định').nullable().default(null),
    households: whole('Tổng số hộ').default(0),
    craftHouseholds: whole('Số hộ làm nghề').default(0),
    products: text(500, 0, 'Sản phẩm chính').default(''),
  },
  'rural-products': {
    producer: text(300, 0, 'Chủ thể sản xuất').default(''),
    level: oneOf(PRODUCT_LEVELS, PRODUCT_LEVEL_LABELS, 'Cấp công nhận'),
    voteYear: z
      .number({ error: 'Năm bình chọn: nhập năm' })
      .int({ error: 'Năm bình chọn: nhập năm' })
      .min(2000, { error: 'Năm bình chọn: từ 2000' })
      .max(2100, { error: 'Năm bình chọn: đến 2100' }),
    decisionNo: text(60, 0, 'Số quyết định công nhận').default(''),
    decisionDate: namedDate('Ngày quyết định').nullable().default(null),
    score: z
      .number({ error: 'Điểm bình chọn: nhập một số' })
      .max(100, { error: 'Điểm bình chọn: tối đa 100' })
      // Circular 26/2014/TT-BCT: a product is recognised with an average score of at least 70 points.
      .min(70, { error: 'Điểm bình chọn: sản phẩm được công nhận phải đạt từ 70 điểm (Thông tư 26/2014/TT-BCT)' })
      .nullable()
      .default(null),
  },
  'industrial-zones': {
    zoneType: oneOf(ZONE_TYPES, ZONE_TYPE_LABELS, 'Loại'),
    decisionNo: text(60, 0, 'Số quyết định thành lập').default(''),
    areaHa: hectares('Tổng diện tích').default(0),
    industrialLandHa: hectares('Diện tích đất công nghiệp').default(0),
    leasedLandHa: hectares('Diện tích đất đã cho thuê').default(0),
    investor: text(300, 0, 'Chủ đầu tư hạ tầng').default(''),
    projects: whole('Số dự án').default(0),
  },
} as const;

type Issue = { path: string; message: string };
/** Rules across fields, by kind, each naming the field at fault. */
export function registryCrossRules(kind: RegistryKind, v: Record<string, unknown>): Issue[] {
  const out: Issue[] = [];
  const n = (k: string) => (typeof v[k] === 'number' ? (v[k] as number) : 0);
  if (kind === 'industrial-zones') {
    if (n('industrialLandHa') > n('areaHa'))
      out.push({ path: 'industrialLandHa', message: 'Diện tích đất công nghiệp không được lớn hơn tổng diện tích' });
    if (n('leasedLandHa') > n('industrialLandHa'))
      out.push({
        path: 'leasedLandHa',
        message: 'Diện tích đất đã cho thuê không được lớn hơn diện tích đất công nghiệp',
      });
  }
  if (kind === 'craft-villages' && n('households') > 0) {
    if (n('craftHouseholds') > n('households'))
      out.push({ path: 'craftHouseholds', message: 'Số hộ làm nghề không được lớn hơn tổng số hộ' });
    // Decree 52/2018/NĐ-CP Art. 5: at least 20 % of the village's households work in the trade.
    else if (n('craftHouseholds') * 5 < n('households'))
      out.push({
        path: 'craftHouseholds',
        message: 'Làng nghề phải có tối thiểu 20% tổng số hộ tham gia hoạt động ngành nghề (Nghị định 52/2018/NĐ-CP)',
      });
  }
  return out;
}

function withRules<S extends z.ZodRawShape>(kind: RegistryKind, shape: S) {
  const statuses = registryStatuses(kind);
  return z.strictObject(shape).superRefine((v, ctx) => {
    const status = (v as { status?: string }).status;
    if (status !== undefined && !statuses.includes(status))
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `Trạng thái: chọn một trong ${statuses.map((s) => REGISTRY_STATUS_LABELS[kind][s]).join(', ')}`,
      });
    for (const i of registryCrossRules(kind, v as Record<string, unknown>))
      ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  });
}

export const registryCreateRequest = (kind: RegistryKind) => withRules(kind, { ...common, ...REGISTRY_FIELDS[kind] });
export const registryUpdateRequest = (kind: RegistryKind) =>
  withRules(kind, { ...common, ...REGISTRY_FIELDS[kind], version: Version });
export const registryCloseRequest = (kind: RegistryKind) =>
  z.strictObject({
    version: Version,
    validTo: namedDate('Chấm dứt từ ngày'),
    status: z
      .enum(REGISTRY_STATUSES[kind].closing as unknown as [string, ...string[]], {
        error: `Trạng thái sau khi chấm dứt: ${REGISTRY_STATUSES[kind].closing.map((s) => REGISTRY_STATUS_LABELS[kind][s]).join(', ')}`,
      })
      .default(REGISTRY_STATUSES[kind].closing[0]),
    reason: text(500, 1, 'Lý do chấm dứt'),
  });

/** Output shapes: plain types, so rows written by other tools (the demo) still serialise. */
const viewFields: Record<RegistryKind, z.ZodRawShape> = {
  facilities: { taxCode: z.string(), vsic: z.string(), ownership: z.string(), workers: z.number() },
  cooperatives: { taxCode: z.string(), field: z.string(), members: z.number() },
  'craft-villages': {
    traditional: z.boolean(),
    decisionNo: z.string(),
    decisionDate: IsoDate.nullable(),
    households: z.number(),
    craftHouseholds: z.number(),
    products: z.string(),
  },
  'rural-products': {
    producer: z.string(),
    level: z.string(),
    voteYear: z.number(),
    decisionNo: z.string(),
    decisionDate: IsoDate.nullable(),
    score: z.number().nullable(),
  },
  'industrial-zones': {
    zoneType: z.string(),
    decisionNo: z.string(),
    areaHa: z.number(),
    industrialLandHa: z.number(),
    leasedLandHa: z.number(),
    investor: z.string(),
    projects: z.number(),
  },
};
export const RegistryAbilities = z.object({ edit: z.boolean(), close: z.boolean() });
export const registryView = (kind: RegistryKind) =>
  z.object({
    id: Id,
    kind: z.literal(kind),
    code: z.string(),
    name: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    address: z.string(),
    status: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    note: z.string(),
    ...viewFields[kind],
    abilities: RegistryAbilities,
    version: z.number().int(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  });
export const registryList = (kind: RegistryKind) => paged(registryView(kind));

export const REGISTRY_SORTS = ['name', 'code', 'validFrom'] as const;
const AsOf = namedDate('Tính đến ngày').optional();
const statusFilter = (kind: RegistryKind) =>
  z.enum(registryStatuses(kind) as [string, ...string[]], { error: 'Trạng thái không có trong danh mục' }).optional();
/** Each kind's own filters beside asOf, status and the commune. */
export const REGISTRY_FILTERS = {
  facilities: { ownership: z.enum(OWNERSHIPS).optional() },
  cooperatives: { field: z.enum(COOPERATIVE_FIELDS).optional() },
  'craft-villages': { traditional: z.enum(['true', 'false']).optional() },
  'rural-products': {
    level: z.enum(PRODUCT_LEVELS).optional(),
    voteYear: z.coerce.number().int().min(2000).max(2100).optional(),
  },
  'industrial-zones': { zoneType: z.enum(ZONE_TYPES).optional() },
} as const;
export const registryQuery = (kind: RegistryKind) =>
  listQuery(REGISTRY_SORTS, 'name', {
    asOf: AsOf,
    status: statusFilter(kind),
    unitId: Id.optional(),
    ...REGISTRY_FILTERS[kind],
  });
export const RegistrySummaryQuery = z.object({ asOf: AsOf, unitId: Id.optional() });
const Count = z.object({ code: z.string(), label: z.string(), count: z.number().int() });
export const RegistrySummary = z.object({
  kind: z.enum(REGISTRY_KINDS),
  asOf: z.string().nullable(),
  total: z.number().int(),
  byStatus: z.array(Count),
  /** The kind's main classification (ownership, field, level, zone type, traditional or not). */
  byClass: z.array(Count),
  /** Sums of the kind's numeric columns (workers, members, households, hectares, projects). */
  sums: z.array(z.object({ code: z.string(), label: z.string(), unit: z.string(), value: z.number() })),
  /** Industrial zones: leased ÷ industrial land × 100 (null without industrial land). */
  occupancyRate: z.number().nullable(),
});
export type RegistrySummary = z.infer<typeof RegistrySummary>;
export const RegistryImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });
export const RegistryImportResult = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type RegistryImportResult = z.infer<typeof RegistryImportResult>;
export const RegistryUnitList = z.object({
  items: z.array(
    z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), validTo: z.string().nullable() }),
  ),
});
