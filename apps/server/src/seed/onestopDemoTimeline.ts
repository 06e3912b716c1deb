import { isoOfDay, dayNumber, vnDateOf, type DossierStatus, type Pause } from '@thidua/domain';
import { atVn, Clock, minuteOf, plus, type OfficeCalendar } from './onestopDemoClock.ts';
import type { DossierTable } from '../db/schema-onestop.ts';
import { newId } from '../platform/ids.ts';
import type { Rng } from './names.ts';
import type { DemoProcedure, DemoVersion } from './onestopDemoCatalog.ts';
import {
  APOLOGY_REASONS,
  REFUSE_REASONS,
  STOP_REASON,
  SUPPLEMENT_REASONS,
  WITHDRAW_REASON,
} from './onestopDemoData.ts';

/**
 * One dossier's whole story as timed events, before it is cut at "now" (onestopDemoRows.ts): receipt,
 * transfer, assignment, an optional supplement or payment pause, an inter-agency leg on the inter-agency
 * procedure, the internal steps, an apology on some late ones, the finish and the hand-over. Due times come
 * from the desk's engine (`dueAt` over the work calendar and office hours); finishing early, on time or late is
 * a day counted in working days from the receipt, so the classification follows from the dates.
 */

export interface Who {
  id: string | null;
  name: string;
}
export interface TimelineCtx extends OfficeCalendar {
  clerk: Who;
  leader: Who;
  /** The online portal, which creates online submissions. */
  portal: Who;
  officerOf: (p: DemoProcedure) => Who;
  divisionOrgOf: (p: DemoProcedure) => string;
}
export type Fate = 'normal' | 'refused' | 'withdrawn' | 'stopped' | 'stuck';
export type Outcome = 'early' | 'on_time' | 'late';
export type Channel = 'counter' | 'online' | 'post';

export interface PlanInput {
  proc: DemoProcedure;
  version: DemoVersion;
  submittedAt: string;
  channel: Channel;
  fate: Fate;
  outcome: Outcome;
  pause: 'supplement' | 'financial' | null;
  apology: boolean;
  granted: boolean;
  rated: boolean;
}

export interface Ev {
  at: string;
  action: string | null;
  to: DossierStatus;
  by: Who;
  reason?: string;
  data?: Record<string, unknown>;
  set?: Partial<DossierTable>;
}
export interface PlanStep {
  seq: number;
  name: string;
  assignee: Who;
  /** When the assignee got it (the step's start for all but the first, which the leader assigns). */
  assignedAt: string | null;
  started: string | null;
  due: string | null;
  finished: string | null;
}
export interface Plan {
  events: Ev[];
  steps: PlanStep[];
  pauses: { kind: string; from: string; to: string; deadline: string; reason: string }[];
  legs: { id: string; agency: string; name: string; sent: string; due: string; answered: string; answer: string }[];
  rating: { at: string; rating: string; comment: string } | null;
}

