import { law } from './citations.ts';
import {
  advancedWorker,
  bloc,
  flagRating,
  collectiveCommon,
  common,
  LAO_DONG,
  ONE_USE,
  PRINCIPLES,
  type Ladder,
} from './ladderParts.ts';
import type { Criterion } from './predicates.ts';
import type { Settings } from './settings.ts';

/** Emulation titles: individual (Law Arts 21–24), collective (Arts 27–28) and the flags (Arts 25–26). */
export function titleLadders(s: Settings): Ladder[] {
  return [
    { awardCode: 'advanced_worker', subject: 'individual', criteria: [...advancedWorker(s), ...common(s, 1)] },
    {
      awardCode: 'grassroots_emulation_fighter',
      subject: 'individual',
      criteria: [
        ...advancedWorker(s),
        {
          key: 'excellent_or_initiative',
          citation: law('Điều 23', 'V', 'S3', 'S4'),
          test: {
            p: 'any',
            of: [
              { key: 'excellent', citation: law('Điều 23'), test: { p: 'rating', min: 'excellent', years: 1 } },
              {
                key: 'initiative',
                citation: ONE_USE,
                test: { p: 'initiatives', level: 'grassroots', count: 1, years: 1 },
              },
            ],
          },
        },
        ...common(s, 1),
      ],
    },
    {
      awardCode: 'provincial_emulation_fighter',
      subject: 'individual',
      criteria: [
        {
          key: 'grassroots_fighter_3_years',
          citation: law('Điều 22', 'V', 'S3'),
          test: { p: 'holds_chain', codes: ['grassroots_emulation_fighter'], count: 3 },
        },
        {
          key: 'provincial_initiative',
          citation: law('Điều 22', 'V', 'S3'),
          test: { p: 'initiatives', level: 'provincial', count: 1, years: 3 },
        },
        {
          key: 'outstanding',
          citation: law('Điều 22', 'V', 'S3'),
          test: { p: 'judgement', text: 'Tiêu biểu xuất sắc trong số những người 3 lần liên tục đạt CSTĐCS' },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: 3 },
        },
        ...common(s, 3),
      ],
    },
    {
      awardCode: 'national_emulation_fighter',
      subject: 'individual',
      criteria: [
        {
          key: 'provincial_fighter_twice',
          citation: law('Điều 21', 'V', 'S2'),
          test: { p: 'holds_chain', codes: ['provincial_emulation_fighter'], count: 2 },
        },
        {
          key: 'national_initiative',
          citation: law('Điều 21', 'V', 'S2'),
          test: { p: 'initiatives', level: 'national', count: 1, years: 6 },
        },
        {
          key: 'outstanding',
          citation: law('Điều 21', 'V', 'S2'),
          test: { p: 'judgement', text: 'Tiêu biểu xuất sắc trong số những người 2 lần liên tục đạt CSTĐ bộ, tỉnh' },
        },
        {
          key: 'not_already_rewarded',
          citation: law('Điều 5', 'V', 'S12'),
          test: { p: 'not_already_rewarded', years: 6 },
        },
        ...common(s, 6),
      ],
    },
    {
      awardCode: 'advanced_collective',
      subject: 'collective',
      criteria: [
        {
          key: 'rating',
          citation: law('Điều 28 khoản 1 điểm a', 'V', 'S37'),
          test: { p: 'rating', min: 'good', years: 1 },
        },
        // CSTĐCS holders meet the LĐTT criteria by definition (Law Art 23), so they count.
        {
          key: 'members_advanced_share',
          citation: law('Điều 28 khoản 1 điểm c', 'P', 'S37', 'S36'),
          test: { p: 'member_share', codes: LAO_DONG, ...s.advancedCollectiveShare },
        },
        ...collectiveCommon(),
      ],
    },
    {
      awardCode: 'excellent_collective',
      subject: 'collective',
      criteria: [
        {
          key: 'advanced_collective',
          citation: law('Điều 27', 'P', 'S37b'),
          test: { p: 'holds_chain', codes: ['advanced_collective'], count: 1 },
        },
        { key: 'rating', citation: law('Điều 27', 'P', 'S37b'), test: { p: 'rating', min: 'excellent', years: 1 } },
        {
          key: 'members_all_completed',
          citation: law('Điều 27', 'P', 'S37b'),
          test: { p: 'member_all_rated', min: 'completed' },
        },
        {
          key: 'members_advanced_share',
          citation: law('Điều 27', 'P', 'S37b'),
          test: { p: 'member_share', codes: LAO_DONG, min: s.excellentCollectiveShare, strict: false },
        },
        {
          key: 'members_fighter',
          citation: law('Điều 27', 'P', 'S37b'),
          test: {
            p: 'member_holds',
            codes: ['grassroots_emulation_fighter'],
            atLeast: s.excellentCollectiveMinFighters,
          },
        },
        ...collectiveCommon(),
      ],
    },
    {
      awardCode: 'emulation_flag_provincial',
      subject: 'collective',
      criteria: [...flagRating(s, 'Điều 26'), ...bloc('provincial_flag', 'Điều 26', 'province')],
    },
    {
      awardCode: 'emulation_flag_ministry',
      subject: 'collective',
      criteria: [
        ...(s.ministryFlagNeedsExcellentCollective
          ? [
              {
                key: 'excellent_collective',
                citation: { role: 'ministry_flag' },
                test: { p: 'holds_chain', codes: ['excellent_collective'], count: 1 },
              } satisfies Criterion,
            ]
          : []),
        ...flagRating(s, 'Điều 26'),
        ...bloc('ministry_flag', 'Điều 26', 'ministry'),
      ],
    },
    {
      awardCode: 'emulation_flag_government',
      subject: 'collective',
      criteria: [
        ...flagRating(s, 'Điều 25'),
        {
          key: 'bloc_leader',
          citation: law('Điều 25', 'V', 'S6'),
          // Leading a bloc of the ministry or the province; "outstanding among the leaders" is the next judgement's.
          test: {
            p: 'leads_bloc',
            organisers: ['province', 'ministry'],
            text: 'Tiêu biểu xuất sắc trong số các tập thể dẫn đầu khối/cụm thi đua của bộ, tỉnh (kết quả suy tôn của khối)',
          },
        },
        {
          key: 'government_flag_exceeds_targets',
          citation: law('Điều 25', 'V', 'S6'),
          test: {
            p: 'judgement',
            text: 'Thành tích vượt chỉ tiêu, nội bộ đoàn kết, đi đầu thực hành tiết kiệm, chống tham nhũng',
          },
        },
        { key: 'not_under_review', citation: PRINCIPLES, test: { p: 'not_under_review' } },
      ],
    },
  ];
}
