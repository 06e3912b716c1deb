import {
  DESK,
  actorOf,
  agencyText,
  applicantLines,
  codeSubtitle,
  fileName,
  headOf,
  lastStepOf,
  requestLine,
  type FormContext,
} from './common.ts';
import type { FormBlock, FormDoc, FormSignature } from './model.ts';
import { FORMS, addressee, dateShort, dayLong, documentKindLabel, timeLong, weekdayDate } from './wording.ts';

/** Forms 02–05: the supplement request, the refusal, the apology with a new date and the stop notice. */

const HEAD_OF_AGENCY: FormSignature = {
  title: 'THỦ TRƯỞNG CƠ QUAN',
  hint: '(Ký, ghi rõ họ tên và đóng dấu)',
  name: '',
};
const RECIPIENTS = ['- Như trên;', '- Lưu: VT, Bộ phận Một cửa.'];

const reasonOf = (text: string, label = 'Lý do: '): FormBlock => ({
  kind: 'p',
  text: [{ text: label, bold: true }, { text: text.trim() || '…' }],
});

/** Form 02: the request to complete (at receipt) or to supplement (during processing) the dossier. */
export function supplementForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  const t = lastStepOf(
    c,
    ['request_completion', 'request_supplement'],
    'Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện nên không có Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02).',
  );
  const agency = agencyText(c);
  const atReceipt = t.action === 'request_completion';
  const who = atReceipt ? `${DESK} – ${agency}` : agency;
  const missing = atReceipt ? c.forms.documents.filter((x) => x.required && !x.provided) : [];
  const pause = atReceipt
    ? undefined
    : c.forms.pauses.filter((x) => x.kind === 'supplement' && x.from_at <= t.at).at(-1);
  const body: FormBlock[] = [
    ...applicantLines(c, `${DESK} – ${agency} tiếp nhận hồ sơ của:`),
    {
      kind: 'p',
      text: `Sau khi xem xét thành phần hồ sơ, ${who} đề nghị ${addressee(d.applicant_kind, d.applicant_name)} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`,
      indent: true,
    },
    ...missing.map(
      (x, i): FormBlock => ({ kind: 'p', text: `${i + 1}. ${x.name} (${documentKindLabel(x.kind)}, ${x.count} bản).` }),
    ),
    reasonOf(t.reason, 'Nội dung cần bổ sung, hoàn thiện: '),
  ];
  if (!atReceipt)
    body.push({
      kind: 'p',
      text: `Thời hạn giải quyết hồ sơ tạm dừng kể từ ${timeLong(t.at)} cho đến khi nhận đủ hồ sơ bổ sung.${pause?.deadline ? ` Đề nghị bổ sung trước ${dayLong(pause.deadline)}.` : ''}`,
      indent: true,
    });
  body.push({
    kind: 'p',
    text: `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ${addressee(d.applicant_kind, d.applicant_name)} liên hệ với ${actorOf(c, t) || DESK} để được hướng dẫn.`,
    indent: true,
  });
  return {
    filename: fileName('02', d.code),
    docTitle: `${FORMS['02'].title} ${d.code}`,
    head: headOf(c, '02', t.at, true, t),
    title: FORMS['02'].title,
    subtitle: codeSubtitle(c),
    body,
    signatures: [{ title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: actorOf(c, t) }],
  };
}

