import { useMemo } from 'react';
import {
  COMMENDATION_TYPES,
  COMMENDATION_TYPE_LABELS,
  COUNCIL_ROLES,
  COUNCIL_ROLE_LABELS,
  PROPOSAL_STATUSES,
  PROPOSAL_WORKFLOW,
  VOTE_CHOICES,
  VOTE_CHOICE_LABELS,
  actionLabels,
  stateLabels,
  type CommendationType,
  type CouncilRole,
  type ProposalStatus,
  type VoteChoice,
} from '@thidua/domain';
import { useI18n } from '../../i18n/index.tsx';

/** Tag colour per stage: grey drafted, blue in review, gold at the council, green decided, red refused. */
export const PROPOSAL_STATUS_COLORS: Record<ProposalStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'volcano',
  accepted: 'cyan',
  posting: 'geekblue',
  council: 'gold',
  voted: 'purple',
  signing: 'orange',
  forwarded: 'magenta',
  decided: 'green',
  rejected: 'red',
};

const TYPE_EN: Record<CommendationType, string> = {
  periodic: 'Periodic (yearly, per round)',
  thematic: 'Thematic',
  ad_hoc: 'Ad hoc',
  tenure: 'Lifetime contribution',
  seniority: 'Seniority',
  foreign: 'Foreign relations',
};
const CHOICE_EN: Record<VoteChoice, string> = { agree: 'Agree', disagree: 'Disagree', abstain: 'Abstain' };
const ROLE_EN: Record<CouncilRole, string> = {
  chair: 'Chair',
  vice_chair: 'Vice chair',
  standing: 'Standing member',
  member: 'Member',
  secretary: 'Secretary',
};

function options<T extends string>(codes: readonly T[], labels: Record<T, string>) {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** Labels of the proposal, council and vote enums in the current language. */
export function useProposalLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    const vi = lang === 'vi';
    // Status and step words come with the workflow (packages/domain), in both languages.
    const status = stateLabels(PROPOSAL_WORKFLOW, lang);
    const commendationType = vi ? COMMENDATION_TYPE_LABELS : TYPE_EN;
    const choice = vi ? VOTE_CHOICE_LABELS : CHOICE_EN;
    const councilRole = vi ? COUNCIL_ROLE_LABELS : ROLE_EN;
    const action = actionLabels(PROPOSAL_WORKFLOW, lang);
    return {
      status,
      action,
      commendationType,
      choice,
      councilRole,
      statusOptions: options(PROPOSAL_STATUSES, status),
      commendationTypeOptions: options(COMMENDATION_TYPES, commendationType),
      choiceOptions: options(VOTE_CHOICES, choice),
      councilRoleOptions: options(COUNCIL_ROLES, councilRole),
    };
  }, [lang]);
}
