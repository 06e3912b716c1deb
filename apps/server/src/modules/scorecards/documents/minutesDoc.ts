import { formatVnDate } from '@thidua/domain';
import type { ScorecardMinutesView } from '@thidua/contracts';
import type { z } from 'zod';
import {
  formatNumberVn,
  officialDocument,
  type Block,
  type Span,
  type TableColumn,
  type Text,
} from '../../../platform/documents/official.ts';
import type { Cycle, Heading, MemberRow } from './data.ts';
import { nameOnly, pts } from './sheetModel.ts';

/**
 * The minutes of the bloc's meeting that reviews the ranking and acclaims its leading member ("biên bản họp bình
 * xét, suy tôn"), in the Decree 30 layout: it goes into the flag dossier, so it names the member proposed for the
 * Cờ thi đua (the first ranked, and of several ranked first the one with the most votes).
 */

type Minutes = z.infer<typeof ScorecardMinutesView>;

export interface MinutesModel {
  cycle: Cycle;
  heading: Heading;
  members: MemberRow[];
  minutes: Minutes;
}

const RANKING_COLUMNS: TableColumn[] = [
  { header: 'Hạng', width: 9, align: 'center' },
  { header: 'Thành viên khối', width: 45 },
  { header: 'Tự chấm', width: 13, align: 'center' },
  { header: 'Thẩm định', width: 14, align: 'center' },
  { header: 'Tổng điểm', width: 13, align: 'center' },
  { header: 'Xếp loại', width: 17 },
];
const VOTE_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 8, align: 'center' },
  { header: 'Thành viên khối', width: 52 },
  { header: 'Số phiếu đồng ý / số phiếu phát ra', width: 24, align: 'center' },
  { header: 'Tỷ lệ (%)', width: 16, align: 'center' },
];

const p = (text: Text): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', level: 1, text });
const label = (l: string, rest: string): Span[] => [{ text: `${l}: `, bold: true }, { text: rest }];
const percent = (votes: number, ballots: number) => (ballots > 0 ? formatNumberVn((votes / ballots) * 100, 2) : '');

/** What the minutes propose for the leader, by who organises the bloc (Law on Emulation Arts 25–26). */
const PROPOSAL: Record<string, string> = {
  province: 'đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua',
  ministry: 'đề nghị Bộ trưởng tặng Cờ thi đua',
  // A bloc inside the department: its divisions are not collectives the province's flag goes to.
  department: 'đề nghị Giám đốc Sở khen thưởng theo thẩm quyền',
};

/** The member proposed for the flag: ranked first, and among those ranked first the one with the most votes. */
export function proposedMember(members: readonly MemberRow[], votes: ReadonlyMap<string, number>): MemberRow | null {
  const first = members.filter((m) => m.rank === 1);
  if (!first.length) return null;
  return [...first].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0))[0]!;
}

function composition(m: Minutes): Block[] {
  const attendees = m.attendees
    .split(/\r?\n/u)
    .map((l) => l.trim().replace(/^[-+•]\s*/u, ''))
    .filter(Boolean);
  return [
    h('Thành phần'),
    p(label('Chủ trì', m.chair || '…')),
    p(label('Thư ký', m.secretary || '…')),
    ...(attendees.length
      ? [p([{ text: 'Thành phần tham dự:', bold: true }]), { kind: 'list', marker: 'dash', items: attendees } as Block]
      : []),
    p(label('Số người có mặt', `${formatNumberVn(m.present, 0)}; số phiếu phát ra: ${formatNumberVn(m.ballots, 0)}.`)),
  ];
}

function ranking(d: MinutesModel): Block[] {
  const ranked = d.members.filter((m) => m.rank !== null);
  return [
    h('Kết quả chấm điểm, xếp hạng'),
    p(
      `Khối đã nghe báo cáo kết quả tự chấm điểm, thẩm định và xếp hạng thi đua năm ${d.cycle.year} của ${d.members.length} thành viên:`,
    ),
    {
      kind: 'table',
      columns: RANKING_COLUMNS,
      rows: ranked.map((m) => [
        String(m.rank),
        m.name,
        pts(m.selfTotal),
        pts(m.appraisedTotal),
        pts(m.finalTotal),
        m.classification,
      ]),
    },
  ];
}

