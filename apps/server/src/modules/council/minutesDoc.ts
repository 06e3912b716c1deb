import { formatVnDate } from '@thidua/domain';
import {
  formatNumberVn,
  officialDocument,
  titleCase,
  type Block,
  type Span,
  type TableColumn,
  type Text,
} from '../../platform/documents/official.ts';
import type { MinutesDocData } from '../decisions/docData.ts';

/**
 * The minutes (biên bản) of a session of the emulation and commendation council. The ballot is secret:
 * only the counts per item are printed, never how a member voted; recused members are named per item.
 */

const RESULT_COLUMNS: TableColumn[] = [
  // Eight columns on 165 mm: the count columns are just wide enough for their bold 12 pt headers.
  { header: 'STT', width: 7, align: 'center' },
  { header: 'Họ tên / Tập thể', width: 18 },
  { header: 'Đơn vị', width: 14 },
  { header: 'Hình thức', width: 15 },
  { header: 'Đồng ý', width: 10, align: 'center' },
  { header: 'Không đồng ý', width: 10, align: 'center' },
  { header: 'Không ý kiến', width: 10, align: 'center' },
  { header: 'Kết quả', width: 16 },
];

type Item = MinutesDocData['items'][number];

const p = (text: Text): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', level: 1, text });
const label = (l: string, rest: string): Span[] => [{ text: `${l}: `, bold: true }, { text: rest }];

function composition(d: MinutesDocData): Block[] {
  const present = d.members.filter((m) => m.present);
  const absent = d.members.filter((m) => !m.present);
  const line = (m: MinutesDocData['members'][number]): Text => `${m.name} – ${m.role};`;
  return [
    h('Thành phần'),
    p(label('Chủ trì', `${d.chairName} – Chủ tịch Hội đồng`)),
    p(label('Thư ký', d.secretaryName)),
    p([{ text: `Thành viên có mặt (${present.length}):`, bold: true }]),
    ...(present.length ? [{ kind: 'list', marker: 'dash', items: present.map(line) } as Block] : [p('Không có.')]),
    p([{ text: `Thành viên vắng mặt (${absent.length}):`, bold: true }]),
    ...(absent.length ? [{ kind: 'list', marker: 'dash', items: absent.map(line) } as Block] : [p('Không có.')]),
    p(label('Số lượng', d.quorumText)),
  ];
}

const count = (n: number): string => formatNumberVn(n, 0);

function resultRow(it: Item, i: number): Text[] {
  return [
    String(i + 1),
    it.subjectName,
    it.unitName,
    it.awardName,
    count(it.agree),
    count(it.disagree),
    count(it.abstain),
    it.resultText,
  ];
}

/** One note line per item with recused members: they left the vote on that item, not the session. */
function recusals(items: Item[]): Block[] {
  const notes = items.flatMap((it, i) =>
    it.recused.length
      ? [`STT ${i + 1} (${it.subjectName}): ${it.recused.join(', ')} không tham gia biểu quyết (có liên quan).`]
      : [],
  );
  if (!notes.length) return [];
  return [p([{ text: 'Ghi chú:', bold: true, italic: true }]), { kind: 'list', marker: 'dash', items: notes }];
}

function results(d: MinutesDocData): Block[] {
  if (!d.items.length) return [h('Kết quả biểu quyết'), p('Phiên họp không có trường hợp nào được đưa ra biểu quyết.')];
  const passed = d.items.filter((it) => /^Đạt\b/u.test(it.resultText.normalize('NFC'))).length;
  return [
    h('Kết quả biểu quyết'),
    p(
      `Hội đồng đã xem xét và biểu quyết bằng phiếu kín đối với ${d.items.length} trường hợp; ` +
        `${passed} trường hợp đạt. Kết quả kiểm phiếu như sau:`,
    ),
    { kind: 'table', columns: RESULT_COLUMNS, rows: d.items.map(resultRow) },
    ...recusals(d.items),
  ];
}

export async function buildMinutesDoc(d: MinutesDocData): Promise<Buffer> {
  return officialDocument({
    parentAgency: d.parentAgency,
    agency: d.agency,
    // Minutes are numbered at registration, like any document the clerk files.
    number: '',
    symbol: 'BB-HĐTĐKT',
    place: d.place,
    date: d.date,
    docKind: 'Biên bản',
    summary: `Họp Hội đồng Thi đua – Khen thưởng ${titleCase(d.agency)}`,
    body: [
      h('Thời gian, địa điểm'),
      p(label('Nội dung', d.sessionTitle)),
      p(label('Thời gian, địa điểm', `ngày ${formatVnDate(d.date)}, ${d.venue}`)),
      ...composition(d),
      ...results(d),
      p(d.closing),
    ],
    recipients: [],
    coSigner: { authority: ['Thư ký'], name: d.secretaryName },
    signer: { authority: ['Chủ tịch Hội đồng'], name: d.chairName },
  });
}
