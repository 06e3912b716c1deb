import { formatVnDate } from '@thidua/domain';
import {
  agencySymbol,
  formatNumberVn,
  officialDocument,
  type Block,
  type Span,
  type Text,
} from '../../platform/documents/official.ts';
import type { ReviewReportData } from './reportData.ts';

/** The interim (sơ kết) or final (tổng kết) review report of an emulation movement, as a Decree 30 DOCX. */

export const REVIEW_REPORT_RECIPIENTS = ['- Như trên;', '- UBND tỉnh (b/c);', '- Hội đồng TĐKT Sở;', '- Lưu: VT, VP.'];

type Target = ReviewReportData['targets'][number];
type Result = Target['results'][number];

const num = (n: number | null): string => (n === null ? '—' : formatNumberVn(n));
const quoted = (name: string): string => `“${name}”`;
const p = (text: Text): Block => ({ kind: 'paragraph', text });
const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
const label = (l: string, rest: string): Span[] => [{ text: `${l}: `, bold: true }, { text: rest }];

/** Multi-line free text from the movement record → one paragraph per line; a note when it was left empty. */
function freeText(text: string, none: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.map((l) => p(l)) : [p(none)];
}

export function reviewVerdict(r: Result): string {
  if (r.achieved === null) return 'Chưa báo cáo';
  if (r.met === true) return 'Đạt';
  if (r.met === false) return 'Chưa đạt';
  return 'Chưa đánh giá';
}

function movementSection(d: ReviewReportData): Block[] {
  const m = d.movement;
  const launchDoc = m.launchDocNumber
    ? `văn bản số ${m.launchDocNumber}${m.launchDocDate ? ` ngày ${formatVnDate(m.launchDocDate)}` : ''}`
    : 'chưa ghi nhận văn bản phát động';
  return [
    h(1, 'Khái quát phong trào thi đua'),
    h(2, 'Thông tin chung'),
    p(label('Tên phong trào', `${quoted(m.name)}.`)),
    p(label('Hình thức', `${m.kindLabel}; cấp phát động: ${m.launchLevelLabel}; ${launchDoc}.`)),
    p(
      label(
        'Thời gian thực hiện',
        `từ ngày ${formatVnDate(m.startsOn)} đến ngày ${formatVnDate(m.endsOn)}; tình trạng: ${m.statusLabel}.`,
      ),
    ),
    h(2, 'Mục tiêu'),
    ...freeText(m.objectives, 'Chưa xác định mục tiêu.'),
    h(2, 'Nội dung'),
    ...freeText(m.content, 'Chưa xác định nội dung.'),
    h(2, 'Tiêu chí thi đua'),
    ...freeText(m.criteria, 'Chưa xác định tiêu chí.'),
  ];
}

function participantsBlocks(d: ReviewReportData): Block[] {
  const list = d.participants;
  if (!list.length) return [p('Chưa có đơn vị nào đăng ký tham gia phong trào.')];
  const registered = list.filter((x) => x.registered).length;
  const people = list.reduce((a, x) => a + x.people, 0);
  const titles = list.reduce((a, x) => a + x.collectiveTitles, 0);
  return [
    p(
      `Có ${registered}/${list.length} đơn vị đăng ký tham gia, với ${formatNumberVn(people)} cá nhân ` +
        `và ${formatNumberVn(titles)} danh hiệu tập thể đăng ký.`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Đơn vị', width: 40 },
        { header: 'Đăng ký', width: 16, align: 'center' },
        { header: 'Số cá nhân đăng ký', width: 18, align: 'right' },
        { header: 'Số danh hiệu tập thể', width: 18, align: 'right' },
      ],
      rows: list.map((x, i) => [
        String(i + 1),
        x.orgName,
        x.registered ? 'Đã đăng ký' : 'Chưa đăng ký',
        formatNumberVn(x.people),
        formatNumberVn(x.collectiveTitles),
      ]),
      footer: ['', 'Tổng cộng', `${registered}/${list.length}`, formatNumberVn(people), formatNumberVn(titles)],
    },
  ];
}

function targetBlocks(t: Target): Block[] {
  const goal = t.targetValue === null ? '' : ` (chỉ tiêu chung: ${formatNumberVn(t.targetValue)} ${t.unit})`;
  const head = h(3, `${t.name}${goal}`);
  if (!t.results.length) return [head, p('Chưa có đơn vị đăng ký chỉ tiêu này.')];
  const met = t.results.filter((r) => r.met === true).length;
  const unit = t.unit ? ` (${t.unit})` : '';
  return [
    head,
    p(`Có ${met}/${t.results.length} đơn vị đạt chỉ tiêu đăng ký.`),
    {
      kind: 'table',
      columns: [
        { header: 'Đơn vị', width: 34 },
        { header: `Đăng ký${unit}`, width: 17, align: 'right' },
        { header: `Thực hiện${unit}`, width: 17, align: 'right' },
        { header: 'Tỷ lệ %', width: 12, align: 'right' },
        { header: 'Đánh giá', width: 20, align: 'center' },
      ],
      rows: t.results.map((r) => [
        r.orgName,
        num(r.committed),
        num(r.achieved),
        r.ratio === null ? '—' : formatNumberVn(r.ratio, 1),
        reviewVerdict(r),
      ]),
    },
  ];
}

