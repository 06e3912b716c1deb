import { formatVnDate } from '../dates.ts';
import type { CriterionCitation } from './citations.ts';
import type { AwardRecord, BlocResult, EligibilityInput, ReviewFlag } from './eligibilityInput.ts';
import {
  addMonths,
  codesText,
  countsUpward,
  decisionText,
  from,
  holding,
  initiativeText,
  name,
  overlaps,
  recordText,
  REVIEW_LABELS,
  span,
} from './predicateHelpers.ts';
import { checkMembers } from './predicatesMembers.ts';
import type { Settings } from './settings.ts';
import {
  DISCIPLINE_FORMS,
  DISCIPLINE_LABELS,
  RATING_LABELS,
  RECOGNITION_LABELS,
  RECOGNITION_LEVELS,
  ratingRank,
  type DisciplineForm,
  type Rating,
  type RecognitionLevel,
} from './types.ts';

/** The vocabulary criteria are built from; a change of law is a change of these values. */
export type Predicate =
  /** Rating ≥ min in each of the last `years` years (consecutive), or in at least `atLeast` of them. */
  | { p: 'rating'; min: Rating; years: number; atLeast?: number }
  /** Holds one of `codes` `count` times in a row, the last ending in Y (periods must touch). */
  | { p: 'holds_chain'; codes: readonly string[]; count: number }
  /** Holds one of `codes` in at least `atLeast` of the last `years` years. */
  | { p: 'holds_count'; codes: readonly string[]; atLeast: number; years: number }
  /** Holds one of `codes` and `years` full years have passed since its achievement period. */
  | { p: 'holds_since'; codes: readonly string[]; years: number }
  /** `count` unused initiatives recognised at `level` or higher within the last `years` years. */
  | { p: 'initiatives'; level: RecognitionLevel; count: number; years: number }
  /** Share of members holding one of `codes` in Y. */
  | { p: 'member_share'; codes: readonly string[]; min: number; strict: boolean }
  | { p: 'member_all_rated'; min: Rating }
  | { p: 'member_holds'; codes: readonly string[]; atLeast: number }
  /** No discipline of `from` or heavier overlapping the last `years` years. */
  | { p: 'no_discipline'; scope: 'self' | 'members'; from: DisciplineForm; years: number }
  | { p: 'tenure'; months: number }
  | { p: 'not_under_review' }
  /** The target award was not already given for a period overlapping the window. */
  | { p: 'not_already_rewarded'; years: number }
  /** A human judgement the engine must not guess ("outstanding", "effective"). */
  | { p: 'judgement'; text: string }
  /** A fact that comes from outside the department's records (e.g. a bloc's acclamation vote). */
  | { p: 'outside'; text: string }
  /**
   * Ranked first in the published year-end scoring of a bloc organised by one of `organisers` (any when null) in
   * Y; without a published ranking it is a fact from outside, as `outside` with `text`.
   */
  | { p: 'leads_bloc'; organisers: readonly string[] | null; text: string }
  | { p: 'any'; of: readonly Criterion[] }
  | { p: 'all'; of: readonly Criterion[] };

export interface Criterion {
  key: string;
  /** A role is filled in by the rule set of the year judged (see ruleSets.ts `citationUnder`). */
  citation: CriterionCitation;
  test: Predicate;
}

export interface Outcome {
  met: boolean | null;
  detail: string;
  evidence: string[];
}

export interface Context {
  input: EligibilityInput;
  settings: Settings;
  year: number;
  asOf: string;
  /** Initiative id → the first award it was used for (other than the target itself). */
  usedInitiatives: Map<string, AwardRecord>;
}