/** How the vote was held: tallies typed from the meeting (hands or paper), or the council session's secret ballot it cites. */
function voteIntro(m: Minutes): string {
  const n = formatNumberVn(m.ballots, 0);
  const s = m.councilSession;
  if (m.votingMethod === 'paper_ballot')
    return `Các thành viên dự họp bỏ phiếu kín bằng phiếu giấy suy tôn đơn vị dẫn đầu khối; Ban kiểm phiếu gồm: ${m.tellers}; số phiếu phát ra ${n}. Kết quả kiểm phiếu theo biên bản của Ban kiểm phiếu:`;
  if (m.votingMethod !== 'secret_ballot' || !s)
    return `Các thành viên dự họp biểu quyết suy tôn đơn vị dẫn đầu khối; số phiếu phát ra ${n}. Kết quả biểu quyết:`;
  return `Các thành viên dự họp bỏ phiếu kín suy tôn đơn vị dẫn đầu khối tại phiên họp "${s.title}" của Hội đồng Thi đua – Khen thưởng ngày ${formatVnDate(s.heldOn)}; số phiếu phát ra ${n}. Kết quả kiểm phiếu theo biên bản phiên họp:`;
}

function vote(d: MinutesModel, votes: ReadonlyMap<string, number>): Block[] {
  const { ballots } = d.minutes;
  const voted = d.members.filter((m) => votes.has(m.id));
  return [
    h(d.minutes.votingMethod === 'show_of_hands' ? 'Kết quả biểu quyết suy tôn' : 'Kết quả bỏ phiếu kín suy tôn'),
    p(voteIntro(d.minutes)),
    {
      kind: 'table',
      columns: VOTE_COLUMNS,
      rows: voted.map((m, i) => {
        const n = votes.get(m.id)!;
        return [String(i + 1), m.name, `${formatNumberVn(n, 0)}/${formatNumberVn(ballots, 0)}`, percent(n, ballots)];
      }),
    },
  ];
}

function conclusion(d: MinutesModel, votes: ReadonlyMap<string, number>): Block[] {
  const out: Block[] = [h('Kết luận')];
  const lead = proposedMember(d.members, votes);
  const bloc = d.cycle.blocName ?? 'khối';
  if (lead) {
    const n = votes.get(lead.id);
    const share =
      n === undefined
        ? ''
        : `, đạt ${formatNumberVn(n, 0)}/${formatNumberVn(d.minutes.ballots, 0)} phiếu, tỷ lệ ${percent(n, d.minutes.ballots)}%`;
    out.push(
      p([
        { text: 'Khối thống nhất suy tôn ' },
        { text: lead.name, bold: true },
        {
          text: ` (xếp hạng thứ nhất với ${pts(lead.finalTotal)} điểm${share}) là đơn vị dẫn đầu ${bloc} năm ${d.cycle.year}, ${PROPOSAL[d.cycle.blocOrganiser ?? ''] ?? PROPOSAL.province}.`,
        },
      ]),
    );
  }
  if (d.minutes.conclusion.trim()) out.push(p(d.minutes.conclusion.trim()));
  out.push(p('Biên bản đã được đọc lại trước cuộc họp và các thành viên dự họp nhất trí thông qua./.'));
  return out;
}

export async function buildMinutesDoc(d: MinutesModel): Promise<Buffer> {
  const m = d.minutes;
  const votes = new Map(m.votes.map((v) => [v.memberId, v.votes]));
  const blocName = d.cycle.blocName ?? d.cycle.name;
  return officialDocument({
    parentAgency: d.heading.parentAgency,
    agency: d.heading.agency,
    number: '',
    symbol: `BB-${d.heading.symbol}`,
    place: d.heading.place,
    date: m.heldOn,
    docKind: 'Biên bản',
    summary: `Họp bình xét, suy tôn thi đua năm ${d.cycle.year}`,
    body: [
      h('Thời gian, địa điểm'),
      p(
        `Ngày ${formatVnDate(m.heldOn)}${m.place ? `, tại ${m.place}` : ''}, ${blocName} họp bình xét, suy tôn thi đua năm ${d.cycle.year}.`,
      ),
      ...composition(m),
      ...ranking(d),
      ...vote(d, votes),
      ...conclusion(d, votes),
    ],
    recipients: [],
    coSigner: { authority: ['Thư ký'], name: nameOnly(m.secretary) },
    signer: { authority: ['Chủ trì'], name: nameOnly(m.chair) },
  });
}
