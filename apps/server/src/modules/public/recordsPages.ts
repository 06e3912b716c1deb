import { searchKey } from '@thidua/domain';
import { html, type Html } from './html.ts';
import { vnDate } from './format.ts';
import type { Posting, PublicInitiative, RegisterEntry } from './recordsData.ts';
import { PAGE_SIZE } from './recordsData.ts';
import type { PublicSeries } from './recordsStats.ts';
import { COMMENT_MAX, CONTACT_MAX, NAME_MAX } from './recordsComments.ts';

/** The /cong-khai pages' titles and summaries (meta description, Open Graph). */
export const RECORD_PAGES = {
  index: {
    path: '/cong-khai',
    title: 'Thông tin công khai',
    description: 'Thông tin công khai về thi đua, khen thưởng, sáng kiến, thống kê ngành và thủ tục hành chính.',
  },
  decisions: {
    path: '/cong-khai/quyet-dinh',
    title: 'Sổ quyết định khen thưởng của Giám đốc Sở',
    description: 'Danh sách quyết định khen thưởng của Giám đốc Sở: số, ngày ký, tên và đơn vị của người được khen.',
  },
  posting: {
    path: '/cong-khai/lay-y-kien',
    title: 'Lấy ý kiến nhân dân về danh sách đề nghị khen thưởng',
    description:
      'Danh sách cá nhân, tập thể được đề nghị khen thưởng đang công khai lấy ý kiến, và mẫu gửi ý kiến góp ý.',
  },
  initiatives: {
    path: '/cong-khai/sang-kien',
    title: 'Sáng kiến được công nhận',
    description: 'Danh sách sáng kiến được công nhận: tên sáng kiến, tác giả, cấp công nhận và năm.',
  },
  statistics: {
    path: '/cong-khai/thong-ke',
    title: 'Số liệu thống kê ngành',
    description: 'Một số chỉ tiêu thống kê chủ yếu của ngành Công Thương theo năm, kèm biểu đồ.',
  },
} as const;

