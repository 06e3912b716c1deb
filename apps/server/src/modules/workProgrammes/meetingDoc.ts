import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import {
  agencyOf,
  agencySymbol,
  dateVn,
  officialDocument,
  type Block,
  type TableColumn,
  type Text,
} from '../../platform/documents/official.ts';
import { meetingList, type MeetingList, type MeetingTask } from './meetingData.ts';

/**
 * The monthly meeting's list of overdue and extended tasks (docs/work-programmes.md) as a Decree 30 document:
 * the department's heading, "DANH SÁCH NHIỆM VỤ QUÁ HẠN, GIA HẠN" for the month, one row per task, signed for
 * the Director by the Chief of the Office, who prepares the meeting.
 */

// Eight columns on the 165 mm of text, widths in mm: at 11 pt a date ("31/10/2026") fits one line of its column.
export const MEETING_COLUMNS: TableColumn[] = [
  { header: 'STT', width: 11, align: 'center' },
  { header: 'Nhiệm vụ', width: 33 },
  { header: 'Đơn vị chủ trì', width: 20 },
  { header: 'Lãnh đạo phụ trách', width: 18 },
  { header: 'Hạn ban đầu', width: 21, align: 'center' },
  { header: 'Hạn hiện tại', width: 21, align: 'center' },
  { header: 'Tiến độ (%)', width: 12, align: 'center' },
  { header: 'Tình trạng / Lý do gia hạn', width: 29 },
];

function statusText(t: MeetingTask): Text {
  const parts: { text: string; bold?: boolean; italic?: boolean }[] = [];
  if (t.overdueDays !== null) parts.push({ text: `Quá hạn ${t.overdueDays} ngày`, bold: true });
  const e = t.extension;
  if (e) {
    if (parts.length) parts.push({ text: '. ' });
    parts.push(
      e.status === 'approved'
        ? { text: `Đã gia hạn đến ${dateVn(e.requested)}${e.decidedOn ? ` (duyệt ngày ${dateVn(e.decidedOn)})` : ''}` }
        : { text: `Đề nghị gia hạn đến ${dateVn(e.requested)}, chờ lãnh đạo duyệt` },
    );
    if (e.reason) parts.push({ text: `. Lý do: ${e.reason}`, italic: true });
  }
  if (t.completedOn) parts.push({ text: `. Đã hoàn thành ngày ${dateVn(t.completedOn)}.` });
  return parts;
}

function row(t: MeetingTask, i: number): Text[] {
  return [
    String(i + 1),
    t.code ? [{ text: `${t.code}. `, bold: true }, { text: t.title }] : t.title,
    t.orgName,
    t.leaderName,
    dateVn(t.originalDeadline),
    dateVn(t.deadline),
    String(t.percent),
    statusText(t),
  ];
}

export function meetingBody(list: MeetingList): Block[] {
  const [y, m] = list.month.split('-').map(Number) as [number, number];
  const overdue = list.tasks.filter((t) => t.overdueDays !== null).length;
  const extended = list.tasks.filter((t) => t.extension).length;
  const intro: Block = {
    kind: 'paragraph',
    text:
      `Tính đến ngày ${dateVn(list.asOf)}, các đơn vị thuộc ${list.orgName} có ${overdue} nhiệm vụ quá hạn ` +
      `và ${extended} nhiệm vụ được gia hạn hoặc đề nghị gia hạn trong tháng ${m}/${y} thuộc các chương trình ` +
      'công tác đã ban hành, cụ thể như sau:',
  };
  const rows = list.tasks.length
    ? list.tasks.map(row)
    : [['', 'Không có nhiệm vụ quá hạn, gia hạn trong tháng.', '', '', '', '', '', '']];
  return [
    intro,
    { kind: 'table', columns: MEETING_COLUMNS, rows, size: 11 },
    {
      kind: 'paragraph',
      text:
        'Đề nghị các đơn vị chủ trì giải trình nguyên nhân tại cuộc họp giao ban, tập trung hoàn thành các nhiệm vụ ' +
        'quá hạn; các nhiệm vụ đã gia hạn phải hoàn thành trong hạn mới được lãnh đạo Sở đồng ý.',
    },
  ];
}

/** Who signs: the Chief of the Office of the department (by delegation of the Director), when the staff list has one. */
async function officeChief(deps: Deps, scope: string[]): Promise<string> {
  const p = await deps.db.kysely
    .selectFrom('people')
    .select('full_name')
    .where('position', '=', 'Chánh Văn phòng')
    .where('status', '=', 'working')
    .where('org_id', 'in', scope)
    .orderBy('sort_key')
    .executeTakeFirst();
  return p?.full_name ?? '';
}

export async function meetingDocument(
  deps: Deps,
  _user: RequestUser,
  month: string,
  orgId?: string,
): Promise<{ filename: string; content: Buffer }> {
  const list = await meetingList(deps, month, orgId);
  const tree = await deps.tree.fresh();
  const root = tree.roots()[0] ?? list.orgId;
  const head = agencyOf(tree.name(root));
  const [y, m] = month.split('-').map(Number) as [number, number];
  const content = await officialDocument({
    parentAgency: head.parentAgency || undefined,
    agency: head.agency,
    number: '',
    symbol: `DS-${agencySymbol(head.agency)}`,
    place: head.place,
    date: list.asOf,
    docKind: 'DANH SÁCH NHIỆM VỤ QUÁ HẠN, GIA HẠN',
    summary: `Tháng ${m} năm ${y}${list.orgId === root ? '' : ` – ${list.orgName}`}`,
    body: meetingBody(list),
    recipients: ['- Giám đốc, các Phó Giám đốc Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'],
    signer: { authority: ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'], name: await officeChief(deps, tree.subtree(root)) },
  });
  return { filename: `Danh sách nhiệm vụ quá hạn, gia hạn tháng ${m}-${y}.docx`, content };
}
