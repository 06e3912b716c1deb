import { conflict } from '../../platform/errors.ts';
import { DESK, actorOf, codeSubtitle, fileName, headOf, requestLine, type FormContext } from './common.ts';
import type { FormDoc, Text } from './model.ts';
import type { FormTransition } from './queries.ts';
import { FORMS, STEP_RESULT_LABELS, dateShort, stepResult, timeLong } from './wording.ts';

/**
 * Form 06: the control slip of the processing (Phiếu kiểm soát quá trình giải quyết hồ sơ), one row per
 * hand-over: the desk to the first step, each step to the next, a leader's assignment, a supplement asked of
 * and received from the applicant, the last step back to the desk and the result to the applicant. A row that
 * closes a step judges it against the step's own due time.
 */

interface Party {
  unit: string;
  person: string;
}

export interface HandOver {
  from: Party;
  to: Party;
  at: string;
  result: string;
  note: string;
}

export function handOvers(c: FormContext): HandOver[] {
  const f = c.forms;
  const d = f.dossier;
  const steps = f.steps;
  const desk = (t?: FormTransition): Party => ({ unit: DESK, person: actorOf(c, t) });
  const applicant: Party = { unit: 'Tổ chức, cá nhân', person: d.applicant_name };
  const assigneeName = (id: string | null | undefined) => (id ? (f.userNames.get(id) ?? '') : '');
  const stepParty = (seq: number, fallback = ''): Party => {
    const s = steps.find((x) => x.seq === seq);
    const unit = f.stepUnits[seq - 1] || (s?.org_id ? c.orgName(s.org_id) : '') || 'Phòng chuyên môn';
    return { unit, person: assigneeName(s?.assignee_id) || fallback };
  };
  const judge = (seq: number): string => {
    const s = steps.find((x) => x.seq === seq);
    return s?.finished_at && s.due_at ? STEP_RESULT_LABELS[stepResult(s.finished_at, s.due_at, c.classifyBy)] : '';
  };
  const stepNote = (seq: number) => {
    const s = steps.find((x) => x.seq === seq);
    return s ? `Bước ${seq}: ${s.name}${s.note ? `. ${s.note}` : ''}` : '';
  };
  const out: HandOver[] = [];
  let current = 0;
  for (const t of f.transitions) {
    const assigned = typeof t.data.assigneeId === 'string' ? assigneeName(t.data.assigneeId) : '';
    switch (t.action) {
      case 'transfer':
        current = 1;
        out.push({ from: desk(t), to: stepParty(1, assigned), at: t.at, result: '', note: stepNote(1) });
        break;
      case 'complete_step': {
        const next = typeof t.data.stepSeq === 'number' && t.data.stepSeq > current ? t.data.stepSeq : current + 1;
        out.push({
          from: stepParty(current, actorOf(c, t)),
          to: stepParty(next, assigned),
          at: t.at,
          result: judge(current),
          note: stepNote(next),
        });
        current = next;
        break;
      }
      case 'assign':
        out.push({
          from: { unit: stepParty(current).unit, person: actorOf(c, t) },
          to: { unit: stepParty(current).unit, person: assigned },
          at: t.at,
          result: '',
          note: 'Phân công cán bộ thụ lý',
        });
        break;
      case 'request_supplement':
      case 'request_payment':
        out.push({
          from: stepParty(current, actorOf(c, t)),
          to: applicant,
          at: t.at,
          result: '',
          note: `${t.action === 'request_supplement' ? 'Yêu cầu bổ sung hồ sơ' : 'Yêu cầu thực hiện nghĩa vụ tài chính'}: ${t.reason}`,
        });
        break;
      case 'resume':
      case 'confirm_payment':
        out.push({
          from: applicant,
          to: stepParty(current),
          at: t.at,
          result: '',
          note: t.action === 'resume' ? 'Đã nhận hồ sơ bổ sung' : 'Đã nộp phí, lệ phí',
        });
        break;
      case 'finish': {
        const last = Math.max(current, steps.length);
        out.push({
          from: stepParty(last, actorOf(c, t)),
          to: desk(),
          at: t.at,
          result: judge(last),
          note: 'Chuyển kết quả về Bộ phận Một cửa',
        });
        break;
      }
      case 'return_result': {
        const due = d.original_due_at ?? d.due_at;
        const done = d.finished_at ?? t.at;
        out.push({
          from: desk(t),
          to: applicant,
          at: t.at,
          result: due ? STEP_RESULT_LABELS[stepResult(done, due, c.classifyBy)] : '',
          note: 'Trả kết quả',
        });
        break;
      }
      default:
        break;
    }
  }
  return inTimeOrder([...out, ...legHandOvers(c, stepParty, (t) => actorOf(c, t))]);
}

