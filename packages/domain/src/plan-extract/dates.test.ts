import { describe, expect, it } from 'vitest';
import { findDateRanges, findDates, formatPartialDate, parseVietnameseDate, toIsoDate } from './dates.ts';
import type { PartialDate } from './types.ts';

const day = (year: number, month: number, d: number): PartialDate => ({
  precision: 'day',
  year,
  month,
  day: d,
});
const month = (year: number, m: number): PartialDate => ({ precision: 'month', year, month: m });
const year = (y: number): PartialDate => ({ precision: 'year', year: y });

describe('parseVietnameseDate', () => {
  it.each([
    { input: 'ngày 13 tháng 01 năm 2021', expected: day(2021, 1, 13) },
    { input: '13 tháng 1 năm 2021', expected: day(2021, 1, 13) },
    { input: 'Ngày 13 Tháng 01, năm 2021', expected: day(2021, 1, 13) },
    { input: 'ngay 13 thang 01 nam 2021', expected: day(2021, 1, 13) },
    { input: '13/01/2021', expected: day(2021, 1, 13) },
    { input: '13/1/2021', expected: day(2021, 1, 13) },
    { input: '15-01-2021', expected: day(2021, 1, 15) },
    { input: '15.01.2021', expected: day(2021, 1, 15) },
    { input: 'ngày 07/4/2014', expected: day(2014, 4, 7) },
    { input: '29/02/2020', expected: day(2020, 2, 29) },
    { input: '31/12/2025', expected: day(2025, 12, 31) },
    { input: 'tháng 9/2020', expected: month(2020, 9) },
    { input: 'tháng 9 năm 2020', expected: month(2020, 9) },
    { input: 'tháng 09-2020', expected: month(2020, 9) },
    { input: 'năm 2025', expected: year(2025) },
    { input: 'hết năm 2025', expected: year(2025) },
    { input: 'quý I/2020', expected: { precision: 'quarter', year: 2020, quarter: 1 } },
    { input: 'quý IV năm 2021', expected: { precision: 'quarter', year: 2021, quarter: 4 } },
    { input: 'quý 3/2022', expected: { precision: 'quarter', year: 2022, quarter: 3 } },
  ])('$input', ({ input, expected }) => {
    expect(parseVietnameseDate(input)).toEqual(expected);
  });

  it.each([
    { input: '29/02/2021', why: 'not a leap year' },
    { input: '31/04/2021', why: 'April has 30 days' },
    { input: '13/13/2021', why: 'no month 13' },
    { input: '00/01/2021', why: 'no day 0' },
    { input: 'tháng 13/2020', why: 'no month 13' },
    { input: '13/01/21', why: 'two-digit years are ambiguous' },
    { input: '9/2020', why: 'bare month/year collides with document numbers' },
    { input: '2025', why: 'a bare number is a year only inside a range' },
    { input: '14.2', why: 'no year' },
    { input: 'ngày 13 tháng 01 năm 1850', why: 'out of range' },
    { input: 'năm 2025 và năm 2026', why: 'two dates are not one' },
    { input: '', why: 'empty' },
  ])('rejects $input ($why)', ({ input }) => {
    expect(parseVietnameseDate(input)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds dates in running text with offsets, longest reading first', () => {
    const text = 'Kế hoạch ngày 13 tháng 01 năm 2021; sơ kết tháng 6/2021, tổng kết năm 2021.';
    const found = findDates(text);
    expect(found.map((d) => d.date)).toEqual([day(2021, 1, 13), month(2021, 6), year(2021)]);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([
      'ngày 13 tháng 01 năm 2021',
      'tháng 6/2021',
      'năm 2021',
    ]);
  });

  it('does not read document numbers as dates', () => {
    expect(findDates('Luật số 06/2022/QH15 và Nghị định 152/2025/NĐ-CP')).toEqual([]);
  });

  it('reads a year at the end of a sentence', () => {
    expect(findDates('đến hết năm 2025.').map((d) => d.date)).toEqual([year(2025)]);
  });

  it('reads "6 tháng đầu năm 2021" as the year only, not as June', () => {
    expect(findDates('sơ kết 6 tháng đầu năm 2021').map((d) => d.date)).toEqual([year(2021)]);
  });
});

describe('findDateRanges', () => {
  it.each([
    { input: 'từ ngày 20/4 - 25/4/2020', from: day(2020, 4, 20), to: day(2020, 4, 25) },
    { input: 'từ 20 - 25/4/2020', from: day(2020, 4, 20), to: day(2020, 4, 25) },
    { input: 'giai đoạn 2021-2025', from: year(2021), to: year(2025) },
    { input: 'giai đoạn 2021 – 2025', from: year(2021), to: year(2025) },
    { input: 'năm 2021 - 2025.', from: year(2021), to: year(2025) },
    { input: 'từ tháng 3 đến tháng 9/2021', from: month(2021, 3), to: month(2021, 9) },
    { input: 'từ năm 2021 đến hết năm 2025', from: year(2021), to: year(2025) },
    { input: 'từ 01/01/2021 đến 31/12/2021', from: day(2021, 1, 1), to: day(2021, 12, 31) },
  ])('$input', ({ input, from, to }) => {
    expect(findDateRanges(input).map(({ from, to }) => ({ from, to }))).toEqual([{ from, to }]);
  });

  it.each([
    { input: 'từ 25/4 - 20/4/2020', why: 'ends out of order' },
    { input: '2025 - 2021', why: 'years out of order' },
    { input: 'ngày 13/01/2021, năm 2021', why: 'a comma is not a range' },
  ])('rejects $input ($why)', ({ input }) => {
    expect(findDateRanges(input)).toEqual([]);
  });
});

describe('toIsoDate and formatPartialDate', () => {
  it.each([
    { date: day(2021, 1, 13), iso: '2021-01-13', shown: '13/01/2021' },
    { date: month(2020, 9), iso: null, shown: '09/2020' },
    { date: { precision: 'quarter', year: 2020, quarter: 1 } as PartialDate, iso: null, shown: 'quý I/2020' },
    { date: year(2025), iso: null, shown: '2025' },
  ])('$shown', ({ date, iso, shown }) => {
    expect(toIsoDate(date)).toBe(iso);
    expect(formatPartialDate(date)).toBe(shown);
  });
});
