import { z } from 'zod';
import {
  DECISION_WORDING_KINDS,
  WORDING_FIELDS,
  WORDING_FIELD_LABELS,
  WORDING_PLACEHOLDERS,
  unknownPlaceholders,
  type WordingField,
} from '@thidua/domain';
import { text } from './common.ts';

/** The wording of decisions the emulation office edits (Quản trị → Mẫu quyết định). */

export const DecisionWordingKind = z.enum(DECISION_WORDING_KINDS);

/** One field of a template: single-line text, its placeholders all known ones. */
const field = (name: WordingField) =>
  text(1000, 1, WORDING_FIELD_LABELS[name]).superRefine((v, ctx) => {
    const unknown = unknownPlaceholders(v);
    if (unknown.length)
      ctx.addIssue({
        code: 'custom',
        message: `${WORDING_FIELD_LABELS[name]}: không có chỗ điền ${unknown.join(', ')}; chỉ dùng ${Object.keys(
          WORDING_PLACEHOLDERS,
        )
          .map((p) => `{${p}}`)
          .join(', ')}`,
      });
  });

export const DecisionWordingBody = z.strictObject(
  Object.fromEntries(WORDING_FIELDS.map((f) => [f, field(f)])) as Record<WordingField, ReturnType<typeof field>>,
);

export const DecisionTemplateView = z.object({
  kind: DecisionWordingKind,
  label: z.string(),
  body: z.record(z.string(), z.string()),
  default: z.record(z.string(), z.string()),
  isDefault: z.boolean(),
  /** 0 while the built-in wording applies; each save is a new version, kept. */
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const DecisionTemplateList = z.object({
  items: z.array(DecisionTemplateView),
  fields: z.array(z.object({ key: z.string(), label: z.string() })),
  placeholders: z.array(z.object({ name: z.string(), help: z.string() })),
  /** The Director in office (the root unit's working "Giám đốc"), to pre-fill a decision's signer. */
  signer: z.object({ name: z.string(), title: z.string() }).nullable(),
});

export const SaveDecisionTemplateRequest = z.strictObject({
  body: DecisionWordingBody,
  /** The version read (0 while the default applies): a template saved since is refused. */
  version: z.number().int().min(0),
});
