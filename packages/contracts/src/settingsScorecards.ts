import { z } from 'zod';
import {
  DEFAULT_SCORECARDS,
  EVIDENCE_KINDS,
  EVIDENCE_KIND_INFO,
  TIE_BREAK_KEYS,
  TIE_BREAK_LABELS,
  type ClassificationBand,
} from '@thidua/domain';
import { choice, int, num, type SettingField } from './settingsForm.ts';

/**
 * The scorecards' P/U facts (docs/scorecards.md; reference one-stop-par-statistics §8 and §12.2), one setting
 * each, with the domain's default. Spread into `SETTING_DEFS` (settings.ts) under area `scorecards`.
 */
const D = DEFAULT_SCORECARDS;
const def = <S extends z.ZodType>(d: {
  area: 'scorecards';
  label: string;
  help: string;
  tag: 'V' | 'P' | 'U';
  source: string;
  schema: S;
  default: z.output<S>;
  form: SettingField[];
}) => d;

/** An ordered list of distinct choices; the message names the list and the value listed twice. */
const distinct = <T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  labels: Record<T[number], string>,
  min: number,
) =>
  z
    .array(choice(label, values), { error: `${label}: cần một danh sách` })
    .min(min, `${label}: cần chọn ít nhất ${min}`)
    .max(values.length, `${label}: tối đa ${values.length} mục`)
    .superRefine((list, ctx) => {
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i)
          ctx.addIssue({ code: 'custom', path: [i], message: `${label}: "${labels[v as T[number]]}" chọn hai lần` });
      });
    });

const BANDS = 'Mức xếp loại';
const band = z.strictObject({
  minPercent: num(`${BANDS}: từ (% điểm tối đa)`, 0, 100),
  label: z
    .string({ error: `${BANDS}: cần tên mức` })
    .trim()
    .min(1, `${BANDS}: tên mức không được để trống`)
    .max(60, `${BANDS}: tên mức tối đa 60 ký tự`),
});
// Stored highest first, the order `classify` reads them and the page shows them.
const bands = z
  .array(band, { error: `${BANDS}: cần một danh sách` })
  .min(1, `${BANDS}: cần ít nhất một mức`)
  .max(10, `${BANDS}: tối đa 10 mức`)
  .superRefine((rows, ctx) => {
    rows.forEach((r, i) => {
      if (rows.findIndex((x) => x.minPercent === r.minPercent) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'minPercent'], message: `${BANDS}: trùng ngưỡng ${r.minPercent}%` });
      if (rows.findIndex((x) => x.label.toLowerCase() === r.label.toLowerCase()) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `${BANDS}: trùng tên mức "${r.label}"` });
    });
  })
  .transform((rows): ClassificationBand[] => [...rows].sort((a, b) => b.minPercent - a.minPercent));

const EVIDENCE_LABELS = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, EVIDENCE_KIND_INFO[k].label])) as Record<
  (typeof EVIDENCE_KINDS)[number],
  string
>;

export const SCORECARD_SETTING_DEFS = {
  'scorecards.tieBreak': def({
    area: 'scorecards',
    label: 'Thứ tự tiêu chí phân định khi bằng điểm',
    help: 'Khi hai đơn vị bằng tổng điểm, lần lượt so theo các tiêu chí này (theo thứ tự đã chọn); vẫn bằng nhau sau tất cả thì cùng hạng (1, 1, 3). Áp dụng khi xếp hạng kỳ chấm điểm.',
    tag: 'U',
    source:
      'Quy chế hoạt động của khối thi đua và quy định chấm điểm Chỉ số CCHC của tỉnh (tài liệu tham chiếu chưa nêu quy tắc phân định)',
    schema: distinct('Tiêu chí phân định', TIE_BREAK_KEYS, TIE_BREAK_LABELS, 1),
    default: D.tieBreak,
    form: [
      {
        name: '',
        label: 'Tiêu chí, theo thứ tự',
        kind: 'list',
        options: TIE_BREAK_KEYS.map((k) => ({ value: k, label: TIE_BREAK_LABELS[k] })),
      },
    ],
  }),
  'scorecards.bands': def({
    area: 'scorecards',
    label: 'Mức xếp loại theo tỷ lệ điểm',
    help: 'Đơn vị được xếp mức cao nhất mà tổng điểm (tính cả điểm thưởng, điểm trừ) đạt tới, tính theo phần trăm điểm tối đa của bảng điểm. Mức thấp nhất nên bắt đầu từ 0% để đơn vị nào cũng có xếp loại.',
    tag: 'U',
    source:
      'Tài liệu tham chiếu một cửa – CCHC §8 (các bảng theo dõi Bộ chỉ số 766 hiển thị Xuất sắc, Tốt, Khá, Trung bình, Yếu nhưng không nêu ngưỡng) và §12.2; ngưỡng theo quyết định của UBND tỉnh',
    schema: bands,
    default: D.bands,
    form: [
      {
        name: '',
        label: 'Các mức',
        kind: 'rows',
        columns: [
          { name: 'minPercent', label: 'Từ (% điểm tối đa)', kind: 'number', min: 0, max: 100 },
          { name: 'label', label: 'Xếp loại', kind: 'text' },
        ],
      },
    ],
  }),
  'scorecards.explanationRounds': def({
    area: 'scorecards',
    label: 'Số lần đề nghị giải trình khi thẩm định',
    help: 'Số lần tổ thẩm định (hội đồng thẩm định) được đề nghị đơn vị giải trình trên một bảng điểm. Quy trình Chỉ số CCHC cấp sở: đơn vị được giải trình một lần. 0: không có bước giải trình.',
    tag: 'P',
    source: 'Tài liệu tham chiếu một cửa – CCHC §12.2 (quy trình chấm điểm Chỉ số CCHC cấp sở; nguồn thứ cấp)',
    schema: int('Số lần giải trình', 0, 3),
    default: D.explanationRounds,
    form: [{ name: '', label: 'Số lần', kind: 'integer', min: 0, max: 3 }],
  }),
  'scorecards.evidenceTypes': def({
    area: 'scorecards',
    label: 'Loại tệp tài liệu kiểm chứng được nhận',
    help: 'Tệp kiểm chứng của từng tiêu chí chỉ được nhận khi nội dung tệp thuộc một trong các loại này (kiểm tra theo nội dung, không chỉ theo đuôi tệp).',
    tag: 'U',
    source: 'Lựa chọn của Sở (không có căn cứ pháp lý trong tài liệu tham chiếu)',
    schema: distinct('Loại tệp kiểm chứng', EVIDENCE_KINDS, EVIDENCE_LABELS, 1),
    default: D.evidenceTypes,
    form: [
      {
        name: '',
        label: 'Loại tệp',
        kind: 'list',
        options: EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_LABELS[k] })),
      },
    ],
  }),
};
