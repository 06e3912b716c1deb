import { createHash, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { agencyOf } from '../../platform/documents/official.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { canSeeDossier } from '../dossiers/policy.ts';
import { getSetting } from '../settings/service.ts';
import type { FormContext } from './common.ts';
import { controlForm } from './control.ts';
import { formDocx } from './docx.ts';
import type { FormDoc } from './model.ts';
import { apologyForm, refusalForm, stopForm, supplementForm } from './notices.ts';
import { formPdf } from './pdf.ts';
import { loadDossierForms } from './queries.ts';
import { lookupUrl, receiptForm } from './receipt.ts';
import type { FormNo } from './wording.ts';

const BUILDERS: Record<FormNo, (c: FormContext) => FormDoc> = {
  '01': receiptForm,
  '02': supplementForm,
  '03': refusalForm,
  '04': apologyForm,
  '05': stopForm,
  '06': controlForm,
};

/** The token printed on the slip matches the dossier's stored hash (sha-256, hex). */
function tokenMatches(token: string, hash: string | null): boolean {
  if (!hash) return false;
  const mine = createHash('sha256').update(token).digest();
  const stored = Buffer.from(hash, 'hex');
  return stored.length === mine.length && timingSafeEqual(mine, stored);
}

export interface FormRequest {
  id: string;
  form: FormNo;
  format: 'docx' | 'pdf';
  /** The public pages' base, e.g. "https://motcua.example.vn". */
  publicBase: string;
  token?: string;
}

/**
 * One official form of a dossier as DOCX or PDF. A dossier the user may not read at the desk is not found
 * (its existence is not disclosed); a form the dossier's history does not call for is a 409 saying why.
 */
export async function renderDossierForm(
  deps: Deps,
  user: RequestUser,
  r: FormRequest,
): Promise<{ filename: string; content: Buffer }> {
  const forms = await loadDossierForms(deps.db.kysely, r.id);
  const tree = await deps.tree.fresh();
  // Whoever may read the dossier at the desk may print its forms (the same rule as the dossier's page).
  if (!forms || !canSeeDossier(user, tree, forms.dossier)) throw notFound('hồ sơ');
  if (r.token && !tokenMatches(r.token, forms.dossier.rating_token_hash))
    throw badRequest('validation_failed', 'Mã đánh giá (token) không khớp với hồ sơ này.', [
      { path: 'token', message: 'Mã đánh giá không khớp với hồ sơ' },
    ]);
  const context: FormContext = {
    forms,
    agency: agencyOf(tree.name(tree.roots()[0]!)),
    orgName: (id) => tree.name(id),
    publicBase: r.publicBase.replace(/\/+$/u, ''),
    ratingToken: r.token,
    classifyBy: await getSetting(deps.db.kysely, 'onestop.classifyBy'),
  };
  if (r.form === '01')
    context.qrPng = await QRCode.toBuffer(lookupUrl(context.publicBase, forms.dossier.code), {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 1,
      width: 360,
    });
  const doc = BUILDERS[r.form](context);
  const content = r.format === 'docx' ? await formDocx(doc) : await formPdf(doc);
  return { filename: `${doc.filename}.${r.format}`, content };
}
