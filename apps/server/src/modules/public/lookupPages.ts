import { html, type Html } from './html.ts';
import { vnDate, vnDateTime } from './format.ts';
import type { PublicDossier } from './lookup.ts';

export const LOOKUP_TITLE = 'Tra cứu hồ sơ thủ tục hành chính';

/** The lookup form, with what was typed and a message above it when there is one. */
export function lookupForm(values: { ma: string; kiemtra: string }, message?: Html | string): Html {
  return html`<h1>${LOOKUP_TITLE}</h1>
    ${message ? html`<p class="error" role="alert">${message}</p>` : ''}
    <form class="card" method="get" action="/tra-cuu">
      <label for="ma">Mã hồ sơ</label>
      <input
        type="text"
        id="ma"
        name="ma"
        value="${values.ma}"
        required
        maxlength="60"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="ma-goi-y"
      />
      <p class="hint" id="ma-goi-y">
        In trên giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ 000.00.00.H00-261207-0001.
      </p>
      <label for="kiemtra">4 số cuối điện thoại hoặc số định danh (CCCD)</label>
      <input
        type="text"
        id="kiemtra"
        name="kiemtra"
        value="${values.kiemtra}"
        required
        inputmode="numeric"
        pattern="[0-9]{4}"
        maxlength="4"
        autocomplete="off"
        aria-describedby="kt-goi-y"
        ${values.ma && !values.kiemtra ? html`autofocus` : ''}
      />
      <p class="hint" id="kt-goi-y">Số điện thoại hoặc số căn cước đã khai khi nộp hồ sơ.</p>
      <button type="submit">Tra cứu</button>
    </form>`;
}

const stepClass = (s: PublicDossier['steps'][number]) => (s.finishedAt ? 'done' : s.startedAt ? 'now' : '');
const stepState = (s: PublicDossier['steps'][number]) =>
  s.finishedAt
    ? html`Hoàn thành lúc <span class="nw">${vnDateTime(s.finishedAt)}</span>`
    : s.startedAt
      ? html`Đang xử lý từ <span class="nw">${vnDateTime(s.startedAt)}</span>`
      : html`<span class="muted">Chưa đến bước này</span>`;

/**
 * The appointment: marked "(đã hẹn lại)" when an apology set it; an open dossier past it says so as a warning
 * under it (the department owes an apology and a new appointment, §3.6).
 */
const appointment = (d: PublicDossier) =>
  d.dueAt
    ? html`<dt>Ngày hẹn trả kết quả</dt>
        <dd>${vnDate(d.dueAt)}${d.rescheduled ? ' (đã hẹn lại)' : ''}</dd>
        ${d.overdue
          ? html`<dd class="warn" role="status">Đã quá hạn hẹn trả — Sở sẽ gửi văn bản xin lỗi và hẹn lại</dd>`
          : ''}`
    : '';

/** The answer: status, appointment, dates and the steps, then the form again for another code. */
export function lookupAnswer(d: PublicDossier): Html {
  const row = (label: string, value: string) =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : '';
  return html`<h1>Hồ sơ <span class="code">${d.code}</span></h1>
    <section class="card" aria-labelledby="tt">
      <h2 id="tt">Tình trạng</h2>
      <dl>
        <dt>Thủ tục</dt>
        <dd>${d.procedureName}</dd>
        <dt>Trạng thái</dt>
        <dd>${d.statusLabel}</dd>
        ${row('Ngày tiếp nhận', vnDate(d.receivedAt))} ${appointment(d)}
        ${row('Ngày giải quyết xong', vnDate(d.finishedAt))} ${row('Ngày trả kết quả', vnDate(d.returnedAt))}
      </dl>
    </section>
    ${d.steps.length
      ? html`<section class="card" aria-labelledby="qt">
          <h2 id="qt">Quá trình giải quyết</h2>
          <ol class="steps">
            ${d.steps.map(
              (s) =>
                html`<li class="${stepClass(s)}">
                  <strong>${s.name}</strong>${s.unit ? html`<br /><span class="muted">${s.unit}</span>` : ''}<br />${stepState(
                    s,
                  )}
                </li>`,
            )}
          </ol>
        </section>`
      : ''}
    <p><a href="/tra-cuu">Tra cứu hồ sơ khác</a></p>`;
}
