import { z } from 'zod';
import { PlausibleDate, safeString } from './common.ts';

const Confidence = z.enum(['V', 'P', 'U']);
export const CitationView = z.object({
  instrument: z.string(),
  article: z.string().nullable(),
  confidence: Confidence,
});

export const CatalogQuery = z.object({
  /** The day whose catalog, rules and base salary apply; today (Vietnam time) when absent. */
  date: PlausibleDate.optional(),
});

/** The catalog's export: the day and the page's filters (kind, group, subject, words of the name, every audience). */
export const CatalogExportQuery = CatalogQuery.extend({
  kind: z.enum(['emulation_title', 'commendation_form']).optional(),
  group: safeString().max(50).optional(),
  subject: z.enum(['individual', 'collective', 'household']).optional(),
  q: safeString().max(200).optional(),
  all: z.enum(['true', 'false']).default('false'),
});

export const CatalogAward = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['emulation_title', 'commendation_form']),
  group: z.string(),
  subjects: z.array(z.enum(['individual', 'collective', 'household'])),
  level: z.string(),
  orderClass: z.number().int().nullable(),
  conferredBy: z.array(z.object({ authority: z.string(), label: z.string() })),
  citation: CitationView,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  confidence: Confidence,
  /** Whom the award is for when not a civilian agency's staff; null when the department may propose it. */
  audience: z.enum(['armed_forces', 'foreigners', 'localities', 'other_sectors']).nullable(),
  /** Bonus for an individual (or the collective for collective titles) on that day; null when the reference gives no figure. */
  bonus: z
    .object({
      multiple: z.number(),
      amount: z.number().int(),
      ceiling: z.boolean(),
      confidence: Confidence,
      fromSettings: z.boolean(),
      citation: CitationView,
    })
    .nullable(),
});

export const Catalog = z.object({
  date: z.string(),
  ruleSet: z.object({ id: z.string(), instrument: z.string(), validFrom: z.string(), validTo: z.string().nullable() }),
  baseSalary: z.object({ amount: z.number().int(), from: z.string(), instrument: z.string(), confidence: Confidence }),
  items: z.array(CatalogAward),
});
export type Catalog = z.infer<typeof Catalog>;
