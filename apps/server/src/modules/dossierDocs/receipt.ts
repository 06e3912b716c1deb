import { conflict } from '../../platform/errors.ts';
import {
  DESK,
  actorOf,
  agencyText,
  applicantLines,
  codeSubtitle,
  fileName,
  headOf,
  type FormContext,
} from './common.ts';
import type { FormBlock, FormDoc, Text } from './model.ts';
import { FORMS, LOOKUP_HINT, documentKindLabel, timeLimitLabel, timeLong, weekdayDate } from './wording.ts';

/** The public lookup address of a dossier (what the QR code on the slip opens). */
export const lookupUrl = (base: string, code: string) => `${base}/tra-cuu?ma=${encodeURIComponent(code)}`;
export const ratingUrl = (base: string, code: string, token: string) =>
  `${base}/danh-gia?ma=${encodeURIComponent(code)}&t=${encodeURIComponent(token)}`;

/** Form 01: the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
export function receiptForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  const v = c.forms.version;
  if (!d.received_at)
    throw conflict(
      'form_not_applicable',
      'Hồ sơ chưa được tiếp nhận nên chưa có Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).',
    );
  const accept = c.forms.transitions.filter((t) => t.action === 'accept').at(-1);
  const agency = agencyText(c);
  const received = c.forms.documents.filter((x) => x.provided);
  const rows: Text[][] = received.map((x, i) => [
    String(i + 1),
    x.name,
    documentKindLabel(x.kind),
    String(x.count).padStart(2, '0'),
  ]);
  const appointment: Text = d.due_at
    ? [{ text: timeLong(d.due_at), bold: true }, { text: ` (${weekdayDate(d.due_at)}).` }]
    : 'trả kết quả ngay trong ngày tiếp nhận.';
  const where =
    d.channel === 'post'
      ? `${DESK} – ${agency}, hoặc qua dịch vụ bưu chính công ích theo địa chỉ đã đăng ký.`
      : d.channel === 'online'
        ? `${DESK} – ${agency}, hoặc trên Cổng dịch vụ công trực tuyến.`
        : `${DESK} – ${agency}.`;
  const qrLines: Text[] = [
    [{ text: 'Mã hồ sơ: ' }, { text: d.code, bold: true }],
    lookupUrl(c.publicBase, d.code),
    [{ text: LOOKUP_HINT, italic: true }],
  ];
  if (c.ratingToken) qrLines.push(`Đánh giá mức độ hài lòng: ${ratingUrl(c.publicBase, d.code, c.ratingToken)}`);
  const body: FormBlock[] = [
    ...applicantLines(c, `${DESK} – ${agency} tiếp nhận hồ sơ của:`),
    { kind: 'p', text: [{ text: '1. Thành phần hồ sơ nộp gồm:', bold: true }] },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Tên giấy tờ', width: 57 },
        { header: 'Bản chính/ Bản sao', width: 22, align: 'center' },
        { header: 'Số lượng', width: 15, align: 'center' },
      ],
      rows: rows.length ? rows : [['', 'Không có giấy tờ kèm theo', '', '']],
    },
    { kind: 'p', text: '2. Số lượng hồ sơ: 01 (bộ).' },
    {
      kind: 'p',
      text: `3. Thời gian giải quyết hồ sơ theo quy định là: ${timeLimitLabel(v.time_amount, v.time_unit)}.`,
    },
    { kind: 'p', text: [{ text: '4. Thời gian nhận hồ sơ: ' }, { text: `${timeLong(d.received_at)}.` }] },
    { kind: 'p', text: [{ text: '5. Thời gian trả kết quả giải quyết hồ sơ: ' }, ...spans(appointment)] },
    { kind: 'p', text: `6. Nơi nhận kết quả: ${where}` },
    ...(c.qrPng ? [{ kind: 'qr' as const, png: c.qrPng, lines: qrLines }] : []),
  ];
  return {
    filename: fileName('01', d.code),
    docTitle: `${FORMS['01'].title} ${d.code}`,
    head: headOf(c, '01', d.received_at, true),
    title: FORMS['01'].title,
    subtitle: codeSubtitle(c),
    body,
    signatures: [
      {
        title: 'NGƯỜI NỘP HỒ SƠ',
        hint: '(Ký và ghi rõ họ tên)',
        name: d.applicant_kind === 'enterprise' ? '' : d.applicant_name,
      },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: actorOf(c, accept) },
    ],
  };
}

const spans = (t: Text) => (typeof t === 'string' ? [{ text: t }] : t);
