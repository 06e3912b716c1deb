import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collationKey,
  compareNames,
  maskCitizenId,
  nameSortKey,
  normalizeText,
  searchKey,
  splitFullName,
} from './text.ts';
import { parseVnDate, formatVnDate, isValidIsoDate } from './dates.ts';

describe('search key', () => {
  it('drops diacritics and case, đ→d, so clerks can type without accents', () => {
    expect(searchKey('Nguyễn Văn An')).toBe('nguyen van an');
    expect(searchKey('Đặng Thị Hồng Nhung')).toBe('dang thi hong nhung');
    expect(searchKey('  ĐỖ   ƯU  ')).toBe('do uu');
  });
  it('treats composed (NFC) and decomposed (NFD) input alike', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(searchKey(nfd)).toBe(searchKey('Nguyễn Thị Ánh'));
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });
});

const COLLATOR = new Intl.Collator('vi');
const byCollator = (a: string, b: string) => COLLATOR.compare(a, b);
const byKey = (a: string, b: string) => {
  const x = collationKey(a);
  const y = collationKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('Vietnamese collation key', () => {
  it('orders the alphabet a < ă < â, d < đ, o < ô < ơ, u < ư like Intl.Collator("vi")', () => {
    const words = ['ư', 'u', 'ơ', 'ô', 'o', 'đ', 'd', 'â', 'ă', 'a', 'e', 'ê', 'b'];
    const expected = [...words].sort(byCollator);
    expect([...words].sort(byKey)).toEqual(expected);
    expect(expected.slice(0, 3)).toEqual(['a', 'ă', 'â']);
  });
  it('orders tones the way the collator does', () => {
    const words = ['Ánh', 'Anh', 'Ảnh', 'Ạnh', 'Ãnh', 'Ành', 'Ẩn', 'Ân', 'Ấn', 'An'];
    expect([...words].sort(byKey)).toEqual([...words].sort(byCollator));
  });
  it('agrees with the collator on random Vietnamese words (property)', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ'];
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const syllable = fc
      .tuple(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 5 }), fc.constantFrom(...tones))
      .map(([ls, tone]) => (ls.join('') + tone).normalize('NFC'));
    fc.assert(
      fc.property(syllable, syllable, (a, b) => Math.sign(byKey(a, b)) === Math.sign(byCollator(a, b))),
      { numRuns: 3000 },
    );
  });
});

describe('name order', () => {
  const names = [
    'Trần Văn Bình',
    'Nguyễn Thị Ánh',
    'Lê An',
    'Đặng Thị An',
    'Nguyễn Văn An',
    'Phạm Ngọc Ân',
    'Hoàng Đức Anh',
    'Vũ Thị Ánh',
    'Bùi Văn Đạt',
    'Đỗ Văn Dũng',
    'Ngô Thị Ơn',
    'Lý Thị Ổn',
    'Dương Văn Út',
    'Hồ Ưng',
  ].map(splitFullName);
  it('sorts by given name, then middle, then family name, like Intl.Collator("vi")', () => {
    const expected = [...names].sort(compareNames).map((n) => `${n.familyName} ${n.middleName} ${n.givenName}`);
    const actual = [...names]
      .sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0))
      .map((n) => `${n.familyName} ${n.middleName} ${n.givenName}`);
    expect(actual).toEqual(expected);
    expect(actual.slice(0, 2)).toEqual(['Lê  An', 'Đặng Thị An']);
  });
  it('stored keys compare like the collator for random full names (property)', () => {
    const family = fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Đặng', 'Đỗ', 'Ưng', 'Âu', 'Ông');
    const middle = fc.constantFrom('', 'Văn', 'Thị', 'Ngọc', 'Đức', 'Thu', 'Ánh');
    const given = fc.constantFrom(
      'An',
      'Ân',
      'Ấn',
      'Anh',
      'Ánh',
      'Bình',
      'Đạt',
      'Dũng',
      'Ơn',
      'Ổn',
      'Út',
      'Uyên',
      'Ưng',
    );
    const name = fc.record({ familyName: family, middleName: middle, givenName: given });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ka = nameSortKey(a);
        const kb = nameSortKey(b);
        return Math.sign(ka < kb ? -1 : ka > kb ? 1 : 0) === Math.sign(compareNames(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('names and personal data', () => {
  it('splits a full name into family, middle and given name', () => {
    expect(splitFullName(' Nguyễn  Thị Minh Anh ')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Thị Minh',
      givenName: 'Anh',
    });
  });
  it('masks a citizen id to its last four digits', () => {
    expect(maskCitizenId('019185000123')).toBe('••••••••0123');
    expect(maskCitizenId(null)).toBeNull();
  });
});

describe('dates', () => {
  it('refuses impossible dates and reads dd/mm/yyyy', () => {
    expect(parseVnDate('31/02/2024')).toBeNull();
    expect(parseVnDate('29/02/2024')).toBe('2024-02-29');
    expect(parseVnDate('5/9/1985')).toBe('1985-09-05');
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(formatVnDate('1985-09-05')).toBe('05/09/1985');
  });
});
