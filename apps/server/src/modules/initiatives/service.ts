import type { z } from 'zod';
import type {
  CreateInitiativeRequest,
  InitiativeView,
  InitiativesQuery,
  UpdateInitiativeRequest,
} from '@thidua/contracts';
import { awardName, searchKey, type RecognitionLevel } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { ANY_ROLE, WRITERS_OF_PEOPLE, assertReach, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { badRequest, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

type View = z.infer<typeof InitiativeView>;
type Input = z.output<typeof CreateInitiativeRequest>;

/** Views of initiatives with their authors and the award each already founded (one-use rule). */
export async function initiativeViews(deps: Deps, tree: OrgTree, ids: readonly string[]): Promise<View[]> {
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
    const uses = await db
      .selectFrom('award_record_initiatives as ai')
      .innerJoin('award_records as r', 'r.id', 'ai.award_record_id')
      .select(['ai.initiative_id', 'r.id', 'r.award_code', 'r.year', 'r.subject_id', 'r.decision_date'])
      .where('ai.initiative_id', 'in', part)
      .where('r.deleted_at', 'is', null)
      .orderBy('r.year')
      .orderBy('r.decision_date')
      .execute();
    const names = new Map<string, string>();
    const personIds = [...new Set(uses.map((u) => u.subject_id))];
    if (personIds.length)
      for (const p of await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', personIds).execute())
        names.set(p.id, p.full_name);
    for (const r of rows) {
      const use = uses.find((u) => u.initiative_id === r.id);
      out.push({
        id: r.id,
        title: r.title,
        kind: r.kind as View['kind'],
        field: r.field,
        orgId: r.org_id,
        orgName: tree.name(r.org_id),
        level: r.level as RecognitionLevel | null,
        recognisedOn: r.recognised_on,
        decisionNumber: r.decision_number,
        decisionSigner: r.decision_signer,
        summary: r.summary,
        authors: authors
          .filter((a) => a.initiative_id === r.id)
          .map((a) => ({ personId: a.person_id, name: a.full_name, share: Number(a.share) })),
        usedBy: use
          ? {
              recordId: use.id,
              awardName: awardName(use.award_code),
              year: Number(use.year),
              subjectName: names.get(use.subject_id) ?? tree.name(use.subject_id),
            }
          : null,
        version: Number(r.version),
      });
    }
  }
  return out;
}

export async function listInitiatives(
  deps: Deps,
  user: RequestUser,
  q: z.output<typeof InitiativesQuery>,
): Promise<{ items: View[] }> {
  const tree = await deps.tree.fresh();
  const scope = scopeOf(user, ANY_ROLE, tree);
  let query = deps.db.kysely.selectFrom('initiatives as i').select(['i.id', 'i.title']);
  if (q.orgId) query = query.where('i.org_id', 'in', tree.subtree(q.orgId));
  if (scope !== 'all') query = query.where('i.org_id', 'in', [...scope]);
  if (q.personId)
    query = query.where('i.id', 'in', (eb) =>
      eb.selectFrom('initiative_authors').select('initiative_id').where('person_id', '=', q.personId!),
    );
  const rows = await query.orderBy('i.recognised_on', 'desc').orderBy('i.created_at', 'desc').limit(2000).execute();
  const needle = q.q ? searchKey(q.q) : '';
  const ids = rows.filter((r) => !needle || searchKey(r.title).includes(needle)).map((r) => r.id);
  const views = await initiativeViews(deps, tree, ids);
  const order = new Map(ids.map((id, i) => [id, i]));
  return { items: views.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
}

export async function getInitiative(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const tree = await deps.tree.fresh();
  const [view] = await initiativeViews(deps, tree, [id]);
  if (!view) throw notFound('sáng kiến');
  assertReach(user, ANY_ROLE, view.orgId, tree);
  return view;
}

async function validate(deps: Deps, user: RequestUser, tree: OrgTree, input: Input): Promise<void> {
  const errors: FieldError[] = [];
  if (!tree.has(input.orgId)) errors.push({ path: 'orgId', message: 'Không tìm thấy đơn vị' });
  else assertReach(user, WRITERS_OF_PEOPLE, input.orgId, tree);
  const sum = input.authors.reduce((s, a) => s + a.share, 0);
  if (sum !== 100) errors.push({ path: 'authors', message: `Tổng tỷ lệ đóng góp phải bằng 100% (hiện là ${sum}%)` });
  const seen = new Set<string>();
  input.authors.forEach((a, i) => {
    if (seen.has(a.personId)) errors.push({ path: `authors.${i}.personId`, message: 'Tác giả bị lặp lại' });
    seen.add(a.personId);
  });
  const ids = input.authors.map((a) => a.personId);
  const found = new Set(
    (await deps.db.kysely.selectFrom('people').select('id').where('id', 'in', ids).execute()).map((p) => p.id),
  );
  input.authors.forEach((a, i) => {
    if (!found.has(a.personId)) errors.push({ path: `authors.${i}.personId`, message: 'Không tìm thấy cán bộ này' });
  });
  if ((input.level === null) !== (input.recognisedOn === null))
    errors.push({
      path: input.level === null ? 'level' : 'recognisedOn',
      message: 'Sáng kiến đã công nhận cần cả cấp công nhận và ngày công nhận',
    });
  if (input.recognisedOn && input.recognisedOn > nowIso().slice(0, 10))
    errors.push({ path: 'recognisedOn', message: 'Ngày công nhận không được ở tương lai' });
  if (errors.length)
    throw badRequest(
      'invalid_initiative',
      `Chưa lưu được sáng kiến: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
}

const row = (input: Input) => ({
  title: input.title,
  kind: input.kind,
  field: input.field,
  org_id: input.orgId,
  level: input.level,
  recognised_on: input.recognisedOn,
  decision_number: input.decisionNumber,
  decision_signer: input.decisionSigner,
  summary: input.summary,
});

export async function createInitiative(deps: Deps, user: RequestUser, actor: Actor, input: Input): Promise<View> {
  const tree = await deps.tree.fresh();
  await validate(deps, user, tree, input);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({ id, ...row(input), created_at: now, updated_at: now, version: 1 })
      .execute();
    await trx
      .insertInto('initiative_authors')
      .values(input.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
      .execute();
    await appendAudit(trx, actor, 'initiative.created', 'initiative', id, null, input);
  });
  return getInitiative(deps, user, id);
}

export async function updateInitiative(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateInitiativeRequest>,
): Promise<View> {
  const before = await getInitiative(deps, user, id);
  const tree = await deps.tree.fresh();
  assertReach(user, WRITERS_OF_PEOPLE, before.orgId, tree);
  await validate(deps, user, tree, input);
  if (before.version !== input.version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('initiatives')
      .set({ ...row(input), updated_at: nowIso(), version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    await trx.deleteFrom('initiative_authors').where('initiative_id', '=', id).execute();
    await trx
      .insertInto('initiative_authors')
      .values(input.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
      .execute();
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, 'initiative.updated', 'initiative', id, before, after);
  });
  return getInitiative(deps, user, id);
}
