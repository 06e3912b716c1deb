import {
  LAUNCH_LEVEL_LABELS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUS_LABELS,
  findAward,
  type LaunchLevel,
  type MovementKind,
  type MovementStatus,
} from '@thidua/domain';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { dashboard } from './progress.ts';
import { movementRow, participantIds } from './queries.ts';
import type { ReviewReportData } from './reportData.ts';
import { agencyOf } from '../../platform/documents/official.ts';
import { buildReviewReport } from './reportDoc.ts';
import { registrationOverview } from './registrations.ts';

const rootOf = (tree: OrgTree, orgId: string) => tree.roots().find((r) => tree.isWithin(orgId, r)) ?? tree.roots()[0]!;

/** Gathers the report from the records: participants, targets and results, exemplars, awards. */
export async function reviewReportData(
  deps: Deps,
  movementId: string,
  kind: 'interim' | 'final',
): Promise<ReviewReportData> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const m = await movementRow(db, movementId);
  const [orgIds, overview, board] = await Promise.all([
    participantIds(db, movementId),
    registrationOverview(deps, movementId),
    dashboard(deps, movementId),
  ]);
  const root = rootOf(tree, orgIds[0] ?? tree.roots()[0]!);
  const exemplars = await db
    .selectFrom('movement_exemplars')
    .selectAll()
    .where('movement_id', '=', movementId)
    .orderBy('recorded_on')
    .execute();
  const personIds = exemplars.filter((e) => e.subject_kind === 'individual').map((e) => e.subject_id);

  // Awards given under the movement; for a regular (yearly) movement, also the year's periodic titles of its units.
  const subtree = new Set(orgIds.flatMap((o) => tree.subtree(o)));
  let awards = db
    .selectFrom('award_records')
    .select(['subject_kind', 'subject_id', 'org_id', 'award_code', 'decision_number', 'year'])
    .where('deleted_at', 'is', null);
  awards =
    m.kind === 'regular'
      ? awards.where((eb) =>
          eb.or([
            eb('movement_id', '=', movementId),
            eb.and([eb('year', '=', m.year), eb('commendation_type', '=', 'periodic')]),
          ]),
        )
      : awards.where('movement_id', '=', movementId);
  // Awards named as given under the movement count wherever the subject sits (enterprises too);
  // the year's periodic titles count for the participating units only.
  const conferred = (await awards.select('movement_id').execute()).filter(
    (a) => a.movement_id === movementId || subtree.has(a.org_id),
  );
  personIds.push(...conferred.filter((a) => a.subject_kind === 'individual').map((a) => a.subject_id));
  const names = new Map<string, { name: string; sort: string }>();
  const ids = [...new Set(personIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'full_name', 'sort_key'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const p of rows) names.set(p.id, { name: p.full_name, sort: p.sort_key });
  }
  const subjectName = (kind: string, id: string) =>
    kind === 'collective' ? tree.name(id) : (names.get(id)?.name ?? '?');
  const leader = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.display_name')
    .where('role_grants.role', '=', 'leader')
    .where('role_grants.org_id', '=', root)
    .where('users.active', '=', 1)
    .orderBy('users.created_at')
    .executeTakeFirst();

  return {
    kind,
    ...agencyOf(tree.name(root)),
    date: todayVn(clockOf(deps)),
    movement: {
      name: m.name,
      kindLabel: MOVEMENT_KIND_LABELS[m.kind as MovementKind],
      launchLevelLabel: LAUNCH_LEVEL_LABELS[m.launch_level as LaunchLevel],
      launchDocNumber: m.launch_doc_number,
      launchDocDate: m.launch_doc_date,
      startsOn: m.starts_on,
      endsOn: m.ends_on,
      objectives: m.objectives,
      content: m.content,
      criteria: m.criteria,
      statusLabel: MOVEMENT_STATUS_LABELS[m.status as MovementStatus],
    },
    participants: overview.items
      .map((o) => ({
        orgName: o.orgName,
        registered: o.registered,
        people: o.people,
        collectiveTitles: o.collectiveTitles,
      }))
      .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi')),
    targets: board.targets.map((t) => ({
      name: t.name,
      unit: t.unit,
      targetValue: t.targetValue,
      results: board.units.map((u) => {
        const r = u.results.find((x) => x.targetId === t.id)!;
        return { orgName: u.orgName, committed: r.committed, achieved: r.achieved, ratio: r.ratio, met: r.met };
      }),
    })),
    exemplars: exemplars.map((e) => ({
      subjectName: subjectName(e.subject_kind, e.subject_id),
      orgName: tree.name(e.org_id),
      title: e.title,
      description: e.description,
    })),
    // Proposal dossiers arrive with the proposals module; until then nothing is proposed under a movement.
    proposed: [],
    conferred: conferred
      .map((a) => ({
        subjectName: subjectName(a.subject_kind, a.subject_id),
        orgName: tree.name(a.org_id),
        awardName: findAward(a.award_code)?.name ?? a.award_code,
        decisionNumber: a.decision_number,
        sort: `${a.award_code}|${a.subject_kind === 'collective' ? '0' : '1'}${names.get(a.subject_id)?.sort ?? tree.name(a.subject_id)}`,
      }))
      .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
      .map(({ sort: _s, ...rest }) => rest),
    signerTitle: 'GIÁM ĐỐC',
    signerName: leader?.display_name ?? '',
  };
}

export async function reviewReport(deps: Deps, movementId: string, kind: 'interim' | 'final') {
  const data = await reviewReportData(deps, movementId, kind);
  return {
    filename: `${kind === 'final' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết'} - ${data.movement.name}.docx`,
    content: await buildReviewReport(data),
  };
}
