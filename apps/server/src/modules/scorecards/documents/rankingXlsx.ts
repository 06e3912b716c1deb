import { sheetTotals } from '@thidua/domain';
import type { Deps } from '../../../platform/context.ts';
import { dateVn } from '../../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../../platform/documents/xlsx.ts';
import { pts } from './sheetModel.ts';
import { loadCycle, loadMembers, loadScores, type Cycle, type MemberRow } from './data.ts';
import { freeLine } from './sheetXlsx.ts';
import { maxTotalOf, pointsOf } from './sheetModel.ts';

/**
 * The ranking table: rank, member, self, appraised, survey (the PAR index), final score, classification and the
 * points of each field (appraised, or self where not yet appraised), in the order the stored ranking gives.
 */

export interface RankingLine {
  member: MemberRow;
  /** Points per top-level field, in template order. */
  fields: (number | null)[];
}

export interface RankingModel {
  cycle: Cycle;
  lines: RankingLine[];
  fields: { code: string; name: string; max: number }[];
  maxTotal: number;
}

export async function loadRanking(deps: Deps, id: string): Promise<RankingModel> {
  const db = deps.db.kysely;
  const cycle = await loadCycle(db, id);
  const members = await loadMembers(db, id);
  const scores = await loadScores(
    db,
    members.map((m) => m.id),
  );
  const caps = { bonusCap: cycle.bonusCap, penaltyCap: cycle.penaltyCap };
  const lines = members.map((member) => {
    const { self, appraised } = pointsOf(cycle.items, scores.get(member.id)!);
    const byField = (points: ReadonlyMap<string, number | null>) => sheetTotals(cycle.items, points, caps).byField;
    const a = byField(appraised);
    const s = byField(self);
    return { member, fields: a.map((f, i) => f.points ?? s[i]!.points) };
  });
  const fields = cycle.items
    .filter((i) => i.kind !== 'bonus' && i.kind !== 'penalty')
    .map((i) => ({ code: i.code, name: i.name, max: i.maxPoints }));
  return { cycle, lines, fields, maxTotal: maxTotalOf(cycle.items) };
}

export async function rankingWorkbook(deps: Deps, r: RankingModel, date: string): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const par = r.cycle.kind === 'par';
  const columns = [
    { header: 'Hạng', width: 6 },
    { header: par ? 'Cơ quan, đơn vị' : 'Thành viên khối', width: 40 },
    { header: 'Điểm tự chấm', width: 10 },
    { header: 'Điểm thẩm định', width: 10 },
    ...(par ? [{ header: 'Điểm điều tra xã hội học', width: 12 }] : []),
    { header: 'Tổng điểm', width: 10 },
    { header: 'Xếp loại', width: 14 },
    ...r.fields.map((f) => ({ header: `${f.code}. ${f.name} (${pts(f.max)})`, width: 18 })),
  ];
  const ws = reportSheet(wb, 'Xếp hạng', {
    title: `KẾT QUẢ XẾP HẠNG ${r.cycle.name.toLocaleUpperCase('vi')}`,
    subtitle: `Điểm tối đa ${pts(r.maxTotal)}. ${r.cycle.blocName ?? ''}${r.cycle.blocName ? '. ' : ''}Ngày ${dateVn(date)}.`,
    columns,
  });
  for (const { member: m, fields } of r.lines)
    ws.addRow([
      m.rank,
      m.name,
      m.selfTotal,
      m.appraisedTotal,
      ...(par ? [m.surveyScore] : []),
      m.finalTotal,
      m.classification,
      ...fields,
    ]);
  if (r.cycle.decisionNumber.trim())
    freeLine(
      ws,
      `Quyết định công bố: số ${r.cycle.decisionNumber}${r.cycle.decisionDate ? ` ngày ${dateVn(r.cycle.decisionDate)}` : ''}.`,
      { italic: true },
      1,
      columns.length,
    );
  return toBuffer(wb);
}
