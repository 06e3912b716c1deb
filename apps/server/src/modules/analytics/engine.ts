import {
  type Accumulator,
  EMPTY_ACCUMULATOR,
  type Formula,
  type ReportingPeriod,
  type Shift,
  combinePartsAccumulator,
  evaluateFormula,
  finish,
  formatPeriodId,
  formulaTerms,
  parseFormula,
  periodRange,
  reportingPeriodLabel,
  scalePart,
  yearToDateOf,
  yearsBefore,
} from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { registryMeasure } from '../registries/service.ts';
import { type PeriodData, dataKey, fetchPeriod } from './fetch.ts';
import { type Indicator, type Units, childrenDuring } from './universe.ts';

/**
 * One analysis: declare every (indicator, period) it will read (`need`, which follows derived indicators'
 * formulas to their terms and shifted periods), load them in a few aggregated queries (`load`), then read
 * figures (`value`) for any unit selection and option. Derived indicators are evaluated on the terms already
 * combined for the selection — a ratio of sums, never an average of ratios.
 */

/** The province as a whole (null) or a set of units combined. */
export type UnitSelection = string[] | null;
const selKey = (sel: UnitSelection) => (sel === null ? '*' : sel.join(','));
const MAX_DEPTH = 8;
/** When a unit is read through the mapping of the 2025 change (see `acc`). */
type MapMode = 'partial' | 'absent' | 'never';

/** "Lũy kế" to a period's last month; to December it is the year itself (a stored yearly figure counts). */
export const ytdOf = (p: ReportingPeriod): ReportingPeriod => {
  const ytd = yearToDateOf(p);
  return ytd.index === 12 ? { type: 'year', year: p.year, index: 0 } : ytd;
};

export const shifted = (p: ReportingPeriod, s: Shift): ReportingPeriod => {
  const back = yearsBefore(p, s.yearsBack);
  return s.ytd ? ytdOf(back) : back;
};

export class Analysis {
  readonly notes = new Set<string>();
  private readonly needs = new Map<string, { period: ReportingPeriod; codes: Set<string>; byOption: Set<string> }>();
  private readonly data = new Map<string, PeriodData>();
  private readonly registry = new Map<string, number | null>();
  private readonly formulas = new Map<string, Formula | null>();
  private readonly memo = new Map<string, Accumulator>();
  private readonly periods = new WeakMap<ReportingPeriod, { pid: string; range: { from: string; to: string } }>();

  constructor(
    private readonly db: Kysely<Database>,
    readonly catalog: Map<string, Indicator>,
    readonly units: Units,
    /**
     * Figures will be asked only for option '' (a pivot without the disaggregation on an axis): an indicator's
     * options are then added up in the database, except where a formula names one.
     */
    private readonly opts: { wholeOnly?: boolean } = {},
  ) {}

  private formulaOf(ind: Indicator): Formula | null {
    if (!this.formulas.has(ind.code)) {
      const parsed = parseFormula(ind.formula);
      this.formulas.set(ind.code, parsed.ok ? parsed.formula : null);
    }
    return this.formulas.get(ind.code)!;
  }

  need(code: string, period: ReportingPeriod, depth = 0, byOption = !this.opts.wholeOnly): void {
    const ind = this.catalog.get(code);
    if (!ind || depth > MAX_DEPTH) return;
    const id = formatPeriodId(period);
    let entry = this.needs.get(id);
    if (!entry) this.needs.set(id, (entry = { period, codes: new Set(), byOption: new Set() }));
    if (byOption) entry.byOption.add(code);
    if (entry.codes.has(code)) return;
    entry.codes.add(code);
    if (ind.kind !== 'derived') return;
    const f = this.formulaOf(ind);
    for (const t of f ? formulaTerms(f) : [])
      this.need(t.ref.code, shifted(period, t.shift), depth + 1, byOption || !!t.ref.category);
  }

  /** Reads everything needed; registry counts for each selection the figures will be asked for. */
  async load(selections: UnitSelection[]): Promise<void> {
    for (const [id, { period, codes, byOption }] of this.needs) {
      const inds = [...codes].map((c) => this.catalog.get(c)!);
      const elements = inds.filter((i) => i.kind === 'element');
      const data = await fetchPeriod(
        this.db,
        elements.filter((i) => byOption.has(i.code)),
        period,
      );
      const whole = await fetchPeriod(
        this.db,
        elements.filter((i) => !byOption.has(i.code)),
        period,
        undefined,
        { wholeOnly: true },
      );
      for (const [k, v] of whole) data.set(k, v);
      this.data.set(id, data);
      for (const ind of inds.filter((i) => i.kind === 'registry' && i.registryKind))
        for (const sel of selections) {
          const unitIds = sel === null ? undefined : sel.flatMap((u) => this.subtree(u));
          const n = await registryMeasure(this.db, {
            kind: ind.registryKind!,
            measure: ind.registryMeasure ?? 'count',
            filter: ind.registryFilter,
            asOf: periodRange(period).to,
            unitIds,
          });
          this.registry.set(`${ind.code}|${id}|${selKey(sel)}`, n);
        }
    }
  }

