import { z } from 'zod';
import {
  APPLICANT_KINDS,
  DOSSIER_ACTIONS,
  DOSSIER_CHANNELS,
  DOSSIER_RESULTS,
  DOSSIER_STATUSES,
  type DossierAction,
} from '@thidua/domain';
import { Id, IsoDateTime, Version, namedDate, paged, safeString, text } from './common.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';

/** Contracts of the one-stop desk (docs/one-stop.md): dossiers. */

export const DossierStatusCode = z.enum(DOSSIER_STATUSES);
export const DossierActionCode = z.enum(DOSSIER_ACTIONS, {
  error: () => `Thao tác: chọn một trong ${DOSSIER_ACTIONS.join(', ')}`,
});

const phone = safeString()
  .transform((v) => v.replace(/[\s.-]/gu, ''))
  .pipe(z.string().regex(/^(\+?\d{8,15})?$/u, 'Số điện thoại: chỉ gồm 8–15 chữ số'));
const email = safeString()
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(''), z.email('Thư điện tử: địa chỉ không hợp lệ')]));

/** Who submits: a citizen (name, ID number) or an organisation (name, tax code). */
export const ApplicantInput = z.strictObject({
  kind: z.enum(APPLICANT_KINDS, { error: () => 'Đối tượng nộp: chọn công dân hoặc tổ chức, doanh nghiệp' }),
  name: text(200, 1, 'Tên người nộp'),
  /** Citizen ID (CCCD) or tax code. */
  idNo: safeString()
    .transform((v) => v.trim())
    .pipe(z.string().regex(/^[0-9A-Za-z-]{0,20}$/u, 'Số CCCD / mã số thuế: chỉ gồm chữ số, chữ cái, tối đa 20 ký tự'))
    .default(''),
  address: text(300, 0, 'Địa chỉ').default(''),
  phone: phone.default(''),
  email: email.default(''),
});

/** A receipt at the desk: the procedure, the applicant, the ticked documents; `accept` accepts at once. */
export const CreateDossierRequest = z.strictObject({
  procedureId: Id,
  channel: z
    .enum(DOSSIER_CHANNELS, { error: () => 'Kênh nộp: trực tiếp, trực tuyến hoặc bưu chính' })
    .default('counter'),
  applicant: ApplicantInput,
  /** The numbers (1-based, in the version's order) of the documents handed in. */
  provided: z
    .array(z.number({ error: 'Thành phần hồ sơ: số thứ tự không hợp lệ' }).int().min(1).max(200))
    .max(200)
    .default([]),
  /** Accept (start the clock, print the slip) in the same request; every required document must be ticked. */
  accept: z.boolean().default(false),
  note: text(1000, 0, 'Ghi chú').default(''),
});

/**
 * Ticks and unticks the checklist before acceptance (`submitted`) or when the supplement has come in
 * (`supplement`); rows not named keep their state.
 */
export const DossierDocumentsRequest = z.strictObject({
  version: Version,
  documents: z
    .array(
      z.strictObject({
        seq: z.number({ error: 'Thành phần hồ sơ: số thứ tự không hợp lệ' }).int().min(1).max(200),
        provided: z.boolean({ error: 'Thành phần hồ sơ: chọn đã nộp hoặc chưa nộp' }),
      }),
    )
    .min(1, 'Thành phần hồ sơ: chọn ít nhất một thành phần')
    .max(200),
});

const ACTION_FIELDS: Partial<Record<DossierAction, { field: string; message: string }[]>> = {
  assign: [{ field: 'assigneeId', message: 'Cán bộ thụ lý: bắt buộc khi phân công' }],
  record_leg: [{ field: 'legId', message: 'Lượt liên thông: chọn cơ quan phối hợp đã gửi' }],
  apologise: [{ field: 'newDueAt', message: 'Ngày hẹn trả mới: bắt buộc khi xin lỗi, hẹn lại' }],
  finish: [{ field: 'result', message: 'Kết quả giải quyết: chọn cấp kết quả hoặc từ chối' }],
};

/**
 * One step of a dossier. Fields by action: `transfer` orgId?, assigneeId?; `assign` assigneeId (orgId?);
 * `complete_step` assigneeId? (of the next step); `send_leg` legSeq (of the version's legs) or agency + name;
 * `record_leg` legId, answer; `request_supplement` deadline?; `request_payment` amount?; `apologise` newDueAt
 * (a date: the end of that working day, or an instant), after the current due time; `finish` result (a refusal
 * needs a reason). Reasons are required where the workflow says so.
 */
export const DossierTransitionRequest = z
  .strictObject({
    action: DossierActionCode,
    version: Version,
    reason: text(2000, 0, 'Lý do').default(''),
    orgId: Id.optional(),
    assigneeId: Id.optional(),
    legSeq: z.number().int().min(1).max(50).optional(),
    agency: text(300, 1, 'Cơ quan phối hợp').optional(),
    name: text(300, 1, 'Nội dung lấy ý kiến').optional(),
    legId: Id.optional(),
    answer: text(2000, 0, 'Ý kiến của cơ quan phối hợp').optional(),
    deadline: namedDate('Hạn bổ sung').optional(),
    amount: z.number().int('Số tiền: số nguyên (đồng)').min(0).max(1e12).optional(),
    newDueAt: safeString()
      .regex(
        /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/u,
        'Ngày hẹn trả mới: ngày YYYY-MM-DD hoặc thời điểm ISO',
      )
      .optional(),
    result: z.enum(DOSSIER_RESULTS, { error: () => 'Kết quả giải quyết: cấp kết quả hoặc từ chối' }).optional(),
  })
  .superRefine((v, ctx) => {
    for (const need of ACTION_FIELDS[v.action] ?? [])
      if ((v as Record<string, unknown>)[need.field] === undefined)
        ctx.addIssue({ code: 'custom', path: [need.field], message: need.message });
    if (v.action === 'send_leg' && v.legSeq === undefined && !v.agency)
      ctx.addIssue({
        code: 'custom',
        path: ['agency'],
        message: 'Cơ quan phối hợp: chọn theo quy trình hoặc nhập tên',
      });
    if (v.action === 'finish' && v.result === 'refused' && !v.reason.trim())
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Lý do: bắt buộc khi từ chối giải quyết' });
  });

