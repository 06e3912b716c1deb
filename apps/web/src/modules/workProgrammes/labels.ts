import {
  PROGRAMME_STATUSES,
  PROGRAMME_WORKFLOW,
  TASK_STATUSES,
  TASK_WORKFLOW,
  labelsOf,
  type ProgrammeStatus,
  type TaskStatus,
} from '@thidua/domain';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.tsx';

export const PROGRAMME_STATUS_COLORS: Record<ProgrammeStatus, string> = {
  draft: 'default',
  issued: 'processing',
  closed: 'green',
};

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  assigned: 'default',
  in_progress: 'processing',
  extension_requested: 'orange',
  extended: 'purple',
  overdue: 'red',
  done: 'green',
  dropped: 'default',
};

export const PROGRAMME_KINDS = ['year', 'quarter', 'month'] as const;
export const PRIORITIES = ['high', 'normal', 'low'] as const;
export const SOURCE_KINDS = ['decision', 'instruction', 'plan', 'letter', 'other'] as const;

const KIND_KEYS: Record<(typeof PROGRAMME_KINDS)[number], MessageKey> = {
  year: 'wp.kind.year',
  quarter: 'wp.kind.quarter',
  month: 'wp.kind.month',
};
const PRIORITY_KEYS: Record<(typeof PRIORITIES)[number], MessageKey> = {
  high: 'wp.priority.high',
  normal: 'wp.priority.normal',
  low: 'wp.priority.low',
};
const SOURCE_KEYS: Record<(typeof SOURCE_KINDS)[number], MessageKey> = {
  decision: 'wp.source.decision',
  instruction: 'wp.source.instruction',
  plan: 'wp.source.plan',
  letter: 'wp.source.letter',
  other: 'wp.source.other',
};
const CHANGE_KEYS: Record<string, MessageKey> = {
  added: 'wp.change.added',
  edited: 'wp.change.edited',
  moved: 'wp.change.moved',
  dropped: 'wp.change.dropped',
  taken: 'wp.change.taken',
  removed: 'wp.change.removed',
  extended: 'wp.change.extended',
};

const pick =
  <K extends string>(keys: Record<K, MessageKey>, t: (k: MessageKey) => string) =>
  (v: string) =>
    v in keys ? t(keys[v as K]) : v;

/** The module's labels in the interface's language: statuses from the workflows, kinds, priorities, sources. */
export function useWpLabels() {
  const { t, lang } = useI18n();
  const programme = labelsOf(PROGRAMME_WORKFLOW, lang);
  const task = labelsOf(TASK_WORKFLOW, lang);
  return {
    status: (s: string) => programme.state(s),
    taskStatus: (s: string) => task.state(s),
    kind: pick(KIND_KEYS, t),
    priority: pick(PRIORITY_KEYS, t),
    sourceKind: pick(SOURCE_KEYS, t),
    change: (k: string) => (k in CHANGE_KEYS ? t(CHANGE_KEYS[k]!) : k),
    kindOptions: PROGRAMME_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) })),
    statusOptions: PROGRAMME_STATUSES.map((s) => ({ value: s, label: programme.state(s) })),
    taskStatusOptions: TASK_STATUSES.map((s) => ({ value: s, label: task.state(s) })),
    priorityOptions: PRIORITIES.map((p) => ({ value: p, label: t(PRIORITY_KEYS[p]) })),
    sourceOptions: SOURCE_KINDS.map((s) => ({ value: s, label: t(SOURCE_KEYS[s]) })),
  };
}

/** The periods a programme of this kind may have: none for a year, quarters I–IV, months 1–12. */
export function periodOptions(kind: string | undefined, t: Translate) {
  if (kind === 'quarter')
    return [1, 2, 3, 4].map((q) => ({ value: q, label: t('wp.quarterN', { n: ['I', 'II', 'III', 'IV'][q - 1]! }) }));
  if (kind === 'month')
    return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('wp.monthN', { n: i + 1 }) }));
  return [];
}