/** Form 03: the refusal to accept the dossier, with its reason. */
export function refusalForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  const t = lastStepOf(
    c,
    ['refuse'],
    'Hồ sơ không bị từ chối tiếp nhận nên không có Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03).',
  );
  const agency = agencyText(c);
  return {
    filename: fileName('03', d.code),
    docTitle: `${FORMS['03'].title} ${d.code}`,
    head: headOf(c, '03', t.at, true, t),
    title: FORMS['03'].title,
    subtitle: codeSubtitle(c),
    body: [
      ...applicantLines(c, `${DESK} – ${agency} tiếp nhận hồ sơ của:`),
      {
        kind: 'p',
        text: `Qua xem xét, ${DESK} – ${agency} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
        indent: true,
      },
      reasonOf(t.reason),
      {
        kind: 'p',
        text: `Xin thông báo để ${addressee(d.applicant_kind, d.applicant_name)} được biết và thực hiện./.`,
        indent: true,
      },
    ],
    signatures: [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: actorOf(c, t) }],
  };
}

const dateOf = (v: unknown): string | undefined =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : undefined;

/** Form 04: the apology for a late result and the new appointment. */
export function apologyForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  const t = lastStepOf(
    c,
    ['apologise'],
    'Hồ sơ chưa có văn bản xin lỗi, hẹn lại ngày trả kết quả nên không có Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).',
  );
  const agency = agencyText(c);
  const who = addressee(d.applicant_kind, d.applicant_name);
  // The appointment it replaces: what the step recorded, else the one an earlier apology set, else the legal one.
  const earlier = c.forms.transitions.filter((x) => x.action === 'apologise' && x.seq < t.seq).at(-1);
  const oldDue =
    dateOf(t.data.oldDueAt) ??
    dateOf(t.data.previousDueAt) ??
    dateOf(earlier?.data.newDueAt) ??
    d.original_due_at ??
    undefined;
  const newDue = dateOf(t.data.newDueAt) ?? d.due_at ?? undefined;
  const received = d.received_at ?? d.submitted_at;
  const body: FormBlock[] = [
    { kind: 'p', text: [{ text: `Kính gửi: ${who}.`, bold: true }], align: 'center' },
    {
      kind: 'p',
      text: `Ngày ${dayLong(received).slice(5)}, ${agency} tiếp nhận giải quyết hồ sơ của ${who}, mã hồ sơ ${d.code}.`,
      indent: true,
    },
    { ...requestLine(c), indent: true },
    {
      kind: 'p',
      text: oldDue
        ? `Thời gian hẹn trả kết quả giải quyết hồ sơ: ${timeLong(oldDue)} (${dateShort(oldDue)}).`
        : 'Thời gian hẹn trả kết quả giải quyết hồ sơ: theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
      indent: true,
    },
    {
      kind: 'p',
      text: `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ cho ${who} đúng hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      indent: true,
    },
    reasonOf(t.reason),
    {
      kind: 'p',
      text: [
        {
          text: `Sự chậm trễ này đã gây phiền hà cho ${who}. ${agency} xin lỗi ${who} và hẹn lại thời gian trả kết quả vào `,
        },
        { text: newDue ? `${timeLong(newDue)} (${weekdayDate(newDue)})` : '…', bold: true },
        { text: '.' },
      ],
      indent: true,
    },
    { kind: 'p', text: 'Xin trân trọng cảm ơn./.', indent: true },
  ];
  return {
    filename: fileName('04', d.code),
    docTitle: `${FORMS['04'].title} ${d.code}`,
    head: headOf(c, '04', t.at, false, t),
    title: FORMS['04'].title,
    subtitle: codeSubtitle(c),
    body,
    signatures: [HEAD_OF_AGENCY],
    recipients: RECIPIENTS,
  };
}

/** Form 05: the notice that the processing of the dossier stops, with its reason. */
export function stopForm(c: FormContext): FormDoc {
  const d = c.forms.dossier;
  const t = lastStepOf(
    c,
    ['stop'],
    'Hồ sơ không bị dừng giải quyết nên không có Thông báo dừng giải quyết hồ sơ (Mẫu 05).',
  );
  const agency = agencyText(c);
  const who = addressee(d.applicant_kind, d.applicant_name);
  const received = d.received_at ?? d.submitted_at;
  return {
    filename: fileName('05', d.code),
    docTitle: `${FORMS['05'].title} ${d.code}`,
    head: headOf(c, '05', t.at, false, t),
    title: FORMS['05'].title,
    subtitle: codeSubtitle(c),
    body: [
      { kind: 'p', text: [{ text: `Kính gửi: ${who}.`, bold: true }], align: 'center' },
      {
        kind: 'p',
        text: `Ngày ${dayLong(received).slice(5)}, ${agency} tiếp nhận giải quyết hồ sơ của ${who}, mã hồ sơ ${d.code}.`,
        indent: true,
      },
      { ...requestLine(c), indent: true },
      {
        kind: 'p',
        text: `${agency} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${timeLong(t.at)}.`,
        indent: true,
      },
      reasonOf(t.reason),
      {
        kind: 'p',
        text: `Giấy tờ đã nộp (nếu có) được trả lại tại ${DESK} – ${agency}. Xin thông báo để ${who} được biết./.`,
        indent: true,
      },
    ],
    signatures: [HEAD_OF_AGENCY],
    recipients: RECIPIENTS,
  };
}
