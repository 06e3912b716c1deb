import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { CreateDossierRequest, DossierReceiptView } from '@thidua/contracts';
import { DOSSIER_WORKFLOW, check, dossierCode, searchKey, vnDateOf } from '@thidua/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { num } from '../../db/index.ts';
import type { Actor } from '../../platform/audit.ts';
import { canReach, type RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { detectKind, saveAttachment, type Upload } from '../../platform/files.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { getSetting } from '../settings/service.ts';
import { calendarMissing, clockwork, dueOf, missingYear } from './due.ts';
import { DESK } from './policy.ts';
import { versionDocuments, versionRow } from './queries.ts';
import { getDossier } from './view.ts';

type Input = z.output<typeof CreateDossierRequest>;
/** A scan handed in with the receipt for the checklist row `seq` (1-based); the row counts as provided. */
export interface ReceiptScan {
  seq: number;
  upload: Upload;
}

/**
 * The day's next running number of an agency, taken under the counter row's lock: the upsert holds the row
 * until the transaction ends, so concurrent receipts queue on it and never share a number (PostgreSQL's row
 * lock; SQLite runs one writing transaction at a time).
 */
async function nextNumber(trx: Transaction<Database>, agency: string, day: string): Promise<number> {
  const row = await trx
    .insertInto('dossier_code_counters')
    .values({ agency_code: agency, day, last: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_code', 'day']).doUpdateSet({ last: sql<number>`dossier_code_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return num(row.last);
}

/**
 * A receipt at the desk (docs/one-stop.md): the dossier of a published procedure, pinned to its version in
 * force, with the checklist of that version's documents as ticked; `accept` accepts it in the same
 * transaction when every required document is there (else 409 naming the missing ones, nothing written), with
 * its due time from the calendar (a missing year: 409 naming it, nothing written). The rating token is returned
 * once, for the slip; only its hash is kept. Scans come in the same transaction (POST /dossiers/receipt): a
 * refused acceptance or file stores neither the dossier nor any scan, so sending it again makes no duplicate.
 */
export async function receiveDossier(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: Input,
  scans: readonly ReceiptScan[] = [],
): Promise<z.infer<typeof DossierReceiptView>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const procedure = await db
    .selectFrom('procedures')
    .selectAll()
    .where('id', '=', input.procedureId)
    .executeTakeFirst();
  if (!procedure) throw notFound('thủ tục hành chính');
  if (procedure.status !== 'published' || !procedure.current_version_id)
    throw conflict(
      'transition_refused',
      `Thủ tục "${procedure.name}" chưa công bố hoặc đã bãi bỏ: không tiếp nhận hồ sơ.`,
      [{ path: 'procedureId', message: 'Thủ tục không còn hiệu lực' }],
    );
  if (!canReach(user, DESK, procedure.org_id, tree))
    throw forbidden('Chỉ Bộ phận Một cửa của cơ quan giải quyết thủ tục này được tiếp nhận hồ sơ.');
  const version = await versionRow(db, procedure.current_version_id);
  const documents = versionDocuments(version);
  const unknown = [...input.provided, ...scans.map((x) => x.seq)].filter((n) => n > documents.length);
  if (unknown.length)
    throw conflict('transition_refused', `Thủ tục này chỉ có ${documents.length} thành phần hồ sơ.`, [
      { path: 'provided', message: `Không có thành phần số ${unknown.join(', ')}` },
    ]);
  const ticked = new Set([...input.provided, ...scans.map((x) => x.seq)]);
  // Each file's type is checked before anything is written, naming the row it was meant for.
  for (const scan of scans) {
    try {
      detectKind(scan.upload);
    } catch (e) {
      if (e instanceof AppError)
        throw new AppError(e.status, e.code, `Thành phần số ${scan.seq}: ${e.detail}`, [
          { path: `scans.${scan.seq}`, message: e.errors?.[0]?.message ?? e.detail },
        ]);
      throw e;
    }
  }
  const now = nowIsoOf(clockOf(deps));

  let due: string | null = null;
  if (input.accept) {
    const missingDocuments = documents.filter((x, i) => x.required && !ticked.has(i + 1)).map((x) => x.name);
    const cw = await clockwork(db, now);
    const year = missingYear(cw, now, version.time_amount, version.time_unit);
    const step = check(DOSSIER_WORKFLOW, 'submitted', 'accept', null, { missingDocuments, calendarMissingYear: year });
    if (!step.ok) {
      if (year && !missingDocuments.length) throw calendarMissing(year);
      throw refusalError(step);
    }
    due = dueOf(cw, now, version.time_amount, version.time_unit);
  }

  const agency = await getSetting(db, 'onestop.agencyCode');
  const token = randomBytes(24).toString('base64url');
  const id = newId();
  const a = input.applicant;
  await db.transaction().execute(async (trx) => {
    const code = dossierCode(agency, vnDateOf(now), await nextNumber(trx, agency, vnDateOf(now)));
    await trx
      .insertInto('dossiers')
      .values({
        id,
        code,
        procedure_id: procedure.id,
        procedure_version_id: version.id,
        org_id: procedure.org_id,
        field: procedure.field,
        channel: input.channel,
        applicant_kind: a.kind,
        applicant_name: a.name,
        applicant_id_no: a.idNo,
        applicant_address: a.address,
        applicant_phone: a.phone,
        applicant_email: a.email,
        search_key: searchKey(`${code} ${a.name} ${a.idNo}`),
        status: 'submitted',
        submitted_at: now,
        received_at: null,
        due_at: null,
        original_due_at: null,
        finished_at: null,
        returned_at: null,
        closed_at: null,
        result: null,
        apologies: 0,
        step_index: 0,
        assignee_id: null,
        assignee_org_id: null,
        fee_amount: num(version.fee_total),
        fee_paid_at: null,
        rating_token_hash: createHash('sha256').update(token).digest('hex'),
        note: input.note,
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    if (documents.length)
      await trx
        .insertInto('dossier_documents')
        .values(
          documents.map((x, i) => ({
            id: newId(),
            dossier_id: id,
            seq: i + 1,
            name: x.name,
            kind: x.kind,
            count: Number(x.count) || 1,
            required: x.required ? 1 : 0,
            provided: ticked.has(i + 1) ? 1 : 0,
            file_id: null,
          })),
        )
        .execute();
    for (const scan of scans) {
      const file = await saveAttachment(trx, actor, { type: 'dossier', id }, scan.upload);
      await trx
        .updateTable('dossier_documents')
        .set({ provided: 1, file_id: file.id })
        .where('dossier_id', '=', id)
        .where('seq', '=', scan.seq)
        .execute();
    }
    const base = { entityType: 'dossier' as const, entityId: id, user };
    await applyTransition(trx, {
      ...base,
      action: null,
      from: null,
      to: 'submitted',
      at: now,
      data: { channel: input.channel, versionId: version.id, legalBasis: version.legal_basis },
      audit: {
        actor,
        action: 'dossier.received',
        before: null,
        after: {
          code,
          procedure: procedure.code,
          applicant: a.name,
          channel: input.channel,
          ...(scans.length ? { scans: scans.map((x) => x.seq) } : {}),
        },
      },
    });
    if (input.accept)
      await applyTransition(trx, {
        ...base,
        action: 'accept',
        from: 'submitted',
        to: 'accepted',
        at: now,
        data: { form: '01', legalBasis: version.legal_basis, dueAt: due },
        update: { version: 1, set: { received_at: now, due_at: due, original_due_at: due, updated_at: now } },
        audit: {
          actor,
          action: 'dossier.accept',
          before: { status: 'submitted' },
          after: { status: 'accepted', dueAt: due },
        },
      });
  });
  return { ...(await getDossier(deps, user, id)), ratingToken: token };
}
