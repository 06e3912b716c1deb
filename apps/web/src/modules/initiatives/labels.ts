import { ESCALATION_LABELS, INITIATIVE_STATUS_LABELS, ROUND_STATUS_LABELS } from '@thidua/domain';
import type { EscalationStatus, InitiativeStatus, RoundStatus } from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';

const STATUS_EN: Record<InitiativeStatus, string> = {
  submitted: 'Submitted',
  in_review: 'Under review',
  recognised: 'Recognised',
  not_recognised: 'Not recognised',
};
const ROUND_EN: Record<RoundStatus, string> = {
  setup: 'Being prepared',
  open: 'Scoring',
  closed: 'Scoring closed',
  decided: 'Decided',
};
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
    status: vi ? INITIATIVE_STATUS_LABELS : STATUS_EN,
    round: vi ? ROUND_STATUS_LABELS : ROUND_EN,
    escalation: vi ? ESCALATION_LABELS : ESCALATION_EN,
  };
}

/** 120000000 → "120.000.000 đ". */
export const money = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${new Intl.NumberFormat('vi-VN').format(n)} đ`;
