import type { TdktForm, TdktFormsQuery, TdktFormsReport } from '@thidua/contracts';
import { TDKT_FIRST_YEAR } from '@thidua/contracts';
import { ANY_ROLE, assertReach, scopeOf, type RequestUser } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { currentYearVn, todayVn } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { FACT_READERS, type TdktScope } from './tdktFacts.ts';
import { computeCells, layoutSetFor, type Fact, type FactKind, type FormLayout, type LayoutSet } from './tdktLayout.ts';
import { LAYOUTS_2023 } from './tdktLayouts2023.ts';

/** Every layout set the product knows, one per legal text (docs/reports.md "Statutory forms"). */
export const TDKT_LAYOUT_SETS: readonly LayoutSet[] = [LAYOUTS_2023];

/**
 * The unit and year a request asks for: the year between 2000 and the current one (422 naming
 * `year`), the unit within the caller's reach (by default the widest unit it reaches).
 */
async function resolveScope(
  deps: Deps,
  user: RequestUser,
  q: TdktFormsQuery,
): Promise<TdktScope & { orgName: string }> {
  const clock = clockOf(deps);
  const last = currentYearVn(clock);
  if (q.year < TDKT_FIRST_YEAR || q.year > last)
    throw new AppError(
      422,
      'year_out_of_range',
      `Năm báo cáo phải từ ${TDKT_FIRST_YEAR} đến ${last}; năm ${q.year} không lập được biểu.`,
      [{ path: 'year', message: `Năm từ ${TDKT_FIRST_YEAR} đến ${last}` }],
    );
  const tree = await deps.tree.fresh();
  let orgId = q.orgId;
  if (orgId) {
    if (!tree.has(orgId))
      throw new AppError(404, 'not_found', 'Không tìm thấy đơn vị.', [{ path: 'orgId', message: 'Không tìm thấy' }]);
    assertReach(user, ANY_ROLE, orgId, tree);
  } else {
    const reach = scopeOf(user, ANY_ROLE, tree);
    const granted = user.grants.map((g) => g.orgId).filter((id) => tree.has(id));
    // The widest unit: a root when reached, else the grant no other grant contains.
    orgId =
      reach === 'all'
        ? tree.roots()[0]!
        : (granted.find((id) => !granted.some((o) => o !== id && tree.isWithin(id, o))) ?? granted[0]!);
  }
  const root = tree.roots().includes(orgId);
  const today = todayVn(clock);
  return {
    orgId,
    orgName: tree.name(orgId),
    ids: root ? null : tree.subtree(orgId),
    year: q.year,
    asOf: q.year === last ? today : `${q.year}-12-31`,
  };
}

/** One form's cells from the facts, in the layout's order. */
export function formOf(layout: FormLayout, facts: readonly Fact[]): TdktForm {
  const cells = computeCells(layout, facts);
  return {
    code: layout.code,
    sheet: layout.sheet,
    title: layout.title,
    basis: layout.basis,
    verification: layout.verification,
    layoutNote: layout.layoutNote,
    unit: layout.unit,
    notes: [...layout.notes],
    rowHeader: layout.rowHeader,
    columns: layout.columns.map((c) => ({ key: c.key, label: c.label, path: [...(c.path ?? [])] })),
    rows: layout.rows.map((r, i) => ({
      key: r.key,
      code: r.code,
      label: r.label,
      level: r.level ?? 0,
      bold: r.bold ?? false,
      values: cells[i]!,
    })),
  };
}

/** Forms 0601–0605 of a year for a unit, each cell computed from the data. */
export async function tdktForms(deps: Deps, user: RequestUser, q: TdktFormsQuery): Promise<TdktFormsReport> {
  const scope = await resolveScope(deps, user, q);
  const set = layoutSetFor(TDKT_LAYOUT_SETS, q.year);
  const kinds = [...new Set(set.forms.map((f) => f.facts))];
  const facts = new Map<FactKind, Fact[]>();
  for (const kind of kinds) facts.set(kind, await FACT_READERS[kind](deps, scope));
  return {
    year: scope.year,
    orgId: scope.orgId,
    orgName: scope.orgName,
    asOf: scope.asOf,
    forms: set.forms.map((f) => formOf(f, facts.get(f.facts) ?? [])),
  };
}
