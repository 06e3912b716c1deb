/** Sector statistics: the dated reporting units and the mapping of old units to their successors (docs/statistics.md). */
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Version, namedDate, paged, text } from './common.ts';
import { listQuery } from './lists.ts';

export const STAT_UNIT_KINDS = [
  'province',
  'district',
  'commune',
  'enterprise',
  'industrial_park',
  'industrial_cluster',
] as const;
export type StatUnitKindCode = (typeof STAT_UNIT_KINDS)[number];
export const STAT_UNIT_KIND_LABELS: Record<StatUnitKindCode, string> = {
  province: 'Tỉnh',
  district: 'Huyện (đến 30/06/2025)',
  commune: 'Xã, phường',
  enterprise: 'Doanh nghiệp báo cáo',
  industrial_park: 'Khu công nghiệp',
  industrial_cluster: 'Cụm công nghiệp',
};
export const StatUnitKind = z.enum(STAT_UNIT_KINDS, {
  error: 'Loại đơn vị: tỉnh, huyện, xã, doanh nghiệp, khu hoặc cụm công nghiệp',
});

const UnitFields = {
  code: text(40, 1, 'Mã đơn vị').pipe(
    z.string().regex(/^[A-Za-z0-9_.-]+$/u, 'Mã đơn vị: chỉ gồm chữ không dấu, chữ số, dấu gạch dưới, gạch ngang, chấm'),
  ),
  name: text(300, 1, 'Tên đơn vị'),
  kind: StatUnitKind,
  parentId: Id.nullable().default(null),
  /** The organisation whose statistics reporters enter for the unit. */
  orgId: Id.nullable().default(null),
  validFrom: namedDate('Hiệu lực từ ngày'),
  validTo: namedDate('Hiệu lực đến ngày').nullable().default(null),
};
const spanCheck = (v: { validFrom: string; validTo: string | null }, ctx: z.RefinementCtx) => {
  if (v.validTo && v.validTo < v.validFrom)
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Hiệu lực đến ngày: trước ngày bắt đầu hiệu lực' });
};
export const CreateStatUnitRequest = z.strictObject(UnitFields).superRefine(spanCheck);
export const UpdateStatUnitRequest = z.strictObject({ ...UnitFields, version: Version }).superRefine(spanCheck);

const UnitRef = z.object({ id: Id, code: z.string(), name: z.string() });
export const StatUnitView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: StatUnitKind,
  parent: UnitRef.nullable(),
  org: z.object({ id: Id, name: z.string() }).nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatUnitsQuery = listQuery(['code', 'name', 'validFrom'] as const, 'code', {
  kind: StatUnitKind.optional(),
  /** Only the units valid on that day. */
  asOf: namedDate('Ngày').optional(),
  parentId: Id.optional(),
});
export const StatUnitList = paged(StatUnitView);
/** The units valid on a day as a tree, flattened depth-first (a parent before its children). */
export const StatUnitTreeQuery = z.object({ asOf: namedDate('Ngày'), kind: StatUnitKind.optional() });
export const StatUnitTree = z.object({
  asOf: IsoDate,
  items: z.array(
    z.object({
      id: Id,
      code: z.string(),
      name: z.string(),
      kind: StatUnitKind,
      parentId: Id.nullable(),
      depth: z.number().int(),
      validFrom: IsoDate,
      validTo: IsoDate.nullable(),
    }),
  ),
});

const MappingFields = {
  oldUnitId: Id,
  newUnitId: Id,
  effectiveDate: namedDate('Ngày hiệu lực'),
  share: z
    .number({ error: 'Tỷ lệ: cần một số' })
    .finite()
    .gt(0, 'Tỷ lệ: lớn hơn 0')
    .max(1, 'Tỷ lệ: không quá 1 (toàn bộ)')
    .default(1),
  note: text(500, 0, 'Ghi chú').default(''),
};
export const CreateStatUnitMappingRequest = z.strictObject(MappingFields);
export const UpdateStatUnitMappingRequest = z.strictObject({ ...MappingFields, version: Version });
export const StatUnitMappingView = z.object({
  id: Id,
  oldUnit: UnitRef,
  newUnit: UnitRef,
  effectiveDate: IsoDate,
  share: z.number(),
  note: z.string(),
  version: Version,
  updatedAt: IsoDateTime,
});
export const StatUnitMappingsQuery = listQuery(['effectiveDate', 'oldUnit'] as const, 'effectiveDate', {
  /** Mappings from or to this unit. */
  unitId: Id.optional(),
});
export const StatUnitMappingList = paged(StatUnitMappingView);
export const StatDeleteQuery = z.object({ version: z.coerce.number().int().min(1, 'Phiên bản không hợp lệ') });
