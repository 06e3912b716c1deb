import { ESCALATION_LABELS, INITIATIVE_WORKFLOW, ROUND_WORKFLOW, stateLabels } from '@thidua/domain';
import type { EscalationStatus, InitiativeStatus, RoundStatus } from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';

const ESCALATION_EN: Record<EscalationStatus, string> = {
  proposed: 'Proposed to the provincial council',
  recognised: 'Province-wide effect recognised',
  not_recognised: 'Not recognised province-wide',
};

export const STATUS_COLORS: Record<InitiativeStatus, string> = {
  submitted: 'default',
  in_review: 'processing',
  recognised: 'success',
  not_recognised: 'error',
};
export const ROUND_COLORS: Record<RoundStatus, string> = {
  setup: 'default',
  open: 'processing',
  closed: 'warning',
  decided: 'success',
};

/** Status words of the registry and the rounds, in the interface's language. */
export function useInitiativeLabels() {
  const vi = useI18n().lang === 'vi';
  return {
    // Status words come with the workflows (packages/domain), in both languages.
    status: stateLabels(INITIATIVE_WORKFLOW, vi ? 'vi' : 'en'),
    round: stateLabels(ROUND_WORKFLOW, vi ? 'vi' : 'en'),
    escalation: vi ? ESCALATION_LABELS : ESCALATION_EN,
  };
}

/** 120000000 → "120.000.000 đ". */
export const money = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${new Intl.NumberFormat('vi-VN').format(n)} đ`;
