import { check, startsFrom, stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A proposal dossier's life (reference §4): one status, the last of an
 * append-only list of transitions. Awards decided here end in a decision of
 * the Director; awards decided higher up are forwarded and end when the higher
 * level's decision is recorded.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'posting',
  'council',
  'voted',
  'forwarded',
  'decided',
  'rejected',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_ACTIONS = [
  'submit',
  'return',
  'accept',
  'post',
  'to_council',
  'close_vote',
  'forward',
  'decide',
  'reject',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** Who takes an action: the proposing unit, the emulation office, the council's session, or the leader. */
export type ProposalActor = 'unit' | 'office' | 'council' | 'leader';

/** What the guards read: the end of the public posting and today (Asia/Ho_Chi_Minh). */
export interface ProposalStepContext {
  postingEndsOn?: string | null;
  today?: string;
}

const postingOver = (status: ProposalStatus, ctx: ProposalStepContext) =>
  status === 'posting' && ctx.postingEndsOn && ctx.today && ctx.today <= ctx.postingEndsOn
    ? `Danh sách đang được công khai đến hết ngày ${ctx.postingEndsOn.split('-').reverse().join('/')}: chưa thể trình Hội đồng.`
    : null;

export const PROPOSAL_WORKFLOW: WorkflowDef<ProposalStatus, ProposalAction, ProposalActor, ProposalStepContext> = {
  entity: 'proposal',
  initial: 'draft',
  states: {
    draft: { label: 'Đang soạn', labelEn: 'Being drafted' },
    submitted: { label: 'Đã gửi', labelEn: 'Submitted' },
    returned: { label: 'Trả lại để bổ sung', labelEn: 'Returned for completion' },
    accepted: { label: 'Đã tiếp nhận', labelEn: 'Accepted' },
    posting: { label: 'Đang công khai', labelEn: 'Publicly posted' },
    council: { label: 'Chờ Hội đồng xét', labelEn: 'Awaiting the council' },
    voted: { label: 'Hội đồng đã biểu quyết', labelEn: 'Voted by the council' },
    forwarded: { label: 'Đã trình cấp trên', labelEn: 'Forwarded to a higher level' },
    decided: { label: 'Đã có quyết định', labelEn: 'Decided', terminal: true },
    rejected: { label: 'Không khen thưởng', labelEn: 'Not awarded', terminal: true },
  },
  actions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'submitted',
      by: ['unit'],
      label: 'Gửi hồ sơ',
      labelEn: 'Submit the dossier',
    },
    return: {
      from: 'submitted',
      to: 'returned',
      by: ['office'],
      label: 'Trả lại để bổ sung',
      labelEn: 'Return for completion',
      reasonRequired: true,
    },
    accept: {
      from: 'submitted',
      to: 'accepted',
      by: ['office'],
      label: 'Tiếp nhận hồ sơ',
      labelEn: 'Accept the dossier',
    },
    post: {
      from: 'accepted',
      to: 'posting',
      by: ['office'],
      label: 'Công khai danh sách',
      labelEn: 'Post the list publicly',
    },
    to_council: {
      from: ['accepted', 'posting'],
      to: 'council',
      by: ['office'],
      label: 'Trình Hội đồng',
      labelEn: 'Send to the council',
      guards: [postingOver],
    },
    close_vote: {
      from: 'council',
      to: 'voted',
      by: ['council'],
      label: 'Ghi nhận kết quả biểu quyết',
      labelEn: 'Record the vote',
    },
    forward: {
      from: 'voted',
      to: 'forwarded',
      by: ['office'],
      label: 'Trình cấp trên',
      labelEn: 'Forward to a higher level',
    },
    decide: {
      from: ['voted', 'forwarded'],
      to: 'decided',
      by: ['leader'],
      label: 'Ban hành quyết định',
      labelEn: 'Issue the decision',
    },
    reject: {
      from: ['submitted', 'accepted', 'posting', 'voted', 'forwarded'],
      to: 'rejected',
      by: ['office'],
      label: 'Không khen thưởng',
      labelEn: 'Do not award',
      reasonRequired: true,
    },
  },
  wrongState: (action, current, allowed) =>
    `Không thể "${action}" khi hồ sơ đang "${current}" (chỉ khi hồ sơ ở trạng thái ${allowed.map((s) => `"${s}"`).join(', ')}).`,
};

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = stateLabels(PROPOSAL_WORKFLOW);

interface Rule {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  by: ProposalActor;
  label: string;
  needsReason?: boolean;
}

/** Each action's start, end, actor and label, read from the workflow. */
export const PROPOSAL_TRANSITIONS = Object.fromEntries(
  PROPOSAL_ACTIONS.map((a) => {
    const d = PROPOSAL_WORKFLOW.actions[a];
    const rule: Rule = { from: startsFrom(PROPOSAL_WORKFLOW, a), to: d.to, by: d.by[0]!, label: d.label };
    if (d.reasonRequired) rule.needsReason = true;
    return [a, rule];
  }),
) as Record<ProposalAction, Rule>;

export type ProposalCheck = { ok: true; to: ProposalStatus } | { ok: false; reason: string };

/** Whether the action is open from the status (and, for posting, whether the posting has run its time). */
export function checkProposalTransition(
  status: ProposalStatus,
  action: ProposalAction,
  ctx: ProposalStepContext & { reason?: string } = {},
): ProposalCheck {
  const c = check(PROPOSAL_WORKFLOW, status, action, null, ctx);
  return c.ok ? c : { ok: false, reason: c.reason };
}

export function proposalActions(status: ProposalStatus, actor: ProposalActor): ProposalAction[] {
  // The posting guard is judged when the step is taken: the button shows, the refusal says until when.
  return PROPOSAL_ACTIONS.filter((a) => {
    const c = check(PROPOSAL_WORKFLOW, status, a, { kinds: [actor] }, { reason: 'x' });
    return c.ok || c.code === 'guard';
  });
}

/** Items can be changed by the unit only while it holds the dossier. */
export const isEditable = (status: ProposalStatus) => status === 'draft' || status === 'returned';

/** Awards whose candidates must be posted publicly before the council (Huân chương, State honorary titles: §4.3). */
export function needsPublicPosting(award: { group: string }): boolean {
  return award.group === 'order' || award.group === 'honorary_title';
}

/**
 * Whether the department's Director decides the award (Law Art 80: LĐTT,
 * CSTĐCS, TT LĐTT, Giấy khen); every other award is forwarded to the level that does.
 */
export function decidedHere(award: { conferredBy: readonly { authority: string }[] }): boolean {
  return award.conferredBy.some((c) => c.authority === 'department_director');
}
