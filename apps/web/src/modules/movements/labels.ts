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
  MOVEMENT_KINDS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUSES,
  MOVEMENT_WORKFLOW,
  PERIOD_KINDS,
  PERIOD_KIND_LABELS,
  actionLabels,
  findAward,
  periodLabel,
  stateLabels,
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
    // Stage and step words come with the workflow (packages/domain), in both languages.
    const status = stateLabels(MOVEMENT_WORKFLOW, lang);
    const kind = vi ? MOVEMENT_KIND_LABELS : KIND_EN;
    const launchLevel = vi ? LAUNCH_LEVEL_LABELS : LEVEL_EN;
    const periodKind = vi ? PERIOD_KIND_LABELS : PERIOD_EN;
    const blocKind = vi ? BLOC_KIND_LABELS : BLOC_KIND_EN;
    const organiser = vi ? BLOC_ORGANISER_LABELS : ORGANISER_EN;
    const blocRole = vi ? BLOC_ROLE_LABELS : ROLE_EN;
    const action = actionLabels(MOVEMENT_WORKFLOW, lang);
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
