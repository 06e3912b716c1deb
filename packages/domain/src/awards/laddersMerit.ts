import { law } from './citations.ts';
import { BK_PROVINCE_OR_MINISTRY, collectiveCommon, common, ONE_USE, type Ladder } from './ladderParts.ts';
import type { Settings } from './settings.ts';

/** Commendation forms: Bằng khen tỉnh (Law Art 74), Bằng khen Thủ tướng (Art 73), HCLĐ hạng Ba (Art 44). */
export function meritLadders(s: Settings): Ladder[] {
  return [
    {
      awardCode: 'certificate_of_merit_provincial',
      subject: 'individual',
      route: 'điểm d khoản 1 Điều 74',
      criteria: [
        {
          key: 'route_d',
          citation: law('Điều 74 khoản 1 điểm d', 'V', 'S9', 'S11'),
          test: {
            p: 'any',
            of: [
              {
                key: 'grassroots_fighter_2_years',
                citation: law('Điều 74 khoản 1 điểm d'),
                test: { p: 'holds_chain', codes: ['grassroots_emulation_fighter'], count: 2 },
              },
              {
                key: 'excellent_with_initiatives',
                citation: law('Điều 74 khoản 1 điểm d', 'V', 'S11'),
                test: {
                  p: 'all',
                  of: [
                    {
                      key: 'excellent_2_years',
                      citation: law('Điều 74 khoản 1 điểm d'),
                      test: { p: 'rating', min: 'excellent', years: 2 },
                    },
                    {
                      key: 'initiatives_2',
                      citation: ONE_USE,
                      test: { p: 'initiatives', level: 'grassroots', count: 2, years: 2 },
                    },
                  ],
                },
              },
            ],
          },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: 2 },
        },
        ...common(s, 2),
      ],
    },
    {
      awardCode: 'certificate_of_merit_provincial',
      subject: 'collective',
      route: 'khoản 2 Điều 74',
      criteria: [
        {
          key: 'excellent_years',
          citation: law('Điều 74 khoản 2', 'P', 'S9'),
          test: { p: 'rating', min: 'excellent', years: s.collectiveProvincialMeritYears },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: s.collectiveProvincialMeritYears },
        },
        ...collectiveCommon(),
      ],
    },
    {
      awardCode: 'certificate_of_merit_pm',
      subject: 'individual',
      route: 'điểm b khoản 1 Điều 73',
      criteria: [
        {
          key: 'holds_provincial_merit',
          citation: law('Điều 73 khoản 1 điểm b', 'V', 'S10'),
          test: { p: 'holds_since', codes: BK_PROVINCE_OR_MINISTRY, years: 5 },
        },
        {
          key: 'rating_5_years',
          citation: law('Điều 73 khoản 1 điểm b', 'V', 'S10'),
          test: { p: 'rating', min: 'good', years: 5 },
        },
        {
          key: 'grassroots_fighter_3',
          citation: law('Điều 73 khoản 1 điểm b', 'V', 'S10'),
          test: { p: 'holds_count', codes: ['grassroots_emulation_fighter'], atLeast: 3, years: 5 },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: 5 },
        },
        ...common(s, 5),
      ],
    },
    {
      awardCode: 'order_labour_3',
      subject: 'individual',
      route: 'điểm e khoản 1 Điều 44',
      criteria: [
        {
          key: 'holds_pm_merit',
          citation: law('Điều 44 khoản 1 điểm e', 'V', 'S12', 'S13'),
          test: { p: 'holds_since', codes: ['certificate_of_merit_pm'], years: 5 },
        },
        {
          key: 'rating_5_years',
          citation: law('Điều 44 khoản 1 điểm e', 'V', 'S12'),
          test: { p: 'rating', min: 'good', years: 5 },
        },
        {
          key: 'excellent_1_year',
          citation: law('Điều 44 khoản 1 điểm e', 'V', 'S12'),
          test: { p: 'rating', min: 'excellent', years: 5, atLeast: 1 },
        },
        {
          key: 'grassroots_fighter_3',
          citation: law('Điều 44 khoản 1 điểm e', 'V', 'S12'),
          test: { p: 'holds_count', codes: ['grassroots_emulation_fighter'], atLeast: 3, years: 5 },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: 5 },
        },
        ...common(s, 5),
      ],
    },
  ];
}
