/**
 * Public days off of Vietnamese civil servants (Labour Code 2019 Art. 112 and the yearly Prime
 * Minister / Ministry of Home Affairs announcements), weekdays only: weekends are already rest days.
 * `extraWorkingDays` are Saturdays worked to make up a swapped day. Lunar dates (Tết, Hùng Kings on
 * 10/3 lunar) were computed with the Vietnamese lunar calendar (UTC+7). Years or days not confirmed
 * against an official announcement are marked provisional; admins extend or correct them through the
 * calendar argument of working-days.ts.
 */
import type { IsoDate } from './types.ts';

export interface HolidayYear {
  readonly year: number;
  readonly status: 'official' | 'provisional';
  readonly note: string;
  readonly daysOff: readonly IsoDate[];
  readonly extraWorkingDays: readonly IsoDate[];
}

export const VN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2024,
    status: 'official',
    note: 'Tết Giáp Thìn 08–14/02; Giỗ Tổ 18/04; 30/4–1/5 with 29/04 swapped for Saturday 04/05; Quốc khánh 02–03/09',
    daysOff: [
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ],
    extraWorkingDays: ['2024-05-04'],
  },
  {
    year: 2025,
    status: 'official',
    note: 'Tết Ất Tỵ 25/01–02/02; Giỗ Tổ 07/04; 30/4–1/5 with 02/05 swapped for Saturday 26/04; Quốc khánh 01–02/09',
    daysOff: [
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ],
    extraWorkingDays: ['2025-04-26'],
  },
  {
    year: 2026,
    status: 'provisional',
    note:
      'Tết Bính Ngọ 14–22/02 confirmed; the New Year swap (02/01 for Saturday 10/01) and the day next to 02/09 are ' +
      'provisional; Giỗ Tổ 10/3 lunar falls on Sunday 26/04, compensated on Monday 27/04',
    daysOff: [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ],
    extraWorkingDays: ['2026-01-10'],
  },
  {
    year: 2027,
    status: 'provisional',
    note:
      'Not announced when written. Tết Đinh Mùi (06/02, a Saturday) assumed 04–10/02; Giỗ Tổ 16/04; 01/05 is a Saturday, ' +
      'compensated on Monday 03/05; Quốc khánh 02/09 plus the adjacent 03/09',
    daysOff: [
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ],
    extraWorkingDays: [],
  },
];
