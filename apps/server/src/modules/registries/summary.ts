import { REGISTRY_STATUS_LABELS, type RegistryKind, type RegistrySummary } from '@thidua/contracts';
import { num } from '../../db/index.ts';
import type { Deps } from '../../platform/context.ts';
import { KINDS, TRADITIONAL_LABELS, columnOf } from './kinds.ts';
import { countExpr, loose, validAt, type RowQuery } from './rows.ts';

/** Counts by status and by the kind's classification, and its sums, over the rows valid at `asOf` (all rows without). */
export async function registrySummary(
  deps: Deps,
  kind: RegistryKind,
  q: { asOf?: string | undefined; unitId?: string | undefined },
): Promise<RegistrySummary> {
  const s = KINDS[kind];
  let base = loose(deps.db.kysely).selectFrom(s.table) as unknown as RowQuery;
  if (q.asOf) base = validAt(base, q.asOf);
  if (q.unitId) base = base.where('unit_id', '=', q.unitId);
  const grouped = async (column: string) =>
    (await base
      .clearSelect()
      .select([column as 'status', countExpr().as('n')])
      .groupBy(column)
      .execute()) as unknown as { n: unknown; [k: string]: unknown }[];
  const sumCols = s.columns.filter((c) => c.unit);
  const [byStatus, byClass, sums] = await Promise.all([
    grouped('status'),
    grouped(s.classBy),
    sumCols.length
      ? (base
          .clearSelect()
          .select((eb) => sumCols.map((c) => eb.fn.sum(c.column).as(c.column)))
          .executeTakeFirst() as Promise<Record<string, unknown> | undefined>)
      : Promise.resolve(undefined),
  ]);
  const classCol = columnOf(s, s.classBy)!;
  const classLabels = classCol.type === 'bool' ? TRADITIONAL_LABELS : (classCol.labels ?? {});
  const statusLabels = REGISTRY_STATUS_LABELS[kind];
  const order = (labels: Record<string, string>) => (a: { code: string }, b: { code: string }) => {
    const keys = Object.keys(labels);
    return (keys.indexOf(a.code) + 1 || 99) - (keys.indexOf(b.code) + 1 || 99) || a.code.localeCompare(b.code);
  };
  const counts = (rows: { n: unknown; [k: string]: unknown }[], column: string, labels: Record<string, string>) =>
    rows
      .map((r) => {
        const code = String(r[column] ?? '');
        return { code, label: labels[code] ?? code, count: num(r.n) };
      })
      .sort(order(labels));
  const sumOf = (column: string) => Math.round(num(sums?.[column] ?? 0) * 100) / 100;
  const industrial = sumOf('industrial_land_ha');
  return {
    kind,
    asOf: q.asOf ?? null,
    total: byStatus.reduce((t, r) => t + num(r.n), 0),
    byStatus: counts(byStatus, 'status', statusLabels),
    byClass: counts(byClass, s.classBy, classLabels),
    sums: sumCols.map((c) => ({ code: c.key, label: c.header, unit: c.unit!, value: sumOf(c.column) })),
    // Occupancy of industrial land (§13.1): leased ÷ industrial land × 100, unknown without industrial land.
    occupancyRate:
      kind === 'industrial-zones' && industrial > 0
        ? Math.round((sumOf('leased_land_ha') / industrial) * 10000) / 100
        : null,
  };
}
