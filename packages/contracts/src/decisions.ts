import { z } from 'zod';
import { listQuery } from './lists.ts';
import { Id, IsoDateTime, Version, longText, text, PlausibleDate, paged } from './common.ts';

const Year = z.coerce.number().int().min(1945).max(2100);

export const DecisionRecipientView = z.object({
  position: z.number().int(),
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  name: z.string(),
  detail: z.string(),
  orgName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  bonus: z.number().int().nullable(),
  awardRecordId: Id.nullable(),
});

export const DecisionSummary = z.object({
  id: Id,
  /** "123/QĐ-SCT". */
  number: z.string(),
  year: z.number().int(),
  signedOn: z.string(),
  signer: z.string(),
  authority: z.string(),
  /** Issued here (numbered by the register) or by a higher level (recorded). */
  level: z.enum(['here', 'higher']),
  /** An award, the revocation of one, an initiative's recognition, or a disciplinary decision. */
  kind: z.enum(['award', 'revocation', 'recognition', 'discipline']),
  summary: z.string(),
  status: z.enum(['issued', 'revoked']),
  recipientCount: z.number().int(),
  totalBonus: z.number().int(),
  /**
   * What the total means: an amount computed from the bonus rules; "theo quy định" for a decision signed
   * before the bonus tables the catalog holds (the rules of the day apply, the amount is not recorded);
   * none where the decision carries no bonus. Never a bare 0 đ.
   */
  bonusNote: z.enum(['amount', 'by_rules', 'none']),
});
/** What the requesting user may do with this decision (the server refuses by the same rules). */
export const DecisionAbilities = z.object({
  revoke: z.boolean(),
  printCertificates: z.boolean(),
});
export const DecisionView = DecisionSummary.extend({
  signerTitle: z.string(),
  legalBasis: z.array(z.string()),
  recipients: z.array(DecisionRecipientView),
  /** The decision this one revokes, or the one that revoked this. */
  revokes: z.object({ id: Id, number: z.string() }).nullable(),
  revokedBy: z.object({ id: Id, number: z.string() }).nullable(),
  proposalIds: z.array(Id),
  abilities: DecisionAbilities,
  createdAt: IsoDateTime,
});
export const DECISION_SORTS = ['signedOn', 'number', 'signer'] as const;
export const DecisionsQuery = listQuery(DECISION_SORTS, '-signedOn', {
  year: Year.optional(),
  level: z.enum(['here', 'higher']).optional(),
});
export const DecisionList = paged(DecisionSummary);

const Drafting = {
  /** Voted dossiers whose approved items the decision confers. */
  proposalIds: z.array(Id).min(1, 'Chọn ít nhất một hồ sơ đã được Hội đồng biểu quyết').max(500),
  summary: text(300, 0).default(''),
  signedOn: PlausibleDate,
  signer: text(120),
  /** "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC". */
  signerTitle: longText(120).default('GIÁM ĐỐC'),
  /** Extra "Căn cứ …" lines; the law and the decree in force are always printed. */
  legalBasis: z.array(text(500)).max(20).default([]),
};
export const DecisionPreviewRequest = z.strictObject(Drafting);
export const DecisionPreview = z.object({
  summary: z.string(),
  legalBasis: z.array(z.string()),
  recipients: z.array(DecisionRecipientView),
  totalBonus: z.number().int(),
  /** What the number will look like ("…/QĐ-SCT"): the number itself is taken only when issuing. */
  symbol: z.string(),
  /** The articles as the decision will word them (the office's template of its kind: Quản trị → Mẫu quyết định). */
  articles: z.array(z.string()),
});
export const IssueDecisionRequest = z.strictObject({
  ...Drafting,
  /** The recipient count of the preview the leader confirmed: a changed list is refused. */
  confirmCount: z.number().int().min(1),
});

/** A decision of a higher level (Chủ tịch UBND tỉnh, Thủ tướng, Chủ tịch nước), recorded as it arrives. */
export const RecordDecisionRequest = z.strictObject({
  proposalId: Id,
  /** The dossier's version as the clerk picked it: a dossier changed since is refused (409). */
  proposalVersion: Version.optional(),
  /** The approved items it confers (default: all items of the dossier). */
  itemIds: z.array(Id).max(2000).optional(),
  number: text(60).refine((v) => /^\d+\/[\p{L}\d-]+$/u.test(v), { message: 'Số quyết định dạng "123/QĐ-UBND"' }),
  signedOn: PlausibleDate,
  signer: text(120),
  authority: text(200),
});

export const RevokeDecisionRequest = z.strictObject({
  reason: text(1000),
  signedOn: PlausibleDate,
  signer: text(120),
  signerTitle: longText(120).default('GIÁM ĐỐC'),
});

/** The largest printer shift a pre-printed form may need; more would push the lowest line off the page. */
export const MAX_PRINT_OFFSET_MM = 15;
const printOffset = z.coerce
  .number()
  .min(-MAX_PRINT_OFFSET_MM, `Độ lệch khi in không được vượt quá ${MAX_PRINT_OFFSET_MM} mm`)
  .max(MAX_PRINT_OFFSET_MM, `Độ lệch khi in không được vượt quá ${MAX_PRINT_OFFSET_MM} mm`)
  .default(0);

export const CertificatesQuery = z.object({
  offsetX: printOffset,
  offsetY: printOffset,
  preprinted: z.enum(['true', 'false']).default('false'),
  /** One recipient only (position in the decision). */
  position: z.coerce.number().int().min(1).optional(),
});
