import { stateLabels, type WorkflowDef } from '../workflow/definition.ts';

/**
 * A scoring cycle (docs/scorecards.md): open for self-assessment → appraisal → ranked (final scores, ranking and
 * classification computed) → published. The office (the bloc leader's secretariat, or for the PAR index the
 * department's office entering the appraisal council's results) runs it.
 */
export const SCORECARD_STATUSES = ['open', 'appraisal', 'ranked', 'published'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];
export const SCORECARD_ACTIONS = ['close_self', 'rank', 'reopen', 'publish'] as const;
export type ScorecardAction = (typeof SCORECARD_ACTIONS)[number];
export type ScorecardActor = 'office';

export interface ScorecardContext {
  /** Members whose sheet is not submitted yet (names), for closing the self-assessment. */
  unsubmitted?: readonly string[];
  /** Members whose sheet is not appraised yet (names), for ranking. */
  unappraised?: readonly string[];
}

const list = (names: readonly string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
const allSubmitted = (_s: ScorecardStatus, c: ScorecardContext) =>
  c.unsubmitted?.length ? `Còn ${c.unsubmitted.length} thành viên chưa gửi bản tự chấm: ${list(c.unsubmitted)}.` : null;
const allAppraised = (_s: ScorecardStatus, c: ScorecardContext) =>
  c.unappraised?.length ? `Còn ${c.unappraised.length} bản chấm chưa thẩm định xong: ${list(c.unappraised)}.` : null;

export const SCORECARD_WORKFLOW: WorkflowDef<ScorecardStatus, ScorecardAction, ScorecardActor, ScorecardContext> = {
  entity: 'scorecard',
  initial: 'open',
  states: {
    open: {
      label: 'Đang tự chấm',
      labelEn: 'Self-assessment',
      next: {
        actor: 'office',
        text: 'Các thành viên tự chấm điểm, kèm tài liệu kiểm chứng; thường trực khối theo dõi và chuyển sang thẩm định khi đủ.',
        textEn: 'Members score themselves with evidence; the secretariat moves to appraisal when all have submitted.',
      },
    },
    appraisal: {
      label: 'Đang thẩm định',
      labelEn: 'Appraisal',
      next: {
        actor: 'office',
        text: 'Tổ thẩm định: chấp nhận, giảm điểm (ghi lý do) hoặc đề nghị giải trình từng tiêu chí; xếp hạng khi đã thẩm định xong.',
        textEn:
          'The appraisers accept, reduce (with a reason) or ask for an explanation; rank when every sheet is appraised.',
      },
    },
    ranked: {
      label: 'Đã xếp hạng, chờ công bố',
      labelEn: 'Ranked',
      next: {
        actor: 'office',
        text: 'Thường trực khối: kiểm tra bảng xếp hạng, biên bản suy tôn rồi công bố kết quả.',
        textEn: 'The secretariat checks the ranking and the minutes, then publishes.',
      },
    },
    published: {
      label: 'Đã công bố',
      labelEn: 'Published',
      terminal: true,
      next: {
        actor: null,
        text: 'Kết quả đã công bố; đơn vị dẫn đầu được xét đề nghị Cờ thi đua.',
        textEn: 'Published; the leading member may be proposed for the emulation flag.',
      },
    },
  },
  actions: {
    close_self: {
      from: 'open',
      to: 'appraisal',
      by: ['office'],
      label: 'Kết thúc tự chấm, chuyển thẩm định',
      labelEn: 'Close self-assessment',
      guards: [allSubmitted],
    },
    rank: {
      from: 'appraisal',
      to: 'ranked',
      by: ['office'],
      label: 'Tính điểm cuối cùng và xếp hạng',
      labelEn: 'Compute final scores and rank',
      guards: [allAppraised],
    },
    reopen: {
      from: 'ranked',
      to: 'appraisal',
      by: ['office'],
      label: 'Mở lại thẩm định',
      labelEn: 'Reopen appraisal',
      reasonRequired: true,
    },
    publish: { from: 'ranked', to: 'published', by: ['office'], label: 'Công bố kết quả', labelEn: 'Publish' },
  },
  wrongState: (action, current) => `Không thể "${action}" khi kỳ chấm điểm đang ở trạng thái "${current}".`,
};
export const SCORECARD_STATUS_LABELS: Record<ScorecardStatus, string> = stateLabels(SCORECARD_WORKFLOW);

/**
 * One member's sheet: the member scores and submits; the appraiser appraises it (accepting or reducing each
 * criterion, a reduction with its reason) or asks once for an explanation, which the member gives; the sheet is
 * final when the cycle is ranked. The appraiser may return a submitted sheet while the cycle is open. Reopening a
 * ranked cycle takes every final sheet back to appraised, and the appraiser may reopen an appraised sheet's
 * appraisal (with a reason) to change it.
 */
export const SHEET_STATUSES = [
  'self_assessment',
  'submitted',
  'explanation',
  'explained',
  'appraised',
  'final',
] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];
export const SHEET_ACTIONS = [
  'submit',
  'return',
  'request_explanation',
  'explain',
  'appraise',
  'reappraise',
  'finalise',
  'unfinalise',
] as const;
export type SheetAction = (typeof SHEET_ACTIONS)[number];
/** `member`: the member unit's officer (or the office for an agency outside the department); `appraiser`: the office. */
export type SheetActor = 'member' | 'appraiser' | 'system';

