import { agencyOf, agencySymbol } from '../../platform/documents/official.ts';
import type { RequestUser } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dayVn, todayVn } from '../../platform/clock.ts';
import { getProposal } from './service.ts';
import { buildSubmissionDoc } from './submissionDoc.ts';

/** The dossier's submission letter (Tờ trình, Mẫu 01) from its items, signed by the unit's head. */
export async function submissionDocument(deps: Deps, user: RequestUser, id: string) {
  const p = await getProposal(deps, user, id);
  const tree = await deps.tree.fresh();
  const root = tree.roots()[0]!;
  const heading = agencyOf(tree.name(root));
  const ownUnit = p.orgId !== root;
  const people = p.items.filter((i) => i.subjectKind === 'individual').length;
  const collectives = p.items.length - people;
  const who = [collectives ? `${collectives} tập thể` : '', people ? `${people} cá nhân` : '']
    .filter(Boolean)
    .join(' và ');
  const content = await buildSubmissionDoc({
    parentAgency: ownUnit ? heading.agency : heading.parentAgency,
    agency: (ownUnit ? p.orgName : heading.agency).toLocaleUpperCase('vi'),
    place: heading.place,
    number: '',
    symbol: `TTr-${agencySymbol(ownUnit ? p.orgName.toLocaleUpperCase('vi') : heading.agency)}`,
    date: p.submittedAt ? dayVn(p.submittedAt) : todayVn(clockOf(deps)),
    summary: p.title,
    addressee: ownUnit
      ? `Hội đồng Thi đua – Khen thưởng ${tree.name(root)}`
      : 'Hội đồng Thi đua – Khen thưởng cấp trên',
    body: [
      `Căn cứ kết quả thực hiện nhiệm vụ năm ${p.year} và kết quả bình xét thi đua của đơn vị, ${p.orgName} đề nghị xét khen thưởng cho ${who} có tên trong danh sách dưới đây.`,
      ...(p.simplified
        ? ['Đề nghị xét theo thủ tục đơn giản (Điều 85 Luật Thi đua, khen thưởng) đối với thành tích đột xuất.']
        : []),
    ],
    items: p.items.map((i) => ({
      subjectName: i.subjectName,
      detail: i.subjectKind === 'individual' ? i.orgName : '',
      awardName: i.awardName,
      note: [i.justification, ...i.flags].filter(Boolean).join('; '),
    })),
    signer: { authority: ['THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
  });
  return { filename: `Tờ trình - ${p.title}.docx`, content };
}
