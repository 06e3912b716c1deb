import type { z } from 'zod';
import type { InitiativeStats } from '@thidua/contracts';
import { collationKey } from '@thidua/domain';
import { ANY_ROLE, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { yearOf } from './service.ts';

type Stats = z.infer<typeof InitiativeStats>;
type Level = 'grassroots' | 'provincial' | 'national' | 'unrecognised';
const levelOf = (l: string | null): Level =>
  l === 'grassroots' || l === 'provincial' || l === 'national' ? l : 'unrecognised';
const zero = () => ({ grassroots: 0, provincial: 0, national: 0, unrecognised: 0 });

/**
 * Counts over a span of years, each initiative in the year it was recognised
 * (or registered, while not recognised), within what the user may see: "how
 * many in the last five years, how many province-wide" is one call.
 */
export async function initiativeStats(deps: Deps, user: RequestUser, from: number, to: number): Promise<Stats> {
  if (to < from)
    throw badRequest('invalid_span', 'Năm kết thúc phải sau năm bắt đầu.', [
      { path: 'to', message: 'Phải từ năm bắt đầu trở đi' },
    ]);
  if (to - from > 50)
    throw badRequest('invalid_span', 'Khoảng thống kê tối đa 50 năm.', [{ path: 'from', message: 'Tối đa 50 năm' }]);
  const tree = await deps.tree.fresh();
  const scope = scopeOf(user, ANY_ROLE, tree);
  let q = deps.db.kysely
    .selectFrom('initiatives as i')
    .select(['i.org_id', 'i.field', 'i.kind', 'i.level', yearOf.as('year')])
    .where(yearOf, '>=', String(from))
    .where(yearOf, '<=', String(to));
  if (scope !== 'all') q = q.where('i.org_id', 'in', [...scope]);
  const rows = await q.execute();
  const out: Stats = {
    from,
    to,
    total: rows.length,
    byLevel: zero(),
    provincialOrWider: 0,
    byYear: [],
    byUnit: [],
    byField: [],
    byKind: [],
  };
  const years = new Map<number, Stats['byYear'][number]>();
  for (let y = from; y <= to; y++) years.set(y, { year: y, total: 0, ...zero() });
  const units = new Map<string, Stats['byUnit'][number]>();
  const fields = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const r of rows) {
    const l = levelOf(r.level);
    const wide = l === 'provincial' || l === 'national';
    out.byLevel[l]++;
    if (wide) out.provincialOrWider++;
    const y = years.get(Number(r.year))!;
    y.total++;
    y[l]++;
    const u = units.get(r.org_id) ?? { orgId: r.org_id, name: tree.name(r.org_id), total: 0, provincialOrWider: 0 };
    u.total++;
    if (wide) u.provincialOrWider++;
    units.set(r.org_id, u);
    const f = r.field || 'Chưa phân loại';
    fields.set(f, (fields.get(f) ?? 0) + 1);
    kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  }
  out.byYear = [...years.values()];
  // Ties in Vietnamese name order ("Đ" after "D"), the same on every server whatever its ICU.
  const byName = (x: string, y: string) => {
    const [a, b] = [collationKey(x), collationKey(y)];
    return a < b ? -1 : a > b ? 1 : 0;
  };
  out.byUnit = [...units.values()].sort((a, b) => b.total - a.total || byName(a.name, b.name));
  out.byField = [...fields]
    .map(([field, total]) => ({ field, total }))
    .sort((a, b) => b.total - a.total || byName(a.field, b.field));
  out.byKind = [...kinds].map(([kind, total]) => ({ kind, total })).sort((a, b) => b.total - a.total);
  return out;
}