export interface SheetContext {
  /** Leaves without self points (codes), for submitting. */
  missing?: readonly string[];
  /** The explanation was already asked once. */
  explanationUsed?: boolean;
  /** Criteria reduced without a reason, or asked to explain without a question (codes). */
  unreasoned?: readonly string[];
  /** Criteria the member was asked to explain and has not (codes). */
  unexplained?: readonly string[];
}

const sheetComplete = (_s: SheetStatus, c: SheetContext) =>
  c.missing?.length ? `Chưa chấm ${c.missing.length} tiêu chí: ${list(c.missing)}.` : null;
const onceOnly = (_s: SheetStatus, c: SheetContext) =>
  c.explanationUsed ? 'Đã đề nghị giải trình một lần; theo quy định chỉ được đề nghị một lần.' : null;
const reasoned = (_s: SheetStatus, c: SheetContext) =>
  c.unreasoned?.length ? `Tiêu chí bị giảm điểm hoặc cần giải trình phải ghi lý do: ${list(c.unreasoned)}.` : null;
const explainedAll = (_s: SheetStatus, c: SheetContext) =>
  c.unexplained?.length ? `Chưa giải trình tiêu chí: ${list(c.unexplained)}.` : null;

export const SHEET_WORKFLOW: WorkflowDef<SheetStatus, SheetAction, SheetActor, SheetContext> = {
  entity: 'scorecard_member',
  initial: 'self_assessment',
  states: {
    self_assessment: {
      label: 'Đang tự chấm',
      labelEn: 'Self-assessing',
      next: {
        actor: 'member',
        text: 'Đơn vị: chấm điểm từng tiêu chí, đính kèm tài liệu kiểm chứng rồi gửi bản tự chấm.',
        textEn: 'The member scores each criterion, attaches evidence and submits.',
      },
    },
    submitted: {
      label: 'Đã gửi, chờ thẩm định',
      labelEn: 'Submitted',
      next: {
        actor: 'appraiser',
        text: 'Tổ thẩm định: chấp nhận hoặc giảm điểm từng tiêu chí (ghi lý do), hoặc đề nghị giải trình.',
        textEn: 'The appraisers accept or reduce each criterion (with a reason), or ask for an explanation.',
      },
    },
    explanation: {
      label: 'Chờ giải trình',
      labelEn: 'Explanation requested',
      next: {
        actor: 'member',
        text: 'Đơn vị: giải trình các tiêu chí được đề nghị (một lần), bổ sung tài liệu nếu có.',
        textEn: 'The member explains the criteria asked about (once), adding evidence if any.',
      },
    },
    explained: {
      label: 'Đã giải trình, chờ thẩm định',
      labelEn: 'Explained',
      next: {
        actor: 'appraiser',
        text: 'Tổ thẩm định: xem giải trình và kết luận điểm thẩm định.',
        textEn: 'The appraisers read the explanation and conclude.',
      },
    },
    appraised: {
      label: 'Đã thẩm định',
      labelEn: 'Appraised',
      next: {
        actor: 'appraiser',
        text: 'Chờ thường trực khối tính điểm cuối cùng và xếp hạng.',
        textEn: 'Waiting for the final scores and the ranking.',
      },
    },
    final: {
      label: 'Điểm cuối cùng',
      labelEn: 'Final',
      // Not terminal: reopening the ranked cycle brings the sheet back to appraised.
      next: {
        actor: 'appraiser',
        text: 'Điểm đã chốt. Thường trực khối công bố kết quả, hoặc mở lại thẩm định (bản chấm trở về "Đã thẩm định").',
        textEn:
          'The scores are final. The secretariat publishes, or reopens the appraisal (the sheet returns to appraised).',
      },
    },
  },
  actions: {
    submit: {
      from: 'self_assessment',
      to: 'submitted',
      by: ['member'],
      label: 'Gửi bản tự chấm',
      labelEn: 'Submit',
      guards: [sheetComplete],
    },
    return: {
      from: 'submitted',
      to: 'self_assessment',
      by: ['appraiser'],
      label: 'Trả lại để chấm lại',
      labelEn: 'Return',
      reasonRequired: true,
    },
    request_explanation: {
      from: 'submitted',
      to: 'explanation',
      by: ['appraiser'],
      label: 'Đề nghị giải trình',
      labelEn: 'Ask for an explanation',
      guards: [onceOnly, reasoned],
    },
    explain: {
      from: 'explanation',
      to: 'explained',
      by: ['member'],
      label: 'Gửi giải trình',
      labelEn: 'Send the explanation',
      guards: [explainedAll],
    },
    appraise: {
      from: ['submitted', 'explained'],
      to: 'appraised',
      by: ['appraiser'],
      label: 'Kết luận thẩm định',
      labelEn: 'Conclude the appraisal',
      guards: [reasoned],
    },
    reappraise: {
      from: 'appraised',
      to: 'submitted',
      by: ['appraiser'],
      label: 'Thẩm định lại',
      labelEn: 'Appraise again',
      reasonRequired: true,
    },
    finalise: { from: 'appraised', to: 'final', by: ['system'], label: 'Chốt điểm', labelEn: 'Finalise' },
    unfinalise: {
      from: 'final',
      to: 'appraised',
      by: ['system'],
      label: 'Mở lại điểm đã chốt',
      labelEn: 'Reopen the final scores',
    },
  },
  wrongState: (action, current) => `Không thể "${action}" khi bản chấm đang ở trạng thái "${current}".`,
};
export const SHEET_STATUS_LABELS: Record<SheetStatus, string> = stateLabels(SHEET_WORKFLOW);
