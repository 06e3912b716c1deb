import { COUNCIL_ROLE_LABELS, findAward, quorumMet, type CouncilRole } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { agencyOf } from '../../platform/documents/official.ts';
import { buildMinutesDoc } from './minutesDoc.ts';
import { sessionState } from './sessions.ts';
import { subjectNames } from '../proposals/service.ts';
import { votingSettings } from '../settings/read.ts';
import { shareText } from './quorum.ts';
import { storedResult } from './results.ts';

/** The minutes of a closed session: composition, quorum, and per item only the counts. */
export async function minutesDocument(deps: Deps, id: string): Promise<{ filename: string; content: Buffer }> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const st = await sessionState(db, tree, id);
  if (st.session.status !== 'closed')
    throw new AppError(
      409,
      'session_open',
      'Phiên họp chưa kết thúc: biên bản lập sau khi công bố kết quả biểu quyết.',
    );
  const names = await subjectNames(db, tree, [...st.items.values()]);
  const present = st.members.filter((m) => m.present === 1).length;
  // The quorum checked at the close; sessions closed before it was kept fall back to today's setting.
  const voting = { quorum: st.session.quorum ?? (await votingSettings(db)).quorum };
  const byRole = (r: string) => st.members.find((m) => m.role === r)?.display_name ?? '';
  const content = await buildMinutesDoc({
    ...agencyOf(tree.name(tree.roots()[0]!)),
    date: st.session.held_on,
    sessionTitle: st.session.title,
    venue: st.session.venue,
    chairName: byRole('chair'),
    secretaryName: byRole('secretary'),
    members: st.members.map((m) => ({
      name: m.display_name,
      role: COUNCIL_ROLE_LABELS[m.role as CouncilRole],
      present: m.present === 1,
    })),
    quorumText: `Có mặt ${present}/${st.members.length} thành viên${quorumMet(present, st.members.length, voting) ? `, đủ điều kiện tiến hành (ít nhất ${shareText(voting.quorum)} tổng số thành viên)` : ''}.`,
    items: st.agenda.map((a) => {
      const it = st.items.get(a.item_id)!;
      // The result recorded at the close: threshold, comparison and verdict as judged then.
      const result = storedResult(a);
      return {
        subjectName: names.get(it.subject_id)?.name ?? '?',
        unitName: tree.name(it.org_id),
        awardName: findAward(it.award_code)?.name ?? it.award_code,
        agree: a.agree,
        disagree: a.disagree,
        abstain: a.abstain,
        resultText: result?.text ?? 'Chưa biểu quyết',
        recused: st.recusedOf(a.item_id).map((m) => m.display_name),
      };
    }),
    closing: `Phiên họp kết thúc lúc ${st.session.closed_at ? new Date(new Date(st.session.closed_at).getTime() + 7 * 3600_000).toISOString().slice(11, 16).replace(':', ' giờ ') : ''} cùng ngày.`,
  });
  return { filename: `Biên bản họp Hội đồng - ${st.session.title}.docx`, content };
}
