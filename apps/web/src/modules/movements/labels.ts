import { useMemo } from 'react';
import {
  BLOC_KINDS,
  BLOC_KIND_LABELS,
  BLOC_ORGANISERS,
  BLOC_ORGANISER_LABELS,
  BLOC_ROLES,
  BLOC_ROLE_LABELS,
  LAUNCH_LEVELS,
  LAUNCH_LEVEL_LABELS,
  MOVEMENT_ACTIONS,
  MOVEMENT_KINDS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUSES,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_TRANSITIONS,
  PERIOD_KINDS,
  PERIOD_KIND_LABELS,
  findAward,
  periodLabel,
  type MovementAction,
  type MovementStatus,
  type PeriodKind,
} from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';

/** Tag colour of each stage: grey while drafted, blue/cyan while running, gold for reviews, green when closed. */
export const STATUS_COLORS: Record<MovementStatus, string> = {
  draft: 'default',
  launched: 'blue',
  in_progress: 'cyan',
  interim_review: 'gold',
  final_review: 'orange',
  closed: 'green',
};

const STATUS_EN: Record<MovementStatus, string> = {
  draft: 'Being drafted',
  launched: 'Launched',
  in_progress: 'In progress',
  interim_review: 'Interim review',
  final_review: 'Final review',
  closed: 'Closed',
};
const ACTION_EN: Record<MovementAction, string> = {
  launch: 'Launch',
  start: 'Start',
  interim: 'Interim review',
  resume: 'Resume after interim review',
  final: 'Final review',
  close: 'Close the movement',
};
const KIND_EN = { regular: 'Regular', thematic: 'Thematic' } as const;
const LEVEL_EN = {
  national: 'National',
  ministry: 'Ministry of Industry and Trade',
  province: 'Province',
  department: 'Department',
  unit: 'Unit',
} as const;
const PERIOD_EN = { month: 'Month', quarter: 'Quarter', year: 'Year' } as const;
const BLOC_KIND_EN = { bloc: 'Emulation bloc', cluster: 'Emulation cluster' } as const;
const ORGANISER_EN = {
  province: 'Provincial emulation council',
  ministry: 'Ministry of Industry and Trade',
  department: 'Department of Industry and Trade',
} as const;
const ROLE_EN = { leader: 'Leader', deputy: 'Deputy leader', member: 'Member' } as const;

function options<T extends string>(codes: readonly T[], labels: Record<T, string>) {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** "2026-Q2" → "Quarter II/2026" in English (the domain gives the Vietnamese). */
function periodLabelEn(kind: PeriodKind, key: string): string {
  const vi = periodLabel(kind, key);
  return vi
    .replace(/^Tháng/u, 'Month')
    .replace(/^Quý/u, 'Quarter')
    .replace(/^Năm/u, 'Year');
}

/** Labels of the movement and bloc enums in the current language. */
export function useMovementLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    const vi = lang === 'vi';
    const status = vi ? MOVEMENT_STATUS_LABELS : STATUS_EN;
    const kind = vi ? MOVEMENT_KIND_LABELS : KIND_EN;
    const launchLevel = vi ? LAUNCH_LEVEL_LABELS : LEVEL_EN;
    const periodKind = vi ? PERIOD_KIND_LABELS : PERIOD_EN;
    const blocKind = vi ? BLOC_KIND_LABELS : BLOC_KIND_EN;
    const organiser = vi ? BLOC_ORGANISER_LABELS : ORGANISER_EN;
    const blocRole = vi ? BLOC_ROLE_LABELS : ROLE_EN;
    const action = Object.fromEntries(
      MOVEMENT_ACTIONS.map((a) => [a, vi ? MOVEMENT_TRANSITIONS[a].label : ACTION_EN[a]]),
    ) as Record<MovementAction, string>;
    return {
      status,
      kind,
      launchLevel,
      periodKind,
      blocKind,
      organiser,
      blocRole,
      action,
      period: (k: PeriodKind, key: string) => (vi ? periodLabel(k, key) : periodLabelEn(k, key)),
      award: (code: string) => findAward(code)?.name ?? code,
      statusOptions: options(MOVEMENT_STATUSES, status),
      kindOptions: options(MOVEMENT_KINDS, kind),
      launchLevelOptions: options(LAUNCH_LEVELS, launchLevel),
      periodKindOptions: options(PERIOD_KINDS, periodKind),
      blocKindOptions: options(BLOC_KINDS, blocKind),
      organiserOptions: options(BLOC_ORGANISERS, organiser),
      blocRoleOptions: options(BLOC_ROLES, blocRole),
    };
  }, [lang]);
}
