import { officialDocument, type Block, type TableColumn } from '../../platform/documents/official.ts';
import type { SubmissionDocData } from '../decisions/docData.ts';

/** The submission letter (tờ trình, Mẫu số 01) of a proposal dossier, in Decree 30/2020 layout. */

/** The data has no circulation list: a submission goes to its addressee and the archive. */
export const SUBMISSION_RECIPIENTS = ['- Như trên;', '- Lưu: VT.'];

const ITEM_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 7, align: 'center' },
  { header: 'Họ tên / Tập thể', width: 25 },
  { header: 'Chức vụ – đơn vị', width: 30 },
  { header: 'Hình thức đề nghị', width: 22 },
  { header: 'Ghi chú', width: 16 },
];

const PREFIX = /^\s*Kính gửi\s*:?\s*/iu;

export async function buildSubmissionDoc(d: SubmissionDocData): Promise<Buffer> {
  // The addressee may come with or without its "Kính gửi:" label: print it exactly once.
  const to = d.addressee.normalize('NFC').replace(PREFIX, '').trim();
  const body: Block[] = [
    { kind: 'paragraph', text: [{ text: 'Kính gửi: ' }, { text: to }], align: 'center', indent: false },
    ...d.body.map((text): Block => ({ kind: 'paragraph', text })),
    d.items.length
      ? {
          kind: 'table',
          columns: ITEM_COLUMNS,
          rows: d.items.map((it, i) => [String(i + 1), it.subjectName, it.detail, it.awardName, it.note]),
        }
      : { kind: 'paragraph', text: 'Chưa có cá nhân, tập thể nào trong danh sách đề nghị.' },
    { kind: 'paragraph', text: `Kính trình ${to} xem xét, quyết định./.` },
  ];
  return officialDocument({
    parentAgency: d.parentAgency,
    agency: d.agency,
    number: d.number,
    symbol: d.symbol,
    place: d.place,
    date: d.date,
    docKind: 'Tờ trình',
    summary: d.summary,
    body,
    recipients: SUBMISSION_RECIPIENTS,
    signer: d.signer,
  });
}
