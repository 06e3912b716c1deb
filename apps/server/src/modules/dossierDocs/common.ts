import { conflict } from '../../platform/errors.ts';
import { titleCase } from '../../platform/documents/official.ts';
import type { FormBlock, FormHead } from './model.ts';
import type { DossierForms, FormTransition } from './queries.ts';
import { FORMS, type FormNo, vnIsoDate } from './wording.ts';

/** What every form builder receives besides the dossier's records. */
export interface FormContext {
  forms: DossierForms;
  /** The department's heading (from the root of the organisation tree). */
  agency: { agency: string; parentAgency: string; place: string };
  /** Organisation names by id. */
  orgName: (id: string) => string;
  /** "https://…" without a trailing slash: the public pages' base. */
  publicBase: string;
  /** The rating token printed once on the slip, when the caller passed it. */
  ratingToken?: string;
  classifyBy: 'date' | 'instant';
  /** The QR code of the public lookup (form 01). */
  qrPng?: Buffer;
}

export const DESK = 'Bộ phận Tiếp nhận và Trả kết quả';

/** "Sở Công Thương": the agency as running text names it. */
export const agencyText = (c: FormContext): string => titleCase(c.agency.agency);

/** The steps that issue a form more than once over a dossier's life (forms 01 and 06 are one per dossier). */
const ISSUED_BY: Partial<Record<FormNo, readonly string[]>> = {
  '02': ['request_completion', 'request_supplement'],
  '03': ['refuse'],
  '04': ['apologise'],
  '05': ['stop'],
};

/**
 * "Số: …" of a form: the dossier's receipt day and running number from its code (yyMMdd-NNNN of §3.3; the
 * agency identifier is the heading above it), so the paper leads back to the dossier and a re-print keeps its
 * number; a form the dossier has had before (a second supplement request, a second apology) adds which one
 * (…-0002.2). A code not in that shape is used whole.
 */
export function formNumber(code: string, occurrence = 1): string {
  const m = /-(\d{6})-(\d{1,6})$/u.exec(code);
  const base = m ? `${m[1]}-${m[2]}` : code;
  return occurrence > 1 ? `${base}.${occurrence}` : base;
}

export function headOf(c: FormContext, form: FormNo, atIso: string, desk: boolean, step?: FormTransition): FormHead {
  const actions = ISSUED_BY[form];
  const occurrence =
    step && actions
      ? c.forms.transitions.filter((x) => x.action && actions.includes(x.action) && x.seq <= step.seq).length
      : 1;
  return {
    parentAgency: c.agency.parentAgency,
    agency: c.agency.agency,
    unit: desk ? DESK : undefined,
    number: formNumber(c.forms.dossier.code, occurrence),
    symbol: FORMS[form].symbol,
    place: c.agency.place,
    date: vnIsoDate(atIso),
  };
}

/** The latest step of one of these actions, or a 409 saying why the form does not apply. */
export function lastStepOf(c: FormContext, actions: readonly string[], why: string): FormTransition {
  const t = c.forms.transitions.filter((x) => x.action && actions.includes(x.action)).at(-1);
  if (!t) throw conflict('form_not_applicable', why);
  return t;
}

/** Who took a step, by the user's current display name when known. */
export const actorOf = (c: FormContext, t: FormTransition | undefined): string =>
  t ? ((t.actorId && c.forms.userNames.get(t.actorId)) ?? t.actorName) : '';

const p = (text: FormBlock & { kind: 'p' }): FormBlock => text;

/** The applicant and the request, as every form lists them. */
export function applicantLines(c: FormContext, lead: string): FormBlock[] {
  const d = c.forms.dossier;
  const idLabel = d.applicant_kind === 'enterprise' ? 'Mã số doanh nghiệp/mã số thuế' : 'Số định danh cá nhân';
  const out: FormBlock[] = [p({ kind: 'p', text: [{ text: `${lead} ` }, { text: d.applicant_name, bold: true }] })];
  if (d.applicant_id_no) out.push(p({ kind: 'p', text: `${idLabel}: ${d.applicant_id_no}` }));
  if (d.applicant_address) out.push(p({ kind: 'p', text: `Địa chỉ: ${d.applicant_address}` }));
  const contact = [
    d.applicant_phone ? `Số điện thoại: ${d.applicant_phone}` : '',
    d.applicant_email ? `Email: ${d.applicant_email}` : '',
  ].filter(Boolean);
  if (contact.length) out.push(p({ kind: 'p', text: contact.join('; ') }));
  out.push(requestLine(c));
  return out;
}

export function requestLine(c: FormContext): Extract<FormBlock, { kind: 'p' }> {
  const pr = c.forms.procedure;
  return {
    kind: 'p',
    text: [
      { text: 'Nội dung yêu cầu giải quyết: ' },
      { text: c.forms.version.name || pr.name, bold: true },
      { text: ` (mã thủ tục ${pr.code}).` },
    ],
  };
}

export const codeSubtitle = (c: FormContext) => [[{ text: 'Mã hồ sơ: ' }, { text: c.forms.dossier.code, bold: true }]];

export const fileName = (form: FormNo, code: string) => `${FORMS[form].file} ${code}`;
