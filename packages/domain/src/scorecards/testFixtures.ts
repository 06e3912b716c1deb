import type { ScorecardItemKind, TemplateItem } from './types.ts';

/** Test fixtures of the scorecard arithmetic (not exported from the package). */

/** A leaf scored by hand; `children` turns it into a parent. */
export function item(
  code: string,
  kind: ScorecardItemKind,
  maxPoints: number,
  name: string,
  children: TemplateItem[] = [],
  extra: Partial<TemplateItem> = {},
): TemplateItem {
  return {
    id: `id-${code}`,
    code,
    kind,
    name,
    maxPoints,
    method: 'manual',
    source: null,
    scoring: null,
    children,
    ...extra,
  };
}

/**
 * A small PAR-style template: two fields (20 + 30 = 50), three levels under the first, two computed criteria,
 * two bonus items (5 + 4, capped at 6) and two penalty items (8 + 5, capped at 8).
 */
export const TEMPLATE: TemplateItem[] = [
  item('1', 'field', 20, 'Công tác chỉ đạo, điều hành', [
    item('1.1', 'criterion', 8, 'Kế hoạch CCHC', [
      item('1.1.1', 'sub', 3, 'Ban hành kế hoạch đúng hạn'),
      item('1.1.2', 'sub', 5, 'Mức độ hoàn thành kế hoạch'),
    ]),
    item('1.2', 'criterion', 12, 'Công khai TTHC'),
  ]),
  item('2', 'field', 30, 'Cải cách thủ tục hành chính', [
    item('2.1', 'criterion', 20, 'Tỷ lệ hồ sơ giải quyết đúng hạn', [], {
      method: 'computed',
      source: 'onestop.onTimeRate',
      scoring: { rule: 'ratio', target: 100 },
    }),
    item('2.2', 'criterion', 10, 'Thư xin lỗi do trễ hạn', [], {
      method: 'computed',
      source: 'onestop.apologyLetters',
      scoring: { rule: 'at_most', limit: 0 },
    }),
  ]),
  item('T1', 'bonus', 5, 'Sáng kiến được công nhận'),
  item('T2', 'bonus', 4, 'Mô hình mới'),
  item('TR1', 'penalty', 8, 'Vi phạm kỷ luật hành chính'),
  item('TR2', 'penalty', 5, 'Để xảy ra khiếu nại đông người'),
];
export const CAPS = { bonusCap: 6, penaltyCap: 8 };
