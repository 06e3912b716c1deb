import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  PageBreak,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type Table,
} from 'docx';
import { isValidIsoDate } from '@thidua/domain';
import {
  CONTENT_MM,
  FONT,
  PT,
  blank,
  columnsTable,
  dataTable,
  para,
  roman,
  rule,
  type TableColumn,
  type Text,
} from './officialParts.ts';

/**
 * An administrative document laid out as Decree 30/2020/NĐ-CP (Appendix I) prescribes: national motto and
 * agency header, number and dateline, kind and summary, body, recipients and signature. Used for reports
 * (báo cáo), decisions (quyết định), submissions (tờ trình) and minutes (biên bản).
 */

export type { Span, TableColumn, Text } from './officialParts.ts';

export type Block =
  /** Body text: justified with a 1 cm first-line indent unless told otherwise. */
  | {
      kind: 'paragraph';
      text: Text;
      align?: 'justify' | 'center' | 'left' | 'right';
      indent?: boolean;
      /** Kept on the page of what follows (a caption with its chart). */
      keepNext?: boolean;
    }
  /** Numbered automatically: level 1 "I.", level 2 "1." (restarts under each level 1), level 3 "a)". */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; numbered?: boolean }
  /** "- item" (dash), "+ item" (plus) or "1. item" (number) lines, as official documents write lists. */
  | { kind: 'list'; marker: 'dash' | 'plus' | 'number'; items: Text[] }
  /** `size`: the table's text in points (12 unless a wide table needs less to fit the page). */
  | { kind: 'table'; columns: TableColumn[]; rows: Text[][]; footer?: Text[]; caption?: string; size?: number }
  /** Starts a new page, e.g. before an appendix. */
  | { kind: 'pageBreak' }
  /** A picture (a chart, `platform/charts.ts`) centred at its printed size; `alt` is read out for it. */
  | { kind: 'image'; png: Buffer; widthMm: number; heightMm: number; alt: string; keepNext?: boolean };

export interface SignerSpec {
  /** e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  authority: string[];
  name: string;
}

export interface OfficialDocSpec {
  /** Governing body, e.g. "UBND TỈNH THÁI NGUYÊN"; omitted for bodies with none above them. */
  parentAgency?: string;
  /** Issuing agency, e.g. "SỞ CÔNG THƯƠNG". */
  agency: string;
  /** Registered number; empty while the document is a draft (the clerk writes it in at registration). */
  number: string;
  /** Kind and agency symbol, e.g. "BC-SCT". */
  symbol: string;
  place: string;
  /** ISO date (YYYY-MM-DD) of the dateline. */
  date: string;
  /** "BÁO CÁO", "QUYẾT ĐỊNH", "TỜ TRÌNH", "BIÊN BẢN"… */
  docKind: string;
  /** Trích yếu, printed under the kind. */
  summary: string;
  body: Block[];
  recipients: string[];
  /** authority: e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]; name: the signer's full name. */
  signer: SignerSpec;
  /** A second signer printed on the left instead of "Nơi nhận" (minutes: the secretary beside the chair). */
  coSigner?: SignerSpec;
  /** Prints "DỰ THẢO" above the heading of page 1 (previews before signing). */
  draft?: boolean;
  /** Blocks after the signature on a new page, e.g. a decision's list of recipients. */
  appendix?: Block[];
}

/** "2026-12-05" (or a timestamp) → "05/12/2026", as dates are written in running text and tables. */
export const dateVn = (iso: string): string => iso.slice(0, 10).split('-').reverse().join('/');

/** "Thái Nguyên, ngày 05 tháng 12 năm 2026": Decree 30 pads days below 10 and months 1–2 only. */
export function datelineVn(place: string, isoDate: string): string {
  const iso = isoDate.slice(0, 10);
  if (!isValidIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: ${isoDate}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  // An agency whose name carries no province (a test set-up, a ministry) dates without a place.
  return `${place ? `${place}, ngày` : 'Ngày'} ${day} tháng ${month} năm ${y}`.normalize('NFC');
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234567.8 → "1.234.567,8" (Vietnamese separators); at most `maxFraction` decimals. */
export function formatNumberVn(n: number, maxFraction = 2): string {
  let f = numberFormats.get(maxFraction);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFraction });
    numberFormats.set(maxFraction, f);
  }
  return f.format(n);
}

/** "SỞ CÔNG THƯƠNG" → "SCT": the agency part of a document symbol, from the initials without diacritics. */
export function agencySymbol(agency: string): string {
  return agency
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'D')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** "SỞ CÔNG THƯƠNG" → "Sở Công Thương": agency names in running text capitalise every word. */
export function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+)/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join('');
}

/** "Số: 12/BC-SCT", or "Số:      /BC-SCT" with room for the number on a draft. */
export function numberLine(number: string, symbol: string): string {
  return `Số: ${number.trim() || '\u00a0'.repeat(6)}/${symbol}`;
}

const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));
const upper = (s: string): string => s.toLocaleUpperCase('vi');
// The right column holds the national title on one line (Decree 30: 12–13 pt bold; 12 pt fits 103 mm).
const HEADER_MM = [62, CONTENT_MM - 62] as const;
const SIGN_MM = [80, CONTENT_MM - 80] as const;

function headerTable(spec: OfficialDocSpec): Table {
  const left: Paragraph[] = [];
  if (spec.parentAgency) left.push(para(upper(spec.parentAgency), { align: 'center', size: PT.header }));
  left.push(para(upper(spec.agency), { align: 'center', size: PT.header, bold: true }));
  left.push(rule(HEADER_MM[0], 22));
  left.push(para(numberLine(spec.number, spec.symbol), { align: 'center', size: PT.header, before: 6 }));
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', size: PT.national, bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { align: 'center', size: PT.body, bold: true }),
    // As long as the motto line above it (Decree 30, Appendix I).
    rule(HEADER_MM[1], 60),
    para(datelineVn(spec.place, spec.date), { align: 'center', italic: true, before: 6 }),
  ];
  return columnsTable([...HEADER_MM], [left, right]);
}

