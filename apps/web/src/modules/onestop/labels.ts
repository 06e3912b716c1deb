import { DOSSIER_STATUSES, DOSSIER_WORKFLOW, labelsOf, type DossierStatus } from '@thidua/domain';
import dayjs from 'dayjs';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import type { DossierQueue } from './types.ts';

/** Tag colours of a dossier's status, in the lists, the header and the timeline. */
export const DOSSIER_STATUS_COLORS: Record<DossierStatus, string> = {
  submitted: 'default',
  accepted: 'cyan',
  refused: 'red',
  in_process: 'blue',
  supplement: 'orange',
  financial: 'gold',
  withdrawn: 'default',
  stopped: 'volcano',
  finished: 'green',
  returned: 'purple',
};

/** The desk's queues, in the order of the tabs ('' is "all"). */
export const QUEUES: readonly { value: DossierQueue | 'all'; label: MessageKey }[] = [
  { value: 'mine', label: 'onestop.queue.mine' },
  { value: 'receipt', label: 'onestop.queue.receipt' },
  { value: 'result', label: 'onestop.queue.result' },
  { value: 'paused', label: 'onestop.queue.paused' },
  { value: 'due_soon', label: 'onestop.queue.dueSoon' },
  { value: 'overdue', label: 'onestop.queue.overdue' },
  { value: 'all', label: 'onestop.queue.all' },
];

/** The forms of §3 a dossier prints, with their titles. */
export const FORMS: readonly { form: string; label: MessageKey }[] = [
  { form: '01', label: 'onestop.form.01' },
  { form: '02', label: 'onestop.form.02' },
  { form: '03', label: 'onestop.form.03' },
  { form: '04', label: 'onestop.form.04' },
  { form: '05', label: 'onestop.form.05' },
  { form: '06', label: 'onestop.form.06' },
];

export function useDossierLabels() {
  const { lang } = useI18n();
  const labels = labelsOf(DOSSIER_WORKFLOW, lang);
  return {
    status: (s: DossierStatus) => labels.state(s),
    action: labels.action,
    statusOptions: DOSSIER_STATUSES.map((s) => ({ value: s, label: labels.state(s) })),
  };
}

/** A due time as the desk reads it: dd/mm/yyyy HH:mm. */
export function formatDue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : iso;
}

/** The document kinds' labels (original, certified copy, either). */
export const KIND_KEYS: Record<'original' | 'copy' | 'either', MessageKey> = {
  original: 'onestop.kind.original',
  copy: 'onestop.kind.copy',
  either: 'onestop.kind.either',
};
