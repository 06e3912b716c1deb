import { MAX_PRINT_OFFSET_MM } from '@thidua/contracts';
import { PDF_FONT, pdfmake } from '../../platform/documents/pdf.ts';
import type { CertificateData, CertificateOptions } from './docData.ts';

/**
 * Certificates (Giấy khen, Bằng khen) as one PDF, one A4 landscape page each. Noto Serif is embedded (subset)
 * so every Vietnamese glyph prints the same on any machine, with no system font needed at run time.
 * Everything is positioned absolutely: the same coordinates serve blank paper (with border and national
 * heading drawn) and pre-printed forms (variable texts only), shifted by the printer's offsets.
 */

const FONT = PDF_FONT;

/** A4 landscape in points. */
export const PAGE = { width: 841.89, height: 595.28 } as const;
const MM = 72 / 25.4;
const RED = '#c00000';
/** Inset of the frame from the paper's edge. */
const MARGIN = 36;
/** The request's limit (contracts), checked again for callers that build a PDF without a request. */
export const MAX_OFFSET_MM = MAX_PRINT_OFFSET_MM;
/** Width of the centred text column; the signer block takes the right part of the page. */
const COLUMN = 640;
const SIGN = { x: 470, width: 300 } as const;

type Node = Record<string, unknown>;

interface Placed {
  x: number;
  y: number;
  width: number;
  text: string | Node[];
  fontSize: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: 'left' | 'center' | 'right';
}

/** One absolutely positioned text; `dx`/`dy` carry the printer offsets to every element. */
function place(p: Placed, dx: number, dy: number): Node {
  const { x, y, width, ...style } = p;
  // A lone text ignores `width` and runs to the right margin: a one-column row gives it its box.
  return {
    columns: [
      {
        ...style,
        text: typeof p.text === 'string' ? p.text.normalize('NFC') : p.text,
        width,
        alignment: p.alignment ?? 'center',
        lineHeight: 1.15,
      },
    ],
    absolutePosition: { x: x + dx, y: y + dy },
  };
}

const centred = (y: number, width = COLUMN): Pick<Placed, 'x' | 'y' | 'width'> => ({
  x: (PAGE.width - width) / 2,
  y,
  width,
});

/** The decorative frame: a thick red outer line and a thin inner one, drawn once per page as a canvas. */
function border(dx: number, dy: number): Node {
  const rect = (inset: number, lineWidth: number) => ({
    type: 'rect',
    x: inset,
    y: inset,
    w: PAGE.width - 2 * inset,
    h: PAGE.height - 2 * inset,
    lineWidth,
    lineColor: RED,
  });
  return {
    canvas: [rect(MARGIN - 14, 3.5), rect(MARGIN - 6, 1)],
    absolutePosition: { x: dx, y: dy },
  };
}

/** The texts that change from one certificate to the next (all that is printed on a pre-printed form). */
function variableTexts(c: CertificateData, dx: number, dy: number): Node[] {
  const out: Placed[] = [
    { ...centred(250), text: c.recipient, fontSize: 26, bold: true, color: '#1f3864' },
    { ...centred(300), text: c.detail, fontSize: 15 },
    { ...centred(335), text: c.achievement, fontSize: 15, italics: true },
    { x: SIGN.x, y: 392, width: SIGN.width, text: c.dateline, fontSize: 13, italics: true },
    { x: SIGN.x, y: 525, width: SIGN.width, text: c.signerName, fontSize: 14, bold: true },
    { x: 70, y: 505, width: 330, text: c.decisionLine, fontSize: 11, alignment: 'left' },
    { x: 70, y: 522, width: 330, text: c.registerNo, fontSize: 11, alignment: 'left' },
  ];
  return out.filter((p) => p.text !== '').map((p) => place(p, dx, dy));
}

/** Border, national heading, issuer, title, "Tặng" and the signer's authority: what a pre-printed form already has. */
function fixedTexts(c: CertificateData, dx: number, dy: number): Node[] {
  const out: Placed[] = [
    { ...centred(58), text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontSize: 14, bold: true },
    { ...centred(78), text: 'Độc lập - Tự do - Hạnh phúc', fontSize: 14, bold: true },
    { ...centred(126), text: c.issuer.toLocaleUpperCase('vi'), fontSize: 15, bold: true },
    { ...centred(155), text: c.title.toLocaleUpperCase('vi'), fontSize: 44, bold: true, color: RED },
    { ...centred(222), text: c.lead ?? 'Tặng', fontSize: 16, italics: true },
    {
      x: SIGN.x,
      // ~28 mm between the authority and the name: room for the signature and the seal.
      y: 412,
      width: SIGN.width,
      text: c.signerTitle.map((t) => t.toLocaleUpperCase('vi')).join('\n'),
      fontSize: 13,
      bold: true,
    },
  ];
  // The short rule under the motto, as on every Vietnamese official heading.
  const rule = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 180, y2: 0, lineWidth: 0.8 }] };
  return [
    border(dx, dy),
    ...out.map((p) => place(p, dx, dy)),
    { ...rule, absolutePosition: { x: (PAGE.width - 180) / 2 + dx, y: 99 + dy } },
  ];
}

/** One PDF with a page per certificate, in the order given. */
export async function buildCertificatesPdf(items: CertificateData[], opts: CertificateOptions): Promise<Buffer> {
  if (!items.length) throw new RangeError('Không có giấy khen nào để in.');
  if (Math.abs(opts.offsetXmm) > MAX_OFFSET_MM || Math.abs(opts.offsetYmm) > MAX_OFFSET_MM)
    throw new RangeError(`Độ lệch khi in không được vượt quá ${MAX_OFFSET_MM} mm.`);
  // To a tenth of a millimetre, finer than any printer: the PDF writer refuses numbers such as 1e-136.
  const dx = (Math.round(opts.offsetXmm * 10) / 10) * MM;
  const dy = (Math.round(opts.offsetYmm * 10) / 10) * MM;
  const content = items.map((c, i) => ({
    stack: [...(opts.preprinted ? [] : fixedTexts(c, dx, dy)), ...variableTexts(c, dx, dy)],
    // Absolutely positioned elements take no room: a page break before each but the first gives one page each.
    pageBreak: i > 0 ? 'before' : undefined,
  }));
  return pdfmake()
    .createPdf({
      pageSize: 'A4',
      pageOrientation: 'landscape',
      // Everything is placed absolutely: with no margins a shifted line near the bottom cannot spill onto a new page.
      pageMargins: [0, 0, 0, 0],
      info: { title: items.length === 1 ? `${items[0]!.title} - ${items[0]!.recipient}` : items[0]!.title },
      defaultStyle: { font: FONT, fontSize: 13 },
      content,
    })
    .getBuffer();
}
