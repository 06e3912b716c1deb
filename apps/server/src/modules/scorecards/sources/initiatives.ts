import { sql } from 'kysely';
import { RECOGNITION_LABELS, RECOGNITION_LEVELS, type RecognitionLevel } from '@thidua/domain';
import { num } from '../../../db/index.ts';
import { figure, n, notBegun, periodOf, scopeOf, spanText } from './common.ts';
import type { ScorecardSource } from './index.ts';

const HEAD = { key: 'initiatives.recognised', label: 'Số sáng kiến được công nhận', unit: 'sáng kiến' };

/**
 * Initiatives of the member's subtree recognised in the period: the registry's `recognised` status with the
 * recognition date in the period (what the registry's statistics count for a year of recognition), any level.
 * A count is never "không đủ số liệu": none recognised is 0.
 */
export const initiativesRecognised: ScorecardSource = {
  ...HEAD,
  module: 'initiatives',
  description:
    'Sáng kiến, đề tài, giải pháp của đơn vị được công nhận (mọi cấp) có ngày công nhận trong kỳ, theo sổ sáng kiến.',
  suggested: { rule: 'per_unit', pointsEach: 1 },
  async compute(db, q) {
    const h = { source: HEAD.key, label: HEAD.label, unit: HEAD.unit };
    const p = periodOf(q);
    if (p.notBegun) return notBegun(h, q, p);
    const scope = await scopeOf(db, q.orgId);
    let query = db
      .selectFrom('initiatives')
      .select(['level', sql<string>`count(*)`.as('n')])
      .where('status', '=', 'recognised')
      .where('recognised_on', '>=', p.from)
      .where('recognised_on', '<=', p.to)
      .groupBy('level');
    if (scope.ids) query = query.where('org_id', 'in', scope.ids);
    const rows = await query.execute();
    const byLevel = new Map(rows.map((r) => [r.level, num(r.n)]));
    const total = rows.reduce((s, r) => s + num(r.n), 0);
    const parts = RECOGNITION_LEVELS.map((l: RecognitionLevel) => `${RECOGNITION_LABELS[l]} ${n(byLevel.get(l) ?? 0)}`);
    return figure(h, q, p, {
      value: total,
      numerator: total,
      denominator: null,
      detail:
        `Sáng kiến của ${scope.name} (kể cả đơn vị trực thuộc) được công nhận trong ${spanText(p)}, theo ngày công ` +
        `nhận trong sổ sáng kiến: ${n(total)} (${parts.join(', ')}).`,
    });
  },
};
