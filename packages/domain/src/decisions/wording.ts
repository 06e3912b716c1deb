import { findAward } from '../awards/catalog.ts';
import { DISCIPLINE_LABELS, type DisciplineForm } from '../awards/types.ts';

/**
 * The wording of a commendation decision, as a department's register words
 * it: a title (danh hiệu: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập
 * thể lao động tiên tiến…) is recognised — "Công nhận danh hiệu “Lao động
 * tiên tiến”"; a form (hình thức: Giấy khen, Bằng khen…) is conferred —
 * "Tặng Giấy khen"; a decision on both does both. The texts are data the
 * emulation office edits (decision_templates, migration 116); these are the
 * built-in defaults, with the placeholders they may use.
 */

export const DECISION_WORDING_KINDS = ['title', 'form', 'mixed'] as const;
export type DecisionWordingKind = (typeof DECISION_WORDING_KINDS)[number];

export const WORDING_KIND_LABELS: Record<DecisionWordingKind, string> = {
  title: 'Công nhận danh hiệu thi đua',
  form: 'Tặng hình thức khen thưởng',
  mixed: 'Công nhận danh hiệu và tặng hình thức khen thưởng',
};

export const WORDING_FIELDS = [
  'summary',
  'grant',
  'bonus',
  'byRules',
  'noBonus',
  'execution',
  'appendixTitle',
  'appendixSource',
] as const;
export type WordingField = (typeof WORDING_FIELDS)[number];
export type DecisionWording = Record<WordingField, string>;

export const WORDING_FIELD_LABELS: Record<WordingField, string> = {
  summary: 'Trích yếu (khi người ký không nhập)',
  grant: 'Điều 1 – công nhận, tặng thưởng',
  bonus: 'Điều 2 – khi có tiền thưởng',
  byRules: 'Điều 2 – tiền thưởng theo quy định (quyết định trước năm 2024)',
  noBonus: 'Điều 2 – khi không kèm tiền thưởng',
  execution: 'Điều 3 – tổ chức thực hiện',
  appendixTitle: 'Tiêu đề danh sách kèm theo',
  appendixSource: 'Dòng dẫn dưới tiêu đề danh sách',
};

/** Placeholders a template may use, with what each becomes. */
export const WORDING_PLACEHOLDERS = {
  so_quyet_dinh: 'Số quyết định, ví dụ “12/QĐ-SCT”; “…/QĐ-SCT” khi chưa ban hành',
  ngay_ky: 'Ngày ký, ví dụ “ngày 15 tháng 01 năm 2027”',
  nam: 'Năm thành tích, ví dụ “2026”',
  danh_hieu: 'Danh hiệu được công nhận, trong ngoặc kép: “Lao động tiên tiến”',
  hinh_thuc: 'Hình thức khen thưởng được tặng, ví dụ “Giấy khen”',
  doi_tuong: 'Số tập thể, cá nhân, ví dụ “02 tập thể và 15 cá nhân”',
  tong_tien: 'Tổng tiền thưởng, ví dụ “12.500.000”',
  co_quan: 'Tên cơ quan ban hành, ví dụ “Sở Công Thương tỉnh Thái Nguyên”',
} as const;
export type WordingPlaceholder = keyof typeof WORDING_PLACEHOLDERS;
export type WordingValues = Record<WordingPlaceholder, string>;

const EXECUTION =
  'Chánh Văn phòng Sở, Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.';
const SOURCE = '(Kèm theo Quyết định số {so_quyet_dinh} {ngay_ky} của Giám đốc {co_quan})';
const BY_RULES =
  'Tiền thưởng kèm theo thực hiện theo quy định của pháp luật về thi đua, khen thưởng, chi từ Quỹ thi đua, khen thưởng của {co_quan}.';

