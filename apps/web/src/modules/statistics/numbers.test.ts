import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../lib/tsv.ts';
import { changePercent, formatChange, formatStat, parseViNumber } from './numbers.ts';

const num = (text: string) => {
  const p = parseViNumber(text);
  return p.kind === 'number' ? p.value : p.kind;
};

describe('a number typed or pasted into the entry grid', () => {
  it('reads the Vietnamese format: dots group thousands, a comma before the decimals', () => {
    expect(num('1.234,5')).toBe(1234.5);
    expect(num('1.234.567,8')).toBe(1234567.8);
    expect(num('1234,5')).toBe(1234.5);
    expect(num('1.234')).toBe(1234);
    expect(num(' 1 234,5 ')).toBe(1234.5);
    expect(num('-12,5')).toBe(-12.5);
    expect(num('(3,5)')).toBe(-3.5);
    expect(num('12,3%')).toBe(12.3);
  });

  it('reads what an English Excel copies', () => {
    expect(num('12.5')).toBe(12.5);
    expect(num('1,234.5')).toBe(1234.5);
  });

  it('says empty for blank and invalid for text, never a number', () => {
    expect(num('')).toBe('empty');
    expect(num('  ')).toBe('empty');
    expect(num('abc')).toBe('invalid');
    expect(num('1,2,3')).toBe('invalid');
    expect(num('12a')).toBe('invalid');
    expect(num('1.23,4')).toBe('invalid');
    expect(num('-')).toBe('invalid');
  });

  it('writes numbers the Vietnamese way', () => {
    expect(formatStat(1234567.8)).toBe('1.234.567,8');
    expect(formatStat(1234567.8, 0)).toBe('1.234.568');
    expect(formatStat(null)).toBe('');
    expect(formatChange(12.34)).toBe('+12,3%');
    expect(formatChange(-5)).toBe('-5%');
    expect(changePercent(110, 100)).toBeCloseTo(10);
    expect(changePercent(1, 0)).toBeNull();
    expect(changePercent(null, 3)).toBeNull();
  });

  it('splits a block copied from Excel into rows and cells', () => {
    expect(parseTsv('1.234,5\tsơ bộ\r\n2\t\r\n')).toEqual([
      ['1.234,5', 'sơ bộ'],
      ['2', ''],
    ]);
    expect(parseTsv('7')).toEqual([['7']]);
    expect(parseTsv('"a\nb"\t3\n')).toEqual([['a\nb', '3']]);
  });
});
