import { describe, expect, it } from 'vitest';
import { XmlScanner } from './xmlScan.ts';

/** The events of a document fed in pieces of `size` characters. */
function scan(xml: string, size = xml.length): string[] {
  const out: string[] = [];
  const p = new XmlScanner({
    open: (name, attrs) =>
      out.push(
        `<${name}${Object.entries(attrs)
          .map(([k, v]) => ` ${k}=${v}`)
          .join('')}>`,
      ),
    close: (name) => out.push(`</${name}>`),
    text: (t) => out.push(`#${t}`),
  });
  for (let i = 0; i < xml.length; i += size) p.write(xml.slice(i, i + size));
  p.close();
  // Adjacent texts are one text to a reader (it appends them).
  return out
    .reduce<string[]>((acc, e) => {
      if (e.startsWith('#') && acc.at(-1)?.startsWith('#')) acc[acc.length - 1] += e.slice(1);
      else acc.push(e);
      return acc;
    }, [])
    .map((e) => (e.startsWith('#') ? e.slice(1) : e));
}

const DOC = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment with <tags> -->
<x:worksheet xmlns:x="urn:x" a='1'><sheetData><row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t xml:space="preserve">Nguyễn &amp; Trần &lt;Phòng&gt; &#273;&#x1EA1;t 🌸</t></is></c><c r="B1" s="2" t="s"><v>0</v></c><c r="C1"/></row></sheetData><![CDATA[a <b> & c]]></x:worksheet>
`;

const EVENTS = [
  '<worksheet xmlns:x=urn:x a=1>',
  '<sheetData>',
  '<row r=1 spans=1:3>',
  '<c r=A1 t=inlineStr>',
  '<is>',
  '<t xml:space=preserve>',
  'Nguyễn & Trần <Phòng> đạt 🌸',
  '</t>',
  '</is>',
  '</c>',
  '<c r=B1 s=2 t=s>',
  '<v>',
  '0',
  '</v>',
  '</c>',
  '<c r=C1>',
  '</c>',
  '</row>',
  '</sheetData>',
  'a <b> & c',
  '</worksheet>',
];

describe('workbook XML scanner', () => {
  it('gives local names, decoded attributes, text, entities and CDATA, whatever the chunk size', () => {
    for (const size of [1, 2, 3, 7, 64, DOC.length]) expect(scan(DOC, size)).toEqual(EVENTS);
  });

  it('keeps a quoted ">" and "/" inside an attribute value', () => {
    expect(scan(`<a href="x>y/z" b='"'/>`, 2)).toEqual(['<a href=x>y/z b=">', '</a>']);
  });

  it('refuses malformed documents', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a>',
      '<a b=c/>',
      '<a>&nbsp;</a>',
      '<a>&amp</a>',
      '<a></a><b></b>',
      'text<a/>',
      '<a><!ENTITY x "y"></a>',
      '',
    ])
      expect(() => scan(bad), bad).toThrow();
  });

  it('gives a long text in pieces, and refuses a tag that never ends instead of growing without bound', () => {
    const texts: string[] = [];
    const p = new XmlScanner({ open() {}, close() {}, text: (t) => texts.push(t) });
    p.write('<a>');
    for (let i = 0; i < 100; i++) p.write('x'.repeat(64 * 1024));
    p.write('&am');
    p.write('p;</a>');
    p.close();
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(`${'x'.repeat(100 * 64 * 1024)}&`);
    const q = new XmlScanner({ open() {}, close() {}, text() {} });
    q.write('<a b="');
    expect(() => {
      for (let i = 0; i < 100; i++) q.write('x'.repeat(64 * 1024));
    }).toThrow(/too long/);
  });
});
