import { z } from 'zod';
import { AWARD_CATALOG, COMPARISONS, COMPARISON_LABELS, laxerThanCatalog } from '@thidua/domain';
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

/** A record keyed by award code ("default" required); `laxer` names a value laxer than the catalog's verified rule. */
function perAward<T extends z.ZodType>(
  label: string,
  entry: T,
  laxer: (code: string, v: z.output<T>) => string | null,
) {
  return z.record(z.string(), entry).superRefine((v, ctx) => {
    if (!('default' in v))
      ctx.addIssue({ code: 'custom', path: ['default'], message: `${label}: cần giá trị mặc định` });
    for (const [k, x] of Object.entries(v)) {
      if (!known(k)) ctx.addIssue({ code: 'custom', path: [k], message: `${label}: không có hình thức mã "${k}"` });
      const why = laxer(k, x as z.output<T>);
      if (why) ctx.addIssue({ code: 'custom', path: [k], message: `${label} ${labelOf(k)}: ${why}` });
    }
  });
}

export const VotingSettingSchema = z.strictObject({
  quorum: share('Tỷ lệ có mặt tối thiểu'),
  thresholds: perAward(THRESHOLD, share(THRESHOLD), (code, v) => laxerThanCatalog(code, v)),
  comparisons: perAward(COMPARISON, choice(COMPARISON, COMPARISONS), (code, v) => laxerThanCatalog(code, undefined, v)),
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