const intVi = (n: number) => n.toLocaleString('vi-VN');
const valueVi = (v: number, d: number) =>
  v.toLocaleString('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: Math.max(0, Math.min(4, d)) });

export function indexPage(): Html {
  const link = (key: Exclude<keyof typeof RECORD_PAGES, 'index'>) => {
    const p = RECORD_PAGES[key];
    return html`<li>
      <a href="${p.path}">${p.title}</a>
      <p class="hint">${p.description}</p>
    </li>`;
  };
  return html`<h1>${RECORD_PAGES.index.title}</h1>
    <div class="card">
      <h2>Thi đua, khen thưởng</h2>
      <ul class="plain">
        ${link('posting')} ${link('decisions')} ${link('initiatives')}
      </ul>
    </div>
    <div class="card">
      <h2>Ngành Công Thương</h2>
      <ul class="plain">
        ${link('statistics')}
      </ul>
    </div>
    <div class="card">
      <h2>Thủ tục hành chính</h2>
      <ul class="plain">
        <li>
          <a href="/thu-tuc">Danh mục thủ tục hành chính</a>
          <p class="hint">Thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và mẫu đơn, tờ khai.</p>
        </li>
        <li>
          <a href="/tra-cuu">Tra cứu tình trạng hồ sơ</a>
          <p class="hint">Nhập mã hồ sơ trên giấy tiếp nhận để xem hồ sơ đang ở bước nào.</p>
        </li>
      </ul>
    </div>`;
}

function searchForm(path: string, q: string, label: string): Html {
  return html`<form method="get" action="${path}" class="card" role="search">
    <label for="q">${label}</label>
    <input type="search" id="q" name="q" value="${q}" maxlength="100" />
    <p class="hint">Có thể gõ không dấu.</p>
    <button type="submit">Tìm</button>
  </form>`;
}

function pager(path: string, q: string, page: number, total: number): Html {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `${path}?${new URLSearchParams({ ...(q ? { q } : {}), trang: String(p) }).toString()}`;
  return html`<nav class="pager" aria-label="Phân trang">
    <span>${page > 1 ? html`<a href="${href(page - 1)}" rel="prev">← Trang trước</a>` : ''}</span>
    <span class="muted">Trang ${page}/${pages}</span>
    <span>${page < pages ? html`<a href="${href(page + 1)}" rel="next">Trang sau →</a>` : ''}</span>
  </nav>`;
}

const found = (total: number, q: string, what: string) =>
  html`<p class="muted" role="status">
    ${total ? `${intVi(total)} ${what}` : `Không có ${what}`}${q ? html` khớp với “${q}”` : ''}.
  </p>`;

/**
 * Recipients shown under a decision in the register (the page stays small on a phone); all of them are on the
 * decision's own page. A search by name shows the matching recipients first.
 */
const SHOWN = 5;

const recipientList = (list: RegisterEntry['recipients']) =>
  html`<ul class="list">
    ${list.map(
      (r) =>
        html`<li>
          <strong>${r.name}</strong>${r.title ? `, ${r.title}` : ''}${r.unit ? ` – ${r.unit}` : ''}
          <span class="muted">(${r.award})</span>
        </li>`,
    )}
  </ul>`;

const decisionPath = (id: string) => `${RECORD_PAGES.decisions.path}/${encodeURIComponent(id)}`;

const decisionHead = (d: RegisterEntry, h: 'h1' | 'h2') =>
  html`${h === 'h1' ? html`<h1>Quyết định số ${d.number}</h1>` : html`<h2>Quyết định số ${d.number}</h2>`}
    <p class="muted">Ngày ký ${vnDate(`${d.signedOn}T05:00:00Z`)}</p>
    ${d.summary ? html`<p>${d.summary}</p>` : ''}`;

export function decisionsPage(list: { items: RegisterEntry[]; total: number; page: number }, q: string): Html {
  const p = RECORD_PAGES.decisions;
  const words = searchKey(q).split(' ').filter(Boolean);
  const matches = (name: string) => words.length > 0 && words.every((w) => searchKey(name).includes(w));
  return html`<h1>${p.title}</h1>
    ${searchForm(p.path, q, 'Tìm theo số quyết định, nội dung hoặc tên người được khen')}
    ${found(list.total, q, 'quyết định')}
    ${list.items.map((d) => {
      const shown = [...d.recipients.filter((r) => matches(r.name)), ...d.recipients.filter((r) => !matches(r.name))];
      return html`<article class="card">
        ${decisionHead(d, 'h2')} ${recipientList(shown.slice(0, SHOWN))}
        ${d.recipients.length > SHOWN
          ? html`<p>
              <a href="${decisionPath(d.id)}"
                >Xem toàn bộ ${intVi(d.recipients.length)} người, tập thể được khen theo Quyết định số ${d.number}</a
              >
            </p>`
          : ''}
      </article>`;
    })}
    ${pager(p.path, q, list.page, list.total)}`;
}

/** One decision with every recipient (the register shows the first few). */
export function decisionPage(d: RegisterEntry): Html {
  return html`<p><a href="${RECORD_PAGES.decisions.path}">← ${RECORD_PAGES.decisions.title}</a></p>
    <article class="card">
      ${decisionHead(d, 'h1')}
      <h2>${intVi(d.recipients.length)} người, tập thể được khen</h2>
      ${recipientList(d.recipients)}
    </article>`;
}

export function initiativesPage(list: { items: PublicInitiative[]; total: number; page: number }, q: string): Html {
  const p = RECORD_PAGES.initiatives;
  return html`<h1>${p.title}</h1>
    ${searchForm(p.path, q, 'Tìm theo tên sáng kiến')} ${found(list.total, q, 'sáng kiến')}
    <ul class="plain card">
      ${list.items.map(
        (i) =>
          html`<li>
            <strong>${i.title}</strong>
            <dl>
              <dt>Tác giả</dt>
              <dd>${i.authors.join(', ') || '—'}</dd>
              <dt>Cấp công nhận, năm</dt>
              <dd>${i.level ? `Sáng kiến ${i.level}` : 'Sáng kiến'}, năm ${i.year}</dd>
            </dl>
          </li>`,
      )}
    </ul>
    ${pager(p.path, q, list.page, list.total)}`;
}

export interface CommentFormState {
  values?: { ten?: string; lienhe?: string; ykien?: string; ungvien?: string };
  error?: string;
}

function commentForm(posting: Posting, token: string, state: CommentFormState): Html {
  const v = state.values ?? {};
  const f = `f-${posting.id}`;
  return html`<form method="post" action="/cong-khai/lay-y-kien" class="card" aria-labelledby="${f}-h">
    <h3 id="${f}-h">Gửi ý kiến góp ý</h3>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : ''}
    <input type="hidden" name="hoso" value="${posting.id}" />
    <input type="hidden" name="t" value="${token}" />
    <label for="${f}-uv">Góp ý về</label>
    <select id="${f}-uv" name="ungvien">
      <option value="">Cả danh sách</option>
      ${posting.candidates.map(
        (c) => html`<option value="${c.id}" ${v.ungvien === c.id ? html`selected` : ''}>${c.name}</option>`,
      )}
    </select>
    <label for="${f}-yk">Nội dung ý kiến (bắt buộc)</label>
    <textarea id="${f}-yk" name="ykien" rows="5" maxlength="${COMMENT_MAX}" required aria-describedby="${f}-yk-h">
${v.ykien ?? ''}</textarea
    >
    <p class="hint" id="${f}-yk-h">Tối đa ${intVi(COMMENT_MAX)} ký tự.</p>
    <label for="${f}-ten">Họ và tên (không bắt buộc)</label>
    <input type="text" id="${f}-ten" name="ten" maxlength="${NAME_MAX}" value="${v.ten ?? ''}" autocomplete="name" />
    <label for="${f}-lh">Số điện thoại hoặc thư điện tử để Sở liên hệ lại (không bắt buộc)</label>
    <input type="text" id="${f}-lh" name="lienhe" maxlength="${CONTACT_MAX}" value="${v.lienhe ?? ''}" />
    <p class="hint">Thông tin liên hệ chỉ Văn phòng thi đua, khen thưởng của Sở xem, không công bố.</p>
    <button type="submit">Gửi ý kiến</button>
  </form>`;
}

export function postingPage(
  postings: Posting[],
  tokenOf: (id: string) => string,
  forms: Record<string, CommentFormState> = {},
): Html {
  const p = RECORD_PAGES.posting;
  return html`<h1>${p.title}</h1>
    <p>
      Theo quy định, danh sách đề nghị khen thưởng được công khai để lấy ý kiến nhân dân trước khi trình Hội đồng Thi
      đua – Khen thưởng. Mọi ý kiến được chuyển đến bộ phận thi đua, khen thưởng của Sở.
    </p>
    ${postings.length
      ? postings.map(
          (s) =>
            html`<section class="card" aria-labelledby="h-${s.id}">
              <h2 id="h-${s.id}">${s.title}</h2>
              <p class="muted">
                Năm ${s.year}; công khai từ ${vnDate(`${s.from}T05:00:00Z`)} đến hết ${vnDate(`${s.to}T05:00:00Z`)}
              </p>
              <ol class="list">
                ${s.candidates.map(
                  (c) =>
                    html`<li>
                      <strong>${c.name}</strong>${c.title ? `, ${c.title}` : ''}${c.unit ? ` – ${c.unit}` : ''}
                      <br /><span class="muted">Đề nghị: ${c.award}</span>
                      ${c.achievement ? html`<p class="hint">${c.achievement}</p>` : ''}
                    </li>`,
                )}
              </ol>
              ${commentForm(s, tokenOf(s.id), forms[s.id] ?? {})}
            </section>`,
        )
      : html`<p class="card">Hiện không có danh sách nào đang trong thời gian công khai lấy ý kiến.</p>`}`;
}

export function commentThanks(title: string): Html {
  return html`<h1>Đã nhận ý kiến</h1>
    <p class="ok" role="status">
      Cảm ơn bạn đã góp ý về danh sách “${title}”. Ý kiến đã được chuyển đến bộ phận thi đua, khen thưởng của Sở.
    </p>
    <p><a href="${RECORD_PAGES.posting.path}">Quay lại danh sách công khai</a></p>`;
}

/** A bar chart of one indicator's years, drawn as inline SVG (no script), with its figures in words for readers. */
function chart(s: PublicSeries): Html {
  const pts = s.points.filter((p) => p.value !== null) as { year: number; value: number }[];
  if (!pts.length) return html``;
  const w = 320;
  const h = 160;
  const top = 16;
  const base = h - 22;
  const max = Math.max(...pts.map((p) => p.value), 0) || 1;
  const slot = w / s.points.length;
  const bar = Math.min(36, slot * 0.6);
  const label = `Biểu đồ cột ${s.name} (${s.unit}): ${pts.map((p) => `năm ${p.year}: ${valueVi(p.value, s.decimals)}`).join('; ')}`;
  return html`<svg class="chart" viewBox="0 0 ${w} ${h}" role="img" aria-label="${label}">
    <line x1="0" y1="${base}" x2="${w}" y2="${base}" stroke="#57606a" stroke-width="1" />
    ${s.points.map((p, k) => {
      const x = k * slot + (slot - bar) / 2;
      const text = html`<text x="${x + bar / 2}" y="${h - 6}" font-size="11" text-anchor="middle" fill="#1f2328">
        ${p.year}
      </text>`;
      if (p.value === null) return text;
      const bh = Math.max(1, (Math.max(0, p.value) / max) * (base - top));
      return html`<rect x="${x}" y="${base - bh}" width="${bar}" height="${bh}" fill="#0b4f8a" />${text}`;
    })}
  </svg>`;
}

export function statisticsPage(series: PublicSeries[]): Html {
  const p = RECORD_PAGES.statistics;
  return html`<h1>${p.title}</h1>
    <p>Số liệu cả năm trên địa bàn tỉnh, theo số liệu thống kê ngành đã tổng hợp. Năm chưa có số liệu để trống.</p>
    ${series.length
      ? series.map(
          (s) =>
            html`<section class="card" aria-labelledby="s-${s.code}">
              <h2 id="s-${s.code}">${s.name}</h2>
              <p class="muted">Đơn vị tính: ${s.unit}</p>
              ${chart(s)}
              <table>
                <caption class="muted">
                  ${s.name} theo năm
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Năm</th>
                    <th scope="col" class="n">Giá trị (${s.unit})</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.points.map(
                    (pt) =>
                      html`<tr>
                        <td>${pt.year}</td>
                        <td class="n">${pt.value === null ? 'chưa có số liệu' : valueVi(pt.value, s.decimals)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </section>`,
        )
      : html`<p class="card">Chưa có số liệu thống kê được công bố.</p>`}`;
}
