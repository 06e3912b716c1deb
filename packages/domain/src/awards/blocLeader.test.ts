import { describe, expect, it } from 'vitest';
import { evaluate } from './eligibility.ts';
import type { BlocResult } from './eligibilityInput.ts';
import { makeSettings } from './settings.ts';
import { collective, crit, failing, ratings } from './testFixtures.ts';

const result = (over: Partial<BlocResult> = {}): BlocResult => ({
  year: 2025,
  blocId: 'b1',
  blocName: 'Khối thi đua các sở kinh tế',
  organiser: 'province',
  rank: 1,
  of: 8,
  scorecardId: 's1',
  published: true,
  ...over,
});
const flag = (awardCode: string, blocResults: BlocResult[]) =>
  evaluate(collective(awardCode, 2025, { ratings: ratings({ 2025: 'excellent' }), blocResults }));

describe('"Leads its bloc" from the published bloc ranking', () => {
  it("first place in the province's bloc meets the province's flag criterion, with the ranking as evidence", () => {
    const r = flag('emulation_flag_provincial', [result()]);
    const c = crit(r, 'bloc_leader');
    expect(c.met).toBe(true);
    expect(c.detail).toBe('Dẫn đầu Khối thi đua các sở kinh tế năm 2025: hạng 1/8 (kết quả chấm điểm đã công bố).');
    expect(c.evidence).toEqual([
      'Dẫn đầu Khối thi đua các sở kinh tế năm 2025: hạng 1/8 (kết quả chấm điểm đã công bố)',
    ]);
    // What is left to a person: exceeding the targets, a new model to replicate.
    expect(r.criteria.filter((x) => x.met === null).map((x) => x.key)).toEqual(['provincial_flag_exceeds_targets']);
  });

  it('a lower place refuses it with the same evidence', () => {
    const r = flag('emulation_flag_provincial', [result({ rank: 3 })]);
    expect(r.verdict).toBe('not_eligible');
    expect(failing(r)).toEqual(['bloc_leader']);
    expect(crit(r, 'bloc_leader').detail).toBe(
      'Khối thi đua các sở kinh tế năm 2025: hạng 3/8 (kết quả chấm điểm đã công bố): không dẫn đầu khối, cụm thi đua.',
    );
    expect(crit(r, 'bloc_leader').evidence).toEqual([
      'Khối thi đua các sở kinh tế năm 2025: hạng 3/8 (kết quả chấm điểm đã công bố)',
    ]);
  });

  it('without a published ranking of the year and organiser it stays a fact from outside, as before', () => {
    for (const results of [
      [],
      [result({ published: false })],
      [result({ year: 2024 })],
      [result({ organiser: 'ministry' })],
      [result({ organiser: 'department' })],
    ]) {
      const c = crit(flag('emulation_flag_provincial', results), 'bloc_leader');
      expect(c.met).toBeNull();
      expect(c.detail).toBe(
        'Dẫn đầu khối/cụm thi đua, được khối suy tôn (biên bản và kết quả bỏ phiếu của khối): thông tin từ bên ngoài, cần bổ sung.',
      );
    }
    // A confirmation recorded by hand still answers when no ranking is kept here.
    const confirmed = evaluate(
      collective('emulation_flag_provincial', 2025, {
        ratings: ratings({ 2025: 'excellent' }),
        confirmations: { bloc_leader: { met: true, by: 'Biên bản suy tôn ngày 10/12/2025' } },
      }),
    );
    expect(crit(confirmed, 'bloc_leader').met).toBe(true);
  });

  it("the ministry's flag reads the ministry's clusters; leading one of several blocs is enough", () => {
    const ministry = result({
      blocId: 'c2',
      blocName: 'Cụm thi đua các Sở Công Thương miền Trung',
      organiser: 'ministry',
    });
    const r = evaluate(
      collective('emulation_flag_ministry', 2025, {
        ratings: ratings({ 2025: 'excellent' }),
        blocResults: [result({ rank: 2 }), ministry],
        settings: makeSettings({ ministryFlagNeedsExcellentCollective: false }),
      }),
    );
    expect(crit(r, 'bloc_leader')).toMatchObject({ met: true });
    expect(crit(r, 'bloc_leader').detail).toContain('Dẫn đầu Cụm thi đua các Sở Công Thương miền Trung năm 2025');
    expect(crit(flag('emulation_flag_provincial', [result({ rank: 2 }), ministry]), 'bloc_leader').met).toBe(false);
  });

  it("the Government's flag reads a bloc of the province or the ministry, never a department's own", () => {
    expect(crit(flag('emulation_flag_government', [result()]), 'bloc_leader').met).toBe(true);
    expect(crit(flag('emulation_flag_government', [result({ organiser: 'ministry' })]), 'bloc_leader').met).toBe(true);
    expect(
      crit(flag('emulation_flag_government', [result({ organiser: 'department' })]), 'bloc_leader').met,
    ).toBeNull();
    expect(crit(flag('emulation_flag_government', [result({ rank: 4 })]), 'bloc_leader').met).toBe(false);
  });
});
