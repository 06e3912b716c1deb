import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { datelineVn, numberLine } from '../../platform/documents/official.ts';
import { CONTENT_MM, FONT, blank, columnsTable, para, rule, runs } from '../../platform/documents/officialParts.ts';
import { BODY_PT, type FormBlock, type FormColumn, type FormDoc, type FormSignature, type Text } from './model.ts';

/** A form as DOCX: A4 portrait, Decree 30 margins and heading, Times New Roman. */

const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));
const upper = (s: string): string => s.toLocaleUpperCase('vi');
const HEADER_MM = [62, CONTENT_MM - 62] as const;
const HEAD_PT = 13;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function headerTable(doc: FormDoc): Table {
  const h = doc.head;
  const left: Paragraph[] = [];
  if (h.parentAgency) left.push(para(upper(h.parentAgency), { align: 'center', size: HEAD_PT }));
  left.push(para(upper(h.agency), { align: 'center', size: HEAD_PT, bold: true }));
  if (h.unit) left.push(para(upper(h.unit), { align: 'center', size: 12, bold: true }));
  left.push(rule(HEADER_MM[0], 22));
  left.push(para(numberLine(h.number, h.symbol), { align: 'center', size: HEAD_PT, before: 6 }));
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', size: 12, bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { align: 'center', size: HEAD_PT, bold: true }),
    rule(HEADER_MM[1], 60),
    para(datelineVn(h.place, h.date), { align: 'center', size: HEAD_PT, italic: true, before: 6 }),
  ];
  return columnsTable([...HEADER_MM], [left, right]);
}

/** A bordered data table whose text size the form chooses (the control slip needs 11 pt to fit A4). */
function table(columns: FormColumn[], rows: Text[][], size: number): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => mm((CONTENT_MM * c.width) / total));
  const cell = (text: Text, i: number, bold: boolean, align: keyof typeof ALIGN) =>
    new TableCell({
      // A line break in a plain text starts a new paragraph of the cell.
      children: (typeof text === 'string' ? text.split('\n') : [text]).map(
        (line) =>
          new Paragraph({
            children: runs(line, { size, bold: bold || undefined }),
            alignment: ALIGN[align],
            spacing: { before: 0, after: 0 },
          }),
      ),
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
    });
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c, i) => cell(c.header, i, true, 'center')),
  });
  const body = rows.map(
    (r) =>
      new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', i, false, c.align ?? 'left')) }),
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...body],
  });
}

const QR_MM = 30;

function qrBlock(png: Buffer, lines: Text[]): Table {
  const px = Math.round((QR_MM / 25.4) * 96);
  const image = new Paragraph({
    children: [new ImageRun({ type: 'png', data: png, transformation: { width: px, height: px } })],
  });
  const text = lines.map((l) => para(l, { size: 12, align: 'left', after: 3 }));
  return columnsTable([QR_MM + 4, CONTENT_MM - QR_MM - 4], [[image], text]);
}

function block(b: FormBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [para(b.text, { align: b.align ?? 'justify', indent: b.indent ?? false, size: BODY_PT, before: 3 })];
    case 'table':
      // A paragraph after the table: adjacent tables would merge into one in Word.
      return [para('', { size: 4 }), table(b.columns, b.rows, b.size ?? 12), para('', { size: 4 })];
    case 'qr':
      return [para('', { size: 6 }), qrBlock(b.png, b.lines), para('', { size: 4 })];
  }
}

function signatureCell(s: FormSignature): Paragraph[] {
  return [
    para(s.title, { align: 'center', bold: true, size: BODY_PT }),
    para(s.hint, { align: 'center', italic: true, size: 12 }),
    ...blank(3, BODY_PT),
    para(s.name, { align: 'center', bold: true, size: BODY_PT }),
  ];
}

function signatures(doc: FormDoc): Table | null {
  if (!doc.signatures.length) return null;
  if (doc.signatures.length === 2) {
    const half = CONTENT_MM / 2;
    return columnsTable([half, half], doc.signatures.map(signatureCell));
  }
  const left = doc.recipients?.length
    ? [para('Nơi nhận:', { size: 12, bold: true, italic: true }), ...doc.recipients.map((r) => para(r, { size: 11 }))]
    : [];
  return columnsTable([80, CONTENT_MM - 80], [left, signatureCell(doc.signatures[0]!)]);
}

export async function formDocx(doc: FormDoc): Promise<Buffer> {
  const sign = signatures(doc);
  const children: (Paragraph | Table)[] = [
    headerTable(doc),
    para(upper(doc.title), { align: 'center', bold: true, before: 14 }),
    ...doc.subtitle.map((s) => para(s, { align: 'center', size: BODY_PT })),
    ...blank(1, 6),
    ...doc.body.flatMap(block),
    ...(sign ? [...blank(1, 8), sign] : []),
  ];
  const document = new Document({
    creator: 'thidua',
    title: doc.docTitle.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
