import type { z } from 'zod';
import type { SimplificationQuery, SimplificationReport } from '@thidua/contracts';
import { PROCEDURE_FIELD_LABELS, simplificationOf, totalsBy, type ProcedureField, type TimeUnit } from '@thidua/domain';
import { num } from '../../db/index.ts';
import type { Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { getSetting } from '../settings/service.ts';
import { processingTime } from './rows.ts';

type Report = z.infer<typeof SimplificationReport>;

/**
 * "How many days and how many đồng of compliance cost did we cut": every amendment whose version took effect
 * in [from, to], compared with the version it replaced (the one numbered just before it), grouped by the
 * year it took effect or by field.
 */
export async function simplificationReport(deps: Deps, q: z.output<typeof SimplificationQuery>): Promise<Report> {
  if (q.to < q.from)
    throw badRequest('invalid_span', 'Đến ngày phải sau hoặc bằng từ ngày.', [
      { path: 'to', message: 'Trước ngày bắt đầu' },
    ]);
  const db = deps.db.kysely;
  const basis = await getSetting(db, 'onestop.simplificationYearlyBasis');
  const rows = await db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .innerJoin('procedure_versions as prev', (j) =>
      j.onRef('prev.procedure_id', '=', 'v.procedure_id').on((eb) => eb('prev.seq', '=', eb('v.seq', '-', 1))),
    )
    .select([
      'p.id as procedureId',
      'p.code',
      'p.name',
      'p.field',
      'v.seq',
      'v.effective_from as effectiveFrom',
      'v.decision_no as decisionNo',
      'v.time_amount as afterAmount',
      'v.time_unit as afterUnit',
      'v.compliance_cost as afterCost',
      'v.yearly_dossiers as afterYearly',
      'prev.time_amount as beforeAmount',
      'prev.time_unit as beforeUnit',
      'prev.compliance_cost as beforeCost',
      'prev.yearly_dossiers as beforeYearly',
    ])
    .where('v.seq', '>', 1)
    .where('v.status', 'in', ['published', 'superseded', 'abolished'])
    .where('v.effective_from', '>=', q.from)
    .where('v.effective_from', '<=', q.to)
    .orderBy('v.effective_from')
    .orderBy('p.code')
    .execute();
  const items = rows.map((r) => {
    const figures = simplificationOf(
      {
        timeAmount: num(r.beforeAmount),
        timeUnit: r.beforeUnit as TimeUnit,
        complianceCost: num(r.beforeCost),
        yearlyDossiers: num(r.beforeYearly),
      },
      {
        timeAmount: num(r.afterAmount),
        timeUnit: r.afterUnit as TimeUnit,
        complianceCost: num(r.afterCost),
        yearlyDossiers: num(r.afterYearly),
      },
      basis,
    );
    return {
      figures,
      item: {
        procedureId: r.procedureId,
        code: r.code,
        name: r.name,
        field: r.field as ProcedureField,
        versionSeq: num(r.seq),
        effectiveFrom: r.effectiveFrom,
        decisionNo: r.decisionNo,
        timeBefore: processingTime(r.beforeAmount, r.beforeUnit),
        timeAfter: processingTime(r.afterAmount, r.afterUnit),
        comparable: figures.comparable,
        daysCut: figures.daysCut,
        dayKind: figures.kind,
        costBefore: num(r.beforeCost),
        costAfter: num(r.afterCost),
        yearlyDossiers: num(r.beforeYearly),
        costCutPerDossier: figures.costCutPerDossier,
        costCut: figures.costCut,
        note: figures.note,
      },
    };
  });
  const keyOf = (i: (typeof items)[number]) =>
    q.by === 'year' ? (i.item.effectiveFrom ?? '').slice(0, 4) : i.item.field;
  const groups = totalsBy(items, keyOf);
  const total = totalsBy(items, () => 'all').get('all') ?? {
    amendments: 0,
    notComparable: 0,
    workingDaysCut: 0,
    calendarDaysCut: 0,
    costCutPerDossier: 0,
    costCut: 0,
  };
  return {
    by: q.by,
    basis,
    rows: [...groups.entries()]
      .map(([key, t]) => ({
        key,
        label: q.by === 'year' ? `Năm ${key}` : (PROCEDURE_FIELD_LABELS[key as ProcedureField] ?? key),
        ...t,
      }))
      .sort((a, b) => (q.by === 'year' ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label, 'vi'))),
    total,
    items: items.map((i) => i.item),
  };
}
