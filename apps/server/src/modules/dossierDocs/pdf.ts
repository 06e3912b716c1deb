import { datelineVn, numberLine } from '../../platform/documents/official.ts';
import { PDF_FONT, pdfmake } from '../../platform/documents/pdf.ts';
import { BODY_PT, type FormBlock, type FormDoc, type FormSignature, type Text } from './model.ts';

/**
 * A form as PDF with pdfmake: A4 portrait, Decree 30 margins and heading, Noto Serif embedded (subset) so
 * every Vietnamese glyph prints the same on any machine.
 */

const FONT = PDF_FONT;

type Node = Record<string, unknown>;
const MM = 72 / 25.4;
/** Text width: A4 less the Decree 30 margins (30 mm left, 15 mm right). */
const CONTENT = (210 - 30 - 15) * MM;
const HEADER = [62 * MM, CONTENT - 62 * MM] as const;
const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** Text → pdfmake inline runs, NFC. */
function inline(t: Text): string | Node[] {
  if (typeof t === 'string') return t.normalize('NFC');
  return t.map((s) => ({ text: s.text.normalize('NFC'), bold: s.bold, italics: s.italic }));
}

/** The short rule under a heading line; the column's centring places it. */
function rule(length: number): Node {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }], margin: [0, 1, 0, 2] };
}

function header(doc: FormDoc): Node {
  const h = doc.head;
  const left: Node[] = [];
  if (h.parentAgency) left.push({ text: upper(h.parentAgency), fontSize: 12 });
  left.push({ text: upper(h.agency), bold: true, fontSize: 12 });
  if (h.unit) left.push({ text: upper(h.unit), bold: true, fontSize: 11 });
  left.push(rule(22 * MM));
  left.push({ text: numberLine(h.number, h.symbol), fontSize: 12, margin: [0, 4, 0, 0] });
  const right: Node[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 11.5 },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 12.5 },
    rule(60 * MM),
    { text: datelineVn(h.place, h.date), italics: true, fontSize: 12.5, margin: [0, 4, 0, 0] },
  ];
  return {
    columns: [
      { width: HEADER[0], stack: left, alignment: 'center' },
      { width: HEADER[1], stack: right, alignment: 'center' },
    ],
  };
}

const THIN = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function block(b: FormBlock): Node {
  switch (b.kind) {
    case 'p':
      return {
        text: inline(b.text),
        alignment: b.align ?? 'justify',
        leadingIndent: b.indent ? 10 * MM : 0,
        margin: [0, 2, 0, 0],
      };
    case 'table': {
      const total = b.columns.reduce((a, c) => a + c.width, 0);
      const size = (b.size ?? 12) - 1;
      const head = b.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center', fontSize: size }));
      const rows = b.rows.map((r) =>
        b.columns.map((c, i) => ({ text: inline(r[i] ?? ''), alignment: c.align ?? 'left', fontSize: size })),
      );
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: b.columns.map((c) => (CONTENT * c.width) / total - 6.5),
          body: [head, ...rows],
        },
        layout: THIN,
        margin: [0, 6, 0, 6],
      };
    }
    case 'qr':
      return {
        columns: [
          { image: `data:image/png;base64,${b.png.toString('base64')}`, width: 27 * MM, height: 27 * MM },
          { stack: b.lines.map((l) => ({ text: inline(l), fontSize: 10.5, margin: [0, 0, 0, 2] })), width: '*' },
        ],
        columnGap: 4 * MM,
        margin: [0, 6, 0, 2],
      };
  }
}

function signatureCell(s: FormSignature): Node {
  return {
    stack: [
      { text: s.title, bold: true },
      { text: s.hint, italics: true, fontSize: 11 },
      { text: s.name, bold: true, margin: [0, 40, 0, 0] },
    ],
    alignment: 'center',
  };
}

function signatures(doc: FormDoc): Node | null {
  if (!doc.signatures.length) return null;
  if (doc.signatures.length === 2)
    return {
      columns: doc.signatures.map((s) => ({ ...signatureCell(s), width: '*' })),
      margin: [0, 8, 0, 0],
      // A signature block is never split from its name across pages.
      unbreakable: true,
    };
  const left = doc.recipients?.length
    ? {
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...doc.recipients.map((r) => ({ text: r, fontSize: 11 })),
        ],
      }
    : { text: '' };
  return {
    columns: [
      { ...left, width: 80 * MM },
      { ...signatureCell(doc.signatures[0]!), width: '*' },
    ],
    margin: [0, 8, 0, 0],
    unbreakable: true,
  };
}

export function formPdf(doc: FormDoc): Promise<Buffer> {
  const sign = signatures(doc);
  const content: Node[] = [
    header(doc),
    { text: upper(doc.title), bold: true, alignment: 'center', margin: [0, 10, 0, 0] },
    ...doc.subtitle.map((s, i) => ({
      text: inline(s),
      alignment: 'center',
      margin: [0, 0, 0, i === doc.subtitle.length - 1 ? 6 : 0],
    })),
    ...doc.body.map(block),
    ...(sign ? [sign] : []),
  ];
  return pdfmake()
    .createPdf({
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [30 * MM, 20 * MM, 15 * MM, 20 * MM],
      info: { title: doc.docTitle.normalize('NFC') },
      // Noto Serif runs wider and taller than Times New Roman: a point smaller keeps a slip on one page as in Word.
      defaultStyle: { font: FONT, fontSize: BODY_PT - 1, lineHeight: 1.0 },
      content,
    })
    .getBuffer();
}
