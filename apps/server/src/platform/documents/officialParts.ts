import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';

/** Building blocks of the Decree 30/2020 layout; official.ts assembles them into a whole document. */

export const FONT = 'Times New Roman';
/** A4 with Decree 30 margins (20/20/30/15 mm) leaves 165 mm for text. */
export const CONTENT_MM = 210 - 30 - 15;

/** Font sizes in points; docx wants half-points, see `half`. */
export const PT = { body: 14, header: 13, national: 12, table: 12, recipientsLabel: 12, recipients: 11 } as const;

/** A piece of text with its own emphasis, for runs such as a bold name inside a sentence. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
/** Plain text, or spans of differently emphasised text. */
export type Text = string | Span[];

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const half = (pt: number): number => pt * 2;
const mm = (v: number): number => Math.round(convertMillimetersToTwip(v));
const ALIGN: Record<'left' | 'center' | 'right' | 'justify', Align> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** Every run goes through here: NFC text (decomposed diacritics render badly in Word) and the official font. */
export function runs(text: Text, style: RunStyle = {}): TextRun[] {
  const spans = typeof text === 'string' ? [{ text }] : text;
  return spans.map(
    (s) =>
      new TextRun({
        text: s.text.normalize('NFC'),
        font: FONT,
        size: half(style.size ?? PT.body),
        bold: s.bold ?? style.bold,
        italics: s.italic ?? style.italic,
      }),
  );
}

export interface ParaStyle extends RunStyle {
  align?: keyof typeof ALIGN;
  /** First-line indent of body paragraphs (1 cm). */
  indent?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

export function para(text: Text, style: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children: runs(text, style),
    alignment: ALIGN[style.align ?? 'left'],
    indent: style.indent ? { firstLine: mm(10) } : undefined,
    // Points → twips (×20); line 1.15 keeps long reports readable without wasting paper.
    spacing: { before: (style.before ?? 0) * 20, after: (style.after ?? 0) * 20, line: 276 },
    keepNext: style.keepNext,
    run: { font: FONT, size: half(style.size ?? PT.body) },
  });
}

/** Decree 30's short horizontal rule under a heading line: a bottom border squeezed between indents. */
export function rule(cellMm: number, lengthMm: number): Paragraph {
  const side = mm(Math.max(0, (cellMm - lengthMm) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
  });
}

/** Blank lines, e.g. the space left for the handwritten signature. */
export function blank(count = 1, size: number = PT.body): Paragraph[] {
  return Array.from({ length: count }, () => para('', { size }));
}

/** A borderless layout table of side-by-side columns (header, signature block), kept on one page. */
export function columnsTable(widthsMm: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              children: children.length ? children : [para('')],
              width: { size: mm(widthsMm[i]!), type: WidthType.DXA },
              margins: { left: 0, right: 0 },
            }),
        ),
      }),
    ],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A data table: thin borders, bold header row repeated on every page, 12 pt text (or `size`), optional bold
 * totals row; no row, the header and totals included, splits across pages (a reader follows one line of the table on
 * one page).
 */
export function dataTable(columns: TableColumn[], rows: Text[][], footer?: Text[], size: number = PT.table): Table {
  const total = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => mm((CONTENT_MM * c.width) / total));
  const cell = (text: Text, i: number, bold: boolean, align?: TableColumn['align']) =>
    new TableCell({
      children: [
        new Paragraph({
          children: runs(text, { size, bold: bold || undefined }),
          alignment: ALIGN[align ?? 'left'],
          spacing: { before: 0, after: 0 },
        }),
      ],
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, i, true, 'center')),
  });
  const body = rows.map(
    (r) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', i, false, c.align)) }),
  );
  const foot = footer
    ? [new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(footer[i] ?? '', i, true, c.align)) })]
    : [];
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table, not per cell: appendices run to thousands of cells.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...body, ...foot],
  });
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Section numbers of Vietnamese official documents are Roman (I, II, …) at the top level. */
export function roman(n: number): string {
  let out = '';
  for (const [value, sym] of ROMAN)
    while (n >= value) {
      out += sym;
      n -= value;
    }
  return out;
}
