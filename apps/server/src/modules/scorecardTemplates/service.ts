import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { ScorecardTemplateView } from '@thidua/contracts';
import { templateMax, type ScorecardKind } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { Deps } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { canEditTemplate } from './policy.ts';
import { blocNames, cyclesUsing, itemRows, templateRow } from './queries.ts';
import { points, templateProblems, treeOf, type ItemRow } from './tree.ts';

type TemplateRow = Awaited<ReturnType<typeof templateRow>>;

const capsOf = (t: TemplateRow) => ({ bonusCap: points(t.bonus_cap), penaltyCap: points(t.penalty_cap) });

/** What the audit log keeps of a template: its fields and every item (the tree is small). */
export const snapshotOf = (t: TemplateRow, items: readonly ItemRow[]) => ({
  name: t.name,
  basis: t.basis,
  status: t.status,
  bonusCap: points(t.bonus_cap),
  penaltyCap: points(t.penalty_cap),
  items: items.map((i) => ({ ...i, template_id: undefined })),
});

/**
 * Freezes a template when a cycle opens on it (called by the cycles in the cycle's transaction): from then on it
 * is read-only, so every member is scored on the same tree. Refused (409) while the template has any problem, the
 * warnings included: a parent whose children fall short of its maximum could never be scored in full.
 * A template already frozen (a cycle reopened, a second cycle) stays as it is.
 */
export async function freezeTemplate(trx: Transaction<Database>, actor: Actor, templateId: string): Promise<void> {
  const t = await templateRow(trx, templateId);
  if (t.status === 'frozen') return;
  const items = treeOf(await itemRows(trx, [templateId]));
  const problems = items.length
    ? templateProblems(items, capsOf(t)).map((p) => p.message)
    : ['Bảng điểm chưa có lĩnh vực, tiêu chí nào.'];
  if (problems.length)
    throw conflict(
      'invalid_template',
      `Bảng điểm "${t.name}" chưa dùng được để mở kỳ chấm điểm; cần sửa: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; và ${problems.length - 5} vấn đề khác` : ''}.`,
      problems.map((message) => ({ path: 'templateId', message })),
    );
  await updateVersioned(trx, 'scorecard_templates', t.id, t.version, { status: 'frozen', updated_at: nowIso() });
  await appendAudit(
    trx,
    actor,
    'scorecard_template.frozen',
    'scorecard_template',
    t.id,
    { status: t.status },
    {
      status: 'frozen',
    },
  );
}

/** One template with its tree, its problems, the cycles using it and whether the user may edit it. */
export async function getTemplate(
  deps: Deps,
  user: RequestUser,
  id: string,
): Promise<z.infer<typeof ScorecardTemplateView>> {
  const db = deps.db.kysely;
  const t = await templateRow(db, id);
  const rows = await itemRows(db, [id]);
  const items = treeOf(rows);
  const usedBy = await cyclesUsing(db, id);
  const blocs = await blocNames(db, [t.bloc_id]);
  return {
    id: t.id,
    kind: t.kind as ScorecardKind,
    blocId: t.bloc_id,
    blocName: t.bloc_id ? (blocs.get(t.bloc_id) ?? null) : null,
    year: t.year,
    name: t.name,
    status: t.status === 'frozen' ? 'frozen' : 'draft',
    maxTotal: templateMax(items),
    itemCount: rows.length,
    updatedAt: t.updated_at,
    basis: t.basis,
    ...capsOf(t),
    copiedFromId: t.copied_from_id,
    items,
    problems: templateProblems(items, capsOf(t)),
    usedBy: usedBy.map((c) => ({ id: c.id, name: c.name, year: c.year })),
    canEdit: canEditTemplate(user, t, usedBy.length),
    version: t.version,
  };
}
