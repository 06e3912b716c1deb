import {
  SCORECARD_KINDS,
  SCORECARD_STATUSES,
  SCORECARD_WORKFLOW,
  SHEET_WORKFLOW,
  TIE_BREAK_LABELS,
  labelsOf,
  type ScorecardStatus,
  type SheetStatus,
} from '@thidua/domain';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

export const SCORECARD_STATUS_COLORS: Record<ScorecardStatus, string> = {
  open: 'processing',
  appraisal: 'orange',
  ranked: 'purple',
  published: 'green',
};

export const SHEET_STATUS_COLORS: Record<SheetStatus, string> = {
  self_assessment: 'default',
  submitted: 'blue',
  explanation: 'orange',
  explained: 'gold',
  appraised: 'cyan',
  final: 'green',
};

const TIE_BREAK_EN: Record<keyof typeof TIE_BREAK_LABELS, string> = {
  field_order: "The fields' points in the template's order",
  fewer_penalty: 'Fewer penalty points',
  smaller_reduction: 'A smaller reduction by the appraisal',
  higher_self: 'A higher self-assessment',
};

const KIND_KEYS: Record<(typeof SCORECARD_KINDS)[number], MessageKey> = {
  bloc: 'sc.kind.bloc',
  par: 'sc.kind.par',
};

/** The areas' labels in the interface's language: statuses from the workflows, kinds, tie-break rules. */
export function useScorecardLabels() {
  const { t, lang } = useI18n();
  const cycle = labelsOf(SCORECARD_WORKFLOW, lang);
  const sheet = labelsOf(SHEET_WORKFLOW, lang);
  return {
    status: (s: string) => cycle.state(s),
    sheetStatus: (s: string) => sheet.state(s),
    kind: (k: string) => (k in KIND_KEYS ? t(KIND_KEYS[k as keyof typeof KIND_KEYS]) : k),
    kindOptions: SCORECARD_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) })),
    statusOptions: SCORECARD_STATUSES.map((s) => ({ value: s, label: cycle.state(s) })),
    /** A tie-break key as the office reads it (the server may answer a key or a sentence). */
    tieBreak: (key: string) =>
      key in TIE_BREAK_LABELS
        ? (lang === 'en' ? TIE_BREAK_EN : TIE_BREAK_LABELS)[key as keyof typeof TIE_BREAK_LABELS]
        : key,
  };
}

/** Actions in the order given (the first is drawn as the main button); unknown ones after, as the server sent them. */
export function byPreference(actions: readonly string[], order: readonly string[]): string[] {
  const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
  return [...actions].sort((a, b) => rank(a) - rank(b));
}
