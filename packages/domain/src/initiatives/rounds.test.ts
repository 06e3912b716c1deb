import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES, autoRecusal, roundMove, scoringRefusal } from './rounds.ts';

const round = { status: 'open' as const, opensOn: '2026-11-02', closesOn: '2026-12-15' };
// root ─ QLCN ─ Tổ cấp phép; root ─ QLTM
const parent: Record<string, string | undefined> = { qlcn: 'root', to: 'qlcn', qltm: 'root', root: undefined };
const isWithin = (o: string, a: string) => {
  for (let x: string | undefined = o; x; x = parent[x]) if (x === a) return true;
  return false;
};
const isRoot = (o: string) => o === 'root';

describe('review rounds', () => {
  it('moves setup → open → closed ⇄ open and refuses the rest, naming the status', () => {
    expect(roundMove('setup', 'open')).toEqual({ to: 'open' });
    expect(roundMove('open', 'close')).toEqual({ to: 'closed' });
    expect(roundMove('closed', 'reopen')).toEqual({ to: 'open' });
    expect(roundMove('decided', 'reopen')).toEqual({
      error: 'Không thể "mở lại đợt chấm" khi đợt đang ở trạng thái "Đã công nhận"',
    });
    expect(roundMove('setup', 'close')).toHaveProperty('error');
  });

  it('lets reviewers score only in an open round, within its dates, in a scoring phase', () => {
    const [independent] = DEFAULT_PHASES;
    expect(scoringRefusal(round, independent, '2026-11-26')).toBeNull();
    expect(scoringRefusal({ ...round, status: 'setup' }, independent, '2026-11-26')).toBe('Đợt chấm chưa mở');
    expect(scoringRefusal({ ...round, status: 'closed' }, independent, '2026-11-26')).toBe(
      'Đợt chấm đã kết thúc, không thể chấm thêm',
    );
    expect(scoringRefusal(round, independent, '2026-11-01')).toBe('Đợt chấm mở từ ngày 02/11/2026');
    expect(scoringRefusal(round, independent, '2026-12-16')).toBe('Đợt chấm đã hết hạn, không thể chấm thêm');
    expect(scoringRefusal(round, { ...independent!, canScore: false }, '2026-11-26')).toContain('không cho phép');
  });

  it('starts anonymous, then shows names and scores in discussion', () => {
    expect(DEFAULT_PHASES.map((p) => [p.seeAuthors, p.seeOthers])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('recuses authors and anyone of their unit or below it, but not a seat at the root', () => {
    const initiative = { authorIds: ['an'], orgIds: ['to'] };
    expect(autoRecusal({ personId: 'an', orgIds: ['root'] }, initiative, isWithin, isRoot)).toBe('author');
    expect(autoRecusal({ personId: null, orgIds: ['root', 'qlcn'] }, initiative, isWithin, isRoot)).toBe('same_unit');
    expect(autoRecusal({ personId: 'binh', orgIds: ['to'] }, initiative, isWithin, isRoot)).toBe('same_unit');
    expect(autoRecusal({ personId: 'binh', orgIds: ['root', 'qltm'] }, initiative, isWithin, isRoot)).toBeNull();
    expect(autoRecusal({ personId: null, orgIds: ['root'] }, initiative, isWithin, isRoot)).toBeNull();
  });
});
