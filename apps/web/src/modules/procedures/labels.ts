import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  ONLINE_LEVELS,
  ONLINE_LEVEL_LABELS,
  PROCEDURE_FIELDS,
  PROCEDURE_FIELD_LABELS,
  PROCEDURE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_STATUSES,
  PROCEDURE_VERSION_STATUS_LABELS,
  PROCEDURE_WORKFLOW,
  labelsOf,
  type ProcedureVersionStatus,
} from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { TimeUnit } from './types.ts';

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  published: 'green',
  abolished: 'red',
  superseded: 'orange',
};

export const TIME_UNITS: TimeUnit[] = ['working_days', 'calendar_days', 'working_hours'];
const UNIT_VI: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
};
const UNIT_EN: Record<TimeUnit, string> = {
  working_days: 'working days',
  calendar_days: 'calendar days',
  working_hours: 'working hours',
};

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((value) => ({ value, label: labels[value] }));

/** The catalog's words (fields, levels, online levels, statuses, time units) in the interface's language. */
export function useProcedureLabels() {
  const { lang } = useI18n();
  const units = lang === 'en' ? UNIT_EN : UNIT_VI;
  const workflow = labelsOf(PROCEDURE_WORKFLOW, lang);
  const status = (s: string) => workflow.state(s);
  const versionStatus = (s: string) =>
    s === 'draft' || s === 'abolished'
      ? workflow.state(s)
      : lang === 'en'
        ? s === 'published'
          ? 'In force'
          : 'Superseded'
        : (PROCEDURE_VERSION_STATUS_LABELS[s as ProcedureVersionStatus] ?? s);
  return {
    fieldOptions: options(PROCEDURE_FIELDS, PROCEDURE_FIELD_LABELS),
    field: (f: string) => PROCEDURE_FIELD_LABELS[f as keyof typeof PROCEDURE_FIELD_LABELS] ?? f,
    levelOptions: options(PROCEDURE_LEVELS, PROCEDURE_LEVEL_LABELS),
    level: (l: string) => PROCEDURE_LEVEL_LABELS[l as keyof typeof PROCEDURE_LEVEL_LABELS] ?? l,
    onlineOptions: options(ONLINE_LEVELS, ONLINE_LEVEL_LABELS),
    online: (o: string) => ONLINE_LEVEL_LABELS[o as keyof typeof ONLINE_LEVEL_LABELS] ?? o,
    documentKindOptions: options(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS),
    documentKind: (k: string) => DOCUMENT_KIND_LABELS[k as keyof typeof DOCUMENT_KIND_LABELS] ?? k,
    statusOptions: PROCEDURE_STATUSES.map((value) => ({ value, label: status(value) })),
    status,
    versionStatus,
    unitOptions: TIME_UNITS.map((value) => ({ value, label: units[value] })),
    /** 15, working_days → "15 ngày làm việc". */
    time: (amount: number | null | undefined, unit: TimeUnit | null | undefined) =>
      amount === null || amount === undefined || !unit ? '' : `${formatNumber(amount)} ${units[unit]}`,
  };
}

/** "Trực tuyến toàn trình" as a short tag. */
export const ONLINE_COLORS: Record<string, string> = { full: 'blue', partial: 'cyan', none: 'default' };

/**
 * The catalog's "Bước tiếp theo" from the workflow's declaration of the status (the procedure's page carries
 * no server-worded step): the turn is the user's when he may take a step now.
 */
export function nextStepOf(status: string, mine: boolean) {
  const next = (
    PROCEDURE_WORKFLOW.states as Record<string, { next?: { actor: string | null; text: string; textEn: string } }>
  )[status]?.next;
  return next ? { actor: next.actor, text: next.text, textEn: next.textEn, mine: mine && next.actor !== null } : null;
}
