import type { z } from 'zod';
import type { DossierDocumentsRequest } from '@thidua/contracts';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '@thidua/domain';
import type { DossierTable } from '../../db/schema-onestop.ts';
import { num } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { saveAttachment, type Upload } from '../../platform/files.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { newId } from '../../platform/ids.ts';
import { CHECKLIST_STATUSES, canSeeDossier, dossierActorKinds } from './policy.ts';
import { checklistOf, dossierRow } from './queries.ts';
import { getDossier } from './view.ts';

type Input = z.output<typeof DossierDocumentsRequest>;

/**
 * The dossier, if this user may tick and attach its checklist now: 404 when he cannot see it, 403 when he is not
 * the one-stop section of its organisation, 409 naming the status outside receipt and supplement.
 */
async function editableDossier(deps: Deps, user: RequestUser, id: string): Promise<DossierTable> {
  const tree = await deps.tree.fresh();
  const d = await dossierRow(deps.db.kysely, id);
  if (!canSeeDossier(user, tree, d)) throw notFound('hồ sơ');
  if (!dossierActorKinds(user, tree, d).includes('clerk'))
    throw forbidden('Chỉ Bộ phận Một cửa của cơ quan tiếp nhận hồ sơ được cập nhật thành phần hồ sơ.');
  if (!CHECKLIST_STATUSES.includes(d.status as DossierStatus))
    throw conflict(
      'transition_refused',
      `Hồ sơ đang ở trạng thái "${DOSSIER_STATUS_LABELS[d.status as DossierStatus]}": chỉ cập nhật thành phần hồ sơ khi chờ tiếp nhận hoặc khi nhận hồ sơ bổ sung.`,
      [{ path: 'status', message: 'Trạng thái không cho cập nhật thành phần hồ sơ' }],
    );
  return d;
}

const unknownSeq = (count: number, seqs: number[]) =>
  conflict('transition_refused', `Hồ sơ này chỉ có ${count} thành phần.`, [
    { path: 'documents', message: `Không có thành phần số ${seqs.join(', ')}` },
  ]);

/**
 * Ticks and unticks checklist rows (docs/one-stop.md: "tick, attach before acceptance"): version-checked, one
 * transaction, the dossier's version bumped, audited with the rows that changed.
 */
export async function updateChecklist(deps: Deps, user: RequestUser, actor: Actor, id: string, input: Input) {
  const d = await editableDossier(deps, user, id);
  if (d.version !== input.version) throw staleVersion();
  const rows = await checklistOf(deps.db.kysely, id);
  const bySeq = new Map(rows.map((r) => [num(r.seq), r]));
  const unknown = input.documents.filter((x) => !bySeq.has(x.seq)).map((x) => x.seq);
  if (unknown.length) throw unknownSeq(rows.length, unknown);
  const wanted = new Map(input.documents.map((x) => [x.seq, x.provided]));
  const changed = [...wanted].filter(([seq, provided]) => Boolean(num(bySeq.get(seq)!.provided)) !== provided);
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'dossiers', id, input.version, { updated_at: now });
    for (const [seq, provided] of changed)
      await trx
        .updateTable('dossier_documents')
        .set({ provided: provided ? 1 : 0 })
        .where('dossier_id', '=', id)
        .where('seq', '=', seq)
        .execute();
    await appendAudit(
      trx,
      actor,
      'dossier.documents_updated',
      'dossier',
      id,
      { provided: changed.map(([seq, provided]) => ({ seq, provided: !provided })) },
      { provided: changed.map(([seq, provided]) => ({ seq, provided })) },
    );
  });
  return getDossier(deps, user, id);
}

/**
 * Attaches a scan to one checklist row: the file kept with the dossier (owner `dossier`), its id on the row and
 * the row ticked, the dossier's version bumped, in one transaction, audited. A row's earlier scan stays the
 * dossier's file, linked to the row as a superseded version (its history). The file is read once the user is known to be allowed.
 */
export async function attachScan(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  seq: number,
  readUpload: () => Promise<Upload>,
) {
  const d = await editableDossier(deps, user, id);
  const row = (await checklistOf(deps.db.kysely, id)).find((r) => num(r.seq) === seq);
  if (!row) throw notFound(`thành phần hồ sơ số ${seq}`);
  // Read only once the user may attach: a refused request stores nothing.
  const upload = await readUpload();
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'dossiers', id, d.version, { updated_at: now });
    const file = await saveAttachment(trx, actor, { type: 'dossier', id }, upload);
    // The scan replaced stays linked to its row as a superseded version.
    if (row.file_id)
      await trx
        .insertInto('dossier_document_scans')
        .values({
          id: newId(),
          document_id: row.id,
          file_id: row.file_id,
          superseded_at: now,
          superseded_by: actor.name,
        })
        .execute();
    await trx
      .updateTable('dossier_documents')
      .set({ provided: 1, file_id: file.id })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      actor,
      'dossier.documents_updated',
      'dossier',
      id,
      { seq, provided: Boolean(num(row.provided)), fileId: row.file_id },
      { seq, provided: true, fileId: file.id, filename: file.filename },
    );
  });
  return getDossier(deps, user, id);
}
