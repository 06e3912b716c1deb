import { describe, expect, it } from 'vitest';
import { CAPS, TEMPLATE, item } from './testFixtures.ts';
import { checkTemplate } from './tree.ts';
import type { TemplateItem } from './types.ts';

const errors = (items: TemplateItem[], caps = CAPS) =>
  checkTemplate(items, caps)
    .filter((p) => p.severity === 'error')
    .map((p) => p.message);

describe('checkTemplate', () => {
  it('finds nothing wrong with a sound template', () => {
    expect(checkTemplate(TEMPLATE, CAPS)).toEqual([]);
  });

  it('refuses children that add up to more than their parent, naming the item', () => {
    const tree = [
      item('1', 'field', 20, 'Công tác chỉ đạo', [
        item('1.1', 'criterion', 10, 'Kế hoạch CCHC'),
        item('1.2', 'criterion', 10, 'Công khai TTHC', [
          item('1.2.1', 'sub', 7, 'Niêm yết'),
          item('1.2.2', 'sub', 5, 'Đăng tải'),
        ]),
      ]),
    ];
    expect(checkTemplate(tree, CAPS)).toEqual([
      {
        itemId: 'id-1.2',
        code: '1.2',
        severity: 'error',
        message: '1.2 Công khai TTHC: tổng điểm các tiêu chí con (12) vượt điểm tối đa (10)',
      },
    ]);
  });

  it('only warns when the children fall short of their parent', () => {
    const tree = [
      item('1', 'field', 20, 'Chỉ đạo', [item('1.1', 'criterion', 8, 'A'), item('1.2', 'criterion', 7.5, 'B')]),
    ];
    expect(checkTemplate(tree, CAPS)).toEqual([
      {
        itemId: 'id-1',
        code: '1',
        severity: 'warning',
        message: '1 Chỉ đạo: tổng điểm các tiêu chí con (15,5) chưa bằng điểm tối đa (20)',
      },
    ]);
  });

  it('adds decimal maxima without float noise (0,1 + 0,2 = 0,3)', () => {
    const tree = [
      item('1', 'field', 0.3, 'A', [item('1.1', 'criterion', 0.1, 'B'), item('1.2', 'criterion', 0.2, 'C')]),
    ];
    expect(checkTemplate(tree, CAPS)).toEqual([]);
  });

  it('refuses a computed item without a source or without a scoring rule', () => {
    const noSource = item('1', 'field', 10, 'Tỷ lệ đúng hạn', [], {
      method: 'computed',
      scoring: { rule: 'ratio', target: 100 },
    });
    const noRule = item('2', 'field', 10, 'Thư xin lỗi', [], { method: 'computed', source: 'onestop.apologies' });
    expect(errors([noSource, noRule])).toEqual([
      '1 Tỷ lệ đúng hạn: tiêu chí tính tự động cần chọn nguồn số liệu',
      '2 Thư xin lỗi: tiêu chí tính tự động cần quy tắc quy đổi ra điểm',
    ]);
  });

  it('refuses a computed item with children (its points come from its figure)', () => {
    const tree = [
      item('1', 'field', 10, 'Một cửa', [item('1.1', 'criterion', 10, 'Đúng hạn')], {
        method: 'computed',
        source: 'onestop.onTimeRate',
        scoring: { rule: 'ratio', target: 100 },
      }),
    ];
    expect(errors(tree)).toEqual(['1 Một cửa: tiêu chí tính tự động không được có tiêu chí con']);
  });

  it('refuses a hand-scored item that names a source', () => {
    expect(errors([item('1', 'field', 10, 'Chỉ đạo', [], { source: 'onestop.onTimeRate' })])).toEqual([
      '1 Chỉ đạo: tiêu chí chấm thủ công không dùng nguồn số liệu (onestop.onTimeRate)',
    ]);
  });

  it('refuses negative and non-finite maxima', () => {
    expect(
      errors([
        item('1', 'field', -2, 'Âm'),
        item('2', 'field', Number.NaN, 'Không phải số'),
        item('3', 'field', Number.POSITIVE_INFINITY, 'Vô hạn'),
      ]),
    ).toEqual([
      '1 Âm: điểm tối đa không được âm (-2)',
      '2 Không phải số: điểm tối đa không phải là một số',
      '3 Vô hạn: điểm tối đa không phải là một số',
    ]);
  });

  it('refuses a duplicate code anywhere in the tree, ignoring case', () => {
    const tree = [
      item('1', 'field', 10, 'A', [item('1.1', 'criterion', 10, 'B')]),
      item('2', 'field', 10, 'C', [item('1.1', 'criterion', 10, 'D', [], { id: 'other' })]),
      item('t', 'bonus', 1, 'E'),
      item('T', 'bonus', 1, 'F', [], { id: 'other-t' }),
    ];
    expect(checkTemplate(tree, CAPS).map((p) => [p.itemId, p.message])).toEqual([
      ['other', '1.1 D: mã tiêu chí "1.1" trùng với "1.1 B"'],
      ['other-t', 'T F: mã tiêu chí "T" trùng với "t E"'],
    ]);
  });

  it('refuses a sub-criterion at the top and bonus, penalty or field items below it', () => {
    const tree = [
      item('1', 'sub', 5, 'Lạc chỗ'),
      item('2', 'field', 10, 'Lĩnh vực', [
        item('2.1', 'bonus', 2, 'Thưởng lạc chỗ'),
        item('2.2', 'penalty', 2, 'Trừ lạc chỗ'),
        item('2.3', 'field', 6, 'Lĩnh vực lồng'),
      ]),
    ];
    expect(errors(tree)).toEqual([
      '1 Lạc chỗ: tiêu chí thành phần không được đặt ở cấp cao nhất, cần nằm trong một tiêu chí',
      '2.1 Thưởng lạc chỗ: mục điểm thưởng chỉ được đặt ở cấp cao nhất của bảng điểm',
      '2.2 Trừ lạc chỗ: mục điểm trừ chỉ được đặt ở cấp cao nhất của bảng điểm',
      '2.3 Lĩnh vực lồng: lĩnh vực chỉ được đặt ở cấp cao nhất của bảng điểm',
    ]);
  });

  it('refuses a fourth level', () => {
    const tree = [
      item('1', 'field', 4, 'A', [
        item('1.1', 'criterion', 4, 'B', [item('1.1.1', 'sub', 4, 'C', [item('1.1.1.1', 'sub', 4, 'D')])]),
      ]),
    ];
    expect(errors(tree)).toEqual(['1.1.1.1 D: bảng điểm có tối đa 3 cấp (lĩnh vực → tiêu chí → tiêu chí thành phần)']);
  });

  it('refuses a bonus or penalty item worth more than the template allows', () => {
    const tree = [item('1', 'field', 10, 'A'), item('T', 'bonus', 7, 'Thưởng'), item('TR', 'penalty', 9.5, 'Trừ')];
    expect(errors(tree)).toEqual([
      'T Thưởng: điểm tối đa (7) vượt mức điểm thưởng tối đa của bảng điểm (6)',
      'TR Trừ: điểm tối đa (9,5) vượt mức điểm trừ tối đa của bảng điểm (8)',
    ]);
    // At the cap is allowed.
    expect(errors([item('T', 'bonus', 6, 'Thưởng'), item('TR', 'penalty', 8, 'Trừ')])).toEqual([]);
  });

  it('refuses negative caps', () => {
    expect(errors([], { bonusCap: -1, penaltyCap: Number.NaN })).toEqual([
      'Điểm thưởng tối đa phải là một số không âm',
      'Điểm trừ tối đa phải là một số không âm',
    ]);
  });

  it('reports every problem at once, errors and warnings together', () => {
    const tree = [
      item('1', 'field', 10, 'A', [item('1.1', 'criterion', 4, 'B')]),
      item('1', 'field', -1, 'C'),
      item('2', 'sub', 3, 'D', [], { method: 'computed' }),
    ];
    const problems = checkTemplate(tree, CAPS);
    expect(problems.filter((p) => p.severity === 'warning')).toHaveLength(1);
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(5);
  });
});
