import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { AttachmentView } from '@thidua/contracts';
import type { Database } from '../db/schema.ts';
import { nowIso } from '../db/index.ts';
import { appendAudit, type Actor } from './audit.ts';
import { AppError, badRequest, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { uploadedPart } from './uploads.ts';
import { UNSAFE_TEXT_MESSAGE, unsafeTextChar } from '@thidua/domain';

/** The kinds of attachment accepted, recognised by their content (never by name or browser type alone). */
const KINDS = [
  {
    mime: 'application/pdf',
    exts: ['pdf'],
    label: 'PDF',
    test: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    exts: ['docx'],
    label: 'Word (.docx)',
    test: (b: Buffer) => isZip(b) && zipHas(b, 'word/'),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    exts: ['xlsx'],
    label: 'Excel (.xlsx)',
    test: (b: Buffer) => isZip(b) && zipHas(b, 'xl/'),
  },
  {
    mime: 'application/msword',
    exts: ['doc', 'xls'],
    label: 'Word/Excel 97–2003',
    test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex')),
  },
  {
    mime: 'image/png',
    exts: ['png'],
    label: 'PNG',
    test: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  {
    mime: 'image/jpeg',
    exts: ['jpg', 'jpeg'],
    label: 'JPEG',
    test: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
] as const;

const isZip = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from('504b0304', 'hex'));
/** An OOXML package names its parts in the local file headers: enough to tell Word from Excel. */
const zipHas = (b: Buffer, prefix: string) => b.includes(Buffer.from(prefix, 'latin1'));

export const ACCEPTED_FILES = KINDS.map((k) => k.label).join(', ');

export interface Upload {
  filename: string;
  content: Buffer;
}

/** The multipart file of a request, name normalised; the size cap is the multipart limit. */
export async function uploadedAttachment(req: FastifyRequest): Promise<Upload> {
  const { filename, content } = await uploadedPart(req, 'tệp');
  // The name is stored and shown back: a NUL breaks PostgreSQL, a bidi override disguises the extension.
  if (unsafeTextChar(filename))
    throw new AppError(
      400,
      'unsafe_text',
      `Tên tệp không hợp lệ: ${UNSAFE_TEXT_MESSAGE.toLowerCase()}. Hãy đổi tên tệp rồi tải lên lại.`,
      [{ path: 'file', message: UNSAFE_TEXT_MESSAGE }],
    );
  return { filename: filename.normalize('NFC').replace(/[\\/]/gu, '_').slice(0, 200) || 'tep', content };
}

/** The detected type of a file, or a Vietnamese error naming what was expected. */
export function detectKind(upload: Upload): { mime: string } {
  const ext = upload.filename.toLowerCase().split('.').pop() ?? '';
  if (!upload.content.length)
    throw badRequest('file_empty', 'Tệp rỗng (0 byte).', [{ path: 'file', message: 'Tệp rỗng' }]);
  const kind = KINDS.find((k) => k.test(upload.content));
  if (!kind)
    throw new AppError(
      415,
      'file_type_refused',
      `Tệp "${upload.filename}" không phải là một trong các loại được nhận (${ACCEPTED_FILES}); nội dung tệp không khớp.`,
      [{ path: 'file', message: 'Loại tệp không được nhận' }],
    );
  if (!(kind.exts as readonly string[]).includes(ext))
    throw new AppError(
      415,
      'file_type_mismatch',
      `Tệp "${upload.filename}" có đuôi ".${ext}" nhưng nội dung là ${kind.label}. Hãy đổi tên hoặc chọn đúng tệp.`,
      [{ path: 'file', message: 'Đuôi tệp không khớp nội dung' }],
    );
  return { mime: kind.mime };
}

const view = (r: {
  id: string;
  filename: string;
  mime: string;
  size: number;
  created_at: string;
  uploaded_by: string;
}): AttachmentView => ({
  id: r.id,
  filename: r.filename,
  mime: r.mime,
  size: Number(r.size),
  uploadedAt: r.created_at,
  uploadedBy: r.uploaded_by,
});

/** Stores a checked file with its owner record, in the caller's transaction, audited. */
export async function saveAttachment(
  trx: Transaction<Database>,
  actor: Actor,
  owner: { type: string; id: string },
  upload: Upload,
): Promise<AttachmentView> {
  const { mime } = detectKind(upload);
  const row = {
    id: newId(),
    owner_type: owner.type,
    owner_id: owner.id,
    filename: upload.filename,
    mime,
    size: upload.content.length,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    content: upload.content,
    uploaded_by: actor.name,
    created_at: nowIso(),
  };
  await trx.insertInto('files').values(row).execute();
  await appendAudit(trx, actor, 'file.attached', owner.type, owner.id, null, {
    fileId: row.id,
    filename: row.filename,
    size: row.size,
    sha256: row.sha256,
  });
  return view(row);
}

export async function listAttachments(
  db: Kysely<Database>,
  ownerType: string,
  ownerIds: string[],
): Promise<Map<string, AttachmentView[]>> {
  const out = new Map<string, AttachmentView[]>();
  if (!ownerIds.length) return out;
  const rows = await db
    .selectFrom('files')
    .select(['id', 'owner_id', 'filename', 'mime', 'size', 'created_at', 'uploaded_by'])
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
  for (const r of rows) {
    const list = out.get(r.owner_id) ?? [];
    list.push(view(r));
    out.set(r.owner_id, list);
  }
  return out;
}

export async function fileMeta(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('files')
    .select(['id', 'owner_type', 'owner_id', 'filename', 'mime', 'size'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('tệp đính kèm');
  return row;
}

export async function fileContent(db: Kysely<Database>, id: string): Promise<Buffer> {
  const row = await db.selectFrom('files').select('content').where('id', '=', id).executeTakeFirstOrThrow();
  return Buffer.from(row.content);
}

/** Removes a file from its record (kept in the table with who removed it), audited. */
export async function removeAttachment(trx: Transaction<Database>, actor: Actor, id: string): Promise<void> {
  const row = await trx
    .selectFrom('files')
    .select(['id', 'owner_type', 'owner_id', 'filename'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('tệp đính kèm');
  await trx.updateTable('files').set({ deleted_at: nowIso(), deleted_by: actor.name }).where('id', '=', id).execute();
  await appendAudit(
    trx,
    actor,
    'file.removed',
    row.owner_type,
    row.owner_id,
    { fileId: id, filename: row.filename },
    null,
  );
}

/** Reads the request's file and keeps it with its owner record, in one transaction. */
export async function attachUpload(
  db: Kysely<Database>,
  req: FastifyRequest,
  actor: Actor,
  owner: { type: string; id: string },
): Promise<AttachmentView> {
  const upload = await uploadedAttachment(req);
  return db.transaction().execute((trx) => saveAttachment(trx, actor, owner, upload));
}
