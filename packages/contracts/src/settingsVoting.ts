import { z } from 'zod';
import { AWARD_CATALOG, CATALOG_VOTING_RULES, COMPARISONS, COMPARISON_LABELS, laxerThanCatalog } from '@thidua/domain';
import { choice, share, type SettingField } from './settingsForm.ts';

/**
 * The council's voting setting: quorum, and per award the threshold and whether it must be reached
 * ("từ … trở lên") or exceeded ("trên …"). The verified rule of the catalog (CSTĐ tỉnh and toàn
 * quốc, ND 91/2017 Art 45) may only be made stricter: a laxer value is refused naming its source.
 */
export const VOTING_AWARD_OPTIONS = [
  { value: 'default', label: 'Các hình thức khác (mặc định)' },
  ...AWARD_CATALOG.map((a) => ({ value: a.code, label: a.name })),
];
const known = (k: string) => VOTING_AWARD_OPTIONS.some((o) => o.value === k);
const labelOf = (k: string) => VOTING_AWARD_OPTIONS.find((o) => o.value === k)?.label ?? k;

const THRESHOLD = 'Ngưỡng biểu quyết';
const COMPARISON = 'Cách so với ngưỡng';

function perAward<T extends z.ZodType>(label: string, entry: T) {
  return z.record(z.string(), entry).superRefine((v, ctx) => {
    if (!('default' in v))
      ctx.addIssue({ code: 'custom', path: ['default'], message: `${label}: cần giá trị mặc định` });
    for (const k of Object.keys(v))
      if (!known(k)) ctx.addIssue({ code: 'custom', path: [k], message: `${label}: không có hình thức mã "${k}"` });
  });
}

export const VotingSettingSchema = z
  .strictObject({
    quorum: share('Tỷ lệ có mặt tối thiểu'),
    thresholds: perAward(THRESHOLD, share(THRESHOLD)),
    comparisons: perAward(COMPARISON, choice(COMPARISON, COMPARISONS)),
  })
  .superRefine((v, ctx) => {
    for (const code of Object.keys(CATALOG_VOTING_RULES)) {
      const t = laxerThanCatalog(code, v.thresholds[code]);
      if (t)
        ctx.addIssue({ code: 'custom', path: ['thresholds', code], message: `${THRESHOLD} ${labelOf(code)}: ${t}` });
      const c = laxerThanCatalog(code, undefined, v.comparisons[code]);
      if (c)
        ctx.addIssue({ code: 'custom', path: ['comparisons', code], message: `${COMPARISON} ${labelOf(code)}: ${c}` });
    }
  });

export const VOTING_FORM: SettingField[] = [
  { name: 'quorum', label: 'Tỷ lệ có mặt tối thiểu', kind: 'percent' },
  { name: 'thresholds', label: THRESHOLD, kind: 'map', entry: 'percent', options: VOTING_AWARD_OPTIONS },
  {
    name: 'comparisons',
    label: COMPARISON,
    kind: 'map',
    entry: 'choice',
    options: VOTING_AWARD_OPTIONS,
    entryOptions: COMPARISONS.map((c) => ({ value: c, label: COMPARISON_LABELS[c] })),
  },
];

/** The rules the catalog fixes, as the settings page cites them. */
export const VOTING_SOURCE =
  'Chiến sĩ thi đua bộ, ngành, tỉnh và Chiến sĩ thi đua toàn quốc: "từ 90% trở lên" tổng số thành viên Hội đồng, ND 91/2017/NĐ-CP Điều 45 khoản 8 (V, lịch sử; quy tắc trong danh mục, cấu hình chỉ được chặt hơn). Bằng khen, Cờ thi đua Chính phủ: "từ 80% trở lên", thực tiễn thời ND 42/2010 (U). Các hình thức khác: "trên 50%" (quá bán; tài liệu tham chiếu không nêu, U). Có mặt tối thiểu 2/3: TT 08/2017/TT-BNV (lịch sử). Ngưỡng theo ND 152/2025 chưa kiểm chứng.';
