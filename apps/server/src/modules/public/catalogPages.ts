import {
  DOCUMENT_KIND_LABELS,
  ONLINE_LEVEL_LABELS,
  PROCEDURE_FIELDS,
  PROCEDURE_FIELD_LABELS,
  PROCEDURE_LEVEL_LABELS,
  type DocumentKind,
  type OnlineLevel,
  type ProcedureField,
  type ProcedureLevel,
} from '@thidua/domain';
import { html, type Html } from './html.ts';
import { dong, timeLimit, vnDate } from './format.ts';
import type { CatalogItem, PublishedProcedure } from './catalog.ts';

export const CATALOG_TITLE = 'Thủ tục hành chính';

const fieldLabel = (f: string) => PROCEDURE_FIELD_LABELS[f as ProcedureField] ?? f;
const feeWords = (total: number) =>
  total > 0 ? html`<span class="nw">${dong(total)}</span>` : 'Không thu phí, lệ phí';

/** `/thu-tuc?q=…&linh-vuc=…&trang=n` with the same filters and another page. */
const pageLink = (q: string, field: string | null, page: number) => {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (field) p.set('linh-vuc', field);
  if (page > 1) p.set('trang', String(page));
  const s = p.toString();
  return `/thu-tuc${s ? `?${s}` : ''}`;
};

export function catalogList(opts: {
  q: string;
  field: string | null;
  items: CatalogItem[];
  total: number;
  page: number;
  pages: number;
}): Html {
  const { q, field, items, total, page, pages } = opts;
  const groups: { field: string; items: CatalogItem[] }[] = [];
  for (const it of items) {
    const last = groups.at(-1);
    if (last?.field === it.field) last.items.push(it);
    else groups.push({ field: it.field, items: [it] });
  }
  return html`<h1>${CATALOG_TITLE}</h1>
    <form class="card" method="get" action="/thu-tuc" role="search">
      <label for="q">Tìm thủ tục</label>
      <input type="search" id="q" name="q" value="${q}" maxlength="100" aria-describedby="q-goi-y" />
      <p class="hint" id="q-goi-y">Gõ tên hoặc mã thủ tục, có dấu hay không dấu đều được (ví dụ: ban buon ruou).</p>
      <label for="linh-vuc">Lĩnh vực</label>
      <select id="linh-vuc" name="linh-vuc">
        <option value="">Tất cả lĩnh vực</option>
        ${PROCEDURE_FIELDS.map(
          (f) => html`<option value="${f}" ${f === field ? html` selected` : ''}>${fieldLabel(f)}</option>`,
        )}
      </select>
      <button type="submit">Tìm</button>
    </form>
    <p role="status">
      ${total ? `Có ${total} thủ tục${q || field ? ' phù hợp' : ' đang áp dụng'}.` : 'Không có thủ tục nào phù hợp.'}
    </p>
    ${groups.map(
      (g) =>
        html`<section class="card">
          <h2>${fieldLabel(g.field)}</h2>
          <ul class="plain">
            ${g.items.map(
              (it) =>
                html`<li>
                  <a href="/thu-tuc/${encodeURIComponent(it.code)}">${it.name}</a><br /><span class="muted"
                    >Mã ${it.code} · ${timeLimit(it.timeAmount, it.timeUnit, it.noAppointment)} ·
                    ${feeWords(it.feeTotal)}</span
                  >
                </li>`,
            )}
          </ul>
        </section>`,
    )}
    ${pages > 1
      ? html`<nav class="pager" aria-label="Phân trang">
          ${page > 1
            ? html`<a href="${pageLink(q, field, page - 1)}" rel="prev">← Trang trước</a>`
            : html`<span></span>`}
          <span>Trang ${page}/${pages}</span>
          ${page < pages
            ? html`<a href="${pageLink(q, field, page + 1)}" rel="next">Trang sau →</a>`
            : html`<span></span>`}
        </nav>`
      : ''}`;
}

/** Where an applicant may hand the dossier in, from the procedure's online level. */
const whereToSubmit = (p: PublishedProcedure) => {
  const online = p.online_level as OnlineLevel;
  return html`<ul class="list">
    <li>Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa) – ${p.agency}.</li>
    <li>Qua dịch vụ bưu chính công ích.</li>
    ${online === 'full' || online === 'partial'
      ? html`<li>Trực tuyến trên Cổng Dịch vụ công (${ONLINE_LEVEL_LABELS[online].toLowerCase()}).</li>`
      : ''}
  </ul>`;
};

/** Legal basis and results are typed as paragraphs: one line each. */
const lines = (text: string) =>
  text
    .split(/\r?\n|;\s*/u)
    .map((l) => l.trim())
    .filter(Boolean);

