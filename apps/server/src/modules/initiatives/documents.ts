import { INITIATIVE_KIND_LABELS, RECOGNITION_LABELS, type RecognitionLevel } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { agencyOf, datelineVn, dateVn } from '../../platform/documents/official.ts';
import { buildCertificatesPdf } from '../decisions/service.ts';
import { getInitiative } from './service.ts';

/**
 * Giấy chứng nhận sáng kiến: one A4 landscape page per author (each keeps his
 * own), on the same certificate layout as Giấy khen, Noto Serif embedded.
 */
export async function initiativeCertificate(
  deps: Deps,
  user: RequestUser,
  id: string,
): Promise<{ filename: string; content: Buffer }> {
  const v = await getInitiative(deps, user, id);
  if (v.status !== 'recognised' || !v.recognisedOn || !v.level)
    throw new AppError(409, 'not_recognised', 'Sáng kiến chưa được công nhận: chưa có giấy chứng nhận.');
  if (v.anonymous) throw new AppError(409, 'anonymous', 'Sáng kiến đang được chấm ẩn danh.');
  // The department certifies its own (grassroots) recognition; a higher level's decision comes with its own certificate.
  if (v.level !== 'grassroots' && !v.escalation)
    throw new AppError(
      409,
      'recognised_elsewhere',
      `Sáng kiến được công nhận ${RECOGNITION_LABELS[v.level as RecognitionLevel]} theo quyết định ${v.decisionNumber || 'của cấp trên'}: giấy chứng nhận do cơ quan đó cấp.`,
    );
  const tree = await deps.tree.fresh();
  const root = tree.name(tree.roots()[0]!);
  const { place } = agencyOf(root);
  const genders = new Map(
    (
      await deps.db.kysely
        .selectFrom('people')
        .select(['id', 'gender'])
        .where('id', 'in', v.authors.map((a) => a.personId).concat(''))
        .execute()
    ).map((p) => [p.id, p.gender]),
  );
  const kind = INITIATIVE_KIND_LABELS[v.kind].toLocaleLowerCase('vi');
  const items = v.authors.map((a) => ({
    issuer: `GIÁM ĐỐC ${root.toLocaleUpperCase('vi')}`,
    title: 'GIẤY CHỨNG NHẬN',
    recipient: `${genders.get(a.personId) === 'female' ? 'Bà' : 'Ông'} ${a.name}`,
    lead: 'Chứng nhận',
    detail: `${v.orgName}, là tác giả${v.authors.length > 1 ? ` (tỷ lệ đóng góp ${a.share}%)` : ''} của ${kind}`,
    achievement: `"${v.title}" được công nhận ${RECOGNITION_LABELS.grassroots}`,
    decisionLine: v.decisionNumber ? `Quyết định số ${v.decisionNumber} ngày ${dateVn(v.recognisedOn!)}` : '',
    dateline: datelineVn(place, v.recognisedOn!),
    signerTitle: ['GIÁM ĐỐC'],
    signerName: v.decisionSigner,
    registerNo: '',
  }));
  if (!items.length) throw new AppError(409, 'no_authors', 'Sáng kiến chưa có tác giả.');
  const content = await buildCertificatesPdf(items, { offsetXmm: 0, offsetYmm: 0, preprinted: false });
  return { filename: `Giay chung nhan sang kien - ${v.title.slice(0, 60)}.pdf`, content };
}
