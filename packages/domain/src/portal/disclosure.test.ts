import { describe, expect, it } from 'vitest';
import {
  checkComment,
  disclosurePeriod,
  disclosurePeriodEnded,
  disclosureState,
  isOpenForComments,
  MAX_DISCLOSURE_DAYS,
} from './disclosure.ts';

describe('disclosurePeriod (calendar days, first day included)', () => {
  it.each([
    // startsOn, parameterDays, days, endsOn given, expected endsOn | reason
    ['2026-12-01', 5, undefined, undefined, '2026-12-05', 'parameter'],
    ['2026-12-01', 1, undefined, undefined, '2026-12-01', 'parameter'],
    ['2026-12-28', 7, undefined, undefined, '2027-01-03', 'parameter'],
    ['2028-02-27', 3, undefined, undefined, '2028-02-29', 'parameter'],
    ['2026-12-01', 5, 10, undefined, '2026-12-10', 'officer'],
    ['2026-12-01', null, 10, undefined, '2026-12-10', 'officer'],
    ['2026-12-01', 5, undefined, '2026-12-20', '2026-12-20', 'officer'],
    ['2026-12-01', null, undefined, '2026-12-01', '2026-12-01', 'officer'],
  ] as const)(
    '%s + param %s / days %s / end %s → %s',
    (startsOn, parameterDays, days, endsOn, expected, source) => {
      const r = disclosurePeriod({ startsOn, parameterDays, days, endsOn });
      expect(r).toMatchObject({ ok: true, endsOn: expected, source });
    },
  );

  it.each([
    ['2026-12-01', null, undefined, undefined, 'period_required'],
    ['2026-12-01', null, null, null, 'period_required'],
    ['2026-12-01', 5, 0, undefined, 'invalid_dates'],
    ['2026-12-01', 5, undefined, '2026-11-30', 'invalid_dates'],
    ['2026-13-01', 5, undefined, undefined, 'invalid_dates'],
    ['2026-12-01', null, MAX_DISCLOSURE_DAYS + 1, undefined, 'too_long'],
  ] as const)(
    '%s + param %s / days %s / end %s → refused (%s)',
    (startsOn, parameterDays, days, endsOn, reason) => {
      expect(disclosurePeriod({ startsOn, parameterDays, days, endsOn })).toEqual({ ok: false, reason });
    },
  );

  it('accepts exactly the maximum', () => {
    expect(disclosurePeriod({ startsOn: '2026-01-01', parameterDays: MAX_DISCLOSURE_DAYS })).toMatchObject({
      ok: true,
      days: MAX_DISCLOSURE_DAYS,
    });
  });
});

describe('open for comments (boundary days)', () => {
  const d = { startsOn: '2026-12-01', endsOn: '2026-12-05', status: 'published' };
  it.each([
    ['2026-11-30', 'not_started', false, false],
    ['2026-12-01', 'open', true, false],
    ['2026-12-03', 'open', true, false],
    ['2026-12-05', 'open', true, false], // last day open
    ['2026-12-06', 'ended', false, true], // day after closed
  ] as const)('%s → %s', (today, state, open, ended) => {
    expect(disclosureState(d, today)).toBe(state);
    expect(isOpenForComments(d, today)).toBe(open);
    expect(disclosurePeriodEnded(d, today)).toBe(ended);
  });
  it('a withdrawn disclosure takes no comments', () => {
    expect(isOpenForComments({ ...d, status: 'withdrawn' }, '2026-12-03')).toBe(false);
  });
});

describe('checkComment', () => {
  it('cleans and accepts a valid comment', () => {
    expect(
      checkComment({ authorName: '  Trần   Thị  B ', body: '  Đề nghị xem lại thành tích.  ', contact: '' }),
    ).toEqual({
      kind: 'ok',
      value: { authorName: 'Trần Thị B', contact: null, body: 'Đề nghị xem lại thành tích.' },
    });
  });
  it('treats a filled honeypot as spam', () => {
    expect(
      checkComment({ authorName: 'Bot', body: 'Mua hàng giá rẻ ngay hôm nay', website: 'http://x' }),
    ).toEqual({
      kind: 'spam',
    });
  });
  it.each([
    [{ authorName: '', body: 'Nội dung đủ dài để gửi' }, 'authorName'],
    [{ authorName: 'A', body: 'ngắn' }, 'body'],
    [{ authorName: 'A', body: '123456789' }, 'body'], // 9 chars: one short
    [{ authorName: 'A'.repeat(121), body: 'Nội dung đủ dài để gửi' }, 'authorName'],
    [{ authorName: 'A', body: 'x'.repeat(4001) }, 'body'],
    [{ authorName: 'A', body: 'Nội dung đủ dài để gửi', contact: 'c'.repeat(201) }, 'contact'],
  ])('refuses %j on %s', (input, field) => {
    const r = checkComment(input);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.issues.map((i) => i.field)).toEqual([field]);
  });
  it('accepts the boundary lengths', () => {
    expect(checkComment({ authorName: 'A'.repeat(120), body: '1234567890' }).kind).toBe('ok');
    expect(checkComment({ authorName: 'A', body: 'x'.repeat(4000) }).kind).toBe('ok');
  });
});