export function check(c: Criterion, ctx: Context): Outcome {
  const { input, year: Y } = ctx;
  const t = c.test;
  switch (t.p) {
    case 'rating': {
      const first = Y - t.years + 1;
      const evidence: string[] = [];
      const bad: string[] = [];
      let good = 0;
      for (let y = first; y <= Y; y++) {
        const r = input.ratings.find((x) => x.year === y);
        if (!r) bad.push(`${y}: chưa có xếp loại`);
        else if (ratingRank(r.rating) < ratingRank(t.min)) bad.push(`${y}: ${RATING_LABELS[r.rating]}`);
        else {
          good++;
          evidence.push(`${y}: ${RATING_LABELS[r.rating]}`);
        }
      }
      const need = t.atLeast ?? t.years;
      const what =
        t.atLeast === undefined
          ? `${t.years} năm liên tục ${span(first, Y)}`
          : `ít nhất ${t.atLeast} năm trong ${span(first, Y)}`;
      const met = good >= need;
      return {
        met,
        detail: `Xếp loại "${RATING_LABELS[t.min]}" trở lên ${what}: ${met ? 'đạt' : `chưa đạt (${bad.join('; ')})`}.`,
        evidence: met ? evidence : bad,
      };
    }
    case 'holds_chain': {
      const evidence: string[] = [];
      let cursor = Y;
      for (let i = 0; i < t.count; i++) {
        const r = holding(input.awards, t.codes, cursor);
        if (!r) {
          return {
            met: false,
            detail: `Cần ${t.count} lần liên tục ${codesText(t.codes)} đến năm ${Y}; thiếu năm ${cursor}.`,
            evidence: evidence.length ? evidence : [`${cursor}: không có`],
          };
        }
        evidence.push(recordText(r));
        cursor = from(r) - 1;
      }
      return { met: true, detail: `Có ${t.count} lần liên tục ${codesText(t.codes)}.`, evidence: evidence.reverse() };
    }
    case 'holds_count': {
      const first = Y - t.years + 1;
      const found: AwardRecord[] = [];
      for (let y = first; y <= Y; y++) {
        const r = holding(input.awards, t.codes, y);
        if (r) found.push(r);
      }
      const met = found.length >= t.atLeast;
      return {
        met,
        detail: `Cần ${t.atLeast} lần ${codesText(t.codes)} trong ${span(first, Y)}; có ${found.length}.`,
        evidence: found.map(recordText),
      };
    }
    case 'holds_since': {
      const held = input.awards
        .filter((r) => t.codes.includes(r.awardCode) && countsUpward(r))
        .sort((a, b) => b.year - a.year);
      const ok = held.find((r) => r.year <= Y - t.years);
      if (ok) {
        return {
          met: true,
          detail: `Đã có ${name(ok.awardCode)} (${ok.year}); đủ ${t.years} năm sau kỳ thành tích (${span(ok.year + 1, Y)}).`,
          evidence: [recordText(ok)],
        };
      }
      const recent = held[0];
      return {
        met: false,
        detail: recent
          ? `${name(recent.awardCode)} năm ${recent.year} chưa đủ ${t.years} năm tính từ kỳ thành tích (sớm nhất xét năm ${recent.year + t.years}).`
          : `Chưa có ${codesText(t.codes)}.`,
        evidence: recent ? [recordText(recent)] : [],
      };
    }
    case 'initiatives': {
      const first = Y - t.years + 1;
      const minRank = RECOGNITION_LEVELS.indexOf(t.level);
      const inWindow = (input.initiatives ?? []).filter((i) => {
        const y = Number(i.recognisedOn.slice(0, 4));
        return y >= first && y <= Y && RECOGNITION_LEVELS.indexOf(i.level) >= minRank;
      });
      const free = inWindow.filter((i) => !ctx.usedInitiatives.has(i.id));
      const used = inWindow
        .filter((i) => ctx.usedInitiatives.has(i.id))
        .map(
          (i) =>
            `${initiativeText(i)} đã dùng cho ${recordText(ctx.usedInitiatives.get(i.id)!)}; mỗi sáng kiến chỉ dùng một lần`,
        );
      const met = free.length >= t.count;
      const what = `${t.count} sáng kiến chưa dùng, công nhận ${RECOGNITION_LABELS[t.level]} trở lên trong ${span(first, Y)}`;
      return {
        met,
        detail: `Cần ${what}; có ${free.length}.${used.length ? ` ${used.join('. ')}.` : ''}`,
        evidence: [...free.map(initiativeText), ...used],
      };
    }
    case 'member_share':
    case 'member_all_rated':
    case 'member_holds':
      return checkMembers(t, ctx);
    case 'no_discipline': {
      const start = `${Y - t.years + 1}-01-01`;
      const end = `${Y}-12-31`;
      const rank = DISCIPLINE_FORMS.indexOf(t.from);
      const hits: string[] = [];
      const people =
        t.scope === 'self'
          ? [{ label: '', discipline: input.discipline ?? [] }]
          : (input.members ?? []).map((m) => ({ label: `${m.name ?? m.id}: `, discipline: m.discipline ?? [] }));
      for (const who of people) {
        for (const d of who.discipline) {
          if (DISCIPLINE_FORMS.indexOf(d.form) >= rank && overlaps(d.from, d.to, start, end)) {
            hits.push(
              `${who.label}${DISCIPLINE_LABELS[d.form]} ${formatVnDate(d.from)}–${d.to ? formatVnDate(d.to) : 'nay'}${decisionText(d.decision)}`,
            );
          }
        }
      }
      const whom = t.scope === 'self' ? '' : ' thành viên nào';
      return {
        met: hits.length === 0,
        detail: hits.length
          ? `Có kỷ luật trong ${span(Y - t.years + 1, Y)}; thành tích chỉ tính từ khi hết thời hạn kỷ luật.`
          : `Không có${whom} kỷ luật từ mức ${DISCIPLINE_LABELS[t.from].toLowerCase()} trở lên trong ${span(Y - t.years + 1, Y)}.`,
        evidence: hits,
      };
    }
    case 'tenure': {
      const start = input.subject.recruitedOn;
      if (!start) return { met: null, detail: 'Chưa có ngày tuyển dụng để tính thời gian công tác.', evidence: [] };
      const met = addMonths(start, t.months) <= `${Y + 1}-01-01`;
      const maternity = (input.subject.maternityLeaves ?? []).some((m) => overlaps(m.from, m.to, start, `${Y}-12-31`));
      return {
        met,
        detail: `Tuyển dụng ${formatVnDate(start)}: ${met ? 'đủ' : 'chưa đủ'} ${t.months} tháng công tác đến 31/12/${Y}.${maternity ? ' Thời gian nghỉ thai sản được tính là thời gian công tác.' : ''}`,
        evidence: [`Tuyển dụng ${formatVnDate(start)}`],
      };
    }
    case 'not_under_review': {
      // Open on the consideration date (ND 152 Art 4 cl. 3), or open during the year judged and ended in
      // discipline: achievements count only from the end of a discipline, wherever its decision fell.
      const flags = input.reviewFlags ?? [];
      const open = flags.filter((f) => f.from <= ctx.asOf && (f.to === null || f.to >= ctx.asOf));
      const disciplined = flags.filter(
        (f) => !open.includes(f) && overlaps(f.from, f.to, `${Y}-01-01`, `${Y}-12-31`) && endedInDiscipline(f, input),
      );
      const text = (f: ReviewFlag) =>
        `${REVIEW_LABELS[f.kind]} từ ${formatVnDate(f.from)}${f.to ? ` đến ${formatVnDate(f.to)}` : ''}${f.note ? `: ${f.note}` : ''}`;
      const detail = open.length
        ? `Đang trong thời gian xem xét (kỷ luật, điều tra, thanh tra, khiếu nại) tại ngày xét ${formatVnDate(ctx.asOf)}: chưa được khen thưởng hoặc đề nghị cấp trên khen thưởng.`
        : disciplined.length
          ? `Bị xem xét trong năm ${Y} và việc xem xét kết thúc bằng kỷ luật: thành tích năm ${Y} không được tính.`
          : `Không đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại tại ngày xét ${formatVnDate(ctx.asOf)}, và không có việc xem xét nào trong năm ${Y} kết thúc bằng kỷ luật.`;
      return {
        met: open.length === 0 && disciplined.length === 0,
        detail,
        evidence: [...open.map(text), ...disciplined.map((f) => `${text(f)}: kết thúc bằng kỷ luật`)],
      };
    }
    case 'not_already_rewarded': {
      const first = Y - t.years + 1;
      const dup = input.awards.find(
        (r) =>
          r.awardCode === input.awardCode && !(r.year === Y && from(r) === first) && r.year >= first && from(r) <= Y,
      );
      return {
        met: !dup,
        detail: dup
          ? `Thành tích trong ${span(first, Y)} đã được khen ${name(dup.awardCode)}; một thành tích không khen hai lần.`
          : `Thành tích ${span(first, Y)} chưa được khen hình thức này.`,
        evidence: dup ? [recordText(dup)] : [],
      };
    }
    case 'leads_bloc': {
      const found = leadsBloc(t, ctx);
      if (found) return found;
      return check({ ...c, test: { p: 'outside', text: t.text } }, ctx);
    }
    case 'judgement':
    case 'outside': {
      const conf = input.confirmations?.[c.key];
      if (conf)
        return {
          met: conf.met,
          detail: `${t.text}: ${conf.met ? 'đã xác nhận' : 'không được xác nhận'}.`,
          evidence: [conf.by],
        };
      const why =
        t.p === 'judgement'
          ? 'cần Hội đồng đánh giá, hệ thống không tự kết luận'
          : 'thông tin từ bên ngoài, cần bổ sung';
      return { met: null, detail: `${t.text}: ${why}.`, evidence: [] };
    }
    case 'any':
    case 'all': {
      const parts = t.of.map((sub) => ({ sub, o: check(sub, ctx) }));
      const metValues = parts.map((x) => x.o.met);
      const met =
        t.p === 'any'
          ? metValues.includes(true)
            ? true
            : metValues.includes(null)
              ? null
              : false
          : metValues.includes(false)
            ? false
            : metValues.includes(null)
              ? null
              : true;
      const shown = t.p === 'any' && met === true ? parts.filter((x) => x.o.met === true) : parts;
      const joiner = t.p === 'any' ? ' Hoặc: ' : ' ';
      return {
        met,
        detail: shown.map((x) => x.o.detail).join(joiner),
        evidence: shown.flatMap((x) => x.o.evidence),
      };
    }
  }
}

