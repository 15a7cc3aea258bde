import { describe, expect, it } from 'vitest';
import { defaultValues } from '../parameter-defaults.ts';
import { award, awards, collectiveCase, individualCase, initiative, summarize } from '../test-support.ts';
import { applicableTargets, evaluateAllTargets, evaluateEligibility } from './evaluate.ts';

const P = defaultValues('ND152_2025');

describe('evaluateAllTargets', () => {
  it('evaluates every modelled target of the subject kind', () => {
    const verdicts = evaluateAllTargets(individualCase({ ratings: [{ year: 2025, rating: 'HTXS' }] }));
    expect(Object.fromEntries(verdicts.map((v) => [v.target, v.outcome]))).toEqual({
      LDTT: 'eligible',
      CSTDCS: 'needs_council_vote',
      CSTD_TINH: 'not_eligible',
      CSTDTQ: 'not_eligible',
      BK_TINH: 'not_eligible',
      BK_TTG: 'not_eligible',
      GIAY_KHEN: 'not_eligible',
    });
  });

  it('gives armed forces CSTT / ĐVTT / ĐVQT, households only forms', () => {
    expect(applicableTargets(individualCase({ attributes: { isArmedForces: true } }))[0]).toBe('CSTT');
    expect(applicableTargets(collectiveCase({ attributes: { isArmedForces: true } })).slice(0, 2)).toEqual([
      'DVTT',
      'DVQT',
    ]);
    expect(applicableTargets(individualCase({ kind: 'household' }))).toEqual(['BK_TINH', 'GIAY_KHEN']);
  });

  it('judges CSTT by the LĐTT standards', () => {
    const armed = individualCase({
      attributes: { isArmedForces: true },
      ratings: [{ year: 2025, rating: 'HT' }],
    });
    expect(summarize(evaluateEligibility(armed, 'CSTT'))).toEqual({
      outcome: 'not_eligible',
      failed: ['ldtt-rating'],
    });
  });
});

describe('gates', () => {
  it('rejects unknown, unmodelled and wrong-kind targets with a reason', () => {
    expect(evaluateEligibility(individualCase(), 'NOPE').reasons[0]?.ruleId).toBe('unknown-target');
    expect(evaluateEligibility(individualCase(), 'HC_LAO_DONG_3').reasons[0]?.ruleId).toBe(
      'target-not-modelled',
    );
    expect(summarize(evaluateEligibility(individualCase(), 'TTLDTT')).failed).toContain('subject-kind');
  });

  it('requires registration for titles unless the province turns it off; never for forms', () => {
    const unregistered = individualCase({ registration: null, attestations: { movementAchievement: true } });
    expect(summarize(evaluateEligibility(unregistered, 'LDTT')).failed).toEqual(['registration-required']);
    expect(
      evaluateEligibility(unregistered, 'LDTT', { parameters: { ...P, registrationRequired: false } })
        .outcome,
    ).toBe('eligible');
    expect(evaluateEligibility(unregistered, 'GIAY_KHEN').outcome).toBe('eligible');
    const onlyLdtt = individualCase({
      registration: { registered: true, targets: ['LDTT'] },
      ratings: [{ year: 2025, rating: 'HTXS' }],
    });
    expect(summarize(evaluateEligibility(onlyLdtt, 'CSTDCS')).failed).toEqual(['registration-required']);
  });

  it('flags dates before the 2022 Law as outside the modelled range', () => {
    const v = evaluateEligibility(
      individualCase({ targetYear: 2023, asOfDate: '2023-12-01', ratings: [{ year: 2023, rating: 'HTT' }] }),
      'LDTT',
    );
    expect(v.regime).toBe('ND98_2023');
    expect(v.reasons[0]?.ruleId).toBe('regime-coverage');
  });

  it('cites NĐ 152 Art. 4.4 as verified after the reform and NĐ 98 as unverified before', () => {
    const after = evaluateEligibility(individualCase(), 'LDTT').reasons.find(
      (r) => r.ruleId === 'discipline-deferral',
    );
    const before = evaluateEligibility(individualCase(), 'LDTT', { regimeDate: '2025-06-01' }).reasons.find(
      (r) => r.ruleId === 'discipline-deferral',
    );
    expect([after?.citation, after?.confidence]).toEqual(['NĐ 152/2025 Điều 4.4', 'V-Q']);
    expect(before?.confidence).toBe('M');
  });
});

describe('LĐTT exclusions [M] as parameters', () => {
  it.each([
    { start: '2025-03-01', expected: 'eligible' },
    { start: '2025-03-02', expected: 'not_eligible' },
  ])('recruited $start → $expected (10 months by 31/12)', ({ start, expected }) => {
    const c = individualCase({ attributes: { employmentStartDate: start } });
    expect(evaluateEligibility(c, 'LDTT').outcome).toBe(expected);
    expect(evaluateEligibility(c, 'LDTT', { parameters: { ...P, ldttMinServiceMonths: null } }).outcome).toBe(
      'eligible',
    );
  });

  it.each([
    { to: '2025-02-24', days: 39, expected: 'eligible' },
    { to: '2025-02-25', days: 40, expected: 'not_eligible' },
  ])('sick leave from 01/01 to $to ($days working days) → $expected', ({ to, days, expected }) => {
    const v = evaluateEligibility(
      individualCase({ leaves: [{ kind: 'sick', fromDate: '2025-01-01', toDate: to }] }),
      'LDTT',
    );
    expect(v.reasons.find((r) => r.ruleId === 'ldtt-absence')?.facts.absentWorkingDays).toBe(days);
    expect(v.outcome).toBe(expected);
  });

  it('fails a worker the unit attests as not taking part in movements', () => {
    const c = individualCase({ attestations: { participatesInMovements: false } });
    expect(summarize(evaluateEligibility(c, 'LDTT')).failed).toEqual(['movement-participation']);
  });
});

