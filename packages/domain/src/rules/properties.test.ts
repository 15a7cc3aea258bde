/** Property tests: invariants that must hold for every input, not just the table rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCouncilVote } from './council-vote.ts';
import { addDays, fromDayNumber, toDayNumber } from './dates.ts';
import { evaluateEligibility } from './eligibility/evaluate.ts';
import { roundVnd } from './reward-amount.ts';
import { awards, individualCase } from './test-support.ts';
import { addWorkingDays, countWorkingDays } from './working-days.ts';

const yearSet = fc.uniqueArray(fc.integer({ min: 2015, max: 2025 }), { maxLength: 11 });
const isoDate = fc
  .integer({ min: toDayNumber('2023-01-01'), max: toDayNumber('2028-06-30') })
  .map(fromDayNumber);

function chainPasses(target: 'CSTD_TINH' | 'CSTDTQ', years: readonly number[]): boolean {
  const code = target === 'CSTD_TINH' ? 'CSTDCS' : 'CSTD_TINH';
  const c = individualCase({ awards: awards(code, years) });
  const ruleId = target === 'CSTD_TINH' ? 'consecutive-cstdcs' : 'consecutive-cstd-tinh';
  return evaluateEligibility(c, target).reasons.find((r) => r.ruleId === ruleId)?.passed === true;
}

describe('consecutive-year rules', () => {
  it('never pass after a gap year is introduced', () => {
    fc.assert(
      fc.property(
        yearSet,
        fc.integer({ min: 2015, max: 2025 }),
        fc.constantFrom('CSTD_TINH' as const, 'CSTDTQ' as const),
        (years, gap, target) => {
          const withGap = years.filter((y) => y !== gap);
          if (chainPasses(target, withGap)) expect(chainPasses(target, years)).toBe(true);
          if (gap >= 2023 && target === 'CSTD_TINH') expect(chainPasses(target, withGap)).toBe(false);
        },
      ),
    );
  });
});

describe('council vote', () => {
  const vote = fc
    .record({
      total: fc.integer({ min: 1, max: 60 }),
      seed: fc.nat(),
      target: fc.constantFrom('CSTDCS', 'CSTD_TINH', 'CO_TINH'),
    })
    .chain(({ total, target }) =>
      fc.record({
        total: fc.constant(total),
        target: fc.constant(target),
        present: fc.integer({ min: Math.ceil((2 * total) / 3), max: total }),
      }),
    )
    .chain((v) =>
      fc.record({ v: fc.constant(v), yes: fc.integer({ min: 0, max: v.present }), extra: fc.nat(60) }),
    );

  it('raising the agree count never turns pass into fail', () => {
    fc.assert(
      fc.property(vote, ({ v, yes, extra }) => {
        const more = Math.min(v.present, yes + extra);
        const a = evaluateCouncilVote(
          { totalMembers: v.total, present: v.present, yesPresent: yes },
          v.target,
        );
        const b = evaluateCouncilVote(
          { totalMembers: v.total, present: v.present, yesPresent: more },
          v.target,
        );
        if (a.passed) expect(b.passed).toBe(true);
      }),
    );
  });

  it('agrees with exact rational arithmetic at every boundary', () => {
    fc.assert(
      fc.property(vote, ({ v, yes }) => {
        const r = evaluateCouncilVote(
          { totalMembers: v.total, present: v.present, yesPresent: yes },
          v.target,
        );
        const threshold = v.target === 'CSTD_TINH' ? 90 : 80;
        expect(r.passed).toBe(yes * 100 >= threshold * v.total);
      }),
    );
  });
});

describe('working days', () => {
  it('adding more working days never moves the deadline earlier', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(60), fc.nat(60), (start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(start, lo) <= addWorkingDays(start, hi)).toBe(true);
      }),
    );
  });

  it('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(30), fc.nat(40), (start, shift, n) => {
        expect(addWorkingDays(start, n) <= addWorkingDays(addDays(start, shift), n)).toBe(true);
      }),
    );
  });

  it('countWorkingDays inverts addWorkingDays', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(80), (start, n) => {
        expect(countWorkingDays(start, addWorkingDays(start, n))).toBe(n);
      }),
    );
  });
});

describe('reward rounding', () => {
  it('never lowers an amount (up-10000 and none)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_000 }),
        fc.constantFrom('up-10000' as const, 'none' as const),
        (milliVnd, rule) => {
          const rounded = roundVnd(milliVnd, rule);
          expect(rounded * 1000 >= milliVnd).toBe(true);
          if (rule === 'up-10000') {
            expect(rounded % 10_000).toBe(0);
            expect(rounded * 1000 - milliVnd < 10_000_000).toBe(true);
          }
        },
      ),
    );
  });
});
