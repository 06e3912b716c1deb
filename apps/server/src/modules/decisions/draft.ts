import type { z } from 'zod';
import type { DecisionPreview, DecisionPreviewRequest } from '@thidua/contracts';
import { bonusAmount, decidedHere, findAward, ruleSetFor, wordingKindOf } from '@thidua/domain';
import { awardSettings } from '../settings/read.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { itemsOf, subjectNames } from '../proposals/service.ts';
import { composeWording, currentWording, type Wording } from './wording.ts';

export type Draft = z.infer<typeof DecisionPreview> & {
  items: {
    itemId: string;
    proposalId: string;
    orgId: string;
    commendationType: string;
    year: number;
    movementId: string | null;
  }[];
  year: number;
  /** The template the decision is worded with (kept with it when issued) and its appendix lines. */
  wording: Wording;
  appendixTitle: string;
  appendixSource: string;
};

export const LAW_LINE = 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;';

export { ownSymbol } from '../../platform/register.ts';
import { ownSymbol } from '../../platform/register.ts';

/**
 * What a decision on these voted dossiers would confer: their approved items
 * whose award the Director decides, collectives first, then people in
 * Vietnamese name order, each with the bonus in force on the signing day.
 */
export async function draftDecision(
  db: Kysely<Database>,
  tree: OrgTree,
  input: z.output<typeof DecisionPreviewRequest>,
): Promise<Draft> {
  const proposals = await db.selectFrom('proposals').selectAll().where('id', 'in', input.proposalIds).execute();
  input.proposalIds.forEach((id, i) => {
    const p = proposals.find((x) => x.id === id);
    // Voted, or submitted by the office for the Director's signature.
    if (!p || (p.status !== 'voted' && p.status !== 'signing'))
      throw badRequest('not_voted', 'Chỉ ban hành quyết định cho hồ sơ đã được Hội đồng biểu quyết.', [
        { path: `proposalIds.${i}`, message: 'Hồ sơ chưa được Hội đồng biểu quyết' },
      ]);
  });
  const items = (await itemsOf(db, input.proposalIds)).filter((i) => {
    const a = findAward(i.award_code);
    return i.outcome === 'approved' && a && decidedHere(a);
  });
  if (!items.length)
    throw badRequest(
      'nothing_to_decide',
      'Các hồ sơ đã chọn không có đề nghị nào được Hội đồng thông qua thuộc thẩm quyền của Sở.',
    );
  const names = await subjectNames(db, tree, items);
  // The base salary, multiples and rounding the department has set, as they stand at drafting.
  const settings = await awardSettings(db);
  const byProposal = new Map(proposals.map((p) => [p.id, p]));
  const rows = items
    .map((i) => {
      const award = findAward(i.award_code)!;
      const kind = i.subject_kind as 'individual' | 'collective';
      const n = names.get(i.subject_id);
      const p = byProposal.get(i.proposal_id)!;
      return {
        sort: kind === 'collective' ? `0${n?.name ?? ''}` : `1${n?.sort ?? ''}`,
        item: {
          itemId: i.id,
          proposalId: i.proposal_id,
          orgId: i.org_id,
          commendationType: p.commendation_type,
          year: p.year,
          movementId: p.movement_id,
        },
        recipient: {
          subjectKind: kind,
          subjectId: i.subject_id,
          name: n?.name ?? '?',
          detail: kind === 'individual' ? [n?.position, tree.name(i.org_id)].filter(Boolean).join(', ') : '',
          orgName: tree.name(i.org_id),
          awardCode: award.code,
          awardName: award.name,
          bonus: bonusAmount(award, input.signedOn, settings, kind)?.amount ?? null,
          awardRecordId: null,
        },
      };
    })
    .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const recipients = rows.map((r, k) => ({ position: k + 1, ...r.recipient }));
  const year = Math.max(...proposals.map((p) => p.year));
  const symbol = ownSymbol(tree);
  // A title is recognised, a form conferred: worded by the office's template of the decision's kind.
  const wording = await currentWording(db, wordingKindOf(recipients.map((r) => r.awardCode)));
  const worded = composeWording(wording.body, {
    number: '',
    symbol,
    date: input.signedOn,
    year,
    agency: tree.name(tree.roots()[0]!),
    recipients,
  });
  return {
    summary: input.summary || worded.summary,
    articles: worded.articles,
    wording,
    appendixTitle: worded.appendixTitle,
    appendixSource: worded.appendixSource,
    legalBasis: [
      LAW_LINE,
      `Căn cứ ${ruleSetFor(input.signedOn).instrument} quy định chi tiết một số điều của Luật Thi đua, khen thưởng;`,
      ...input.legalBasis,
      `Xét đề nghị của Hội đồng Thi đua – Khen thưởng ${tree.name(tree.roots()[0]!)}.`,
    ],
    recipients,
    totalBonus: recipients.reduce((s, r) => s + (r.bonus ?? 0), 0),
    symbol,
    items: rows.map((r) => r.item),
    year,
  };
}