describe('initiatives', () => {
  it('only counts an initiative recognised in the target year for CSTĐCS', () => {
    const c = individualCase({ initiatives: [initiative('old', 'unit', '2024-11-30')] });
    expect(summarize(evaluateEligibility(c, 'CSTDCS')).failed).toEqual(['cstdcs-standard']);
  });

  it('lets one initiative serve two titles by default, but not when the province forbids it', () => {
    const c = individualCase({
      awards: awards('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative('p', 'province', '2025-02-01', { usedFor: [{ code: 'CSTDCS', year: 2025 }] })],
    });
    expect(evaluateEligibility(c, 'CSTD_TINH').outcome).toBe('needs_council_vote');
    const strict = { ...P, allowInitiativeReuseBetweenTitles: false };
    expect(summarize(evaluateEligibility(c, 'CSTD_TINH', { parameters: strict })).failed).toEqual([
      'initiative-scope-province',
    ]);
  });

  it('excludes an initiative not applied effectively where the law asks for it', () => {
    const c = individualCase({
      awards: awards('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative('p', 'province', '2025-02-01', { appliedEffectively: false })],
    });
    expect(summarize(evaluateEligibility(c, 'CSTD_TINH')).failed).toEqual(['initiative-scope-province']);
  });
});

describe('forms', () => {
  it('grants the PM Bằng khen [M] after a merit provincial Bằng khen and 5 HTXS years with 5 initiatives', () => {
    const years = [2021, 2022, 2023, 2024, 2025];
    const c = individualCase({
      awards: [award('BK_TINH', 2020, 'regular', 'province')],
      ratings: years.map((year) => ({ year, rating: 'HTXS' as const })),
      initiatives: years.map((y) => initiative(`sk-${y}`, 'unit', `${y}-06-01`)),
    });
    expect(evaluateEligibility(c, 'BK_TTG').outcome).toBe('eligible');
    expect(evaluateEligibility({ ...c, initiatives: c.initiatives?.slice(1) }, 'BK_TTG').outcome).toBe(
      'not_eligible',
    );
  });

  it('grants Giấy khen on an attested achievement, and to households for contributions', () => {
    expect(
      evaluateEligibility(individualCase({ attestations: { adhocAchievement: true } }), 'GIAY_KHEN').outcome,
    ).toBe('eligible');
    const household = individualCase({
      kind: 'household',
      registration: null,
      ratings: [],
      attestations: { socioEconomicContribution: true },
    });
    expect(evaluateEligibility(household, 'GIAY_KHEN').outcome).toBe('eligible');
    expect(evaluateEligibility(household, 'BK_TINH').outcome).toBe('eligible');
    expect(evaluateEligibility({ ...household, attestations: {} }, 'BK_TINH').outcome).toBe('not_eligible');
  });

  it('grants the collective provincial Bằng khen on a TTLĐXS title', () => {
    const c = collectiveCase({ awards: [award('TTLDXS', 2025, 'regular', 'province')] });
    expect(evaluateEligibility(c, 'BK_TINH').outcome).toBe('eligible');
  });
});

describe('provincial Flag routes', () => {
  const bloc = {
    blocId: 'k',
    organisedBy: 'province' as const,
    rank: 2,
    exceededTargets: true,
    outstandingInProvince: true,
  };

  it('takes only as many leaders per bloc as configured', () => {
    expect(summarize(evaluateEligibility(collectiveCase({ bloc }), 'CO_TINH')).failed).toEqual([
      'flag-bloc-leader',
    ]);
    expect(
      evaluateEligibility(collectiveCase({ bloc }), 'CO_TINH', {
        parameters: { ...P, flagLeadersPerBloc: 2 },
      }).outcome,
    ).toBe('needs_council_vote');
  });

  it('accepts the leader of a thematic movement of 3 years or more', () => {
    const c = collectiveCase({ bloc: null, attestations: { thematicMovementLeaderYears: 3 } });
    expect(evaluateEligibility(c, 'CO_TINH').outcome).toBe('needs_council_vote');
  });

  it('sends a failed ballot to not_eligible and an invalid session back to the council', () => {
    const leader = collectiveCase({ bloc: { ...bloc, rank: 1 } });
    expect(
      evaluateEligibility(leader, 'CO_TINH', {
        councilVote: { totalMembers: 20, present: 20, yesPresent: 15 },
      }).outcome,
    ).toBe('not_eligible');
    expect(
      evaluateEligibility(leader, 'CO_TINH', {
        councilVote: { totalMembers: 20, present: 10, yesPresent: 10 },
      }).outcome,
    ).toBe('needs_council_vote');
  });
});

describe('province extra criteria', () => {
  it('applies configured criteria to their target only', () => {
    const params = {
      ...P,
      extraCriteria: [
        { id: 'bn-thrift', target: 'LDTT', description: { vi: 'Giản dị', en: 'Simple living' } },
      ],
    };
    expect(summarize(evaluateEligibility(individualCase(), 'LDTT', { parameters: params })).failed).toEqual([
      'province-extra-criteria',
    ]);
    const met = individualCase({ attestations: { extraCriteriaMet: ['bn-thrift'] } });
    expect(evaluateEligibility(met, 'LDTT', { parameters: params }).outcome).toBe('eligible');
    expect(
      evaluateEligibility(individualCase({ attestations: { movementAchievement: true } }), 'GIAY_KHEN', {
        parameters: params,
      }).outcome,
    ).toBe('eligible');
  });
});
