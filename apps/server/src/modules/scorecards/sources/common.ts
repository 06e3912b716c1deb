import type { Kysely } from 'kysely';
import { formatVnDate, type SourceFigure } from '@thidua/domain';
import { isPostgres } from '../../../db/index.ts';
import type { Database } from '../../../db/schema.ts';
import { dayVn } from '../../../platform/clock.ts';
import type { Deps } from '../../../platform/context.ts';
import { OrgTree } from '../../../platform/orgtree.ts';
import type { SourceQuery } from './index.ts';

/** The query period of a year: 1/1–31/12, or 1/1 up to today (by `now`) while the year runs. */
export interface SourcePeriod {
  from: string;
  to: string;
  /** The year has not begun by `now`: nothing can be counted. */
  notBegun: boolean;
}

export function periodOf(q: SourceQuery): SourcePeriod {
  const from = `${q.year}-01-01`;
  const end = `${q.year}-12-31`;
  const today = dayVn(q.now);
  const to = today < end ? today : end;
  return { from, to: to < from ? from : to, notBegun: today < from };
}

export const spanText = (p: SourcePeriod): string => `${formatVnDate(p.from)}–${formatVnDate(p.to)}`;

/** The organisations counted: the member's subtree, or every one (null: the whole department). */
export interface OrgScope {
  /** Null: no filter (the whole department). */
  ids: string[] | null;
  name: string;
}

export async function scopeOf(db: Kysely<Database>, orgId: string | null): Promise<OrgScope> {
  const tree = await new OrgTree(db).fresh();
  if (orgId === null) {
    const root = tree.roots()[0];
    return { ids: null, name: root ? tree.name(root) : 'toàn Sở' };
  }
  return { ids: tree.subtree(orgId), name: tree.name(orgId) || orgId };
}

/**
 * What the modules' report functions read of `Deps` (the database and its dialect, the organisation tree),
 * built over the executor the caller holds, so a figure frozen inside the caller's transaction reads what that
 * transaction sees. Nothing else of `Deps` (config, clock) is read by them: "now" comes with the query.
 */
export function depsOf(db: Kysely<Database>): Deps {
  const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  const partial = { db: { kysely: db, dialect }, tree: new OrgTree(db), version: '' };
  return partial as unknown as Deps;
}

export const VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const n = (x: number): string => VI.format(x);

/** A share in percent, rounded to two places; null with nothing to divide by. */
export const percent = (num: number, den: number): number | null =>
  den > 0 ? Math.round((num / den) * 10_000) / 100 : null;

type FigureHead = Pick<SourceFigure, 'source' | 'label' | 'unit'>;

export function figure(
  head: FigureHead,
  q: SourceQuery,
  p: SourcePeriod,
  f: { value: number | null; numerator: number | null; denominator: number | null; detail: string },
): SourceFigure {
  return { ...head, ...f, periodFrom: p.from, periodTo: p.to, computedAt: q.now };
}

/** The figure of a year that has not begun: nothing to count. */
export function notBegun(head: FigureHead, q: SourceQuery, p: SourcePeriod): SourceFigure {
  return figure(head, q, p, {
    value: null,
    numerator: null,
    denominator: null,
    detail: `Năm ${q.year} chưa bắt đầu tại ngày tính ${formatVnDate(dayVn(q.now))}: không đủ số liệu.`,
  });
}
