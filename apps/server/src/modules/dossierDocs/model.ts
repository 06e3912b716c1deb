import type { Text } from '../../platform/documents/officialParts.ts';

export type { Span, Text } from '../../platform/documents/officialParts.ts';

/**
 * One form, laid out once and rendered twice (docx.ts, pdf.ts): the Decree 30 heading (agency, national
 * title, number and dateline), the form's title, its body and the signature columns.
 */

export interface FormColumn {
  header: string;
  /** Relative width; the columns share the text width in proportion. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type FormBlock =
  /** Body text: justified with a first-line indent unless told otherwise. */
  | { kind: 'p'; text: Text; align?: 'justify' | 'center' | 'left' | 'right'; indent?: boolean }
  /** A bordered table with a bold header row (repeated on each page); `size` in points. */
  | { kind: 'table'; columns: FormColumn[]; rows: Text[][]; size?: number }
  /** A QR code (PNG) with text lines beside it. */
  | { kind: 'qr'; png: Buffer; lines: Text[] };

export interface FormSignature {
  /** "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  title: string;
  /** "(Ký và ghi rõ họ tên)". */
  hint: string;
  /** Printed under the room for the signature; empty leaves it to the hand. */
  name: string;
}

export interface FormHead {
  parentAgency: string;
  agency: string;
  /** A third line under the agency, e.g. "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ". */
  unit?: string;
  /** Empty leaves room to write it in. */
  number: string;
  symbol: string;
  place: string;
  /** ISO date of the dateline. */
  date: string;
}

export interface FormDoc {
  /** Download name without the extension. */
  filename: string;
  /** Document title (metadata). */
  docTitle: string;
  head: FormHead;
  title: string;
  /** Lines under the title, centred (e.g. "Mã hồ sơ: …"). */
  subtitle: Text[];
  body: FormBlock[];
  /** One signature sits on the right; two share the width. */
  signatures: FormSignature[];
  /** "Nơi nhận" on the left of a single signature (letters: 04, 05). */
  recipients?: string[];
}

/** Body size of the forms in points (Decree 30: 13–14). */
export const BODY_PT = 13;