function signerBlock(s: SignerSpec): Paragraph[] {
  return [
    ...s.authority.map((a) => para(upper(a), { align: 'center', bold: true })),
    // Room for the handwritten signature and the seal.
    ...blank(4),
    para(s.name, { align: 'center', bold: true }),
  ];
}

function signatureTable(spec: OfficialDocSpec): Table {
  if (spec.coSigner) {
    const half = CONTENT_MM / 2;
    return columnsTable([half, half], [signerBlock(spec.coSigner), signerBlock(spec.signer)]);
  }
  const left = [
    para('Nơi nhận:', { size: PT.recipientsLabel, bold: true, italic: true }),
    ...spec.recipients.map((r) => para(r, { size: PT.recipients })),
  ];
  return columnsTable([...SIGN_MM], [left, signerBlock(spec.signer)]);
}

/** The draft mark: large, red and boxed so a preview is never mistaken for the signed document. */
function draftMark(): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 2 } as const;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    border: { top: line, bottom: line, left: line, right: line },
    indent: { left: mm(60), right: mm(60) },
    children: [new TextRun({ text: 'DỰ THẢO', font: FONT, size: 32, bold: true, color: 'C00000' })],
  });
}

const LIST_MARK = { dash: () => '- ', plus: () => '+ ', number: (i: number) => `${i + 1}. ` } as const;

function prefixed(prefix: string, text: Text): Text {
  return typeof text === 'string' ? prefix + text : [{ text: prefix }, ...text];
}

/** Body blocks → docx elements; heading numbers are counted here so callers write plain titles. */
export function renderBlocks(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const count = [0, 0, 0];
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        out.push(
          para(b.text, { align: b.align ?? 'justify', indent: b.indent ?? true, before: 6, keepNext: b.keepNext }),
        );
        break;
      case 'heading': {
        const i = b.level - 1;
        count[i]!++;
        for (let j = i + 1; j < count.length; j++) count[j] = 0;
        const n = count[i]!;
        const num = b.numbered === false ? '' : [`${roman(n)}. `, `${n}. `, `${String.fromCharCode(96 + n)}) `][i];
        const text = b.level === 1 ? upper(b.text) : b.text;
        out.push(para(num + text, { align: 'justify', indent: true, bold: true, before: 6, keepNext: true }));
        break;
      }
      case 'list':
        b.items.forEach((item, i) =>
          out.push(para(prefixed(LIST_MARK[b.marker](i), item), { align: 'justify', indent: true, before: 6 })),
        );
        break;
      case 'table':
        if (b.caption) out.push(para(b.caption, { align: 'center', bold: true, before: 6, keepNext: true }));
        else out.push(para('', { size: 6 }));
        out.push(dataTable(b.columns, b.rows, b.footer, b.size));
        // Adjacent tables would merge into one in Word: always close a table with a paragraph.
        out.push(para('', { size: 6 }));
        break;
      case 'image':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: b.keepNext,
            spacing: { before: 60, after: 60 },
            children: [
              new ImageRun({
                type: 'png',
                data: b.png,
                // docx sizes pictures in pixels at 96 to the inch.
                transformation: {
                  width: Math.round((b.widthMm / 25.4) * 96),
                  height: Math.round((b.heightMm / 25.4) * 96),
                },
                altText: { name: 'Biểu đồ', title: 'Biểu đồ', description: b.alt },
              }),
            ],
          }),
        );
        break;
      case 'pageBreak':
        // A tiny run size: the rest of this paragraph opens the new page and should take no room there.
        out.push(new Paragraph({ children: [new PageBreak()], spacing: { before: 0, after: 0 }, run: { size: 2 } }));
        break;
    }
  }
  return out;
}

/** Decree 30 numbers pages from the second one, centred in the top margin. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.header * 2 })],
      }),
    ],
  });
}

export async function officialDocument(spec: OfficialDocSpec): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    ...(spec.draft ? [draftMark()] : []),
    headerTable(spec),
    para(upper(spec.docKind), { align: 'center', bold: true, before: 18 }),
    para(spec.summary, { align: 'center', bold: true }),
    rule(CONTENT_MM, 40),
    ...blank(1, 8),
    ...renderBlocks(spec.body),
    ...blank(1, 8),
    signatureTable(spec),
    ...(spec.appendix?.length ? renderBlocks([{ kind: 'pageBreak' }, ...spec.appendix]) : []),
  ];
  const doc = new Document({
    creator: 'thidua',
    title: `${spec.docKind} ${spec.summary}`.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: PT.body * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The agency block of the heading from the root of the tree: "Sở Công Thương
 * tỉnh Thái Nguyên" prints as "UBND TỈNH THÁI NGUYÊN" over "SỞ CÔNG THƯƠNG".
 */
export function agencyOf(rootName: string): { agency: string; parentAgency: string; place: string } {
  const m = /^(.*?)\s+(tỉnh|thành phố)\s+(.+)$/iu.exec(rootName.trim());
  if (!m) return { agency: rootName.toLocaleUpperCase('vi'), parentAgency: '', place: '' };
  return {
    agency: m[1]!.toLocaleUpperCase('vi'),
    parentAgency: `UBND ${m[2]} ${m[3]}`.toLocaleUpperCase('vi'),
    place: m[3]!,
  };
}
