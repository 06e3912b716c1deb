/**
 * Reviewing initiatives (reference §6.2): weighted rubrics with anchored
 * scales, and the aggregates the chair sorts by. No national scale exists (U):
 * the default rubric follows the criteria provincial councils score on —
 * novelty, applicability, effectiveness, scope of effect — and is editable.
 */
export interface RubricCriterion {
  key: string;
  label: string;
  /** Relative weight; the weights of a rubric need not sum to anything. */
  weight: number;
  /** Lowest and highest score a reviewer may give. */
  min: number;
  max: number;
  /** What a score means, lowest first (anchored scale). */
  anchors: { score: number; text: string }[];
}

export const DEFAULT_RUBRIC: readonly RubricCriterion[] = [
  {
    key: 'novelty',
    label: 'Tính mới, tính sáng tạo',
    weight: 30,
    min: 0,
    max: 10,
    anchors: [
      { score: 0, text: 'Không có điểm mới so với cách làm đang áp dụng tại đơn vị' },
      { score: 5, text: 'Cải tiến một phần cách làm hiện có' },
      { score: 10, text: 'Giải pháp mới hoàn toàn trong phạm vi đơn vị' },
    ],
  },
  {
    key: 'applicability',
    label: 'Khả năng áp dụng, nhân rộng',
    weight: 25,
    min: 0,
    max: 10,
    anchors: [
      { score: 0, text: 'Chưa áp dụng thử' },
      { score: 5, text: 'Đã áp dụng tại đơn vị của tác giả' },
      { score: 10, text: 'Đã áp dụng và có thể nhân rộng ra nhiều đơn vị' },
    ],
  },
  {
    key: 'effectiveness',
    label: 'Hiệu quả, lợi ích mang lại',
    weight: 30,
    min: 0,
    max: 10,
    anchors: [
      { score: 0, text: 'Chưa chứng minh được lợi ích' },
      { score: 5, text: 'Có lợi ích rõ, được đơn vị xác nhận' },
      { score: 10, text: 'Làm lợi lớn, được lượng hóa bằng tiền hoặc số liệu' },
    ],
  },
  {
    key: 'scope',
    label: 'Phạm vi ảnh hưởng',
    weight: 15,
    min: 0,
    max: 10,
    anchors: [
      { score: 0, text: 'Trong một bộ phận' },
      { score: 5, text: 'Toàn đơn vị' },
      { score: 10, text: 'Toàn ngành, toàn tỉnh' },
    ],
  },
];

/** A reviewer's scores out of 100: the weighted mean of each criterion's share of its scale. */
export function weightedScore(rubric: readonly RubricCriterion[], scores: Readonly<Record<string, number>>): number {
  const total = rubric.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return 0;
  const sum = rubric.reduce((s, c) => s + (c.weight * ((scores[c.key] ?? c.min) - c.min)) / (c.max - c.min), 0);
  return Math.round((sum / total) * 1000) / 10;
}

/** Vietnamese errors for a score sheet: every criterion scored, each within its scale. */
export function scoreErrors(
  rubric: readonly RubricCriterion[],
  scores: Readonly<Record<string, number>>,
): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  for (const c of rubric) {
    const v = scores[c.key];
    if (v === undefined) errors.push({ path: `scores.${c.key}`, message: `Chưa chấm "${c.label}"` });
    else if (!Number.isFinite(v) || v < c.min || v > c.max)
      errors.push({ path: `scores.${c.key}`, message: `"${c.label}" chấm từ ${c.min} đến ${c.max}` });
  }
  for (const k of Object.keys(scores))
    if (!rubric.some((c) => c.key === k))
      errors.push({ path: `scores.${k}`, message: 'Tiêu chí không có trong thang điểm' });
  return errors;
}

export interface Aggregate {
  count: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation (n − 1); null under two scores. */
  stdev: number | null;
  /** Reviewers disagree widely: stdev at or above the setting, or a spread over half the scale. */
  contested: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Aggregates of the weighted scores (0–100) an initiative received; abstentions are not scores. */
export function aggregate(scores: readonly number[], contestedStdev = 15): Aggregate {
  const n = scores.length;
  if (!n) return { count: 0, mean: null, median: null, stdev: null, contested: false };
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = scores.reduce((s, x) => s + x, 0) / n;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const stdev = n > 1 ? Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1)) : null;
  const spread = sorted[n - 1]! - sorted[0]!;
  return {
    count: n,
    mean: round1(mean),
    median: round1(median),
    stdev: stdev === null ? null : round1(stdev),
    contested: (stdev !== null && stdev >= contestedStdev) || spread > 50,
  };
}

/** Authors' contributions must be whole percentages summing to 100, one line per author. */
export function contributionErrors(authors: readonly { personId: string; share: number }[]): string[] {
  const errors: string[] = [];
  if (!authors.length) errors.push('Cần ít nhất một tác giả');
  const seen = new Set<string>();
  for (const a of authors) {
    if (seen.has(a.personId)) errors.push('Một tác giả được ghi hai lần');
    seen.add(a.personId);
    if (!Number.isInteger(a.share) || a.share < 1 || a.share > 100)
      errors.push('Tỷ lệ đóng góp là số nguyên từ 1 đến 100');
  }
  const sum = authors.reduce((s, a) => s + a.share, 0);
  if (authors.length && sum !== 100) errors.push(`Tổng tỷ lệ đóng góp phải bằng 100% (hiện là ${sum}%)`);
  return errors;
}
