import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.ts';
import { VN_HOLIDAYS } from './holidays-vn.ts';
import {
  addWorkingDays,
  buildWorkingCalendar,
  countWorkingDays,
  DEFAULT_WORKING_CALENDAR,
  isWorkingDay,
} from './working-days.ts';

describe('holiday data', () => {
  it('covers 2024–2027 with valid weekday dates inside their year', () => {
    expect(VN_HOLIDAYS.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    for (const y of VN_HOLIDAYS) {
      for (const d of y.daysOff) {
        expect(isIsoDate(d)).toBe(true);
        expect(d.startsWith(String(y.year))).toBe(true);
      }
    }
  });

  it('marks the years not yet confirmed as provisional', () => {
    expect([...DEFAULT_WORKING_CALENDAR.provisionalYears]).toEqual([2026, 2027]);
  });
});

describe('isWorkingDay', () => {
  it.each([
    { date: '2025-01-28', working: false, why: 'Tết Ất Tỵ' },
    { date: '2025-04-26', working: true, why: 'Saturday worked for the 02/05 swap' },
    { date: '2025-05-02', working: false, why: 'swapped day off' },
    { date: '2025-09-01', working: false, why: 'day next to Quốc khánh' },
    { date: '2025-09-03', working: true, why: 'ordinary Wednesday' },
    { date: '2025-09-06', working: false, why: 'Saturday' },
    { date: '2026-02-17', working: false, why: 'Tết Bính Ngọ' },
    { date: '2026-04-27', working: false, why: 'Giỗ Tổ compensated' },
    { date: '2024-04-18', working: false, why: 'Giỗ Tổ 2024' },
  ])('$date → $working ($why)', ({ date, working }) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('addWorkingDays / countWorkingDays', () => {
  it.each([
    { start: '2025-12-01', n: 5, expected: '2025-12-08' },
    { start: '2025-12-05', n: 1, expected: '2025-12-08' },
    { start: '2025-12-01', n: 0, expected: '2025-12-01' },
    { start: '2025-01-24', n: 1, expected: '2025-02-03' },
    { start: '2025-04-25', n: 1, expected: '2025-04-26' },
    { start: '2025-04-29', n: 1, expected: '2025-05-05' },
    { start: '2026-02-13', n: 1, expected: '2026-02-23' },
    { start: '2025-12-08', n: -5, expected: '2025-12-01' },
  ])('$start + $n working days → $expected', ({ start, n, expected }) => {
    expect(addWorkingDays(start, n)).toBe(expected);
  });

  it('counts working days in (from, to]', () => {
    expect(countWorkingDays('2025-12-01', '2025-12-08')).toBe(5);
    expect(countWorkingDays('2025-01-24', '2025-02-03')).toBe(1);
    expect(countWorkingDays('2025-12-08', '2025-12-01')).toBe(0);
  });

  it('honours an admin calendar: extra days off and extra working days', () => {
    const cal = buildWorkingCalendar({
      extraDaysOff: ['2025-12-02'],
      extraWorkingDays: ['2025-12-06', '2025-01-27'],
    });
    expect(addWorkingDays('2025-12-01', 5, cal)).toBe('2025-12-08');
    expect(addWorkingDays('2025-12-01', 4, cal)).toBe('2025-12-06');
    expect(isWorkingDay('2025-01-27', cal)).toBe(true);
    expect(isWorkingDay('2025-01-27')).toBe(false);
  });
});
