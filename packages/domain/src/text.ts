/**
 * Vietnamese text helpers: NFC normalisation, diacritics-free search keys and
 * a binary-comparable sort key that orders names the way Intl.Collator('vi')
 * does, so SQLite (BINARY) and PostgreSQL (COLLATE "C") sort identically.
 */

/** Trim, collapse inner whitespace and compose to NFC (decomposed input breaks equality). */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower case, no diacritics, đ→d: `Đặng Thị Ánh` → `dang thi anh`. */
export function searchKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.-]+/gu, ' ')
    .trim();
}

// Letters of the Vietnamese alphabet in collation order; ă, â, đ, ê, ô, ơ, ư are letters of their own.
const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const LETTER_RANK = new Map(ALPHABET.map((letter, i) => [letter, i]));
// Combining marks that change the letter (breve, circumflex, horn) vs. tone marks.
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031B']);
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** Secondary (tone) and tertiary (case) orders, read from the platform collator once. */
function collatorOrders(): { tone: Map<string, number>; upperFirst: boolean } {
  const collator = new Intl.Collator('vi');
  const variants = ['', ...TONE_MARKS];
  const sorted = [...variants].sort((x, y) => collator.compare(`a${x}`.normalize('NFC'), `a${y}`.normalize('NFC')));
  const tone = new Map(sorted.map((mark, i) => [mark, i]));
  const upperFirst = collator.compare('A', 'a') < 0;
  return { tone, upperFirst };
}
const ORDERS = collatorOrders();

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

function weights(text: string): Weights {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  // One grapheme = a base character followed by its combining marks.
  const clusters = text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? [];
  for (const cluster of clusters) {
    const base = cluster[0] ?? '';
    const marks = [...cluster.slice(1)];
    const lower = base.toLowerCase();
    const letterMarks = marks.filter((m) => LETTER_MARKS.has(m)).join('');
    const tone = marks.find((m) => TONE_MARKS.includes(m)) ?? '';
    const letter = (lower + letterMarks).normalize('NFC');
    const rank = LETTER_RANK.get(letter === 'd' && base === 'Đ' ? 'đ' : letter);
    const isDStroke = lower === 'đ';
    const cp = base.codePointAt(0) ?? 0;
    if (isDStroke) primary += String.fromCharCode(0x41 + (LETTER_RANK.get('đ') ?? 0));
    else if (rank !== undefined) primary += String.fromCharCode(0x41 + rank);
    else if (/\p{N}/u.test(base)) primary += String.fromCharCode(0x30 + (Number(base) % 10));
    else if (/[\p{P}\p{Z}\p{S}]/u.test(base)) primary += '!';
    else primary += String.fromCodePoint(0x100 + cp);
    secondary += String.fromCharCode(0x41 + (ORDERS.tone.get(tone) ?? 0));
    const isUpper = base !== lower;
    tertiary += isUpper === ORDERS.upperFirst ? 'a' : 'b';
  }
  return { primary, secondary, tertiary };
}

// Names repeat (a province has a few hundred family, middle and given names): an import of
// 100,000 people computes each key once. Bounded, and cleared when full.
const COLLATION_CACHE = new Map<string, string>();

/** Sort key of one text: compare primary letters, then tones, then case, like the collator. */
export function collationKey(text: string): string {
  let key = COLLATION_CACHE.get(text);
  if (key === undefined) {
    const w = weights(normalizeText(text));
    key = `${w.primary} ${w.secondary} ${w.tertiary}`;
    if (COLLATION_CACHE.size >= 20_000) COLLATION_CACHE.clear();
    COLLATION_CACHE.set(text, key);
  }
  return key;
}

export interface PersonName {
  familyName: string;
  middleName?: string | null;
  givenName: string;
}

/** Vietnamese name order: given name, then middle, then family name. */
export function nameSortKey(name: PersonName): string {
  return [name.givenName, name.middleName ?? '', name.familyName].map(collationKey).join(' ');
}

export function fullName(name: PersonName): string {
  return normalizeText([name.familyName, name.middleName ?? '', name.givenName].join(' '));
}

const collator = new Intl.Collator('vi');
/** Reference comparator (what the stored key must reproduce). */
export function compareNames(a: PersonName, b: PersonName): number {
  return (
    collator.compare(normalizeText(a.givenName), normalizeText(b.givenName)) ||
    collator.compare(normalizeText(a.middleName ?? ''), normalizeText(b.middleName ?? '')) ||
    collator.compare(normalizeText(a.familyName), normalizeText(b.familyName))
  );
}

/** Split "Nguyễn Thị Minh Anh" into family / middle / given. */
export function splitFullName(full: string): PersonName {
  const parts = normalizeText(full).split(' ').filter(Boolean);
  if (parts.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (parts.length === 1) return { familyName: '', middleName: '', givenName: parts[0] ?? '' };
  return {
    familyName: parts[0] ?? '',
    middleName: parts.slice(1, -1).join(' '),
    givenName: parts[parts.length - 1] ?? '',
  };
}

/** Show only the last 4 digits of a citizen id in lists. */
export function maskCitizenId(id: string | null | undefined): string | null {
  if (!id) return null;
  return `${'•'.repeat(Math.max(0, id.length - 4))}${id.slice(-4)}`;
}

/**
 * Characters no text field may hold: C0/C1 controls (NUL breaks PostgreSQL, the others hide
 * text) and the bidirectional overrides and isolates that make a file name or a reason read
 * differently from what is stored. Tab, line feed and carriage return are left to the field's
 * own rule (single-line fields collapse them, multi-line fields keep newlines).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** The first unsafe character of a text, as `U+XXXX`, or null when the text is clean. */
export function unsafeTextChar(value: string): string | null {
  const m = UNSAFE_TEXT.exec(value);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export const UNSAFE_TEXT_MESSAGE = 'Chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản không được phép';
