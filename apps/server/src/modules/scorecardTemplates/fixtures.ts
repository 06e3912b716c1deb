/** A small bloc template as the editor sends it: two fields, a computed criterion, bonus and penalty items. */
export const TREE = [
  {
    code: '1',
    kind: 'field',
    name: 'Thực hiện nhiệm vụ chính trị được giao',
    maxPoints: 60,
    guidance: 'Theo báo cáo tổng kết năm',
    evidence: 'Báo cáo tổng kết',
    children: [
      {
        code: '1.1',
        kind: 'criterion',
        name: 'Hoàn thành chỉ tiêu kế hoạch',
        maxPoints: 40,
        children: [
          { code: '1.1.a', kind: 'sub', name: 'Chỉ tiêu kinh tế', maxPoints: 25, guidance: 'Đạt 100 % được 25 điểm' },
          { code: '1.1.b', kind: 'sub', name: 'Chỉ tiêu xã hội', maxPoints: 15 },
        ],
      },
      {
        code: '1.2',
        kind: 'criterion',
        name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        maxPoints: 20,
        method: 'computed',
        source: 'onestop.on_time_rate',
        scoring: {
          rule: 'bands',
          bands: [
            { min: 95, points: 20 },
            { min: 90, points: 12.5 },
          ],
        },
      },
    ],
  },
  {
    code: '2',
    kind: 'field',
    name: 'Công tác thi đua, khen thưởng',
    maxPoints: 40,
    children: [
      {
        code: '2.1',
        kind: 'criterion',
        name: 'Sáng kiến được công nhận',
        maxPoints: 10,
        method: 'computed',
        source: 'initiatives.recognised',
        scoring: { rule: 'per_unit', pointsEach: 0.5 },
      },
      {
        code: '2.2',
        kind: 'criterion',
        name: 'Tổ chức phong trào thi đua',
        maxPoints: 30,
        evidence: 'Kế hoạch, báo cáo',
      },
    ],
  },
  { code: 'A', kind: 'bonus', name: 'Được Chính phủ tặng Cờ thi đua', maxPoints: 3 },
  {
    code: 'B',
    kind: 'penalty',
    name: 'Văn bản xin lỗi do giải quyết quá hạn',
    maxPoints: 2,
    method: 'computed',
    source: 'onestop.apology_letters',
    scoring: { rule: 'at_most', limit: 0 },
  },
];

/** The shape of a tree without its ids, to compare trees across templates. */
export type Shape = { code: string; name: string; maxPoints: number; children: Shape[] } & Record<string, unknown>;
export const shapeOf = (items: { id?: string; children: unknown[] }[]): Shape[] =>
  items.map(
    ({ id: _id, children, ...rest }) =>
      ({ ...rest, children: shapeOf(children as { id?: string; children: unknown[] }[]) }) as Shape,
  );
