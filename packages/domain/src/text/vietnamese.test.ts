import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareVietnameseNames,
  foldDiacritics,
  formatViDate,
  normalizePersonName,
  parseViDate,
  splitVietnameseName,
  toSearchText,
  vietnameseNameSortKey,
} from './vietnamese.ts';

describe('folding for search', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG THỊ ĐÀO', 'dang thi dao'],
    ['Ðinh (U+00D0) Công', 'dinh (u+00d0) cong'],
    ['Nguye\u0302\u0303n decomposed', 'nguyen decomposed'],
    ['  nhiều   khoảng   trắng ', 'nhieu khoang trang'],
    ['Ưng Hoàng Phúc', 'ung hoang phuc'],
  ])('%s → %s', (input, expected) => {
    expect(toSearchText(input)).toBe(expected);
  });

  it('leaves no combining marks and no đ', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const folded = foldDiacritics(s);
        expect(/[\u0300-\u036f]|[đĐÐ]/u.test(folded.normalize('NFD'))).toBe(false);
      }),
    );
  });
});

describe('names', () => {
  it.each([
    ['Nguyễn Thị Minh Khai', { family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' }],
    ['Lê An', { family: 'Lê', middle: '', given: 'An' }],
    ['Mạnh', { family: '', middle: '', given: 'Mạnh' }],
  ])('splits %s', (name, parts) => {
    expect(splitVietnameseName(name)).toEqual(parts);
  });

  it('normalises spacing and capitals', () => {
    expect(normalizePersonName('  nguyễn   THỊ  mai ')).toBe('Nguyễn Thị Mai');
  });

  it('orders by given name (letters, then tones), then middle, then family name', () => {
    const names = [
      'Trần Văn Bình',
      'Đỗ Thị Ân',
      'Lê Thị Ánh',
      'Nguyễn Văn Anh',
      'Phạm Đức Anh',
      'Vũ An',
      'Hồ Thị Ăn',
      'Bùi Dương',
      'Đào Đạt',
    ];
    const sorted = [...names].sort(compareVietnameseNames);
    expect(sorted).toEqual([
      'Vũ An',
      'Phạm Đức Anh',
      'Nguyễn Văn Anh',
      'Lê Thị Ánh',
      'Hồ Thị Ăn',
      'Đỗ Thị Ân',
      'Trần Văn Bình',
      'Bùi Dương',
      'Đào Đạt',
    ]);
  });

  it('sorts the same by key bytes as by the comparator', () => {
    const names = ['Nguyễn Văn Ánh', 'Nguyễn Văn Anh', 'Trần Thị Ơn', 'Lê Ô', 'Lý Ư', 'Phan U', 'Đặng Ân'];
    const byKey = [...names].sort((a, b) => (vietnameseNameSortKey(a) < vietnameseNameSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...names].sort(compareVietnameseNames));
    expect(byKey.indexOf('Phan U')).toBeLessThan(byKey.indexOf('Lý Ư'));
    expect(byKey.indexOf('Lê Ô')).toBeLessThan(byKey.indexOf('Trần Thị Ơn'));
  });
});

describe('dates dd/MM/yyyy', () => {
  it.each([
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/04/2025', null],
    ['2025-01-01', null],
    ['15-01-2021', '2021-01-15'],
  ])('parses %s → %s', (input, iso) => {
    expect(parseViDate(input)).toBe(iso);
  });

  it('formats ISO dates and round-trips', () => {
    expect(formatViDate('2026-01-05')).toBe('05/01/2026');
    expect(formatViDate(null)).toBe('');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseViDate(formatViDate(iso))).toBe(iso);
        },
      ),
    );
  });
});
