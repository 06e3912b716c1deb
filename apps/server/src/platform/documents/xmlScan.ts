import type { XmlHandlers } from './xlsxParts.ts';

/**
 * A streaming XML tokenizer for the parts of a workbook, several times faster than a general
 * SAX parser on a large sheet: text is found with indexOf, only tags are walked character by
 * character. It gives local names (the prefix dropped), attributes with entities decoded, text
 * and CDATA; it skips the XML declaration, processing instructions, comments and a DOCTYPE. It
 * checks what a reader relies on: tags close in order, attribute values are quoted, entities are
 * known, nothing is left open at the end. Anything else throws (the caller answers "not Excel").
 */
/** Longer than any tag of a real workbook, by far. */
const MAX_PENDING = 4 * 1024 * 1024;

export class XmlScanner {
  /** Decoded text not yet consumed: an unfinished tag, or an entity cut by the chunk's end. */
  private rest = '';
  private readonly open: string[] = [];
  private seenRoot = false;

  constructor(private readonly h: XmlHandlers) {}

  write(chunk: string): void {
    const s = this.rest ? this.rest + chunk : chunk;
    this.rest = '';
    let at = 0;
    const n = s.length;
    while (at < n) {
      const lt = s.indexOf('<', at);
      if (lt < 0) {
        // Text that goes on in the next chunk: given now, but for a last entity that may be cut.
        const amp = s.lastIndexOf('&');
        const cut = amp >= at && s.indexOf(';', amp) < 0 ? amp : n;
        if (cut > at) this.text(s.slice(at, cut));
        this.keep(s.slice(cut));
        return;
      }
      if (lt > at) this.text(s.slice(at, lt));
      const end = this.markup(s, lt);
      if (end < 0) {
        this.keep(s.slice(lt));
        return;
      }
      at = end;
    }
  }

  private keep(pending: string): void {
    if (pending.length > MAX_PENDING) throw new Error('tag too long');
    this.rest = pending;
  }

  close(): void {
    if (this.rest.trim()) throw new Error('unexpected end of document');
    if (this.open.length || !this.seenRoot) throw new Error('unclosed element');
  }

  private text(raw: string): void {
    if (!this.open.length) {
      if (raw.trim()) throw new Error('text outside the root element');
      return;
    }
    this.h.text(raw.indexOf('&') < 0 ? raw : decodeEntities(raw));
  }

  /** Handles the markup starting at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private markup(s: string, lt: number): number {
    const next = s.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === 33 /* ! */) {
      if (s.startsWith('<!--', lt)) return after(s, '-->', lt + 4);
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) return -1;
        if (!this.open.length) throw new Error('CDATA outside the root element');
        this.h.text(s.slice(lt + 9, end));
        return end + 3;
      }
      if (s.length - lt < 9) return -1;
      if (s.startsWith('<!DOCTYPE', lt)) return this.doctype(s, lt);
      throw new Error('unknown markup');
    }
    if (next === 63 /* ? */) return after(s, '?>', lt + 2);
    if (next === 47 /* / */) {
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      const name = s.slice(lt + 2, gt).trimEnd();
      if (this.open.pop() !== name) throw new Error(`mismatched closing tag ${name}`);
      this.h.close(localName(name));
      return gt + 1;
    }
    return this.startTag(s, lt);
  }

  private doctype(s: string, lt: number): number {
    // An internal subset ([ … ]) may hold '>' of its own declarations.
    let depth = 0;
    for (let i = lt + 9; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 62 && depth <= 0) return i + 1;
    }
    return -1;
  }

  private startTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    while (i < n && !isNameEnd(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const name = s.slice(lt + 1, i);
    if (!name) throw new Error('empty tag name');
    const attrs: Record<string, string> = {};
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */ || c === 47 /* / */) {
        const selfClosing = c === 47;
        if (selfClosing) {
          if (i + 1 >= n) return -1;
          if (s.charCodeAt(i + 1) !== 62) throw new Error('bad empty-element tag');
        }
        if (!this.open.length && this.seenRoot) throw new Error('a second root element');
        this.seenRoot = true;
        const local = localName(name);
        this.h.open(local, attrs);
        if (selfClosing) {
          this.h.close(local);
          return i + 2;
        }
        this.open.push(name);
        return i + 1;
      }
      const start = i;
      while (i < n && !isNameEnd(s.charCodeAt(i)) && s.charCodeAt(i) !== 61) i++;
      const attr = s.slice(start, i);
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (!attr || s.charCodeAt(i) !== 61 /* = */) throw new Error('bad attribute');
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) throw new Error('unquoted attribute value');
      const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      const raw = s.slice(i + 1, close);
      if (raw.indexOf('<') >= 0) throw new Error("'<' in an attribute value");
      attrs[attr] = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
      i = close + 1;
    }
  }
}

const after = (s: string, end: string, from: number) => {
  const i = s.indexOf(end, from);
  return i < 0 ? -1 : i + end.length;
};

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const isNameEnd = (c: number) => isSpace(c) || c === 62 || c === 47;

const localName = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&\s]{0,12});?/gu, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error('unterminated entity');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new Error('bad character reference');
      return String.fromCodePoint(code);
    }
    const v = NAMED[ref];
    if (v === undefined) throw new Error(`unknown entity ${ref}`);
    return v;
  });
}
