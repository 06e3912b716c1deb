/**
 * The public pages are server-rendered strings. Every interpolated value is escaped unless it is
 * already `Html` (built by this same tag), so a name typed at the counter or stored in the catalog
 * can never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);

function part(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** `html\`<p>${name}</p>\``: text escaped, nested `html` fragments and arrays of them kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += part(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/**
 * One small stylesheet for every page: readable on a cheap phone (16 px and up, one column, large
 * touch targets), widening on a desk. No script anywhere.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;background:#f5f6f8}
header{background:#0b4f8a;color:#fff;padding:.75rem 1rem}
header a{color:#fff}
header .site{font-weight:600;display:block}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-top:.25rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;line-height:1.3;margin:.25rem 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.card>:first-child{margin-top:0}
.card>:last-child{margin-bottom:0}
a{color:#0b4f8a}
.card{background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:1rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=search],select,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #8c959f;border-radius:6px;background:#fff}
button{font:inherit;font-weight:600;margin-top:1rem;padding:.65rem 1.25rem;border:0;border-radius:6px;background:#0b4f8a;color:#fff;min-height:44px}
.hint{color:#57606a;font-size:.9rem;margin:.25rem 0 0}
.error{color:#a40e26;background:#fff0f0;border:1px solid #f5c2c7;border-radius:6px;padding:.75rem}
.warn{color:#6b3f00;background:#fff8e1;border:1px solid #e8c36a;border-radius:6px;padding:.5rem .75rem}
.ok{color:#0f5132;background:#e8f5ee;border:1px solid #badbcc;border-radius:6px;padding:.75rem}
dl{margin:0}dt{color:#57606a;font-size:.9rem}dd{margin:0 0 .6rem;font-weight:600}dd:last-child{margin-bottom:0}
ol.steps{list-style:none;padding:0;margin:0}
ol.steps li{border-left:3px solid #8c959f;padding:0 0 .9rem .9rem;position:relative}
ol.steps li.done{border-color:#1a7f37}ol.steps li.now{border-color:#bf8700}ol.steps li:last-child{padding-bottom:0}
.muted{color:#57606a}
.nw{white-space:nowrap}
.code{white-space:nowrap;font-size:min(1em,5.6vw)}
ul.list{padding-left:1.2rem;margin:.25rem 0}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain li{padding:.6rem 0;border-bottom:1px solid #e5e8eb}
.pager{display:flex;gap:1rem;justify-content:space-between;margin-top:1rem}
.levels label{font-weight:400;display:flex;gap:.5rem;align-items:center;padding:.5rem;border:1px solid #d8dde3;border-radius:6px;margin:.5rem 0}
.levels input{width:1.25rem;height:1.25rem}
fieldset{border:0;padding:0;margin:0}legend{font-weight:600;padding:0}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e5e8eb;vertical-align:top}td.n,th.n{text-align:right}
summary{color:#0b4f8a;padding:.5rem 0;min-height:44px}
.chart{display:block;width:100%;height:auto;max-width:40rem}
input[type=email]{width:100%;font:inherit;padding:.6rem;border:1px solid #8c959f;border-radius:6px;background:#fff}
footer{max-width:46rem;margin:0 auto;padding:1rem;color:#57606a;font-size:.85rem}
@media (min-width:40rem){h1{font-size:1.6rem}}
`
  .replace(/\n/gu, '')
  .trim();

export interface PageOptions {
  title: string;
  /** The department's name (the root organisation), shown on top and after the title. */
  site: string;
  body: Html;
  /** A one-sentence summary: the meta description and the Open Graph tags (the /cong-khai pages). */
  description?: string;
  /** The page's own path, for og:url (with the description). */
  path?: string;
  /** The footer's line; the one-stop desk's by default. */
  footer?: string;
}

/** A complete Vietnamese page. */
export function page({ title, site, body, description, path, footer }: PageOptions): string {
  return `<!doctype html>${
    html`<html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noarchive" />
        <title>${title} – ${site}</title>
        ${description
          ? html`<meta name="description" content="${description}" />
              <meta property="og:type" content="website" />
              <meta property="og:locale" content="vi_VN" />
              <meta property="og:site_name" content="${site}" />
              <meta property="og:title" content="${title}" />
              <meta property="og:description" content="${description}" />
              ${path ? html`<meta property="og:url" content="${path}" />` : ''}`
          : ''}
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <span class="site">${site}</span>
          <nav aria-label="Trang công khai">
            <a href="/thu-tuc">Thủ tục hành chính</a><a href="/tra-cuu">Tra cứu hồ sơ</a
            ><a href="/cong-khai">Thông tin công khai</a>
          </nav>
        </header>
        <main>${body}</main>
        <footer>${footer ?? 'Bộ phận Tiếp nhận và Trả kết quả (Bộ phận Một cửa)'} – ${site}</footer>
      </body>
    </html>`.value
  }`;
}