export const DEFAULT_WORDING: Record<DecisionWordingKind, DecisionWording> = {
  title: {
    summary: 'Về việc công nhận danh hiệu {danh_hieu} năm {nam}',
    grant: 'Công nhận danh hiệu {danh_hieu} năm {nam} cho {doi_tuong} có tên trong danh sách kèm theo.',
    bonus:
      'Tiền thưởng kèm theo danh hiệu là {tong_tien} đồng, chi từ Quỹ thi đua, khen thưởng của {co_quan} theo quy định.',
    byRules: BY_RULES,
    noBonus: 'Danh hiệu {danh_hieu} không kèm theo tiền thưởng.',
    execution: EXECUTION,
    appendixTitle: 'Danh sách tập thể, cá nhân được công nhận danh hiệu {danh_hieu} năm {nam}',
    appendixSource: SOURCE,
  },
  form: {
    summary: 'Về việc tặng {hinh_thuc} cho các tập thể, cá nhân đã có thành tích xuất sắc năm {nam}',
    grant:
      'Tặng {hinh_thuc} cho {doi_tuong} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm {nam}.',
    bonus:
      'Tiền thưởng kèm theo {hinh_thuc} là {tong_tien} đồng, chi từ Quỹ thi đua, khen thưởng của {co_quan} theo quy định.',
    byRules: BY_RULES,
    noBonus: '{hinh_thuc} không kèm theo tiền thưởng.',
    execution: EXECUTION,
    appendixTitle: 'Danh sách tập thể, cá nhân được tặng {hinh_thuc}',
    appendixSource: SOURCE,
  },
  mixed: {
    summary: 'Về việc công nhận danh hiệu thi đua và tặng {hinh_thuc} năm {nam}',
    grant:
      'Công nhận danh hiệu {danh_hieu} và tặng {hinh_thuc} cho {doi_tuong} có tên trong danh sách kèm theo, đã có thành tích trong thực hiện nhiệm vụ năm {nam}.',
    bonus: 'Tiền thưởng kèm theo là {tong_tien} đồng, chi từ Quỹ thi đua, khen thưởng của {co_quan} theo quy định.',
    byRules: BY_RULES,
    noBonus: 'Các danh hiệu, hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.',
    execution: EXECUTION,
    appendixTitle: 'Danh sách tập thể, cá nhân được công nhận danh hiệu thi đua, được tặng {hinh_thuc}',
    appendixSource: SOURCE,
  },
};

const PLACEHOLDER = /\{([^{}]*)\}/gu;

/** The placeholders of a text that the templates do not know ("{ten}"), each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER))
    if (!(m[1]! in WORDING_PLACEHOLDERS) && !out.includes(m[0])) out.push(m[0]);
  return out;
}

/** The text with its placeholders filled in. */
export function renderWording(text: string, values: WordingValues): string {
  return text.replace(PLACEHOLDER, (all, name: string) => (name in values ? values[name as WordingPlaceholder] : all));
}

/** Title recognition when every award is an emulation title, form conferral when none is, mixed otherwise. */
export function wordingKindOf(awardCodes: readonly string[]): DecisionWordingKind {
  const titles = awardCodes.filter((c) => findAward(c)?.kind === 'emulation_title').length;
  return titles === awardCodes.length ? 'title' : titles === 0 ? 'form' : 'mixed';
}

/** “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”: the titles of a decision, quoted, in order of first use. */
export function quotedTitles(awardCodes: readonly string[]): string {
  const names = [...new Set(awardCodes.filter((c) => findAward(c)?.kind === 'emulation_title'))].map(
    (c) => `“${findAward(c)!.name}”`,
  );
  return names.join(', ');
}

/** Giấy khen, Bằng khen: the forms of a decision, in order of first use. */
export function formNames(awardCodes: readonly string[]): string {
  return [...new Set(awardCodes.filter((c) => findAward(c) && findAward(c)!.kind !== 'emulation_title'))]
    .map((c) => findAward(c)!.name)
    .join(', ');
}

/** "02 tập thể và 15 cá nhân", as decisions count their recipients. */
export function recipientsPhrase(collectives: number, individuals: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [collectives ? `${two(collectives)} tập thể` : '', individuals ? `${two(individuals)} cá nhân` : '']
    .filter(Boolean)
    .join(' và ');
}

/** An initiative's recognition in a decision's list (no catalog award). */
export const INITIATIVE_RECOGNITION = 'initiative_recognition';

/** The name a decision's recipient row shows: the award, the recognition of an initiative, or the discipline. */
export function decisionAwardName(code: string): string {
  if (code === INITIATIVE_RECOGNITION) return 'Công nhận sáng kiến';
  return findAward(code)?.name ?? DISCIPLINE_LABELS[code as DisciplineForm] ?? code;
}
