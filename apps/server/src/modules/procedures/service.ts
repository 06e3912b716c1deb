import type { z } from 'zod';
import type {
  CreateProcedureRequest,
  ProcedureView,
  SaveDraftRequest,
  StartAmendmentRequest,
  UpdateProcedureRequest,
} from '@thidua/contracts';
import { type OnlineLevel, type ProcedureStatus } from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { applyTransition, listTransitions } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { procedureSearchKey } from './list.ts';
import { canEditCatalog, procedureAbilities } from './policy.ts';
import { checkTemplates } from './templates.ts';
import {
  contentColumns,
  contentOf,
  procedureRow,
  shownVersion,
  summaryOf,
  versionRows,
  versionView,
  type Content,
} from './rows.ts';

type View = z.infer<typeof ProcedureView>;
type Identity = Omit<z.output<typeof CreateProcedureRequest>, 'content'>;
type Executor = Kysely<Database> | Transaction<Database>;
const NO_DECISION = { decision_no: '', decision_date: null, decision_signer: '' };

export async function getProcedure(deps: Deps, user: RequestUser, id: string, db: Executor = deps.db.kysely) {
  const p = await procedureRow(db, id);
  const [versions, transitions] = await Promise.all([versionRows(db, id), listTransitions(db, 'procedure', id)]);
  const shown = shownVersion(p, versions);
  const draft = versions.find((v) => v.status === 'draft');
  const legs = shown ? contentOf(shown).legs : [];
  const view: View = {
    ...summaryOf(p, shown),
    agency: p.agency,
    interAgency: !!p.inter_agency,
    partnerAgencies: [...new Set(legs.map((l) => l.agency))],
    currentVersionId: p.current_version_id,
    draftVersionId: draft?.id ?? null,
    versions: versions.map(versionView),
    transitions,
    abilities: procedureAbilities(user, p.status, !!draft),
    version: p.version,
    createdAt: p.created_at,
  };
  return view;
}

async function assertCodeFree(db: Executor, code: string, exceptId?: string) {
  let q = db.selectFrom('procedures').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict('duplicate_code', `Mã thủ tục ${code} đã có trong danh mục.`, [
      { path: 'code', message: `Mã ${code} đã có trong danh mục` },
    ]);
}

const identityColumns = (i: Identity) => ({
  code: i.code,
  name: i.name,
  search_key: procedureSearchKey(i.code, i.name),
  field: i.field,
  level: i.level,
  agency: i.agency,
  inter_agency: i.interAgency ? 1 : 0,
  online_level: i.onlineLevel as OnlineLevel,
});

/** The department (the root of the tree): the catalog is its own. Read before a transaction opens. */
export async function departmentId(deps: Deps): Promise<string> {
  const tree = await deps.tree.fresh();
  return tree.roots()[0]!;
}

/**
 * Inserts a procedure in draft with its first version (a draft), its creation step and the audit entry, in the
 * caller's transaction; the importer uses it for each row.
 */
