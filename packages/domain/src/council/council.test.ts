import { describe, expect, it } from 'vitest';
import { defaultValues } from '../rules/parameter-defaults.ts';
import { encodeReceiptCode, normaliseReceiptCode, RECEIPT_BYTES } from './receipt.ts';
import {
  checkQuorum,
  councilThresholdOf,
  countBallots,
  itemOutcome,
  membersOn,
  requiredAgree,
  shuffled,
  sitsOn,
} from './session.ts';

const params = defaultValues('ND152_2025');

describe('members on the session date (term bounds inclusive)', () => {
  it.each([
    { fromDate: '2026-01-01', toDate: '2026-12-31', date: '2025-12-31', expected: false },
    { fromDate: '2026-01-01', toDate: '2026-12-31', date: '2026-01-01', expected: true },
    { fromDate: '2026-01-01', toDate: '2026-12-31', date: '2026-12-31', expected: true },
    { fromDate: '2026-01-01', toDate: '2026-12-31', date: '2027-01-01', expected: false },
    { fromDate: null, toDate: null, date: '2030-05-05', expected: true },
    { fromDate: null, toDate: '2026-06-30', date: '2026-07-01', expected: false },
  ])('$fromDate…$toDate on $date → $expected', ({ fromDate, toDate, date, expected }) => {
    expect(sitsOn({ fromDate, toDate }, date)).toBe(expected);
  });
  it('filters a membership list', () => {
    const ms = [
      { id: 1, fromDate: '2021-01-01', toDate: '2025-12-31' },
      { id: 2, fromDate: '2026-01-01', toDate: null },
      { id: 3, fromDate: null, toDate: null },
    ];
    expect(membersOn(ms, '2026-03-01').map((m) => m.id)).toEqual([2, 3]);
  });
});

describe('quorum 2/3 of the total membership (inclusive)', () => {
  it.each([
    { total: 10, present: 6, met: false, required: 7 },
    { total: 10, present: 7, met: true, required: 7 },
    { total: 9, present: 5, met: false, required: 6 },
    { total: 9, present: 6, met: true, required: 6 },
    { total: 5, present: 3, met: false, required: 4 },
    { total: 5, present: 4, met: true, required: 4 },
    { total: 3, present: 2, met: true, required: 2 },
    { total: 0, present: 0, met: false, required: 0 },
  ])('$present of $total present → $met', ({ total, present, met, required }) => {
    const q = checkQuorum(total, present, params);
    expect(q.met).toBe(met);
    expect(q.required).toBe(required);
  });
});

describe('fewest agree votes for a threshold', () => {
  it.each([
    { total: 10, percent: 80, expected: 8 },
    { total: 9, percent: 80, expected: 8 },
    { total: 5, percent: 80, expected: 4 },
    { total: 11, percent: 90, expected: 10 },
    { total: 10, percent: 90, expected: 9 },
  ])('$percent % of $total → $expected', ({ total, percent, expected }) => {
    expect(requiredAgree(total, percent)).toBe(expected);
  });
  it('knows which titles need the council', () => {
    expect(councilThresholdOf('CSTDCS', params)).toBe(80);
    expect(councilThresholdOf('CSTD_TINH', params)).toBe(90);
    expect(councilThresholdOf('LDTT', params)).toBeNull();
  });
});

describe('counting ballots', () => {
  it('separates cast ballots from written opinions', () => {
    const c = countBallots([
      { choice: 'agree', source: 'cast' },
      { choice: 'agree', source: 'cast' },
      { choice: 'disagree', source: 'cast' },
      { choice: 'agree', source: 'written' },
      { choice: 'disagree', source: 'written' },
    ]);
    expect(c).toEqual({ agree: 2, disagree: 1, writtenAgree: 1, writtenTotal: 2 });
  });
});

describe('item outcome on the total membership (exact boundaries)', () => {
  const count = (agree: number, present: number, writtenAgree = 0, writtenTotal = writtenAgree) => ({
    agree,
    disagree: present - agree,
    writtenAgree,
    writtenTotal,
  });
  it.each([
    { target: 'CSTDCS', total: 10, present: 10, c: count(8, 10), outcome: 'passed' },
    { target: 'CSTDCS', total: 10, present: 10, c: count(7, 10), outcome: 'not_passed' },
    { target: 'CSTDCS', total: 10, present: 9, c: count(7, 9, 1), outcome: 'passed' },
    { target: 'CSTDCS', total: 10, present: 9, c: count(7, 9, 0, 1), outcome: 'not_passed' },
    { target: 'CSTD_TINH', total: 10, present: 10, c: count(9, 10), outcome: 'passed' },
    { target: 'CSTD_TINH', total: 10, present: 10, c: count(8, 10), outcome: 'not_passed' },
    { target: 'CSTDCS', total: 10, present: 7, c: count(7, 7, 1, 1), outcome: 'passed' },
    { target: 'CSTDCS', total: 10, present: 6, c: count(6, 6, 3, 3), outcome: 'invalid_session' },
    { target: 'LDTT', total: 10, present: 10, c: count(1, 10), outcome: 'not_required' },
  ])('$target: $c.agree + $c.writtenAgree of $total ($present present) → $outcome', (row) => {
    const r = itemOutcome({
      target: row.target,
      totalMembers: row.total,
      present: row.present,
      count: row.c,
      date: '2026-12-10',
      parameters: params,
    });
    expect(r.outcome).toBe(row.outcome);
  });
});

describe('shuffle', () => {
  it('permutes without losing or duplicating', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(xs, rnd);
    expect([...out].sort((a, b) => a - b)).toEqual(xs);
    expect(out).not.toEqual(xs);
  });
});

describe('receipt codes', () => {
  it('encodes 15 bytes as six groups of four Crockford characters', () => {
    const code = encodeReceiptCode(new Uint8Array(RECEIPT_BYTES).fill(255));
    expect(code).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(encodeReceiptCode(new Uint8Array(RECEIPT_BYTES))).toBe('0000-0000-0000-0000-0000-0000');
    expect(encodeReceiptCode(Uint8Array.from([0x08, 0x42]))).toBe('1110');
  });
  it.each([
    { input: 'abcd-efgh-jkmn-pqrs-tvwx-yz01', expected: 'ABCDEFGHJKMNPQRSTVWXYZ01' },
    { input: ' ABCD EFGH JKMN PQRS TVWX YZOL ', expected: 'ABCDEFGHJKMNPQRSTVWXYZ01' },
    { input: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ0', expected: null },
    { input: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ0U', expected: null },
    { input: '', expected: null },
  ])('normalises $input', ({ input, expected }) => {
    expect(normaliseReceiptCode(input)).toBe(expected);
  });
});
