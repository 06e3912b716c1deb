import { formatVnDate } from '@thidua/domain';
import { dayVn } from '../../../platform/clock.ts';
import { countTasks, countedTasks } from '../../workTasks/results.ts';
import { figure, n, notBegun, percent, periodOf, scopeOf } from './common.ts';
import type { ScorecardSource } from './index.ts';

const HEAD = {
  key: 'work_programmes.tasks_on_time',
  label: 'Tỷ lệ nhiệm vụ trong chương trình công tác hoàn thành đúng hạn',
  unit: '%',
};

/**
 * The tasks of the year's work programmes (issued or closed) whose unit in charge lies in the member's subtree,
 * counted exactly as the results per unit count them (`GET /tasks/results`, classifyTask on the day of `now`):
 * done by the original deadline among the tasks done or due; tasks not yet due are not judged, dropped ones
 * not counted. None done or due: "không đủ số liệu".
 */
export const workTasksOnTime: ScorecardSource = {
  ...HEAD,
  module: 'workProgrammes',
  description:
    'Nhiệm vụ trong chương trình công tác năm, quý, tháng do đơn vị chủ trì: số nhiệm vụ hoàn thành đúng hạn ban đầu trên tổng số nhiệm vụ đã hoàn thành hoặc đã đến hạn (không tính nhiệm vụ chưa đến hạn và nhiệm vụ đưa ra khỏi chương trình).',
  suggested: { rule: 'ratio', target: 100 },
  async compute(db, q) {
    const h = { source: HEAD.key, label: HEAD.label, unit: HEAD.unit };
    const p = periodOf(q);
    if (p.notBegun) return notBegun(h, q, p);
    const scope = await scopeOf(db, q.orgId);
    const today = dayVn(q.now);
    const c = countTasks(await countedTasks(db, q.year, scope.ids), today);
    const judged = c.total - c.pending;
    return figure(h, q, p, {
      value: percent(c.onTime, judged),
      numerator: c.onTime,
      denominator: judged,
      detail:
        `Nhiệm vụ năm ${q.year} do ${scope.name} (kể cả đơn vị trực thuộc) chủ trì, tính đến ngày ${formatVnDate(today)}: ` +
        `đã hoàn thành hoặc đã đến hạn ${n(judged)}, trong đó đúng hạn ${n(c.onTime)}, hoàn thành trong hạn gia hạn ` +
        `${n(c.extended)}, trễ hạn ${n(c.late)}, quá hạn chưa hoàn thành ${n(c.notDone)}; chưa đến hạn ${n(c.pending)}, ` +
        `đưa ra khỏi chương trình ${n(c.dropped)} (không tính).` +
        (judged ? '' : ' Không có nhiệm vụ nào đã hoàn thành hoặc đến hạn: không đủ số liệu.'),
    });
  },
};