/**
 * The published rankings of Y in the blocs of the right organiser: first place in any of them meets the
 * criterion; otherwise the places held refuse it. Null when no such ranking is published (the caller asks
 * for the bloc's own word, as before rankings were kept here).
 */
function leadsBloc(t: { organisers: readonly string[] | null }, ctx: Context): Outcome | null {
  const results = (ctx.input.blocResults ?? [])
    .filter((r) => r.published && r.year === ctx.year && (!t.organisers || t.organisers.includes(r.organiser)))
    .sort((a, b) => a.rank - b.rank || a.blocName.localeCompare(b.blocName, 'vi'));
  if (!results.length) return null;
  const text = (r: BlocResult) =>
    `${r.rank === 1 ? 'Dẫn đầu ' : ''}${r.blocName} năm ${r.year}: hạng ${r.rank}/${r.of} (kết quả chấm điểm đã công bố)`;
  const leading = results.filter((r) => r.rank === 1);
  if (leading.length) return { met: true, detail: `${leading.map(text).join('; ')}.`, evidence: leading.map(text) };
  return {
    met: false,
    detail: `${results.map(text).join('; ')}: không dẫn đầu khối, cụm thi đua.`,
    evidence: results.map(text),
  };
}

/** The review's recorded outcome, or else a discipline decided while it was open (the decision that closed it). */
function endedInDiscipline(f: ReviewFlag, input: EligibilityInput): boolean {
  if (f.outcome) return f.outcome === 'discipline';
  if (f.to === null) return false;
  const to = f.to;
  return (input.discipline ?? []).some((d) => d.from >= f.from && d.from <= to);
}
