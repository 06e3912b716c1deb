import { describe, expect, it } from 'vitest';
import { findAward } from './catalog.ts';

describe('whom each award is for', () => {
  it('marks military and police honours, honours for foreigners and local titles as not for a civilian department', () => {
    for (const code of [
      'order_feat_of_arms_1',
      'order_fatherland_defence_3',
      'medal_glorious_soldier_2',
      'advanced_soldier',
    ])
      expect(findAward(code)?.audience, code).toBe('armed_forces');
    expect(findAward('order_friendship')?.audience).toBe('foreigners');
    expect(findAward('cultural_family')?.audience).toBe('localities');
  });

  it("leaves what the department's staff and units receive without an audience", () => {
    for (const code of [
      'advanced_worker',
      'grassroots_emulation_fighter',
      'excellent_collective',
      'commendation_certificate',
      'certificate_of_merit_provincial',
      'certificate_of_merit_pm',
      'order_labour_3',
      'hero_labour',
      'emulation_flag_provincial',
    ])
      expect(findAward(code)?.audience, code).toBeUndefined();
  });
});
