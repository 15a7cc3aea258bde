/**
 * Boundary rows the architecture asks for: exactly 70 %, exactly 80 % / 90 % of the council, a gap year,
 * the day before/after 01/07/2025, a reprimand vs a warning, the discipline period's end date.
 */
import { describe, expect, it } from 'vitest';
import { canConfer } from './authority.ts';
import { evaluateCouncilVote } from './council-vote.ts';
import { evaluateEligibility } from './eligibility/evaluate.ts';
import { selectRegime } from './regimes.ts';
import type { DisciplineLevel } from './types.ts';
import { awards, collectiveCase, individualCase } from './test-support.ts';

const outcome = (v: { outcome: string }) => v.outcome;

describe('member shares (TTLĐXS / TTLĐTT ≥ 70 % LĐTT, inclusive)', () => {
  it.each([
    { members: 20, ldtt: 13, target: 'TTLDXS', expected: 'not_eligible' },
    { members: 20, ldtt: 14, target: 'TTLDXS', expected: 'eligible' },
    { members: 10, ldtt: 6, target: 'TTLDTT', expected: 'not_eligible' },
    { members: 10, ldtt: 7, target: 'TTLDTT', expected: 'eligible' },
    { members: 3, ldtt: 2, target: 'TTLDTT', expected: 'not_eligible' },
    { members: 3, ldtt: 3, target: 'TTLDTT', expected: 'eligible' },
  ])('$ldtt of $members LĐTT → $target $expected', ({ members, ldtt, target, expected }) => {
    const c = collectiveCase({
      ratings: [{ year: 2025, rating: 'HTXS' }],
      collective: {
        members,
        completedTasks: members,
        ldttCount: ldtt,
        cstdcsCount: 1,
        worstMemberDiscipline: null,
      },
    });
    expect(outcome(evaluateEligibility(c, target))).toBe(expected);
  });
});

describe('council thresholds on total membership', () => {
  it.each([
    { target: 'CSTDCS', total: 20, yes: 16, written: 0, expected: 'passed' },
    { target: 'CSTDCS', total: 20, yes: 15, written: 0, expected: 'not_passed' },
    { target: 'CSTDCS', total: 10, yes: 7, written: 1, expected: 'passed' },
    { target: 'CSTDCS', total: 10, yes: 7, written: 0, expected: 'not_passed' },
    { target: 'CO_TINH', total: 15, yes: 12, written: 0, expected: 'passed' },
    { target: 'CO_TINH', total: 15, yes: 11, written: 0, expected: 'not_passed' },
    { target: 'CSTD_TINH', total: 20, yes: 18, written: 0, expected: 'passed' },
    { target: 'CSTD_TINH', total: 20, yes: 17, written: 0, expected: 'not_passed' },
    { target: 'CSTDTQ', total: 10, yes: 8, written: 1, expected: 'passed' },
    { target: 'CSTDTQ', total: 21, yes: 18, written: 0, expected: 'not_passed' },
  ])(
    '$target: $yes yes + $written written of $total → $expected',
    ({ target, total, yes, written, expected }) => {
      const present = total - written;
      const r = evaluateCouncilVote(
        {
          totalMembers: total,
          present,
          yesPresent: yes,
          absentWrittenOpinions: written,
          absentWrittenYes: written,
        },
        target,
      );
      expect(r.outcome).toBe(expected);
    },
  );

  it('counts the denominator as the whole council, not those present', () => {
    // 8 of 9 present agree (89 %), but 8 of 10 members is exactly 80 %: passes for CSTĐCS, fails 90 %.
    const vote = { totalMembers: 10, present: 9, yesPresent: 8 };
    expect(evaluateCouncilVote(vote, 'CSTDCS').outcome).toBe('passed');
    expect(evaluateCouncilVote(vote, 'CSTD_TINH').outcome).toBe('not_passed');
  });

  it('rejects a session below the 2/3 quorum and impossible figures', () => {
    expect(evaluateCouncilVote({ totalMembers: 9, present: 5, yesPresent: 5 }, 'CSTDCS').outcome).toBe(
      'invalid_session',
    );
    expect(evaluateCouncilVote({ totalMembers: 9, present: 6, yesPresent: 6 }, 'CSTDCS').outcome).toBe(
      'not_passed',
    );
    expect(evaluateCouncilVote({ totalMembers: 9, present: 10, yesPresent: 9 }, 'CSTDCS').outcome).toBe(
      'invalid_session',
    );
  });

  it('needs no ballot for TTLĐXS or Giấy khen', () => {
    expect(evaluateCouncilVote({ totalMembers: 5, present: 5, yesPresent: 0 }, 'TTLDXS').outcome).toBe(
      'not_required',
    );
  });
});

