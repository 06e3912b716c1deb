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

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Trả lại để bổ sung',
  accepted: 'Đã tiếp nhận',
  posting: 'Đang công khai',
  council: 'Chờ Hội đồng xét',
  voted: 'Hội đồng đã biểu quyết',
  forwarded: 'Đã trình cấp trên',
  decided: 'Đã có quyết định',
  rejected: 'Không khen thưởng',
};

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

interface Rule {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  by: ProposalActor;
  label: string;
  needsReason?: boolean;
}

export const PROPOSAL_TRANSITIONS: Record<ProposalAction, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'unit', label: 'Gửi hồ sơ' },
  return: { from: ['submitted'], to: 'returned', by: 'office', label: 'Trả lại để bổ sung', needsReason: true },
  accept: { from: ['submitted'], to: 'accepted', by: 'office', label: 'Tiếp nhận hồ sơ' },
  post: { from: ['accepted'], to: 'posting', by: 'office', label: 'Công khai danh sách' },
  to_council: { from: ['accepted', 'posting'], to: 'council', by: 'office', label: 'Trình Hội đồng' },
  close_vote: { from: ['council'], to: 'voted', by: 'council', label: 'Ghi nhận kết quả biểu quyết' },
  forward: { from: ['voted'], to: 'forwarded', by: 'office', label: 'Trình cấp trên' },
  decide: { from: ['voted', 'forwarded'], to: 'decided', by: 'leader', label: 'Ban hành quyết định' },
  reject: {
    from: ['submitted', 'accepted', 'posting', 'voted', 'forwarded'],
    to: 'rejected',
    by: 'office',
    label: 'Không khen thưởng',
    needsReason: true,
  },
};

export type ProposalCheck = { ok: true; to: ProposalStatus } | { ok: false; reason: string };

/** Whether the action is open from the status (and, for posting, whether the posting has run its time). */
export function checkProposalTransition(
  status: ProposalStatus,
  action: ProposalAction,
  ctx: { reason?: string; postingEndsOn?: string | null; today?: string } = {},
): ProposalCheck {
  const rule = PROPOSAL_TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    const allowed = rule.from.map((s) => `"${PROPOSAL_STATUS_LABELS[s]}"`).join(', ');
    return {
      ok: false,
      reason: `Không thể "${rule.label}" khi hồ sơ đang "${PROPOSAL_STATUS_LABELS[status]}" (chỉ khi hồ sơ ở trạng thái ${allowed}).`,
    };
  }
  if (rule.needsReason && !ctx.reason?.trim()) return { ok: false, reason: `"${rule.label}" cần ghi rõ lý do.` };
  if (
    action === 'to_council' &&
    status === 'posting' &&
    ctx.postingEndsOn &&
    ctx.today &&
    ctx.today <= ctx.postingEndsOn
  )
    return {
      ok: false,
      reason: `Danh sách đang được công khai đến hết ngày ${ctx.postingEndsOn.split('-').reverse().join('/')}: chưa thể trình Hội đồng.`,
    };
  return { ok: true, to: rule.to };
}

export function proposalActions(status: ProposalStatus, actor: ProposalActor): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter(
    (a) => PROPOSAL_TRANSITIONS[a].by === actor && PROPOSAL_TRANSITIONS[a].from.includes(status),
  );
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