function resultsSection(d: ReviewReportData): Block[] {
  return [
    h(1, 'Kết quả thực hiện'),
    h(2, 'Đơn vị tham gia'),
    ...participantsBlocks(d),
    h(2, 'Kết quả thực hiện các chỉ tiêu'),
    ...(d.targets.length ? d.targets.flatMap(targetBlocks) : [p('Phong trào không đặt chỉ tiêu định lượng.')]),
  ];
}

function exemplarSection(d: ReviewReportData): Block[] {
  if (!d.exemplars.length) return [h(1, 'Điển hình tiên tiến'), p('Chưa có điển hình tiên tiến được ghi nhận.')];
  return [
    h(1, 'Điển hình tiên tiến'),
    p(`Qua phong trào, đã phát hiện và ghi nhận ${d.exemplars.length} điển hình tiên tiến:`),
    {
      kind: 'list',
      marker: 'number',
      items: d.exemplars.map((e) => [
        { text: e.subjectName, bold: true },
        // A collective is its own unit: print its name once.
        {
          text: `${e.orgName === e.subjectName ? '' : ` — ${e.orgName}`}: ${e.title}${e.description ? `. ${e.description}` : ''}`,
        },
      ]),
    },
  ];
}

function awardsSection(d: ReviewReportData): Block[] {
  const proposed: Block[] = d.proposed.length
    ? [
        {
          kind: 'table',
          columns: [
            { header: 'STT', width: 8, align: 'center' },
            { header: 'Cá nhân, tập thể', width: 34 },
            { header: 'Đơn vị', width: 28 },
            { header: 'Hình thức đề nghị', width: 30 },
          ],
          rows: d.proposed.map((a, i) => [String(i + 1), a.subjectName, a.orgName, a.awardName]),
        },
      ]
    : [p('Chưa có đề nghị khen thưởng nào gắn với phong trào.')];
  const conferred: Block[] = d.conferred.length
    ? [
        {
          kind: 'table',
          columns: [
            { header: 'STT', width: 8, align: 'center' },
            { header: 'Cá nhân, tập thể', width: 28 },
            { header: 'Đơn vị', width: 24 },
            { header: 'Hình thức khen thưởng', width: 24 },
            { header: 'Số quyết định', width: 16, align: 'center' },
          ],
          rows: d.conferred.map((a, i) => [String(i + 1), a.subjectName, a.orgName, a.awardName, a.decisionNumber]),
        },
      ]
    : [p('Chưa có khen thưởng nào được trao gắn với phong trào.')];
  return [h(1, 'Khen thưởng'), h(2, 'Đề nghị khen thưởng'), ...proposed, h(2, 'Khen thưởng đã trao'), ...conferred];
}

function outlookSection(d: ReviewReportData): Block[] {
  const name = quoted(d.movement.name);
  if (d.kind === 'interim')
    return [
      h(1, 'Phương hướng, nhiệm vụ thời gian tới'),
      p(
        `Tiếp tục đẩy mạnh phong trào thi đua ${name}; các đơn vị chưa đạt chỉ tiêu rà soát nguyên nhân, ` +
          'có giải pháp khắc phục để hoàn thành chỉ tiêu đã đăng ký.',
      ),
      p(
        'Kịp thời phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến; chuẩn bị hồ sơ đề nghị khen thưởng ' +
          'đúng quy định khi tổng kết phong trào.',
      ),
      p(`Trên đây là báo cáo sơ kết phong trào thi đua ${name}./.`),
    ];
  return [
    h(1, 'Phương hướng, kiến nghị'),
    p(
      'Phát huy kết quả đạt được, tiếp tục duy trì và nhân rộng các điển hình tiên tiến; rút kinh nghiệm ' +
        'trong tổ chức phát động, theo dõi và đánh giá để nâng cao chất lượng các phong trào thi đua tiếp theo.',
    ),
    p(
      'Đề nghị Hội đồng Thi đua - Khen thưởng xem xét, khen thưởng kịp thời các tập thể, cá nhân có thành tích ' +
        'xuất sắc trong phong trào.',
    ),
    p(`Trên đây là báo cáo tổng kết phong trào thi đua ${name}./.`),
  ];
}

export async function buildReviewReport(data: ReviewReportData): Promise<Buffer> {
  const word = data.kind === 'interim' ? 'Sơ kết' : 'Tổng kết';
  return officialDocument({
    parentAgency: data.parentAgency,
    agency: data.agency,
    // Drafted before registration: the clerk writes the number in when the report is issued.
    number: '',
    symbol: `BC-${agencySymbol(data.agency)}`,
    place: data.place,
    date: data.date,
    docKind: 'Báo cáo',
    summary: `${word} phong trào thi đua ${quoted(data.movement.name)}`,
    body: [
      ...movementSection(data),
      ...resultsSection(data),
      ...exemplarSection(data),
      ...awardsSection(data),
      ...outlookSection(data),
    ],
    recipients: REVIEW_REPORT_RECIPIENTS,
    // signerTitle may hold several lines ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").
    signer: {
      authority: data.signerTitle
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
      name: data.signerName,
    },
  });
}
