import { z } from 'zod';
import {
  AWARD_CATALOG,
  DEFAULT_OFFICE_HOURS,
  DEFAULT_POSTING_DAYS,
  DEFAULT_SETTINGS,
  DEFAULT_VOTING,
  DISCIPLINE_FORMS,
  DISCIPLINE_LABELS,
  MIN_POSTING_DAYS,
  RULE_SETS,
} from '@thidua/domain';
import { IsoDate } from './common.ts';
import { VOTING_FORM, VOTING_SOURCE, VotingSettingSchema } from './settingsVoting.ts';
import { ONESTOP_SETTING_DEFS } from './settingsOnestop.ts';
import { SCORECARD_SETTING_DEFS } from './settingsScorecards.ts';
import { WORK_PROGRAMME_SETTING_DEFS } from './settingsWorkProgrammes.ts';
import { SettingField, bool, choice, int, num, share, timeOfDay, type SettingField as Field } from './settingsForm.ts';

/**
 * Every P/U fact of the references (and the few V facts a department may only make stricter) as a
 * setting: one zod schema per key, with its area, Vietnamese label and help, confidence tag, legal
 * source, the form the settings page draws, and a default taken from `packages/domain`, which stays
 * the one source of defaults. A key absent from the `settings` table has its default.
 */
export const SETTING_AREAS = [
  'eligibility',
  'bonus',
  'council',
  'proposals',
  'calendar',
  'onestop',
  'scorecards',
  'workProgrammes',
] as const;
export type SettingArea = (typeof SETTING_AREAS)[number];
export const SETTING_AREA_LABELS: Record<SettingArea, string> = {
  eligibility: 'Xét điều kiện danh hiệu, hình thức',
  bonus: 'Tiền thưởng',
  council: 'Hội đồng Thi đua – Khen thưởng',
  proposals: 'Hồ sơ đề nghị',
  calendar: 'Lịch làm việc',
  onestop: 'Một cửa, thủ tục hành chính',
  scorecards: 'Chấm điểm thi đua, Chỉ số CCHC',
  workProgrammes: 'Chương trình công tác',
};

interface Def<S extends z.ZodType> {
  area: SettingArea;
  label: string;
  help: string;
  tag: 'V' | 'P' | 'U';
  source: string;
  schema: S;
  default: z.output<S>;
  form: Field[];
}
const def = <S extends z.ZodType>(d: Def<S>) => d;

const D = DEFAULT_SETTINGS;
const awardName = (code: string) => AWARD_CATALOG.find((a) => a.code === code)?.name ?? code;
const ruleSetName = (id: string) => RULE_SETS.find((r) => r.id === id)?.instrument ?? id;
const multipleKeys = Object.keys(D.bonusMultiples);
const multipleOptions = multipleKeys.map((k) => {
  const [rs = '', code = ''] = k.split(':');
  return { value: k, label: `${awardName(code)} (${ruleSetName(rs)})` };
});

const multiples = z.strictObject(
  Object.fromEntries(multipleKeys.map((k, i) => [k, num(`Hệ số: ${multipleOptions[i]!.label}`, 0.01, 1000)])),
);
const BASE = 'Mức lương cơ sở';
const baseSalaryRow = z.strictObject({
  from: IsoDate,
  amount: int(`${BASE}: số tiền`, 100_000, 1_000_000_000),
  instrument: z
    .string({ error: `${BASE}: cần căn cứ` })
    .trim()
    .min(1, `${BASE}: căn cứ không được để trống`)
    .max(300, `${BASE}: căn cứ tối đa 300 ký tự`),
  confidence: choice(`${BASE}: mức tin cậy`, ['P', 'U'] as const),
});
const HOURS = 'Giờ làm việc';
const [morning, afternoon] = DEFAULT_OFFICE_HOURS;
const OFFICE_FIELDS = [
  ['morningStart', 'Buổi sáng: bắt đầu'],
  ['morningEnd', 'Buổi sáng: kết thúc'],
  ['afternoonStart', 'Buổi chiều: bắt đầu'],
  ['afternoonEnd', 'Buổi chiều: kết thúc'],
] as const;
// `HH:MM` strings compare in time order, so the checks are plain string comparisons.
const officeHours = z
  .strictObject(
    Object.fromEntries(OFFICE_FIELDS.map(([k, l]) => [k, timeOfDay(`${HOURS}: ${l.toLowerCase()}`)])) as {
      [K in (typeof OFFICE_FIELDS)[number][0]]: ReturnType<typeof timeOfDay>;
    },
  )
  .superRefine((v, ctx) => {
    // A malformed time is already reported; comparing it would only add a misleading message.
    if (!Object.values(v).every((t) => timeOfDay('').safeParse(t).success)) return;
    if (v.morningStart >= v.morningEnd)
      ctx.addIssue({
        code: 'custom',
        path: ['morningEnd'],
        message: `${HOURS}: buổi sáng phải kết thúc sau giờ bắt đầu`,
      });
    if (v.afternoonStart >= v.afternoonEnd)
      ctx.addIssue({
        code: 'custom',
        path: ['afternoonEnd'],
        message: `${HOURS}: buổi chiều phải kết thúc sau giờ bắt đầu`,
      });
    if (v.morningEnd > v.afternoonStart)
      ctx.addIssue({
        code: 'custom',
        path: ['afternoonStart'],
        message: `${HOURS}: buổi chiều phải bắt đầu sau khi buổi sáng kết thúc`,
      });
  });

