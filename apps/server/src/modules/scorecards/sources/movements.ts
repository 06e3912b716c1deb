import { dashboard } from '../../movements/progress.ts';
import { depsOf, figure, n, notBegun, percent, periodOf, scopeOf, spanText } from './common.ts';
import type { ScorecardSource } from './index.ts';

const HEAD = { key: 'movements.targets_met', label: 'Tỷ lệ chỉ tiêu phong trào thi đua đạt', unit: '%' };

/**
 * The movements of the year (launched or later) in which units of the member's subtree take part: per unit and
 * target, the commitment (the unit's registration, else the movement's target) against what the unit reported,
 * judged exactly as the movement's dashboard judges it (`achieved`/`achievement` of the domain). A target
 * with nothing reported or nothing committed is not judged and stays out of both counts.
 */
export const movementTargetsMet: ScorecardSource = {
  ...HEAD,
  module: 'movements',
  description:
    'Chỉ tiêu các phong trào thi đua của năm mà đơn vị tham gia: số chỉ tiêu đạt mức đã đăng ký trên số chỉ tiêu đã có số liệu báo cáo và mức đăng ký.',
  suggested: { rule: 'ratio', target: 100 },
  async compute(db, q) {
    const h = { source: HEAD.key, label: HEAD.label, unit: HEAD.unit };
    const p = periodOf(q);
    if (p.notBegun) return notBegun(h, q, p);
    const scope = await scopeOf(db, q.orgId);
    const inScope = scope.ids ? new Set(scope.ids) : null;
    const movements = await db
      .selectFrom('movements')
      .select(['id', 'name'])
      .where('year', '=', q.year)
      .where('status', '<>', 'draft')
      .orderBy('name')
      .orderBy('id')
      .execute();
    const deps = depsOf(db);
    let met = 0;
    let judged = 0;
    let unjudged = 0;
    const lines: string[] = [];
    for (const m of movements) {
      const d = await dashboard(deps, m.id);
      const units = d.units.filter((u) => !inScope || inScope.has(u.orgId));
      if (!units.length) continue;
      let mMet = 0;
      let mJudged = 0;
      for (const u of units)
        for (const r of u.results) {
          if (r.met === null) unjudged++;
          else mJudged++;
          if (r.met) mMet++;
        }
      met += mMet;
      judged += mJudged;
      lines.push(`"${m.name}": ${n(mMet)}/${n(mJudged)} chỉ tiêu đạt (${n(units.length)} đơn vị)`);
    }
    const detail = lines.length
      ? `Phong trào thi đua năm ${q.year} có ${scope.name} hoặc đơn vị trực thuộc tham gia, số liệu báo cáo đến ngày tính ` +
        `(kỳ ${spanText(p)}): ${lines.join('; ')}. Tổng: ${n(met)} chỉ tiêu đạt trên ${n(judged)} chỉ tiêu đã có số ` +
        `liệu và mức đăng ký${unjudged ? `; ${n(unjudged)} chỉ tiêu chưa có số liệu hoặc mức đăng ký, không tính` : ''}.` +
        (judged ? '' : ' Không đủ số liệu.')
      : `Không có phong trào thi đua nào của năm ${q.year} (đã phát động) mà ${scope.name} hoặc đơn vị trực thuộc tham gia: không đủ số liệu.`;
    return figure(h, q, p, { value: percent(met, judged), numerator: met, denominator: judged, detail });
  },
};
