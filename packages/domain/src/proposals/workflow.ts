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
  'signing',
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
  'submit_decision',
  'forward',
  'decide',
  'reject',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** Who takes an action: the proposing unit, the emulation office, the council's session, or the leader. */
export type ProposalActor = 'unit' | 'office' | 'council' | 'leader';

/**
 * What the guards and the next-step line read: the end of the public posting
 * and today (Asia/Ho_Chi_Minh), whether any item must be posted, whether the
 * Director decides every item, and the open council session the dossier is on.
 */
export interface ProposalStepContext {
  postingEndsOn?: string | null;
  today?: string;
  /** False when no item's award needs a public posting (only orders and State honorary titles do, §4.3). */
  needsPosting?: boolean;
  /** Why a posting cannot start today (the working-day calendar of its year is not configured); null when it can. */
  postingBlocked?: string | null;
  decidedHere?: boolean;
  /** Whether any item the council approved is the Director's to decide (false: nothing for his decision). */
  decidableHere?: boolean;
  session?: { title: string; heldOn: string } | null;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const postingOver = (status: ProposalStatus, ctx: ProposalStepContext) =>
  status === 'posting' && ctx.postingEndsOn && ctx.today && ctx.today <= ctx.postingEndsOn
    ? `Danh sách đang được công khai đến hết ngày ${vnDate(ctx.postingEndsOn)}: chưa thể trình Hội đồng.`
    : null;

const postingNeeded = (_: ProposalStatus, ctx: ProposalStepContext) =>
  ctx.needsPosting === false
    ? 'Chưa thể công khai: hồ sơ không có hình thức khen thưởng nào phải công khai trước khi trình Hội đồng (chỉ Huân chương và danh hiệu vinh dự Nhà nước phải công khai).'
    : ctx.postingBlocked
      ? `Chưa thể công khai: ${ctx.postingBlocked}`
      : null;

const somethingToDecide = (status: ProposalStatus, ctx: ProposalStepContext) =>
  (status === 'voted' || status === 'signing') && ctx.decidableHere === false
    ? 'Chưa thể trình ký: hồ sơ không có đề nghị nào được Hội đồng thông qua thuộc thẩm quyền của Giám đốc Sở.'
    : null;

const OFFICE_NAME = 'Phòng Thi đua – Khen thưởng';
const step = (actor: string | null, text: string, textEn: string, notify = false) => ({
  actor,
  text,
  textEn,
  ...(notify ? { notify } : {}),
});

export const PROPOSAL_WORKFLOW: WorkflowDef<ProposalStatus, ProposalAction, ProposalActor, ProposalStepContext> = {
  entity: 'proposal',
  initial: 'draft',
  states: {
    draft: {
      label: 'Đang soạn',
      labelEn: 'Being drafted',
      next: step('unit', 'Đơn vị: hoàn thiện và gửi hồ sơ đề nghị.', 'The unit: complete and submit the dossier.'),
    },
    submitted: {
      label: 'Đã gửi',
      labelEn: 'Submitted',
      next: step(
        'office',
        `${OFFICE_NAME}: kiểm tra hồ sơ, tiếp nhận hoặc trả lại để bổ sung.`,
        'The emulation office: check the dossier, accept it or return it for completion.',
        true,
      ),
    },
    returned: {
      label: 'Trả lại để bổ sung',
      labelEn: 'Returned for completion',
      next: step(
        'unit',
        'Đơn vị: bổ sung theo yêu cầu và gửi lại hồ sơ.',
        'The unit: supplement what was asked and submit again.',
        true,
      ),
    },
    accepted: {
      label: 'Đã tiếp nhận',
      labelEn: 'Accepted',
      next: (ctx) =>
        ctx.needsPosting
          ? step(
              'office',
              `${OFFICE_NAME}: công khai danh sách đề nghị trước khi trình Hội đồng TĐKT.`,
              'The emulation office: post the list publicly before sending it to the council.',
            )
          : step(
              'office',
              `${OFFICE_NAME}: trình Hội đồng Thi đua – Khen thưởng xét.`,
              'The emulation office: send the dossier to the council.',
            ),
      inform: ['unit'],
    },
    posting: {
      label: 'Đang công khai',
      labelEn: 'Publicly posted',
      next: (ctx) =>
        ctx.postingEndsOn
          ? step(
              'office',
              `${OFFICE_NAME}: trình Hội đồng TĐKT sau khi hết thời gian công khai (đến hết ngày ${vnDate(ctx.postingEndsOn)}).`,
              `The emulation office: send to the council once the posting ends (${ctx.postingEndsOn}).`,
            )
          : step(
              'office',
              `${OFFICE_NAME}: trình Hội đồng TĐKT sau khi hết thời gian công khai.`,
              'The emulation office: send to the council once the posting ends.',
            ),
    },
    council: {
      label: 'Chờ Hội đồng xét',
      labelEn: 'Awaiting the council',
      next: (ctx) =>
        ctx.session
          ? step(
              'council',
              `Chờ Hội đồng TĐKT bỏ phiếu — phiên họp "${ctx.session.title}" ngày ${vnDate(ctx.session.heldOn)} đang mở.`,
              `Awaiting the council's vote — session "${ctx.session.title}" of ${ctx.session.heldOn} is open.`,
            )
          : step(
              'office',
              `${OFFICE_NAME}: lập phiên họp Hội đồng TĐKT để Hội đồng bỏ phiếu.`,
              'The emulation office: open a council session for the vote.',
            ),
    },
    voted: {
      label: 'Hội đồng đã biểu quyết',
      labelEn: 'Voted by the council',
      next: (ctx) =>
        ctx.decidedHere === false
          ? step(
              'office',
              `${OFFICE_NAME}: lập tờ trình đề nghị cấp trên khen thưởng và trình cấp trên.`,
              'The emulation office: draft the submission and forward it to the higher level.',
              true,
            )
          : step(
              'office',
              `${OFFICE_NAME}: lập tờ trình, dự thảo quyết định và trình Giám đốc ký ban hành.`,
              "The emulation office: draft the decision and submit it for the Director's signature.",
              true,
            ),
    },
    signing: {
      label: 'Chờ Giám đốc ký',
      labelEn: "Awaiting the Director's signature",
      next: step(
        'leader',
        'Giám đốc Sở: xem dự thảo và ký ban hành quyết định khen thưởng.',
        'The Director: review the draft and issue the decision.',
        true,
      ),
    },
    forwarded: {
      label: 'Đã trình cấp trên',
      labelEn: 'Forwarded to a higher level',
      next: step(
        'office',
        `Chờ quyết định của cấp trên; ${OFFICE_NAME} ghi nhận quyết định khi nhận được.`,
        "Awaiting the higher level's decision; the emulation office records it when it arrives.",
      ),
    },
    decided: {
      label: 'Đã có quyết định',
      labelEn: 'Decided',
      terminal: true,
      next: step(
        null,
        'Hồ sơ đã có quyết định khen thưởng: không còn bước nào.',
        'The dossier is decided: nothing is left to do.',
      ),
      inform: ['unit'],
    },
    rejected: {
      label: 'Không khen thưởng',
      labelEn: 'Not awarded',
      terminal: true,
      next: step(
        null,
        'Hồ sơ không được khen thưởng: không còn bước nào.',
        'The dossier was not awarded: nothing is left to do.',
      ),
      inform: ['unit'],
    },
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
      guards: [postingNeeded],
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
    submit_decision: {
      from: 'voted',
      to: 'signing',
      by: ['office'],
      label: 'Trình Giám đốc ký quyết định',
      labelEn: "Submit for the Director's signature",
      guards: [somethingToDecide],
    },
    forward: {
      from: 'voted',
      to: 'forwarded',
      by: ['office'],
      label: 'Trình cấp trên',
      labelEn: 'Forward to a higher level',
    },
    decide: {
      from: ['voted', 'signing', 'forwarded'],
      to: 'decided',
      by: ['leader'],
      label: 'Ban hành quyết định',
      labelEn: 'Issue the decision',
      guards: [somethingToDecide],
    },
    reject: {
      from: ['submitted', 'accepted', 'posting', 'voted', 'signing', 'forwarded'],
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

/** The actions `actor` may take from `status` now, guards judged on `ctx` (a guarded one is left out). */
export function proposalActions(
  status: ProposalStatus,
  actor: ProposalActor,
  ctx: ProposalStepContext = {},
): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter(
    (a) => check(PROPOSAL_WORKFLOW, status, a, { kinds: [actor] }, { ...ctx, reason: 'x' }).ok,
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
