import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MOVEMENT_ACTIONS,
  MOVEMENT_STATUSES,
  MOVEMENT_TRANSITIONS,
  checkTransition,
  nextActions,
  stageAllows,
  type MovementStatus,
} from './stages.ts';
import { achieved, achievement } from './progress.ts';
import { isPeriodKey, periodBounds, periodLabel, periodsBetween } from '../periods/keys.ts';
import { blocYearErrors } from './blocs.ts';

describe('movement stages', () => {
  it('allows exactly the transitions of the table and names the stage when refusing', () => {
    const allowed: string[] = [];
    for (const s of MOVEMENT_STATUSES)
      for (const a of MOVEMENT_ACTIONS) {
        const c = checkTransition(s, a);
        if (c.ok) allowed.push(`${s}-${a}->${c.to}`);
        else expect(c.reason).toMatch(/^Không thể "/u);
      }
    expect(allowed.sort()).toEqual(
      [
        'draft-launch->launched',
        'launched-start->in_progress',
        'in_progress-interim->interim_review',
        'in_progress-final->final_review',
        'interim_review-resume->in_progress',
        'interim_review-final->final_review',
        'final_review-close->closed',
      ].sort(),
    );
    expect(checkTransition('closed', 'launch')).toEqual({
      ok: false,
      reason:
        'Không thể "Phát động" khi phong trào đang ở giai đoạn "Đã kết thúc" (chỉ được khi ở giai đoạn "Đang xây dựng").',
    });
  });

  it('reaches "closed" from "draft" on every path, and nothing leaves "closed"', () => {
    expect(nextActions('closed')).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MOVEMENT_ACTIONS), { maxLength: 30 }), (actions) => {
        let s: MovementStatus = 'draft';
        for (const a of actions) {
          const c = checkTransition(s, a);
          if (c.ok) s = c.to;
        }
        // Whatever happened, the shortest way on still ends closed.
        let guard = 0;
        while (s !== 'closed' && guard++ < 10) {
          const a = nextActions(s).find((x) => x !== 'resume')!;
          s = MOVEMENT_TRANSITIONS[a].to;
        }
        return s === 'closed';
      }),
    );
  });

  it('lets units register only while the movement runs, and report or record exemplars until it closes', () => {
    expect(stageAllows('draft')).toEqual({ edit: true, register: false, report: false, exemplars: false });
    expect(stageAllows('final_review')).toEqual({ edit: true, register: false, report: true, exemplars: true });
    expect(stageAllows('closed')).toEqual({ edit: false, register: false, report: false, exemplars: false });
  });
});

describe('reporting periods and achievement', () => {
  it('reads and labels month, quarter and year keys', () => {
    expect(isPeriodKey('month', '2026-03')).toBe(true);
    expect(isPeriodKey('month', '2026-13')).toBe(false);
    expect(isPeriodKey('quarter', '2026-Q4')).toBe(true);
    expect(isPeriodKey('quarter', '2026-03')).toBe(false);
    expect(periodLabel('quarter', '2026-Q2')).toBe('Quý II/2026');
    expect(periodLabel('month', '2026-03')).toBe('Tháng 03/2026');
    expect(periodBounds('quarter', '2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodBounds('month', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('lists the periods a movement spans', () => {
    expect(periodsBetween('quarter', '2026-02-15', '2026-08-01')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(periodsBetween('year', '2021-05-01', '2025-04-30')).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(periodsBetween('month', '2026-11-20', '2027-01-10')).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('adds amounts, takes the latest level, and judges against the commitment', () => {
    const reports = [
      { period: '2026-Q2', value: 0.2 },
      { period: '2026-Q1', value: 0.1 },
    ];
    expect(achieved({ aggregation: 'sum', direction: 'at_least' }, reports)).toBe(0.3);
    expect(achieved({ aggregation: 'latest', direction: 'at_least' }, reports)).toBe(0.2);
    expect(achieved({ aggregation: 'sum', direction: 'at_least' }, [])).toBeNull();
    expect(achievement({ aggregation: 'sum', direction: 'at_least' }, 4, 3)).toEqual({ ratio: 75, met: false });
    expect(achievement({ aggregation: 'latest', direction: 'at_most' }, 2, 1.5)).toEqual({ ratio: null, met: true });
    expect(achievement({ aggregation: 'sum', direction: 'at_least' }, null, 3)).toEqual({ ratio: null, met: null });
  });
});

describe('bloc years', () => {
  it('wants one leader, at most one deputy, and no member twice', () => {
    expect(
      blocYearErrors([
        { name: 'Sở Tài chính', role: 'leader' },
        { name: 'Sở Xây dựng', role: 'member' },
      ]),
    ).toEqual([]);
    expect(blocYearErrors([{ name: 'Sở Tài chính', role: 'member' }])).toEqual(['Chưa chọn khối trưởng.']);
    expect(
      blocYearErrors([
        { name: 'Sở Tài chính', role: 'leader' },
        { name: 'Sở Xây dựng', role: 'deputy' },
        { name: 'Sở Nội vụ', role: 'deputy' },
        { name: 'sở tài chính', role: 'member' },
      ]),
    ).toEqual(['Mỗi năm chỉ có một khối phó (đang có 2).', '"sở tài chính" được ghi hai lần.']);
  });
});
