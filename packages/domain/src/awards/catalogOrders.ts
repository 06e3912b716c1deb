import { form, orderBonus, orderClasses, PRESIDENT, ROMAN } from './catalogFormParts.ts';
import type { Award, SubjectKind } from './types.ts';

export const ORDERS: Award[] = [
  form({
    code: 'order_gold_star',
    name: 'Huân chương Sao vàng',
    group: 'order',
    level: 'state',
    by: PRESIDENT,
    article: 'Điều 9',
    bonus: orderBonus(46),
  }),
  form({
    code: 'order_ho_chi_minh',
    name: 'Huân chương Hồ Chí Minh',
    group: 'order',
    level: 'state',
    by: PRESIDENT,
    article: 'Điều 9',
    bonus: orderBonus(30.5),
  }),
  ...orderClasses('order_independence', 'Huân chương Độc lập', 'Điều 9', [15, 12.5, 10.5]),
  ...orderClasses('order_military_exploit', 'Huân chương Quân công', 'Điều 9', [15, 12.5, 10.5]),
  // Law Art 42–44 are the three classes of the Labour Order (reference §2.3).
  ...orderClasses('order_labour', 'Huân chương Lao động', 'Điều 42–44', [9, 7.5, 4.5]),
  ...orderClasses('order_fatherland_defence', 'Huân chương Bảo vệ Tổ quốc', 'Điều 9', [9, 7.5, 4.5]),
  ...orderClasses('order_feat_of_arms', 'Huân chương Chiến công', 'Điều 9', [9, 7.5, 4.5]),
  form({
    code: 'order_great_national_unity',
    name: 'Huân chương Đại đoàn kết dân tộc',
    group: 'order',
    level: 'state',
    by: PRESIDENT,
    article: 'Điều 9',
    bonus: orderBonus(7.5),
  }),
  form({
    code: 'order_bravery',
    name: 'Huân chương Dũng cảm',
    group: 'order',
    level: 'state',
    by: PRESIDENT,
    article: 'Điều 9',
    bonus: orderBonus(4.5),
  }),
  form({
    code: 'order_friendship',
    name: 'Huân chương Hữu nghị',
    group: 'order',
    level: 'state',
    by: PRESIDENT,
    article: 'Điều 9',
    note: 'Tài liệu tham chiếu không nêu mức thưởng.',
  }),
];

export const MEDALS: Award[] = [
  form({
    code: 'medal_victory_flag',
    name: 'Huy chương Quân kỳ quyết thắng',
    group: 'medal',
    level: 'state',
    subjects: ['individual'],
    by: PRESIDENT,
    article: 'Điều 54',
  }),
  form({
    code: 'medal_national_security',
    name: 'Huy chương Vì an ninh Tổ quốc',
    group: 'medal',
    level: 'state',
    subjects: ['individual'],
    by: PRESIDENT,
    article: 'Điều 54',
  }),
  ...([1, 2, 3] as const).map((c) =>
    form({
      code: `medal_glorious_soldier_${c}`,
      name: `Huy chương Chiến sĩ vẻ vang ${ROMAN[c]}`,
      group: 'medal',
      level: 'state',
      subjects: ['individual'],
      by: PRESIDENT,
      article: 'Điều 54',
      orderClass: c,
    }),
  ),
  form({
    code: 'medal_friendship',
    name: 'Huy chương Hữu nghị',
    group: 'medal',
    level: 'state',
    subjects: ['individual'],
    by: PRESIDENT,
    article: 'Điều 54',
  }),
];

export const HONORARY: Array<[string, string, readonly SubjectKind[]]> = [
  ['hero_province', 'Tỉnh, Thành phố anh hùng', ['collective']],
  ['heroic_mother', 'Bà mẹ Việt Nam anh hùng', ['individual']],
  ['hero_armed_forces', 'Anh hùng Lực lượng vũ trang nhân dân', ['individual', 'collective']],
  ['hero_labour', 'Anh hùng Lao động', ['individual', 'collective']],
  ['people_teacher', 'Nhà giáo Nhân dân', ['individual']],
  ['meritorious_teacher', 'Nhà giáo Ưu tú', ['individual']],
  ['people_physician', 'Thầy thuốc Nhân dân', ['individual']],
  ['meritorious_physician', 'Thầy thuốc Ưu tú', ['individual']],
  ['people_artist', 'Nghệ sĩ Nhân dân', ['individual']],
  ['meritorious_artist', 'Nghệ sĩ Ưu tú', ['individual']],
  ['people_artisan', 'Nghệ nhân Nhân dân', ['individual']],
  ['meritorious_artisan', 'Nghệ nhân Ưu tú', ['individual']],
];
