import { describe, expect, it } from 'vitest';
import { implausibleDate, personDateProblems } from './dates.ts';
import { unsafeTextChar } from './text.ts';

describe('date plausibility', () => {
  it('refuses years outside 1900–2100', () => {
    expect(implausibleDate('1800-01-01')).toMatch(/Năm 1800/u);
    expect(implausibleDate('9999-12-31')).toMatch(/Năm 9999/u);
    expect(implausibleDate('2026-05-01')).toBeNull();
  });

  it("names the field of a person's implausible date", () => {
    const today = '2026-06-01';
    expect(personDateProblems({ dateOfBirth: '1800-01-01' }, today).map((p) => p.path)).toEqual(['dateOfBirth']);
    expect(personDateProblems({ dateOfBirth: '2020-01-01' }, today).map((p) => p.path)).toEqual(['dateOfBirth']);
    expect(personDateProblems({ dateOfBirth: '1990-01-01', startDate: '1989-01-01' }, today)).toEqual([
      { path: 'startDate', message: expect.stringMatching(/sau ngày sinh/u) },
    ]);
    expect(personDateProblems({ dateOfBirth: '1990-01-01', startDate: '2012-09-01' }, today)).toEqual([]);
    expect(personDateProblems({ dateOfBirth: null, startDate: null }, today)).toEqual([]);
  });
});

describe('unsafe text characters', () => {
  it('finds controls and bidirectional overrides, leaves tab, newlines and Vietnamese alone', () => {
    expect(unsafeTextChar('a\u0000b')).toBe('U+0000');
    expect(unsafeTextChar('abc\u202Etxt')).toBe('U+202E');
    expect(unsafeTextChar('x\u2067')).toBe('U+2067');
    expect(unsafeTextChar('Nguyễn Văn Đạt\t\r\n')).toBeNull();
  });
});