export async function insertProcedure(
  trx: Transaction<Database>,
  orgId: string,
  user: RequestUser,
  actor: Actor,
  input: Identity & { content: Content },
  now: string,
): Promise<{ id: string; versionId: string }> {
  const id = newId();
  const versionId = newId();
  await trx
    .insertInto('procedures')
    .values({
      id,
      ...identityColumns(input),
      org_id: orgId,
      status: 'draft',
      current_version_id: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await trx
    .insertInto('procedure_versions')
    .values({
      id: versionId,
      procedure_id: id,
      seq: 1,
      status: 'draft',
      name: input.name,
      ...NO_DECISION,
      ...contentColumns(input.content),
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await applyTransition(trx, {
    entityType: 'procedure',
    entityId: id,
    action: null,
    from: null,
    to: 'draft',
    user,
    at: now,
    audit: { actor, action: 'procedure.created', before: null, after: input },
  });
  return { id, versionId };
}

export async function createProcedure(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateProcedureRequest>,
): Promise<View> {
  const now = nowIsoOf(clockOf(deps));
  const orgId = await departmentId(deps);
  const id = await deps.db.kysely.transaction().execute(async (trx) => {
    await assertCodeFree(trx, input.code);
    return (await insertProcedure(trx, orgId, user, actor, input, now)).id;
  });
  return getProcedure(deps, user, id);
}

const notAbolished = (status: ProcedureStatus) => {
  if (status === 'abolished')
    throw conflict('transition_refused', 'Thủ tục đã bãi bỏ: không sửa được nữa.', [
      { path: 'status', message: 'Đã bãi bỏ' },
    ]);
};

/** The identity fields (code, name, field, level, agency, online level); the versions keep their content. */
export async function updateProcedure(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateProcedureRequest>,
): Promise<View> {
  if (!canEditCatalog(user)) throw forbidden();
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const p = await procedureRow(trx, id);
    notAbolished(p.status);
    await assertCodeFree(trx, input.code, id);
    const { version, ...identity } = input;
    await updateVersioned(trx, 'procedures', id, version, { ...identityColumns(identity), updated_at: now });
    await appendAudit(trx, actor, 'procedure.updated', 'procedure', id, p, identity);
  });
  return getProcedure(deps, user, id);
}

const noDraft = () =>
  conflict(
    'transition_refused',
    'Thủ tục không có phiên bản dự thảo. Phiên bản đã công bố không được sửa: hãy tạo phiên bản sửa đổi rồi sửa trên đó.',
    [{ path: 'version', message: 'Không có phiên bản dự thảo' }],
  );

/** The draft version's content; a published version is never edited. */
export async function saveDraft(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof SaveDraftRequest>,
): Promise<View> {
  if (!canEditCatalog(user)) throw forbidden();
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const p = await procedureRow(trx, id);
    notAbolished(p.status);
    const draft = (await versionRows(trx, id)).find((v) => v.status === 'draft');
    if (!draft) throw noDraft();
    const { version, ...content } = input;
    await checkTemplates(trx, id, content.documents);
    await updateVersioned(trx, 'procedure_versions', draft.id, version, {
      ...contentColumns(content),
      name: p.name,
      updated_at: now,
    });
    await appendAudit(trx, actor, 'procedure.draft_saved', 'procedure', id, contentOf(draft), content);
  });
  return getProcedure(deps, user, id);
}

/** A new draft version copied from the version in force: the amendment is edited there, then published. */
export async function startAmendment(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof StartAmendmentRequest>,
): Promise<View> {
  if (!canEditCatalog(user)) throw forbidden();
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const p = await procedureRow(trx, id);
    const versions = await versionRows(trx, id);
    const current = versions.find((v) => v.id === p.current_version_id);
    if (p.status !== 'published' || !current)
      throw conflict('transition_refused', 'Chỉ sửa đổi được thủ tục đang có hiệu lực (đã công bố).', [
        { path: 'status', message: 'Chưa công bố hoặc đã bãi bỏ' },
      ]);
    if (versions.some((v) => v.status === 'draft'))
      throw conflict('transition_refused', 'Thủ tục đã có một phiên bản sửa đổi đang dự thảo: hãy sửa tiếp trên đó.', [
        { path: 'version', message: 'Đã có phiên bản dự thảo' },
      ]);
    // The procedure's lock: two clerks starting an amendment at once cannot both take the next number.
    await updateVersioned(trx, 'procedures', id, input.version, { updated_at: now });
    const seq = Math.max(...versions.map((v) => Number(v.seq))) + 1;
    const content = { ...contentOf(current), changeNote: '', effectiveFrom: null, effectiveTo: null };
    await trx
      .insertInto('procedure_versions')
      .values({
        id: newId(),
        procedure_id: id,
        seq,
        status: 'draft',
        name: p.name,
        ...NO_DECISION,
        ...contentColumns(content),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await appendAudit(trx, actor, 'procedure.amendment_started', 'procedure', id, null, { seq });
  });
  return getProcedure(deps, user, id);
}