export const DOSSIER_QUEUES = ['mine', 'receipt', 'result', 'paused', 'overdue', 'due_soon'] as const;
export const DossierQueue = z.enum(DOSSIER_QUEUES, {
  error: () => `Hàng đợi: chọn một trong ${DOSSIER_QUEUES.join(', ')}`,
});

export const DossiersQuery = listQuery(['due', 'received', 'code'], 'due', {
  status: DossierStatusCode.optional(),
  procedureId: Id.optional(),
  from: namedDate('Từ ngày').optional(),
  to: namedDate('Đến ngày').optional(),
  queue: DossierQueue.optional(),
});

export const DossierListItem = z.object({
  id: Id,
  code: z.string(),
  status: DossierStatusCode,
  statusLabel: z.string(),
  portalCode: z.number().int(),
  procedureName: z.string(),
  applicantName: z.string(),
  receivedAt: IsoDateTime.nullable(),
  dueAt: IsoDateTime.nullable(),
  finishedAt: IsoDateTime.nullable(),
  assigneeName: z.string().nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
export const DossierList = paged(DossierListItem);

export const DossierDocumentView = z.object({
  id: Id,
  seq: z.number().int(),
  name: z.string(),
  kind: z.string(),
  count: z.number().int(),
  required: z.boolean(),
  provided: z.boolean(),
  fileId: Id.nullable(),
  /** Earlier scans of the row, replaced by a newer one (newest first); still the dossier's files. */
  history: z.array(
    z.object({
      fileId: Id,
      filename: z.string(),
      attachedAt: IsoDateTime,
      attachedBy: z.string(),
      supersededAt: IsoDateTime,
      supersededBy: z.string(),
    }),
  ),
});
export const DossierStepView = z.object({
  id: Id,
  seq: z.number().int(),
  name: z.string(),
  orgId: Id.nullable(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  startedAt: IsoDateTime.nullable(),
  dueAt: IsoDateTime.nullable(),
  finishedAt: IsoDateTime.nullable(),
  current: z.boolean(),
});
export const DossierPauseView = z.object({
  id: Id,
  kind: z.enum(['supplement', 'financial']),
  fromAt: IsoDateTime,
  toAt: IsoDateTime.nullable(),
  deadline: z.string().nullable(),
  reason: z.string(),
});
export const DossierLegView = z.object({
  id: Id,
  agency: z.string(),
  name: z.string(),
  sentAt: IsoDateTime,
  dueAt: IsoDateTime.nullable(),
  answeredAt: IsoDateTime.nullable(),
  answer: z.string(),
});
export const DossierAbilities = z.object({
  actions: z.array(DossierActionCode),
  unavailable: z.array(UnavailableAction),
  /** Tick documents and attach files to the checklist. */
  attach: z.boolean(),
});

export const DossierView = z.object({
  id: Id,
  code: z.string(),
  status: DossierStatusCode,
  statusLabel: z.string(),
  portalCode: z.number().int(),
  procedure: z.object({ id: Id, code: z.string(), name: z.string(), versionId: Id, versionSeq: z.number().int() }),
  timeLimit: z.object({ amount: z.number(), unit: z.string() }),
  orgId: Id,
  field: z.string(),
  channel: z.enum(DOSSIER_CHANNELS),
  applicant: z.object({
    kind: z.enum(APPLICANT_KINDS),
    name: z.string(),
    idNo: z.string(),
    address: z.string(),
    phone: z.string(),
    email: z.string(),
  }),
  submittedAt: IsoDateTime,
  receivedAt: IsoDateTime.nullable(),
  dueAt: IsoDateTime.nullable(),
  originalDueAt: IsoDateTime.nullable(),
  finishedAt: IsoDateTime.nullable(),
  returnedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
  result: z.enum(DOSSIER_RESULTS).nullable(),
  apologies: z.number().int(),
  stepIndex: z.number().int(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  feeAmount: z.number(),
  feePaidAt: IsoDateTime.nullable(),
  note: z.string(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  transferDueAt: IsoDateTime.nullable(),
  checklist: z.array(DossierDocumentView),
  steps: z.array(DossierStepView),
  pauses: z.array(DossierPauseView),
  legs: z.array(DossierLegView),
  transitions: z.array(TransitionView),
  abilities: DossierAbilities,
  nextStep: NextStepView.nullable(),
  /** Who a step may be handed to (assign, transfer, the next step): active officers and leaders, in name order. */
  officers: z.array(z.object({ id: Id, name: z.string() })),
  version: z.number().int(),
});

/** The receipt's answer: the dossier and, once only, the token printed on the slip for the satisfaction rating. */
export const DossierReceiptView = DossierView.extend({ ratingToken: z.string() });