describe('gap years break consecutive chains', () => {
  it.each([
    { years: [2023, 2024, 2025], expected: 'needs_council_vote' },
    { years: [2022, 2023, 2025], expected: 'not_eligible' },
    { years: [2023, 2024], expected: 'not_eligible' },
    { years: [2021, 2022, 2023, 2024], expected: 'not_eligible' },
  ])('CSTĐCS in $years → CSTĐ tỉnh 2025 $expected', ({ years, expected }) => {
    const c = individualCase({
      awards: awards('CSTDCS', years),
      initiatives: [{ id: 'p', kind: 'initiative', level: 'province', recognisedDate: '2025-02-01' }],
    });
    expect(outcome(evaluateEligibility(c, 'CSTD_TINH'))).toBe(expected);
  });

  it('does not count a thematic CSTĐCS-year award in the chain', () => {
    const c = individualCase({
      awards: [...awards('CSTDCS', [2023, 2025]), ...awards('CSTDCS', [2024], 'thematic')],
      initiatives: [{ id: 'p', kind: 'initiative', level: 'province', recognisedDate: '2025-02-01' }],
    });
    expect(outcome(evaluateEligibility(c, 'CSTD_TINH'))).toBe('not_eligible');
  });
});

describe('the two-tier reform day, 01/07/2025', () => {
  it.each([
    { issuer: 'commune', code: 'CSTDCS', date: '2025-06-30', allowed: false },
    { issuer: 'commune', code: 'CSTDCS', date: '2025-07-01', allowed: true },
    { issuer: 'commune', code: 'TTLDTT', date: '2025-06-30', allowed: false },
    { issuer: 'commune', code: 'THON_VAN_HOA', date: '2025-07-01', allowed: true },
    { issuer: 'district', code: 'CSTDCS', date: '2025-06-30', allowed: true },
    { issuer: 'district', code: 'CSTDCS', date: '2025-07-01', allowed: false },
    { issuer: 'district', code: 'GIAY_KHEN', date: '2025-07-01', allowed: false },
    { issuer: 'unit', code: 'CSTD_TINH', date: '2025-07-01', allowed: false },
    { issuer: 'province', code: 'CSTD_TINH', date: '2025-07-01', allowed: true },
    { issuer: 'prime_minister', code: 'CO_CP', date: '2025-06-30', allowed: true },
    { issuer: 'president', code: 'HC_LAO_DONG_3', date: '2025-07-01', allowed: true },
  ] as const)('$issuer confers $code on $date → $allowed', ({ issuer, code, date, allowed }) => {
    expect(canConfer(issuer, code, date).allowed).toBe(allowed);
  });

  it.each([
    { date: '2025-06-30', regime: 'ND98_2023' },
    { date: '2025-07-01', regime: 'ND152_2025' },
  ])('a dossier received $date is judged under $regime', ({ date, regime }) => {
    expect(selectRegime(date).id).toBe(regime);
    expect(evaluateEligibility(individualCase(), 'LDTT', { regimeDate: date }).regime).toBe(regime);
  });
});

describe('reprimand vs warning in a collective (TTLĐTT)', () => {
  it.each([
    { worst: null, expected: 'eligible' },
    { worst: 'khien_trach', expected: 'eligible' },
    { worst: 'canh_cao', expected: 'not_eligible' },
    { worst: 'cach_chuc', expected: 'not_eligible' },
  ] as { worst: DisciplineLevel | null; expected: string }[])(
    'worst member discipline $worst → $expected',
    ({ worst, expected }) => {
      const c = collectiveCase({
        collective: {
          members: 10,
          completedTasks: 10,
          ldttCount: 8,
          cstdcsCount: 0,
          worstMemberDiscipline: worst,
        },
      });
      expect(outcome(evaluateEligibility(c, 'TTLDTT'))).toBe(expected);
    },
  );
});

describe('end of the discipline period (achievements count from that day)', () => {
  it.each([
    { toDate: '2024-12-31', expected: 'eligible' },
    { toDate: '2025-01-01', expected: 'eligible' },
    { toDate: '2025-01-02', expected: 'not_eligible' },
    { toDate: '2025-06-30', expected: 'not_eligible' },
    { toDate: null, expected: 'not_eligible' },
  ])('reprimand until $toDate → LĐTT 2025 $expected', ({ toDate, expected }) => {
    const c = individualCase({ disciplines: [{ level: 'khien_trach', fromDate: '2024-06-01', toDate }] });
    expect(outcome(evaluateEligibility(c, 'LDTT'))).toBe(expected);
  });

  it('bars a 3-year chain when the discipline ended inside it', () => {
    const c = individualCase({
      awards: awards('CSTDCS', [2023, 2024, 2025]),
      initiatives: [{ id: 'p', kind: 'initiative', level: 'province', recognisedDate: '2025-02-01' }],
      disciplines: [{ level: 'khien_trach', fromDate: '2022-09-01', toDate: '2023-03-01' }],
    });
    const v = evaluateEligibility(c, 'CSTD_TINH');
    expect(v.outcome).toBe('not_eligible');
    expect(v.reasons.find((r) => r.ruleId === 'discipline-period')?.passed).toBe(false);
  });
});
