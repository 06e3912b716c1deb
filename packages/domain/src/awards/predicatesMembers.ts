import type { Context, Outcome, Predicate } from './predicates.ts';
import { codesText, holding } from './predicateHelpers.ts';
import { RATING_LABELS, ratingRank } from './types.ts';

/** Criteria of a collective read from its members' records in year Y. */
export function checkMembers(
  t: Extract<Predicate, { p: 'member_share' | 'member_all_rated' | 'member_holds' }>,
  ctx: Context,
): Outcome {
  const members = ctx.input.members ?? [];
  const Y = ctx.year;
  if (!members.length) return { met: null, detail: `Chưa có danh sách thành viên năm ${Y}.`, evidence: [] };
  const label = (m: (typeof members)[number]): string => m.name ?? m.id;
  if (t.p === 'member_all_rated') {
    const bad = members.filter((m) => {
      const r = m.ratings.find((x) => x.year === Y);
      return !r || ratingRank(r.rating) < ratingRank(t.min);
    });
    return {
      met: bad.length === 0,
      detail: `100% thành viên xếp loại "${RATING_LABELS[t.min]}" trở lên năm ${Y}: ${bad.length ? `chưa đạt, ${bad.length}/${members.length} thành viên không đạt` : 'đạt'}.`,
      evidence: bad.map(label),
    };
  }
  const holders = members.filter((m) => holding(m.awards, t.codes, Y));
  if (t.p === 'member_holds') {
    const met = holders.length >= t.atLeast;
    return {
      met,
      detail: `Cần ít nhất ${t.atLeast} thành viên đạt ${codesText(t.codes)} năm ${Y}; có ${holders.length}.`,
      evidence: holders.map(label),
    };
  }
  const share = holders.length / members.length;
  const met = t.strict ? share > t.min : share >= t.min;
  const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`.replace('.', ',');
  return {
    met,
    detail: `Tỷ lệ thành viên đạt ${codesText(t.codes)} năm ${Y}: ${holders.length}/${members.length} = ${pct(share)} (cần ${t.strict ? 'trên' : 'từ'} ${pct(t.min)}).`,
    evidence: [`${holders.length}/${members.length} thành viên`],
  };
}
