/** The words of the statistics pages that are data, not sentences: revisions, statuses, severities. */
export const REVISIONS = ['estimate', 'preliminary', 'official'] as const;
export type Revision = (typeof REVISIONS)[number];

const REVISION_WORDS: Record<string, Revision> = {
  'uoc tinh': 'estimate',
  'so bo': 'preliminary',
  'chinh thuc': 'official',
  estimate: 'estimate',
  preliminary: 'preliminary',
  official: 'official',
};

/** "Sơ bộ" / "so bo" / "preliminary" → 'preliminary'; null when the text names no revision. */
export function revisionFromText(text: string): Revision | null {
  const key = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/giu, 'd')
    .trim()
    .toLowerCase();
  return REVISION_WORDS[key] ?? null;
}

/** Tag colours of a submission's status, as the lists and the timeline show them. */
export const SUBMISSION_COLORS: Record<string, string> = {
  none: 'default',
  open: 'blue',
  submitted: 'gold',
  approved: 'cyan',
  accepted: 'green',
};
