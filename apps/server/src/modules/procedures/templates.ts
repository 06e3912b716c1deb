import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { saveAttachment, type Upload } from '../../platform/files.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { canEditCatalog } from './policy.ts';
import { contentOf, procedureRow, versionRows } from './rows.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Files kept as form templates are owned by a version of the procedure (`procedure_version`). */
export const TEMPLATE_OWNER = 'procedure_version';

/**
 * The template files a version's documents may name: files owned by a version of this same procedure (an
 * amendment carries its predecessor's templates over). Anything else — a dossier's scan, another procedure's
 * file — is refused with the row at fault, so the public page can never be made to serve it.
 */
export async function checkTemplates(
  db: Executor,
  procedureId: string,
  documents: readonly { templateFileId?: string }[],
): Promise<void> {
  const wanted = documents.flatMap((d, i) => (d.templateFileId ? [{ i, id: d.templateFileId }] : []));
  if (!wanted.length) return;
  const owned = new Set(
    (
      await db
        .selectFrom('files')
        .innerJoin('procedure_versions as v', 'v.id', 'files.owner_id')
        .select('files.id')
        .where('files.owner_type', '=', TEMPLATE_OWNER)
        .where('v.procedure_id', '=', procedureId)
        .where(
          'files.id',
          'in',
          wanted.map((w) => w.id),
        )
        .execute()
    ).map((r) => r.id),
  );
  const bad = wanted.filter((w) => !owned.has(w.id));
  if (bad.length)
    throw conflict(
      'transition_refused',
      'Mẫu đơn, tờ khai phải là tệp đã tải lên cho thủ tục này (tải mẫu lên ở từng thành phần hồ sơ).',
      bad.map((w) => ({ path: `documents.${w.i}.templateFileId`, message: 'Không phải tệp mẫu của thủ tục này' })),
    );
}

/**
 * Attaches the form template of one document (1-based `seq`) of the draft version: the file kept with the
 * version, its id on the document, the version's lock bumped, audited, in one transaction. The file is read
 * only once the user may edit the draft.
 */
export async function attachTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  seq: number,
  readUpload: () => Promise<Upload>,
): Promise<void> {
  if (!canEditCatalog(user)) throw forbidden();
  const db = deps.db.kysely;
  const p = await procedureRow(db, id);
  if (p.status === 'abolished')
    throw conflict('transition_refused', 'Thủ tục đã bãi bỏ: không sửa được nữa.', [
      { path: 'status', message: 'Đã bãi bỏ' },
    ]);
  const draft = (await versionRows(db, id)).find((v) => v.status === 'draft');
  if (!draft)
    throw conflict(
      'transition_refused',
      'Thủ tục không có phiên bản dự thảo: mẫu đơn, tờ khai được tải lên phiên bản sửa đổi trước khi công bố.',
      [{ path: 'version', message: 'Không có phiên bản dự thảo' }],
    );
  const documents = contentOf(draft).documents;
  if (seq > documents.length) throw notFound(`thành phần hồ sơ số ${seq}`);
  const upload = await readUpload();
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const file = await saveAttachment(trx, actor, { type: TEMPLATE_OWNER, id: draft.id }, upload);
    const next = documents.map((d, i) => (i === seq - 1 ? { ...d, templateFileId: file.id } : d));
    await updateVersioned(trx, 'procedure_versions', draft.id, Number(draft.version), {
      documents: JSON.stringify(next),
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      'procedure.template_attached',
      'procedure',
      id,
      { seq, templateFileId: documents[seq - 1]!.templateFileId ?? null },
      { seq, templateFileId: file.id, filename: file.filename },
    );
  });
}

/** The template of document `seq` of the version in force of a published procedure, for the public page. */
export async function publishedTemplate(db: Kysely<Database>, code: string, seq: number) {
  const v = await db
    .selectFrom('procedures')
    .innerJoin('procedure_versions as v', (j) =>
      j.onRef('v.procedure_id', '=', 'procedures.id').on('v.status', '=', 'published'),
    )
    .select(['procedures.id as procedure_id', 'v.documents'])
    .where('procedures.status', '=', 'published')
    .where('procedures.code', '=', code)
    .orderBy('v.seq', 'desc')
    .executeTakeFirst();
  if (!v) return undefined;
  const docs = JSON.parse(v.documents || '[]') as { templateFileId?: string }[];
  const fileId = Array.isArray(docs) ? docs[seq - 1]?.templateFileId : undefined;
  if (!fileId) return undefined;
  return db
    .selectFrom('files')
    .innerJoin('procedure_versions as v', 'v.id', 'files.owner_id')
    .select(['files.filename', 'files.mime', 'files.content'])
    .where('files.id', '=', fileId)
    .where('files.owner_type', '=', TEMPLATE_OWNER)
    .where('v.procedure_id', '=', v.procedure_id)
    .where('files.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** File names of template ids, for the public page's links. */
export async function templateNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('files')
    .select(['id', 'filename'])
    .where('owner_type', '=', TEMPLATE_OWNER)
    .where('deleted_at', 'is', null)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.filename]));
}
