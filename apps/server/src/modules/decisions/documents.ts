import type { z } from 'zod';
import type { DecisionPreviewRequest } from '@thidua/contracts';
import { findAward } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { agencyOf, datelineVn, dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { AppError } from '../../platform/errors.ts';
import { buildCertificatesPdf } from './certificates.ts';
import { buildDecisionDoc } from './decisionDoc.ts';
import type { CertificateOptions, DecisionDocData } from './docData.ts';
import { draftDecision } from './draft.ts';
import { getDecision } from './service.ts';
import { composeWording, wordingOf } from './wording.ts';
import { hasCertificates } from './policy.ts';

/** What a recognition of initiatives or a disciplinary decision of the register decides (not templated). */
function otherArticles(kind: string, summary: string): string[] {
  const what = summary.replace(/^Về việc /u, '');
  return [
    kind === 'recognition'
      ? 'Công nhận sáng kiến cho các tác giả có tên trong danh sách kèm theo; tác giả được hưởng các quyền lợi theo quy định của Điều lệ Sáng kiến.'
      : `${what.charAt(0).toLocaleUpperCase('vi')}${what.slice(1)}.`,
    'Quyết định này có hiệu lực kể từ ngày ký.',
    'Chánh Văn phòng Sở, Thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  ];
}

async function heading(deps: Deps) {
  const tree = await deps.tree.fresh();
  return { tree, ...agencyOf(tree.name(tree.roots()[0]!)) };
}

const signerLines = (title: string) =>
  title
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The Director's decision as DOCX, from the register. */
export async function decisionDocument(deps: Deps, id: string): Promise<{ filename: string; content: Buffer }> {
  const d = await getDecision(deps, id);
  const h = await heading(deps);
  const recipients = d.recipients.map((r) => ({ ...r }));
  const department = h.tree.name(h.tree.roots()[0]!);
  const [number, symbol] = [d.number.split('/')[0] ?? '', d.number.split('/')[1] ?? ''];
  // The achievement year its records carry (a January decision rewards the year before).
  const achieved = await deps.db.kysely
    .selectFrom('award_records')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('decision_id', '=', id)
    .executeTakeFirst();
  // An award is worded as it was issued (its kept copy of the office's template).
  const worded =
    d.kind === 'award'
      ? composeWording(
          (
            await wordingOf(
              deps.db.kysely,
              id,
              recipients.map((r) => r.awardCode),
            )
          ).body,
          {
            number,
            symbol,
            date: d.signedOn,
            year: Number(achieved?.year ?? d.year),
            agency: department,
            recipients,
          },
        )
      : null;
  const data: DecisionDocData = {
    parentAgency: h.parentAgency,
    agency: h.agency,
    place: h.place,
    number,
    symbol,
    date: d.signedOn,
    summary: d.summary,
    issuer: `GIÁM ĐỐC ${d.authority.toLocaleUpperCase('vi')}`,
    legalBasis: d.legalBasis,
    articles:
      d.kind === 'revocation'
        ? [
            `Thu hồi ${d.revokes ? `Quyết định số ${d.revokes.number}` : ''}. Lý do: ${d.legalBasis[0] ?? ''}`,
            'Quyết định này có hiệu lực kể từ ngày ký./.',
          ]
        : (worded?.articles ?? otherArticles(d.kind, d.summary)),
    appendixTitle: worded?.appendixTitle ?? 'DANH SÁCH KÈM THEO',
    ...(worded ? { appendixSource: worded.appendixSource } : {}),
    recipients,
    circulation: ['- Như Điều 3;', '- Hội đồng TĐKT Sở;', '- Lưu: VT, VP.'],
    signer: { authority: signerLines(d.signerTitle || 'GIÁM ĐỐC'), name: d.signer },
    draft: false,
  };
  return { filename: `Quyết định ${d.number.replace('/', '-')}.docx`, content: await buildDecisionDoc(data) };
}

/** The draft (DỰ THẢO) the leader reads before issuing: no number is taken. */
export async function previewDocument(deps: Deps, input: z.output<typeof DecisionPreviewRequest>): Promise<Buffer> {
  const h = await heading(deps);
  const draft = await draftDecision(deps.db.kysely, h.tree, input);
  return buildDecisionDoc({
    parentAgency: h.parentAgency,
    agency: h.agency,
    place: h.place,
    number: '',
    symbol: draft.symbol,
    date: input.signedOn,
    summary: draft.summary,
    issuer: `GIÁM ĐỐC ${h.tree.name(h.tree.roots()[0]!).toLocaleUpperCase('vi')}`,
    legalBasis: draft.legalBasis,
    articles: draft.articles,
    appendixTitle: draft.appendixTitle,
    appendixSource: draft.appendixSource,
    recipients: draft.recipients,
    circulation: ['- Như Điều 3;', '- Hội đồng TĐKT Sở;', '- Lưu: VT, VP.'],
    signer: { authority: signerLines(input.signerTitle), name: input.signer },
    draft: true,
  });
}

const CERTIFICATE_TITLES: Record<string, string> = {
  commendation_certificate: 'GIẤY KHEN',
  certificate_of_merit: 'BẰNG KHEN',
};

/** One certificate per recipient (or one), in one PDF. */
export async function certificatesPdf(
  deps: Deps,
  id: string,
  opts: CertificateOptions & { position?: number },
): Promise<{ filename: string; content: Buffer }> {
  const d = await getDecision(deps, id);
  if (!hasCertificates(d)) throw new AppError(409, 'no_certificates', 'Quyết định thu hồi không có giấy khen.');
  const h = await heading(deps);
  const genders = new Map(
    (
      await deps.db.kysely
        .selectFrom('people')
        .select(['id', 'gender'])
        .where('id', 'in', d.recipients.map((r) => r.subjectId).concat(''))
        .execute()
    ).map((p) => [p.id, p.gender]),
  );
  const chosen = opts.position ? d.recipients.filter((r) => r.position === opts.position) : d.recipients;
  if (!chosen.length) throw new AppError(404, 'not_found', 'Không có người nhận ở vị trí này.');
  const items = chosen.map((r) => {
    const award = findAward(r.awardCode);
    const title = (award && CERTIFICATE_TITLES[award.group]) ?? 'GIẤY CHỨNG NHẬN';
    return {
      issuer:
        d.level === 'here' ? `GIÁM ĐỐC ${d.authority.toLocaleUpperCase('vi')}` : d.authority.toLocaleUpperCase('vi'),
      title,
      recipient:
        r.subjectKind === 'collective' ? r.name : `${genders.get(r.subjectId) === 'female' ? 'Bà' : 'Ông'} ${r.name}`,
      detail: r.detail,
      achievement:
        title === 'GIẤY CHỨNG NHẬN'
          ? `Đạt danh hiệu "${r.awardName}" năm ${d.year}`
          : `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${d.year}`,
      decisionLine: `Quyết định số ${d.number} ngày ${dateVn(d.signedOn)}`,
      dateline: datelineVn(h.place, d.signedOn),
      signerTitle: signerLines(d.signerTitle || 'GIÁM ĐỐC'),
      signerName: d.signer,
      registerNo: `Số: ${d.year}/${d.number.split('/')[0]}-${String(r.position).padStart(3, '0')}`,
    };
  });
  const content = await buildCertificatesPdf(items, opts);
  return { filename: `Giấy khen - Quyết định ${d.number.replace('/', '-')}.pdf`, content };
}

/** The recipients as Excel, as on the appendix. */
export async function recipientsXlsx(deps: Deps, id: string): Promise<{ filename: string; content: Buffer }> {
  const d = await getDecision(deps, id);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Danh sách', {
    title: 'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG',
    subtitle: `(Kèm theo Quyết định số ${d.number} ngày ${dateVn(d.signedOn)} của ${d.authority})`,
    columns: [
      { header: 'STT', key: 'position', width: 6 },
      { header: 'Họ và tên / Tập thể', key: 'name', width: 30 },
      { header: 'Chức vụ, đơn vị', key: 'detail', width: 45 },
      { header: 'Hình thức', key: 'awardName', width: 28 },
      { header: 'Tiền thưởng (đồng)', key: 'bonus', width: 14, numFmt: '#,##0' },
    ],
  });
  for (const r of d.recipients) ws.addRow({ ...r, detail: r.detail || r.orgName });
  return { filename: `Danh sách - Quyết định ${d.number.replace('/', '-')}.xlsx`, content: await toBuffer(wb) };
}
