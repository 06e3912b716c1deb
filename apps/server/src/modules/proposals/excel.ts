import type { z } from 'zod';
import type { ProposalsQuery } from '@thidua/contracts';
import { PROPOSAL_STATUS_LABELS, findAward, type ProposalStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { itemsOf, subjectNames } from './queries.ts';
import { proposalList, proposalRows, type Snapshot } from './service.ts';

const VERDICTS = { eligible: 'Đủ điều kiện', not_eligible: 'Chưa đủ điều kiện', needs_review: 'Cần Hội đồng xem xét' };
const OUTCOMES: Record<string, string> = {
  pending: 'Đang xét',
  approved: 'Hội đồng thông qua',
  not_approved: 'Không thông qua',
  decided: 'Đã có quyết định',
  withdrawn: 'Đã rút',
};

/** Every item of the dossiers the user sees, one row each, as the list page filters them. */
export async function proposalsXlsx(
  deps: Deps,
  user: RequestUser,
  q: Omit<z.output<typeof ProposalsQuery>, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const db = deps.db.kysely;
  const { query, tree } = await proposalRows(deps, user, q);
  // The whole view, not the page on screen (a 413 above the export limit).
  const list = (await proposalList.all(query, q)).map((p) => ({ ...p, orgName: tree.name(p.org_id) }));
  const items = await itemsOf(
    db,
    list.map((p) => p.id),
  );
  const names = await subjectNames(db, tree, items);
  const decisions = await db
    .selectFrom('decisions')
    .select(['id', 'number'])
    .where(
      'id',
      'in',
      items
        .map((i) => i.decision_id)
        .filter((x): x is string => !!x)
        .concat(''),
    )
    .execute();
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Hồ sơ đề nghị', {
    title: q.year ? `HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM ${q.year}` : 'HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG',
    columns: [
      { header: 'Hồ sơ', key: 'title', width: 32 },
      { header: 'Đơn vị đề nghị', key: 'unit', width: 24 },
      { header: 'Năm', key: 'year', width: 7 },
      { header: 'Trạng thái hồ sơ', key: 'status', width: 18 },
      { header: 'Cá nhân / Tập thể', key: 'subject', width: 24 },
      { header: 'Đơn vị', key: 'org', width: 24 },
      { header: 'Hình thức đề nghị', key: 'award', width: 24 },
      { header: 'Xét điều kiện khi gửi', key: 'verdict', width: 16 },
      { header: 'Lưu ý cho Hội đồng', key: 'flags', width: 36 },
      { header: 'Kết quả', key: 'outcome', width: 16 },
      { header: 'Quyết định', key: 'decision', width: 14 },
    ],
  });
  for (const p of list)
    for (const i of items.filter((x) => x.proposal_id === p.id)) {
      const snap = i.snapshot ? (JSON.parse(i.snapshot) as Snapshot) : null;
      ws.addRow({
        title: p.title,
        unit: p.orgName,
        year: p.year,
        status: PROPOSAL_STATUS_LABELS[p.status as ProposalStatus],
        subject: names.get(i.subject_id)?.name ?? '',
        org: tree.name(i.org_id),
        award: findAward(i.award_code)?.name ?? i.award_code,
        verdict: snap ? VERDICTS[snap.verdict] : '',
        flags: snap?.flags.join('; ') ?? '',
        outcome: OUTCOMES[i.outcome] ?? i.outcome,
        decision: decisions.find((d) => d.id === i.decision_id)?.number ?? '',
      });
    }
  return toBuffer(wb);
}
