import { formatVnDate } from '@thidua/domain';
import {
  formatNumberVn,
  numberLine,
  officialDocument,
  titleCase,
  type Block,
  type TableColumn,
  type Text,
} from '../../platform/documents/official.ts';
import type { DecisionDocData, DecisionRecipient } from './docData.ts';

/** A commendation decision (quyết định khen thưởng) in Decree 30/2020 layout, with its recipients' appendix. */

const APPENDIX_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 7, align: 'center' },
  { header: 'Họ và tên / Tập thể', width: 27 },
  { header: 'Chức vụ, đơn vị', width: 30 },
  { header: 'Hình thức', width: 18 },
  { header: 'Tiền thưởng (đồng)', width: 18, align: 'right' },
];

const centred = (text: Text): Block => ({ kind: 'paragraph', text, align: 'center', indent: false });

/** Capitalises the first letter only: "giám đốc…" → "Giám đốc…". */
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN" → "Giám đốc Sở Công Thương tỉnh Thái Nguyên", as the appendix
 * cites the issuer in running text: lower case except the agency's and the place's names.
 */
export function issuerInText(issuer: string, agency: string, place: string): string {
  let s = issuer.normalize('NFC').toLocaleLowerCase('vi');
  for (const name of [titleCase(agency.normalize('NFC')), place.normalize('NFC')])
    if (name) s = s.split(name.toLocaleLowerCase('vi')).join(name);
  return capitalise(s);
}

/** The basis lines are italic, as Decree 30 prints them; "Xét đề nghị…" lines too. */
function preamble(d: DecisionDocData): Block[] {
  return [
    centred([{ text: d.issuer.toLocaleUpperCase('vi'), bold: true }]),
    ...d.legalBasis.map((line): Block => ({ kind: 'paragraph', text: [{ text: line, italic: true }] })),
    centred([{ text: 'QUYẾT ĐỊNH:', bold: true }]),
    ...d.articles.map(
      (a, i): Block => ({ kind: 'paragraph', text: [{ text: `Điều ${i + 1}. `, bold: true }, { text: a }] }),
    ),
  ];
}

function recipientRow(r: DecisionRecipient, i: number): Text[] {
  return [String(i + 1), r.name, r.detail, r.awardName, r.bonus === null ? '' : formatNumberVn(r.bonus, 0)];
}

/** The appendix: title, the decision it belongs to, then one row per recipient and the total of the bonuses. */
function appendix(d: DecisionDocData): Block[] {
  const total = d.recipients.reduce((sum, r) => sum + (r.bonus ?? 0), 0);
  const number = numberLine(d.number, d.symbol).replace(/^Số: /, '');
  const source =
    d.appendixSource ??
    `(Kèm theo Quyết định số ${number} ngày ${formatVnDate(d.date)} của ${issuerInText(d.issuer, d.agency, d.place)})`;
  return [
    centred([{ text: d.appendixTitle.toLocaleUpperCase('vi'), bold: true }]),
    centred([{ text: source, italic: true }]),
    {
      kind: 'table',
      columns: APPENDIX_COLUMNS,
      rows: d.recipients.map(recipientRow),
      footer: ['', `Tổng cộng: ${formatNumberVn(d.recipients.length)}`, '', '', formatNumberVn(total, 0)],
    },
  ];
}

export async function buildDecisionDoc(d: DecisionDocData): Promise<Buffer> {
  return officialDocument({
    parentAgency: d.parentAgency,
    agency: d.agency,
    number: d.number,
    symbol: d.symbol,
    place: d.place,
    date: d.date,
    docKind: 'Quyết định',
    summary: d.summary,
    body: preamble(d),
    recipients: d.circulation,
    signer: d.signer,
    draft: d.draft,
    appendix: appendix(d),
  });
}