export function procedureDetail(p: PublishedProcedure): Html {
  const legal = lines(p.legal_basis);
  return html`<p><a href="/thu-tuc">← Danh mục thủ tục</a></p>
    <h1>${p.name}</h1>
    <section class="card">
      <dl>
        <dt>Mã thủ tục</dt>
        <dd>${p.code}</dd>
        <dt>Lĩnh vực</dt>
        <dd>${fieldLabel(p.field)}</dd>
        <dt>Cấp thực hiện</dt>
        <dd>${PROCEDURE_LEVEL_LABELS[p.level as ProcedureLevel] ?? p.level}</dd>
        <dt>Cơ quan thực hiện</dt>
        <dd>${p.agency}</dd>
        <dt>Thời hạn giải quyết</dt>
        <dd>${timeLimit(p.time_amount, p.time_unit, p.no_appointment)}</dd>
        <dt>Phí, lệ phí</dt>
        <dd>${feeWords(p.fee_total)}</dd>
        <dt>Mức độ dịch vụ công trực tuyến</dt>
        <dd>${ONLINE_LEVEL_LABELS[p.online_level as OnlineLevel] ?? p.online_level}</dd>
      </dl>
    </section>
    <section class="card">
      <h2>Nơi nộp hồ sơ</h2>
      ${whereToSubmit(p)}
    </section>
    <section class="card">
      <h2>Thành phần hồ sơ</h2>
      ${p.documents.length
        ? html`<ol class="list">
              ${p.documents.map(
                (d, i) =>
                  html`<li>
                    ${d.name}<br /><span class="muted"
                      >${DOCUMENT_KIND_LABELS[d.kind as DocumentKind] ?? d.kind}: ${Number(d.count) || 1}
                      bản${d.required === false ? ' (nếu có)' : ''}</span
                    >${d.template
                      ? html`<br /><a href="/thu-tuc/${p.code}/mau/${i + 1}" download
                            >Tải mẫu đơn, tờ khai: ${d.template}</a
                          >`
                      : ''}
                  </li>`,
              )}
            </ol>
            <p class="hint">Số lượng hồ sơ: 01 bộ.</p>`
        : html`<p class="muted">Không yêu cầu giấy tờ.</p>`}
    </section>
    ${p.fees.length
      ? html`<section class="card">
          <h2>Phí, lệ phí</h2>
          <ul class="list">
            ${p.fees.map(
              (f) =>
                html`<li>
                  ${f.name}: <span class="nw">${dong(Number(f.amount))}</span>${f.note
                    ? html` <span class="muted">(${f.note})</span>`
                    : ''}
                </li>`,
            )}
          </ul>
        </section>`
      : ''}
    ${p.steps.length || p.legs.length
      ? html`<section class="card">
          <h2>Trình tự giải quyết</h2>
          <ol class="list">
            <li>Bộ phận Một cửa tiếp nhận, kiểm tra hồ sơ và hẹn ngày trả kết quả.</li>
            ${p.steps.map(
              (s) =>
                html`<li>
                  ${s.name}${s.unit ? html` – ${s.unit}` : ''}${s.amount
                    ? html` <span class="muted">(${timeLimit(Number(s.amount), s.timeUnit ?? 'working_days')})</span>`
                    : ''}
                </li>`,
            )}
            ${p.legs.map(
              (l) =>
                html`<li>
                  ${l.name} –
                  ${l.agency}${l.amount
                    ? html` <span class="muted">(${timeLimit(Number(l.amount), l.timeUnit ?? 'working_days')})</span>`
                    : ''}
                </li>`,
            )}
            <li>Bộ phận Một cửa trả kết quả.</li>
          </ol>
        </section>`
      : ''}
    <section class="card">
      <h2>Kết quả</h2>
      <p>
        ${p.result || 'Văn bản giải quyết của cơ quan có thẩm quyền'}${p.result_validity
          ? html`<br /><span class="muted">Thời hạn hiệu lực: ${p.result_validity}</span>`
          : ''}
      </p>
    </section>
    <section class="card">
      <h2>Căn cứ pháp lý</h2>
      ${legal.length
        ? html`<ul class="list">
            ${legal.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : html`<p class="muted">Chưa ghi.</p>`}
      ${p.decision_no
        ? html`<p class="hint">
            Công bố theo Quyết định số
            ${p.decision_no}${p.decision_date ? ` ngày ${vnDate(`${p.decision_date}T00:00:00+07:00`)}` : ''}.
          </p>`
        : ''}
    </section>`;
}