/** The whole story of one dossier (events may lie after "now"; the caller cuts them). */
export function planDossier(ctx: TimelineCtx, rng: Rng, input: PlanInput): Plan {
  const c = new Clock(ctx, rng);
  const { proc, version: v, channel, fate } = input;
  const N = v.days;
  const officer = ctx.officerOf(proc);
  const basis = { legalBasis: v.legalBasis };
  const plan: Plan = { events: [], steps: [], pauses: [], legs: [], rating: null };
  const ev = (e: Ev) => plan.events.push(e);
  const S = input.submittedAt;
  ev({ at: S, action: null, to: 'submitted', by: channel === 'online' ? ctx.portal : ctx.clerk, set: {} });
  const R = c.office(plus(S, channel === 'counter' ? rng.int(5, 25) : rng.int(30, 600)));
  if (fate === 'refused') {
    ev({
      at: R,
      action: 'refuse',
      to: 'refused',
      by: ctx.clerk,
      reason: rng.pick(REFUSE_REASONS),
      data: { form: '03', ...basis },
      set: { closed_at: R },
    });
    return plan;
  }
  const D0 = c.due(R, N);
  const paysLater = input.pause === 'financial' && v.feeTotal > 0;
  ev({
    at: R,
    action: 'accept',
    to: 'accepted',
    by: ctx.clerk,
    data: { form: '01', dueAt: D0, ...basis },
    set: { received_at: R, due_at: D0, original_due_at: D0, fee_paid_at: v.feeTotal && !paysLater ? R : null },
  });
  const T =
    minuteOf(R) < 900 ? c.office(plus(R, rng.int(15, 90))) : atVn(c.nextWorkingDay(vnDateOf(R)), 450 + rng.int(5, 60));
  if (fate === 'withdrawn' && rng.chance(0.4)) {
    const W = c.office(plus(R, rng.int(30, 200)));
    if (W < T) {
      ev({ at: W, action: 'withdraw', to: 'withdrawn', by: ctx.clerk, reason: WITHDRAW_REASON, set: { closed_at: W } });
      return plan;
    }
  }
  ev({
    at: T,
    action: 'transfer',
    to: 'in_process',
    by: ctx.clerk,
    data: { stepSeq: 1 },
    set: { step_index: 1, assignee_org_id: ctx.divisionOrgOf(proc) },
  });
  const A = c.office(plus(T, rng.int(10, 180)));
  ev({
    at: A,
    action: 'assign',
    to: 'in_process',
    by: ctx.leader,
    data: { stepSeq: 1, assigneeId: officer.id },
    set: { assignee_id: officer.id },
  });
  const [s1, s2, s3] = v.steps;
  plan.steps.push({
    seq: 1,
    name: s1!.name,
    assignee: officer,
    assignedAt: A,
    started: T,
    due: c.due(T, s1!.amount),
    finished: null,
  });

  if (fate === 'stopped' || fate === 'withdrawn') {
    const X = c.timeOn(c.dayAfter(A, rng.int(1, 3)));
    ev(
      fate === 'stopped'
        ? {
            at: X,
            action: 'stop',
            to: 'stopped',
            by: ctx.leader,
            reason: STOP_REASON,
            data: { form: '05' },
            set: { closed_at: X },
          }
        : { at: X, action: 'withdraw', to: 'withdrawn', by: ctx.clerk, reason: WITHDRAW_REASON, set: { closed_at: X } },
    );
    return plan;
  }

  let lower = A;
  const pauses: Pause[] = [];
  let D = D0;
  if (input.pause) {
    const ps = rng.int(1, Math.max(1, Math.floor(N / 3)));
    let P1 = c.timeOn(c.dayAfter(R, ps));
    if (P1 <= A) P1 = c.office(plus(A, rng.int(30, 120)));
    const P2 = c.office(atVn(isoOfDay(dayNumber(vnDateOf(P1)) + rng.int(2, 12)), rng.int(480, 990)));
    pauses.push({ from: P1, to: P2 });
    D = c.due(R, N, pauses);
    const supplement = input.pause === 'supplement';
    const reason = supplement ? rng.pick(SUPPLEMENT_REASONS) : 'Nộp phí thẩm định theo quy định trước khi cấp kết quả';
    plan.pauses.push({ kind: input.pause, from: P1, to: P2, deadline: c.due(P1, 30), reason });
    ev({
      at: P1,
      action: supplement ? 'request_supplement' : 'request_payment',
      to: input.pause,
      by: officer,
      reason,
      data: supplement ? { form: '02' } : {},
    });
    ev({
      at: P2,
      action: supplement ? 'resume' : 'confirm_payment',
      to: 'in_process',
      by: ctx.clerk,
      data: { newDueAt: D },
      set: { due_at: D, original_due_at: D, ...(supplement ? {} : { fee_paid_at: P2 }) },
    });
    lower = P2;
  }
  if (v.legs.length) {
    const leg = v.legs[0]!;
    const sent = c.office(plus(lower, rng.int(60, 300)));
    const answered = c.timeOn(c.dayAfter(sent, rng.int(2, 7)));
    const id = newId();
    plan.legs.push({
      id,
      agency: leg.agency,
      name: leg.name,
      sent,
      due: c.due(sent, leg.amount),
      answered,
      answer: 'Cửa hàng đáp ứng điều kiện về phòng cháy, chữa cháy theo biên bản kiểm tra',
    });
    ev({ at: sent, action: 'send_leg', to: 'in_process', by: officer, data: { legId: id } });
    ev({ at: answered, action: 'record_leg', to: 'in_process', by: officer, data: { legId: id } });
    lower = answered;
  }

  if (fate === 'stuck') {
    plan.steps.push(
      { seq: 2, name: s2!.name, assignee: officer, assignedAt: null, started: null, due: null, finished: null },
      { seq: 3, name: s3!.name, assignee: ctx.leader, assignedAt: null, started: null, due: null, finished: null },
    );
    return plan;
  }

  let k =
    input.outcome === 'early'
      ? rng.int(Math.max(2, Math.ceil(N * 0.4)), N - 1)
      : input.outcome === 'on_time'
        ? N
        : N + rng.int(1, 4);
  let F = c.timeOn(c.dayAfter(R, k, pauses));
  while (F <= plus(lower, 240)) F = c.timeOn(c.dayAfter(R, ++k, pauses));

  if (input.apology && vnDateOf(F) > vnDateOf(D)) {
    const Ap = c.timeOn(c.dayAfter(R, N - 1, pauses));
    if (Ap > plus(lower, 30) && Ap < plus(F, -240)) {
      const newDue = c.due(R, k + rng.int(0, 1), pauses);
      ev({
        at: Ap,
        action: 'apologise',
        to: 'in_process',
        by: officer,
        reason: rng.pick(APOLOGY_REASONS),
        data: { form: '04', newDueAt: newDue },
        set: { due_at: newDue, apologies: 1 },
      });
      lower = Ap;
    }
  }

  const span = Date.parse(F) - Date.parse(lower);
  const between = (f: number, after: string) => {
    const raw = new Date(Date.parse(lower) + span * f).toISOString();
    const snapped = c.office(raw);
    const t = snapped < F ? snapped : raw;
    return t > after ? t : plus(after, 1);
  };
  const C1 = between(0.6, lower);
  const C2 = between(0.85, C1);
  plan.steps[0]!.finished = C1;
  plan.steps.push(
    {
      seq: 2,
      name: s2!.name,
      assignee: officer,
      assignedAt: C1,
      started: C1,
      due: c.due(C1, s2!.amount),
      finished: C2,
    },
    {
      seq: 3,
      name: s3!.name,
      assignee: ctx.leader,
      assignedAt: C2,
      started: C2,
      due: c.due(C2, s3!.amount),
      finished: F,
    },
  );
  ev({ at: C1, action: 'complete_step', to: 'in_process', by: officer, data: { stepSeq: 2 }, set: { step_index: 2 } });
  ev({
    at: C2,
    action: 'complete_step',
    to: 'in_process',
    by: officer,
    data: { stepSeq: 3 },
    set: { step_index: 3, assignee_id: ctx.leader.id },
  });
  const result = input.granted ? 'granted' : 'refused';
  ev({
    at: F,
    action: 'finish',
    to: 'finished',
    by: ctx.leader,
    data: { result, ...basis },
    set: { finished_at: F, result, assignee_id: null, assignee_org_id: null },
  });
  const k2 = channel === 'online' ? 0 : rng.int(0, 3);
  const Rt = k2 === 0 ? c.office(plus(F, rng.int(10, 120))) : c.timeOn(c.dayAfter(F, k2));
  ev({ at: Rt, action: 'return_result', to: 'returned', by: ctx.clerk, set: { returned_at: Rt } });
  if (input.rated) {
    const x = rng.next();
    plan.rating = {
      at: plus(Rt, rng.int(5, 2880)),
      rating: x < 0.56 ? 'very_satisfied' : x < 0.95 ? 'satisfied' : 'unsatisfied',
      comment: '',
    };
  }
  return plan;
}