/** Stable by time: rows of the same instant keep the order they were made in. */
const inTimeOrder = (rows: HandOver[]): HandOver[] =>
  rows
    .map((h, i) => ({ h, i, t: Date.parse(h.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.h);

/**
 * The inter-agency legs (liên thông): the step holding the dossier sends it to the co-ordinating agency, and the
 * agency's answer comes back to it, judged against the leg's own due time.
 */
function legHandOvers(
  c: FormContext,
  stepParty: (seq: number, fallback?: string) => Party,
  actor: (t?: FormTransition) => string,
): HandOver[] {
  const f = c.forms;
  const holder = (at: string): number => {
    const t = Date.parse(at);
    const s = f.steps.filter((x) => x.started_at && Date.parse(x.started_at) <= t).at(-1);
    return s ? s.seq : Math.max(f.dossier.step_index, 1);
  };
  const out: HandOver[] = [];
  for (const leg of f.legs) {
    const seq = holder(leg.sent_at);
    const sent = f.transitions.find((t) => t.action === 'send_leg' && t.data.legId === leg.id);
    const agency: Party = { unit: leg.agency, person: '' };
    out.push({
      from: stepParty(seq, sent ? actor(sent) : ''),
      to: agency,
      at: leg.sent_at,
      result: '',
      note: `Gửi lấy ý kiến cơ quan phối hợp: ${leg.name || leg.agency}${leg.due_at ? ` (hạn ${timeLong(leg.due_at)})` : ''}`,
    });
    if (leg.answered_at)
      out.push({
        from: agency,
        to: stepParty(seq),
        at: leg.answered_at,
        result: leg.due_at ? STEP_RESULT_LABELS[stepResult(leg.answered_at, leg.due_at, c.classifyBy)] : '',
        note: `${leg.agency} trả lời${leg.answer ? `: ${leg.answer}` : ''}`,
      });
  }
  return out;
}

const party = (p: Party): Text => (p.person ? `${p.unit}\n${p.person}` : p.unit);

export function controlForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  if (!d.received_at)
    throw conflict(
      'form_not_applicable',
      'Hồ sơ chưa được tiếp nhận nên chưa có Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06).',
    );
  const rows: Text[][] = handOvers(c).map((h, i) => [
    String(i + 1),
    party(h.from),
    party(h.to),
    timeLong(h.at),
    h.result,
    h.note,
    '',
    '',
  ]);
  return {
    filename: fileName('06', d.code),
    docTitle: `${FORMS['06'].title} ${d.code}`,
    head: headOf(c, '06', d.received_at, true),
    title: FORMS['06'].title,
    subtitle: [...codeSubtitle(c), [{ text: `(Kèm theo hồ sơ của: ${d.applicant_name})`, italic: true }]],
    body: [
      requestLine(c),
      { kind: 'p', text: `Ngày, giờ nhận hồ sơ: ${timeLong(d.received_at)}.` },
      {
        kind: 'p',
        text: d.due_at
          ? [
              { text: 'Ngày hẹn trả kết quả: ' },
              { text: `${timeLong(d.due_at)} (${dateShort(d.due_at)})`, bold: true },
              { text: '.' },
            ]
          : 'Ngày hẹn trả kết quả: trong ngày tiếp nhận.',
      },
      {
        kind: 'table',
        size: 10,
        columns: [
          { header: 'STT', width: 7, align: 'center' },
          { header: 'Bên giao (đơn vị, người giao)', width: 16 },
          { header: 'Bên nhận (đơn vị, người nhận)', width: 16 },
          { header: 'Thời gian giao, nhận hồ sơ', width: 15, align: 'center' },
          { header: 'Kết quả (trước hạn/ đúng hạn/ quá hạn)', width: 12, align: 'center' },
          { header: 'Ghi chú', width: 13 },
          { header: 'Người giao ký', width: 10 },
          { header: 'Người nhận ký', width: 10 },
        ],
        rows: rows.length ? rows : [['', 'Hồ sơ chưa được chuyển giải quyết', '', '', '', '', '', '']],
      },
    ],
    signatures: [],
  };
}
