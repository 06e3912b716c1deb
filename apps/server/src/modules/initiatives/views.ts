import type { z } from 'zod';
import type { InitiativeView } from '@thidua/contracts';
import { awardName, type InitiativeStatus, type RecognitionLevel, type RoundPhase } from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import { initiativeAbilities } from './policy.ts';
import type { Deps } from '../../platform/context.ts';
import { listAttachments } from '../../platform/files.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

export type View = z.infer<typeof InitiativeView>;
export const OWNER = 'initiative';

/**
 * Initiatives whose authors this user may not see: those of a round he
 * reviews, not yet decided, whose current phase hides authors. Every view a
 * reviewer can reach (registry, history, queue, export) goes through this.
 */
export async function hiddenFor(db: Kysely<Database>, userId: string): Promise<Set<string>> {
  const rounds = await db
    .selectFrom('initiative_reviewers as r')
    .innerJoin('initiative_rounds as d', 'd.id', 'r.round_id')
    .select(['d.id', 'd.phases', 'd.current_phase'])
    .where('r.user_id', '=', userId)
    .where('d.status', '!=', 'decided')
    .execute();
  const anonymous = rounds
    .filter((d) => !(JSON.parse(d.phases) as RoundPhase[])[Number(d.current_phase)]?.seeAuthors)
    .map((d) => d.id);
  if (!anonymous.length) return new Set();
  const items = await db
    .selectFrom('initiative_round_items')
    .select('initiative_id')
    .where('round_id', 'in', anonymous)
    .execute();
  return new Set(items.map((i) => i.initiative_id));
}

/** Live proposal items resting on these initiatives (not refused, withdrawn or already decided). */
export async function pendingUses(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('proposal_item_initiatives as pi')
    .innerJoin('proposal_items as it', 'it.id', 'pi.item_id')
    .innerJoin('proposals as p', 'p.id', 'it.proposal_id')
    .select(['pi.initiative_id', 'pi.item_id', 'p.id as proposal_id', 'p.title', 'it.subject_id'])
    .where('pi.initiative_id', 'in', [...ids])
    .where('it.outcome', 'in', ['pending', 'approved'])
    .where('p.status', '!=', 'rejected')
    .execute();
}

/** Awards (not withdrawn) founded on these initiatives, oldest first. */
export async function awardUses(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('award_record_initiatives as ai')
    .innerJoin('award_records as r', 'r.id', 'ai.award_record_id')
    .select(['ai.initiative_id', 'r.id', 'r.award_code', 'r.year', 'r.subject_id', 'r.decision_date'])
    .where('ai.initiative_id', 'in', [...ids])
    .where('r.deleted_at', 'is', null)
    .orderBy('r.year')
    .orderBy('r.decision_date')
    .execute();
}

export async function namesOf(db: Kysely<Database>, tree: OrgTree, ids: readonly string[]) {
  const names = new Map<string, string>();
  const uniq = [...new Set(ids)];
  for (let i = 0; i < uniq.length; i += 500)
    for (const p of await db
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('id', 'in', uniq.slice(i, i + 500))
      .execute())
      names.set(p.id, p.full_name);
  return (id: string) => names.get(id) ?? tree.name(id);
}

/**
 * Views of initiatives with their authors, the award each already founded and
 * any pending proposal resting on it (one-use rule). For a viewer, authors of
 * initiatives in his anonymous review are left out.
 */
export async function initiativeViews(
  deps: Deps,
  tree: OrgTree,
  ids: readonly string[],
  viewer?: { user: RequestUser; hidden: Set<string> },
): Promise<View[]> {
  if (!ids.length) return [];
  const db = deps.db.kysely;
  const out: View[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const rows = await db.selectFrom('initiatives').selectAll().where('id', 'in', part).execute();
    const authors = await db
      .selectFrom('initiative_authors as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select(['a.initiative_id', 'a.person_id', 'a.share', 'p.full_name', 'p.sort_key'])
      .where('a.initiative_id', 'in', part)
      .orderBy('a.share', 'desc')
      .orderBy('p.sort_key')
      .execute();
    const uses = await awardUses(db, part);
    const pending = await pendingUses(db, part);
    const name = await namesOf(
      db,
      tree,
      [...uses, ...pending].map((u) => u.subject_id),
    );
    const files = await listAttachments(db, OWNER, part);
    for (const r of rows) {
      const use = uses.find((u) => u.initiative_id === r.id);
      const pend = pending.find((u) => u.initiative_id === r.id);
      const hidden = viewer?.hidden.has(r.id) ?? false;
      const status = (r.status ?? 'submitted') as InitiativeStatus;
      const abilities = initiativeAbilities(
        viewer?.user,
        tree,
        { org_id: r.org_id, status, level: r.level, escalation: r.escalation ?? null },
        hidden,
      );
      out.push({
        id: r.id,
        title: r.title,
        kind: r.kind as View['kind'],
        field: r.field,
        orgId: r.org_id,
        orgName: hidden ? '' : tree.name(r.org_id),
        level: r.level as RecognitionLevel | null,
        recognisedOn: r.recognised_on,
        decisionNumber: r.decision_number,
        decisionSigner: r.decision_signer,
        summary: r.summary,
        problem: r.problem ?? '',
        solution: r.solution ?? '',
        novelty: r.novelty ?? '',
        firstAppliedOn: r.first_applied_on ?? null,
        appliedAt: r.applied_at ?? '',
        benefitAmount: r.benefit_amount === null || r.benefit_amount === undefined ? null : Number(r.benefit_amount),
        socialBenefit: r.social_benefit ?? '',
        status,
        escalation: r.escalation
          ? {
              status: r.escalation as NonNullable<View['escalation']>['status'],
              proposedOn: r.escalated_on ?? '',
              resultOn: r.escalation_result_on ?? null,
              decision: r.escalation_decision ?? '',
              note: r.escalation_note ?? '',
            }
          : null,
        authors: hidden
          ? []
          : authors
              .filter((a) => a.initiative_id === r.id)
              .map((a) => ({ personId: a.person_id, name: a.full_name, share: Number(a.share) })),
        anonymous: hidden,
        usedBy: use
          ? {
              recordId: use.id,
              awardName: awardName(use.award_code),
              year: Number(use.year),
              subjectName: hidden ? '' : name(use.subject_id),
            }
          : null,
        pendingProposal:
          pend && !hidden
            ? { proposalId: pend.proposal_id, title: pend.title, subjectName: name(pend.subject_id) }
            : null,
        attachments: hidden ? [] : (files.get(r.id) ?? []),
        canEdit: abilities.edit,
        abilities,
        version: Number(r.version),
      });
    }
  }
  return out;
}