  private subtree(unitId: string): string[] {
    return [unitId, ...(this.units.children.get(unitId) ?? []).flatMap((c) => this.subtree(c.id))];
  }

  /**
   * The figure; null is "không đủ số liệu". `listing`: the unit is one row of a list of the units that existed
   * in the period, which together make the province — it then maps to its predecessors or successors only for
   * a period in which it did not exist at all (a commune's row for last year), never adding them beside itself.
   */
  value(
    code: string,
    period: ReportingPeriod,
    sel: UnitSelection,
    category = '',
    listing = false,
    depth = 0,
  ): number | null {
    const ind = this.catalog.get(code);
    if (!ind || depth > MAX_DEPTH) return null;
    if (ind.kind === 'registry')
      return category ? null : (this.registry.get(`${code}|${formatPeriodId(period)}|${selKey(sel)}`) ?? null);
    if (ind.kind === 'derived') {
      const f = this.formulaOf(ind);
      if (!f || category) return null;
      return evaluateFormula(f, {
        value: (ref, shift) =>
          this.value(ref.code, shifted(period, shift), sel, ref.category ?? '', listing, depth + 1),
      });
    }
    const map = listing ? 'absent' : 'partial';
    // One unit (a pivot's row): its accumulator is the whole (combining one part returns it).
    if (sel?.length === 1) return finish(ind.aggregation, this.acc(ind, period, sel[0]!, category, map));
    const parts = (sel ?? [this.units.root?.id ?? null]).map((u) => this.acc(ind, period, u, category, map));
    return finish(ind.aggregation, combinePartsAccumulator(ind.aggregation, parts));
  }

  /** A period's id and days, computed once per period object (a pivot asks thousands of cells). */
  private periodOf(period: ReportingPeriod) {
    let info = this.periods.get(period);
    if (!info) {
      const pid = formatPeriodId(period);
      info = { pid, range: periodRange(period) };
      this.periods.set(period, info);
    }
    return info;
  }

  private own(ind: Indicator, data: PeriodData | undefined, unitId: string, category: string): Accumulator {
    const cats = data?.get(dataKey(ind.id, unitId));
    if (!cats) return EMPTY_ACCUMULATOR;
    if (category) return cats.get(category) ?? EMPTY_ACCUMULATOR;
    return cats.get('') ?? combinePartsAccumulator(ind.aggregation, [...cats.values()]);
  }

  /**
   * A unit's figure: its own values, else the sum (by the aggregation) of the units under it that existed in
   * the period; a unit that did not exist for the whole period adds its predecessors or successors through
   * `stat_unit_mappings` (the 2025 change of local government), and the analysis notes it.
   */
  private acc(
    ind: Indicator,
    period: ReportingPeriod,
    unitId: string | null,
    category: string,
    map: MapMode,
  ): Accumulator {
    const { pid, range } = this.periodOf(period);
    const data = this.data.get(pid);
    const own = unitId === null ? EMPTY_ACCUMULATOR : this.own(ind, data, unitId, category);
    const unit = unitId === null ? undefined : this.units.byId.get(unitId);
    // Start and end of the span the unit must cover not to be read through the mapping (see below).
    const [start, end] = map === 'partial' ? [range.from, range.to] : [range.to, range.from];
    // The common case, a unit with its own figure valid over the whole period: nothing to combine or remember.
    if (own.count > 0 && (map === 'never' || (unit && unit.validFrom <= start && (unit.validTo ?? end) >= end)))
      return own;
    const key = `${ind.id}|${pid}|${unitId ?? '*'}|${category}|${map}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    let result =
      own.count > 0
        ? own
        : combinePartsAccumulator(
            ind.aggregation,
            childrenDuring(this.units, unitId, range.from, range.to).map((c) =>
              this.acc(ind, period, c.id, category, 'never'),
            ),
          );
    if (map !== 'never' && unit) {
      // Partial: the unit existed for only part of the period; absent: for none of it.
      const mapped: Accumulator[] = [];
      const names: string[] = [];
      const add = (otherId: string, share: number) => {
        const part = scalePart(ind.aggregation, this.acc(ind, period, otherId, category, 'never'), share);
        if (part.count > 0) {
          mapped.push(part);
          names.push(this.units.byId.get(otherId)?.name ?? otherId);
        }
      };
      if (unit.validFrom > start) for (const m of this.units.predecessors.get(unit.id) ?? []) add(m.oldUnitId, m.share);
      if (unit.validTo !== null && unit.validTo < end)
        for (const m of this.units.successors.get(unit.id) ?? []) {
          // A successor formed from this unit alone is counted whole; one formed from several, by the share.
          const sole = (this.units.predecessors.get(m.newUnitId) ?? []).every((p) => p.oldUnitId === unit.id);
          add(m.newUnitId, sole ? 1 : m.share);
        }
      if (mapped.length > 0) {
        result = combinePartsAccumulator(ind.aggregation, [result, ...mapped]);
        this.notes.add(
          `${unit.name}, ${reportingPeriodLabel(period).toLowerCase()}: tính qua bảng chuyển đổi đơn vị hành chính từ ${names.join(', ')}.`,
        );
      }
    }
    this.memo.set(key, result);
    return result;
  }
}
