import { roundPoints } from '@thidua/domain';
import {
  officialDocument,
  type Block,
  type Span,
  type TableColumn,
  type Text,
} from '../../../platform/documents/official.ts';
import { nameOnly, pts, sheetTitle, signed, type SheetLine, type SheetModel } from './sheetModel.ts';

/**
 * The score sheet in the Decree 30/2020 layout: the bloc (or, for the PAR index, the department) heads it, the
 * title names the year, the table walks the template's tree, the totals add the bonus and take off the penalty,
 * and the member's head signs beside the appraiser.
 */

// Seven columns on 165 mm: the point columns just fit their bold 12 pt headers' longest words ("Chênh", "1.2.a").
export const SHEET_COLUMNS: TableColumn[] = [
  { header: 'Mã', width: 10, align: 'center' },
  { header: 'Tiêu chí', width: 45 },
  { header: 'Điểm tối đa', width: 11, align: 'center' },
  { header: 'Điểm tự chấm', width: 11, align: 'center' },
  { header: 'Điểm thẩm định', width: 12, align: 'center' },
  { header: 'Chênh lệch', width: 14, align: 'center' },
  { header: 'Ghi chú / Lý do', width: 22 },
];

const p = (text: Text, indent = true): Block => ({ kind: 'paragraph', text, indent });
const label = (l: string, rest: string): Span[] => [{ text: `${l}: `, bold: true }, { text: rest }];

/** Fields, bonus and penalty in bold; sub-criteria in italics, as printed scorecards set their tree apart. */
function lineRow(l: SheetLine): Text[] {
  const bold = l.depth === 0;
  const italic = l.depth >= 2;
  const cell = (text: string): Text => (bold || italic ? [{ text, bold, italic }] : text);
  return [
    cell(l.code),
    cell(l.name),
    cell(pts(l.max)),
    cell(pts(l.self)),
    cell(pts(l.appraised)),
    cell(signed(l.difference)),
    l.note,
  ];
}

function totalRows(m: SheetModel): Text[][] {
  const a = m.appraised;
  const row = (name: string, max: string, self: number | null, appraised: number | null): Text[] => [
    '',
    [{ text: name, bold: true }],
    max,
    [{ text: pts(self), bold: true }],
    [{ text: pts(appraised), bold: true }],
    signed(self === null || appraised === null ? null : roundPoints(appraised - self)),
    '',
  ];
  const rows = [
    row('Cộng điểm các lĩnh vực', pts(m.maxTotal), m.self.base, a?.base ?? null),
    row(`Điểm thưởng (tối đa ${pts(m.cycle.bonusCap)})`, pts(m.cycle.bonusCap), m.self.bonus, a?.bonus ?? null),
    row(`Điểm trừ (tối đa ${pts(m.cycle.penaltyCap)})`, pts(m.cycle.penaltyCap), m.self.penalty, a?.penalty ?? null),
    row('Tổng điểm', pts(m.maxTotal), m.self.total, a?.total ?? null),
  ];
  return rows;
}

function resultLines(m: SheetModel): Block[] {
  const { member, cycle } = m;
  const out: Block[] = [];
  if (cycle.kind === 'par' && member.surveyScore !== null)
    out.push(p(label('Điểm điều tra xã hội học', pts(member.surveyScore))));
  if (member.finalTotal !== null) out.push(p(label('Tổng điểm cuối cùng', pts(member.finalTotal))));
  if (member.rank !== null)
    out.push(
      p(
        label(
          'Xếp hạng',
          `${member.rank}/${m.memberCount}${member.classification ? `; xếp loại: ${member.classification}` : ''}`,
        ),
      ),
    );
  if (m.self.missing) out.push(p(`Còn ${m.self.missing} tiêu chí chưa tự chấm điểm.`));
  return out;
}

export async function buildSheetDoc(m: SheetModel, date: string): Promise<Buffer> {
  const { cycle, member, heading } = m;
  const scope = cycle.kind === 'par' ? 'Chỉ số cải cách hành chính' : (cycle.blocName ?? cycle.name);
  return officialDocument({
    parentAgency: heading.parentAgency,
    agency: heading.agency,
    number: '',
    symbol: `BĐ-${heading.symbol}`,
    place: heading.place,
    date,
    docKind: sheetTitle(cycle),
    summary: `Của ${member.name}`,
    body: [
      p(label('Kỳ chấm điểm', cycle.name)),
      ...(cycle.basis.trim() ? [p(label('Căn cứ', cycle.basis.trim()))] : []),
      p(label('Đơn vị được chấm', `${member.name} (${scope})`)),
      {
        kind: 'table',
        columns: SHEET_COLUMNS,
        rows: [...m.lines.map(lineRow), ...totalRows(m)],
      },
      ...resultLines(m),
    ],
    recipients: [],
    coSigner: { authority: ['Thủ trưởng đơn vị'], name: nameOnly(member.signerName) },
    signer: {
      authority: cycle.kind === 'par' ? ['TM. Hội đồng thẩm định'] : ['Đại diện tổ thẩm định'],
      name: nameOnly(m.appraiserName),
    },
  });
}