const TAGS = [
  { value: 'P', label: 'P — kiểm chứng một phần' },
  { value: 'U', label: 'U — chưa kiểm chứng' },
];

export const SETTING_DEFS = {
  'eligibility.ruleSetDay': def({
    area: 'eligibility',
    label: 'Ngày chọn bộ quy tắc khi xét một năm',
    help: 'Năm có hai nghị định (như 2025: ND 98/2023 đến 30/6, ND 152/2025 từ 01/7) được xét theo nghị định hiệu lực vào ngày này của năm.',
    tag: 'P',
    source: 'Luật Thi đua, khen thưởng 2022; ND 98/2023; ND 152/2025 (cách hiểu của Sở)',
    schema: choice('Ngày chọn bộ quy tắc', ['year_end', 'year_start'] as const),
    default: D.ruleSetDay,
    form: [
      {
        name: '',
        label: 'Ngày',
        kind: 'select',
        options: [
          { value: 'year_end', label: 'Cuối năm (31/12)' },
          { value: 'year_start', label: 'Đầu năm (01/01)' },
        ],
      },
    ],
  }),
  'eligibility.minTenureMonths': def({
    area: 'eligibility',
    label: 'Thời gian công tác tối thiểu để xét Lao động tiên tiến (tháng)',
    help: 'Người mới tuyển dụng dưới số tháng này trong năm không được xét danh hiệu Lao động tiên tiến.',
    tag: 'U',
    source: 'TT 01/2024/TT-BNV (thay bằng TT 15/2025/TT-BNV; việc giữ quy định chưa kiểm chứng)',
    schema: int('Số tháng công tác tối thiểu', 0, 12),
    default: D.minTenureMonths,
    form: [{ name: '', label: 'Số tháng', kind: 'integer', min: 0, max: 12 }],
  }),
  'eligibility.advancedCollectiveShare': def({
    area: 'eligibility',
    label: 'Tỷ lệ Lao động tiên tiến của Tập thể lao động tiên tiến',
    help: 'Tập thể được xét khi tỷ lệ thành viên đạt Lao động tiên tiến đạt (hoặc vượt) mức này. Ngành giáo dục dùng từ 70%.',
    tag: 'P',
    source:
      'Luật Thi đua, khen thưởng 2022 Điều 28 khoản 1 (">50%", cách diễn đạt trước 2024); TT 29/2023/TT-BGDĐT (≥70%)',
    schema: z.strictObject({ min: share('Tỷ lệ tối thiểu'), strict: bool('Phải vượt tỷ lệ') }),
    default: D.advancedCollectiveShare,
    form: [
      { name: 'min', label: 'Tỷ lệ tối thiểu', kind: 'percent' },
      { name: 'strict', label: 'Phải vượt (trên) tỷ lệ, không chỉ bằng', kind: 'boolean' },
    ],
  }),
  'eligibility.excellentCollective': def({
    area: 'eligibility',
    label: 'Điều kiện Tập thể lao động xuất sắc',
    help: 'Tỷ lệ thành viên đạt Lao động tiên tiến và số Chiến sĩ thi đua cơ sở tối thiểu trong năm.',
    tag: 'P',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 27 (tỷ lệ theo cách diễn đạt 2003/2013)',
    schema: z.strictObject({
      share: share('Tỷ lệ Lao động tiên tiến'),
      minFighters: int('Số Chiến sĩ thi đua cơ sở tối thiểu', 0, 100),
    }),
    default: { share: D.excellentCollectiveShare, minFighters: D.excellentCollectiveMinFighters },
    form: [
      { name: 'share', label: 'Tỷ lệ Lao động tiên tiến', kind: 'percent' },
      { name: 'minFighters', label: 'Số Chiến sĩ thi đua cơ sở tối thiểu', kind: 'integer', min: 0, max: 100 },
    ],
  }),
  'eligibility.collectiveProvincialMeritYears': def({
    area: 'eligibility',
    label: 'Số năm hoàn thành xuất sắc nhiệm vụ để tập thể được Bằng khen tỉnh',
    help: 'Số năm liên tục tập thể hoàn thành xuất sắc nhiệm vụ trước khi đề nghị Bằng khen của Chủ tịch UBND tỉnh.',
    tag: 'P',
    source: 'ND 98/2023 và ND 152/2025 (điều khoản Bằng khen cấp tỉnh, chưa đối chiếu đầy đủ)',
    schema: int('Số năm', 1, 10),
    default: D.collectiveProvincialMeritYears,
    form: [{ name: '', label: 'Số năm', kind: 'integer', min: 1, max: 10 }],
  }),
  'eligibility.individualDisciplineFrom': def({
    area: 'eligibility',
    label: 'Hình thức kỷ luật nhẹ nhất làm gián đoạn thành tích cá nhân',
    help: 'Từ hình thức này trở lên, thành tích chỉ được tính từ khi hết thời hạn kỷ luật.',
    tag: 'P',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 6 (nguyên tắc 3; cách hiểu của Sở)',
    schema: choice('Hình thức kỷ luật', DISCIPLINE_FORMS),
    default: D.individualDisciplineFrom,
    form: [
      {
        name: '',
        label: 'Hình thức',
        kind: 'select',
        options: DISCIPLINE_FORMS.map((f) => ({ value: f, label: DISCIPLINE_LABELS[f] })),
      },
    ],
  }),
  'eligibility.flagConditions': def({
    area: 'eligibility',
    label: 'Điều kiện thêm khi xét Cờ thi đua',
    help: 'Cờ thi đua trao cho tập thể dẫn đầu khối "vượt chỉ tiêu": Sở đọc là hoàn thành xuất sắc nhiệm vụ trong năm.',
    tag: 'P',
    source: 'Luật Thi đua, khen thưởng 2022 Điều 25–26; TT 22/2023/TT-BCT Điều 6 (hết hiệu lực 20/02/2025)',
    schema: z.strictObject({
      flagNeedsExcellentRating: bool('Cần xếp loại hoàn thành xuất sắc nhiệm vụ'),
      ministryFlagNeedsExcellentCollective: bool('Cờ của Bộ cần Tập thể lao động xuất sắc'),
    }),
    default: {
      flagNeedsExcellentRating: D.flagNeedsExcellentRating,
      ministryFlagNeedsExcellentCollective: D.ministryFlagNeedsExcellentCollective,
    },
    form: [
      { name: 'flagNeedsExcellentRating', label: 'Cần xếp loại hoàn thành xuất sắc nhiệm vụ', kind: 'boolean' },
      {
        name: 'ministryFlagNeedsExcellentCollective',
        label: 'Cờ thi đua của Bộ Công Thương cần Tập thể lao động xuất sắc cùng năm',
        kind: 'boolean',
      },
    ],
  }),
  'bonus.rounding': def({
    area: 'bonus',
    label: 'Làm tròn tiền thưởng',
    help: 'Tiền thưởng = hệ số × mức lương cơ sở tại ngày ký quyết định, làm tròn theo quy tắc này.',
    tag: 'U',
    source: 'ND 98/2023 Điều 53 (làm tròn lên hàng chục nghìn đồng; việc giữ quy định ở ND 152/2025 chưa kiểm chứng)',
    schema: z.strictObject({
      mode: choice('Cách làm tròn', ['up', 'nearest', 'none'] as const),
      step: int('Bước làm tròn (đồng)', 1, 1_000_000),
    }),
    default: D.bonusRounding,
    form: [
      {
        name: 'mode',
        label: 'Cách làm tròn',
        kind: 'select',
        options: [
          { value: 'up', label: 'Làm tròn lên' },
          { value: 'nearest', label: 'Làm tròn gần nhất' },
          { value: 'none', label: 'Không làm tròn' },
        ],
      },
      { name: 'step', label: 'Bước làm tròn (đồng)', kind: 'money', min: 1, max: 1_000_000 },
    ],
  }),
  'bonus.baseSalaries': def({
    area: 'bonus',
    label: 'Mức lương cơ sở chưa kiểm chứng',
    help: 'Các mức lương cơ sở bổ sung (mức đã kiểm chứng 2.340.000 đồng từ 01/7/2024 theo ND 73/2024 là quy định, không sửa ở đây). Mức áp dụng là mức có ngày hiệu lực gần nhất trước ngày ký quyết định.',
    tag: 'U',
    source: 'ND 24/2023/NĐ-CP (1.800.000 đồng); đề xuất tăng 8% từ 01/7/2026 (chưa có nghị định)',
    schema: z
      .array(baseSalaryRow, { error: `${BASE}: cần một danh sách` })
      .max(50, `${BASE}: tối đa 50 dòng`)
      .superRefine((rows, ctx) => {
        rows.forEach((r, i) => {
          if (rows.findIndex((x) => x.from === r.from) !== i)
            ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `${BASE}: trùng ngày hiệu lực ${r.from}` });
        });
      }),
    default: D.unverifiedBaseSalaries.map((r) => ({ ...r, confidence: r.confidence === 'V' ? 'U' : r.confidence })),
    form: [
      {
        name: '',
        label: 'Các mức',
        kind: 'rows',
        columns: [
          { name: 'from', label: 'Từ ngày', kind: 'date' },
          { name: 'amount', label: 'Số tiền (đồng/tháng)', kind: 'money', min: 100_000 },
          { name: 'instrument', label: 'Căn cứ', kind: 'text' },
          { name: 'confidence', label: 'Mức tin cậy', kind: 'select', options: TAGS },
        ],
      },
    ],
  }),
  'bonus.multiples': def({
    area: 'bonus',
    label: 'Hệ số tiền thưởng chưa kiểm chứng',
    help: 'Hệ số (× mức lương cơ sở) của các danh hiệu, hình thức mà tài liệu tham chiếu chưa kiểm chứng, theo từng nghị định.',
    tag: 'P',
    source: 'ND 98/2023 Điều 54–56; ND 152/2025 (số điều chưa kiểm chứng)',
    schema: multiples,
    default: D.bonusMultiples,
    form: [{ name: '', label: 'Hệ số', kind: 'map', entry: 'number', fixedKeys: true, options: multipleOptions }],
  }),
  'bonus.collectiveFormFactor': def({
    area: 'bonus',
    label: 'Hệ số tiền thưởng tập thể so với cá nhân (Bằng khen, Giấy khen)',
    help: 'Tiền thưởng Bằng khen, Giấy khen cho tập thể bằng số lần này tiền thưởng cho cá nhân.',
    tag: 'P',
    source: 'ND 91/2017 và ND 98/2023 (thực tiễn áp dụng)',
    schema: num('Hệ số tập thể', 1, 10),
    default: D.collectiveFormFactor,
    form: [{ name: '', label: 'Số lần', kind: 'number', min: 1, max: 10 }],
  }),
  'council.voting': def({
    area: 'council',
    label: 'Biểu quyết của Hội đồng',
    help: 'Số thành viên có mặt tối thiểu để biểu quyết; theo từng hình thức, tỷ lệ đồng ý trên tổng số thành viên được biểu quyết và cách so: "từ … trở lên" (đạt khi bằng ngưỡng) hay "trên …" (phải vượt ngưỡng: 2/4 phiếu không đạt "trên 50%"). Áp dụng khi kết thúc phiên họp; phiên đã kết thúc giữ ngưỡng và cách so đã dùng.',
    tag: 'U',
    source: VOTING_SOURCE,
    schema: VotingSettingSchema,
    default: DEFAULT_VOTING,
    form: VOTING_FORM,
  }),
  'proposals.postingDays': def({
    area: 'proposals',
    label: 'Số ngày làm việc công khai danh sách trước khi trình Hội đồng',
    help: 'Danh sách đề nghị Huân chương, danh hiệu vinh dự Nhà nước được công khai ít nhất 10 ngày làm việc; Sở có thể công khai lâu hơn.',
    tag: 'V',
    source: 'ND 98/2023 Điều 46 khoản 2 (tiếp tục theo ND 152/2025)',
    schema: int('Số ngày làm việc công khai', MIN_POSTING_DAYS, 60),
    default: DEFAULT_POSTING_DAYS,
    form: [{ name: '', label: 'Số ngày làm việc', kind: 'integer', min: MIN_POSTING_DAYS, max: 60 }],
  }),
  'public.statisticsIndicators': def({
    area: 'onestop',
    label: 'Chỉ tiêu thống kê ngành công bố trên trang công khai',
    help: 'Mã các chỉ tiêu (cách nhau bằng dấu phẩy) hiện trên trang /cong-khai/thong-ke, theo thứ tự: số cả năm toàn tỉnh của các năm gần đây và biểu đồ cột. Mã không có trong danh mục chỉ tiêu bị bỏ qua.',
    tag: 'U',
    source: 'Lựa chọn của Sở (không có căn cứ pháp lý trong tài liệu tham chiếu)',
    schema: z
      .string({ error: 'Chỉ tiêu công khai: cần một chuỗi mã chỉ tiêu' })
      .trim()
      .max(500, 'Chỉ tiêu công khai: tối đa 500 ký tự')
      .regex(/^[A-Za-z0-9_.,\s-]*$/u, 'Chỉ tiêu công khai: chỉ gồm mã chỉ tiêu cách nhau bằng dấu phẩy'),
    default: 'GTSX_CN, BLHH_DV, KN_XK',
    form: [{ name: '', label: 'Mã chỉ tiêu (cách nhau bằng dấu phẩy)', kind: 'text' }],
  }),
  'calendar.officeHours': def({
    area: 'calendar',
    label: 'Giờ làm việc (buổi sáng, buổi chiều)',
    help: 'Hai buổi làm việc trong ngày, giờ Việt Nam. Thời hạn tính theo giờ làm việc chỉ chạy trong hai buổi này; nghỉ trưa và ngoài giờ không tính.',
    tag: 'U',
    source:
      'Không có căn cứ pháp lý trong tài liệu tham chiếu; phần mềm tham chiếu cho cấu hình các buổi (07:00–11:30, 13:30–17:00)',
    schema: officeHours,
    default: {
      morningStart: morning!.start,
      morningEnd: morning!.end,
      afternoonStart: afternoon!.start,
      afternoonEnd: afternoon!.end,
    },
    form: OFFICE_FIELDS.map(([name, label]) => ({ name, label, kind: 'time' as const })),
  }),
  ...ONESTOP_SETTING_DEFS,
  ...SCORECARD_SETTING_DEFS,
  ...WORK_PROGRAMME_SETTING_DEFS,
};

export type SettingKey = keyof typeof SETTING_DEFS;
export const SETTING_KEYS = Object.keys(SETTING_DEFS) as SettingKey[];
export type SettingValues = { [K in SettingKey]: z.output<(typeof SETTING_DEFS)[K]['schema']> };
export const isSettingKey = (k: string): k is SettingKey => Object.hasOwn(SETTING_DEFS, k);

export const SettingView = z.object({
  key: z.string(),
  area: z.enum(SETTING_AREAS),
  areaLabel: z.string(),
  label: z.string(),
  help: z.string(),
  tag: z.enum(['V', 'P', 'U']),
  source: z.string(),
  value: z.unknown(),
  default: z.unknown(),
  /** True while no value is stored (the default applies). */
  isDefault: z.boolean(),
  /** 0 while no value is stored; send it back with a change. */
  version: z.number().int().min(0),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  form: z.array(SettingField),
});
export const SettingList = z.object({ items: z.array(SettingView) });
export const SaveSettingRequest = z.strictObject({
  value: z.unknown(),
  /** The version read (0 when the default was shown). */
  version: z.number({ error: 'Thiếu phiên bản (version)' }).int().min(0),
});
export const ResetSettingQuery = z.strictObject({ version: z.coerce.number().int().min(0) });
