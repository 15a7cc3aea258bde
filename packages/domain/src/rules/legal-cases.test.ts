/**
 * legal-rules.md §10: the 40 test cases, each row named by its case number, asserting what the engine
 * actually returns for the stated input history.
 */
import { describe, expect, it } from 'vitest';
import { canConfer } from './authority.ts';
import { meetsCareerTime, requiredCareerMonths } from './career-time.ts';
import { evaluateCouncilVote } from './council-vote.ts';
import {
  annualDossierDeadline,
  checkDossierTimeliness,
  nationalFighterDossierDeadline,
} from './deadlines.ts';
import { evaluateEligibility } from './eligibility/evaluate.ts';
import { defaultValues } from './parameter-defaults.ts';
import { BAC_NINH_PROFILE, type ProvinceProfile, resolveParameters } from './parameters.ts';
import { allowedProposals } from './quota.ts';
import { decideRevocation } from './revocation.ts';
import { computeRewardAmount, computeRewardBatch } from './reward-amount.ts';
import { award, awards, collectiveCase, individualCase, initiative, summarize } from './test-support.ts';
import { pickByPriority } from './women-priority.ts';
import { addWorkingDays } from './working-days.ts';

const ND152 = defaultValues('ND152_2025');
const eligible = { outcome: 'eligible', failed: [] };
const councilPending = { outcome: 'needs_council_vote', failed: ['council-vote'] };
const blocked = (...failed: string[]) => ({ outcome: 'not_eligible', failed });

const inspected = individualCase({
  ratings: [{ year: 2025, rating: 'HTXS' }],
  investigations: [{ kind: 'inspection', openedDate: '2025-11-05', resolvedDate: null }],
});

const bacNinhFromJan2025: ProvinceProfile = {
  code: 'BN',
  name: 'Bắc Ninh (hạn nộp giả định áp dụng từ 2025)',
  overrides: [
    { key: 'annualDossierDeadline', value: '12-10', effectiveFrom: '2025-01-01' },
    { key: 'educationDossierDeadline', value: '07-10', effectiveFrom: '2025-01-01' },
  ],
};

interface Row {
  no: number;
  summary: string;
  run: () => unknown;
  expected: unknown;
}

const rows: Row[] = [
  {
    no: 1,
    summary: 'HT tốt, registered, no discipline → LĐTT eligible',
    run: () => summarize(evaluateEligibility(individualCase(), 'LDTT')),
    expected: eligible,
  },
  {
    no: 2,
    summary: 'rated only HT → LĐTT not eligible',
    run: () =>
      summarize(evaluateEligibility(individualCase({ ratings: [{ year: 2025, rating: 'HT' }] }), 'LDTT')),
    expected: blocked('ldtt-rating'),
  },
  {
    no: 3,
    summary: 'HTXS, no initiative → CSTĐCS on standards, council still to vote',
    run: () =>
      summarize(evaluateEligibility(individualCase({ ratings: [{ year: 2025, rating: 'HTXS' }] }), 'CSTDCS')),
    expected: councilPending,
  },
  {
    no: 4,
    summary: 'HT tốt + base initiative → CSTĐCS on standards',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({ initiatives: [initiative('sk-1', 'unit', '2025-05-10')] }),
          'CSTDCS',
        ),
      ),
    expected: councilPending,
  },
  {
    no: 5,
    summary: 'council 12: 9 yes, 2 no, 1 absent silent → 75 % not passed',
    run: () =>
      evaluateCouncilVote({ totalMembers: 12, present: 11, yesPresent: 9 }, 'CSTDCS', { date: '2025-12-01' })
        .outcome,
    expected: 'not_passed',
  },
  {
    no: 6,
    summary: 'council 11: 9 yes + 1 written yes, 1 no → 90.9 % passed',
    run: () =>
      evaluateCouncilVote(
        { totalMembers: 11, present: 10, yesPresent: 9, absentWrittenOpinions: 1, absentWrittenYes: 1 },
        'CSTDCS',
        { date: '2025-12-01' },
      ).outcome,
    expected: 'passed',
  },
  {
    no: 7,
    summary: '40 LĐTT, 12 meet CSTĐCS → all 12 (no cap); a configured 15 % cap gives 6',
    run: () => [
      allowedProposals('CSTDCS', 12, { ldttHolders: 40, staff: 45 }, ND152),
      allowedProposals(
        'CSTDCS',
        12,
        { ldttHolders: 40, staff: 45 },
        { ...ND152, quotas: { CSTDCS: { percent: 15, of: 'ldtt_holders' } } },
      ),
    ],
    expected: [12, 6],
  },
  {
    no: 8,
    summary: 'CSTĐCS 2023–2025 + province initiative, council 20/21 → CSTĐ tỉnh eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            awards: awards('CSTDCS', [2023, 2024, 2025]),
            initiatives: [initiative('sk-p', 'province', '2025-03-01')],
          }),
          'CSTD_TINH',
          { councilVote: { totalMembers: 21, present: 21, yesPresent: 20 } },
        ),
      ),
    expected: eligible,
  },
  {
    no: 9,
    summary: 'CSTĐCS 2022, 2023, 2025 (gap 2024) → CSTĐ tỉnh not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            awards: awards('CSTDCS', [2022, 2023, 2025]),
            initiatives: [initiative('sk-p', 'province', '2025-03-01')],
          }),
          'CSTD_TINH',
        ),
      ),
    expected: blocked('consecutive-cstdcs'),
  },
  {
    no: 10,
    summary: 'CSTĐCS 2023–2025, initiative only base level → CSTĐ tỉnh not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            awards: awards('CSTDCS', [2023, 2024, 2025]),
            initiatives: [initiative('sk-u', 'unit', '2025-03-01')],
          }),
          'CSTD_TINH',
        ),
      ),
    expected: blocked('initiative-scope-province'),
  },
  {
    no: 11,
    summary:
      'CSTĐ tỉnh 2024–2025 + national initiative, council 19/20 → CSTĐTQ; dossier by 31/12/2026; PM decides',
    run: () => [
      summarize(
        evaluateEligibility(
          individualCase({
            awards: awards('CSTD_TINH', [2024, 2025]),
            initiatives: [initiative('sk-n', 'national', '2025-06-01')],
          }),
          'CSTDTQ',
          { councilVote: { totalMembers: 20, present: 20, yesPresent: 19 } },
        ),
      ),
      nationalFighterDossierDeadline(2025),
      canConfer('prime_minister', 'CSTDTQ', '2026-10-01').allowed,
    ],
    expected: [eligible, '2026-12-31', true],
  },
  {
    no: 12,
    summary: 'CSTĐ tỉnh 2022 and 2025 only → CSTĐTQ not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            awards: awards('CSTD_TINH', [2022, 2025]),
            initiatives: [initiative('sk-n', 'national', '2025-06-01')],
          }),
          'CSTDTQ',
        ),
      ),
    expected: blocked('consecutive-cstd-tinh'),
  },
  {
    no: 13,
    summary: 'division 20: all completed, 15 LĐTT, 1 CSTĐCS, HTXS → TTLĐXS eligible',
    run: () =>
      summarize(evaluateEligibility(collectiveCase({ ratings: [{ year: 2025, rating: 'HTXS' }] }), 'TTLDXS')),
    expected: eligible,
  },
  {
    no: 14,
    summary: '19/20 completed, 16 LĐTT → not TTLĐXS; TTLĐTT when rated HT tốt',
    run: () => {
      const c = collectiveCase({
        collective: {
          members: 20,
          completedTasks: 19,
          ldttCount: 16,
          cstdcsCount: 1,
          worstMemberDiscipline: null,
        },
      });
      return [summarize(evaluateEligibility(c, 'TTLDXS')), summarize(evaluateEligibility(c, 'TTLDTT'))];
    },
    expected: [blocked('collective-excellent-standard'), eligible],
  },
  {
    no: 15,
    summary: 'team 10: exactly 7 LĐTT, one reprimand → TTLĐTT eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({
            collective: {
              members: 10,
              completedTasks: 10,
              ldttCount: 7,
              cstdcsCount: 0,
              worstMemberDiscipline: 'khien_trach',
            },
          }),
          'TTLDTT',
        ),
      ),
    expected: eligible,
  },
  {
    no: 16,
    summary: 'same with a warning → TTLĐTT not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({
            collective: {
              members: 10,
              completedTasks: 10,
              ldttCount: 7,
              cstdcsCount: 0,
              worstMemberDiscipline: 'canh_cao',
            },
          }),
          'TTLDTT',
        ),
      ),
    expected: blocked('collective-advanced-standard'),
  },
  {
    no: 17,
    summary: 'team 10: 6 LĐTT (60 %) → TTLĐTT not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({
            collective: {
              members: 10,
              completedTasks: 10,
              ldttCount: 6,
              cstdcsCount: 0,
              worstMemberDiscipline: null,
            },
          }),
          'TTLDTT',
        ),
      ),
    expected: blocked('collective-advanced-standard'),
  },
  {
    no: 18,
    summary: 'CSTĐCS 2024 and 2025 → provincial Bằng khen (individual) eligible',
    run: () =>
      summarize(evaluateEligibility(individualCase({ awards: awards('CSTDCS', [2024, 2025]) }), 'BK_TINH')),
    expected: eligible,
  },
  {
    no: 19,
    summary: 'HTXS 2024–2025 + only 1 base initiative → provincial Bằng khen not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            ratings: [
              { year: 2024, rating: 'HTXS' },
              { year: 2025, rating: 'HTXS' },
            ],
            initiatives: [initiative('sk-1', 'unit', '2024-09-01')],
          }),
          'BK_TINH',
        ),
      ),
    expected: blocked('bk-tinh-individual-criteria'),
  },
  {
    no: 20,
    summary: 'collective HTXS 2024–2025, solidarity, grassroots democracy → provincial Bằng khen eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({
            ratings: [
              { year: 2024, rating: 'HTXS' },
              { year: 2025, rating: 'HTXS' },
            ],
            attestations: { solidarity: true, grassrootsDemocracy: true },
          }),
          'BK_TINH',
        ),
      ),
    expected: eligible,
  },
  {
    no: 21,
    summary: 'commune chairman confers CSTĐCS on 15/09/2025 → valid',
    run: () => canConfer('commune', 'CSTDCS', '2025-09-15').allowed,
    expected: true,
  },
  {
    no: 22,
    summary: 'same on 15/03/2025 → no authority; LĐTT, Giấy khen, GĐVH were allowed',
    run: () =>
      ['CSTDCS', 'LDTT', 'GIAY_KHEN', 'GIA_DINH_VAN_HOA'].map(
        (c) => canConfer('commune', c, '2025-03-15').allowed,
      ),
    expected: [false, true, true, true],
  },
  {
    no: 23,
    summary: 'district chairman decision on 10/10/2025 → invalid',
    run: () => {
      const r = canConfer('district', 'LDTT', '2025-10-10');
      return [r.allowed, r.reason.ruleId];
    },
    expected: [false, 'authority-district-abolished'],
  },
  {
    no: 24,
    summary: 'under inspection with an unresolved denunciation → deferred; once cleared → proceeds',
    run: () => [
      summarize(evaluateEligibility(inspected, 'LDTT')).outcome,
      summarize(
        evaluateEligibility(
          {
            ...inspected,
            investigations: [{ kind: 'inspection', openedDate: '2025-11-05', resolvedDate: '2025-12-01' }],
          },
          'LDTT',
        ),
      ).outcome,
    ],
    expected: ['deferred', 'eligible'],
  },
  {
    no: 25,
    summary: 'reprimand ended 30/06/2025 → no full-year 2025 CSTĐCS',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            ratings: [{ year: 2025, rating: 'HTXS' }],
            disciplines: [{ level: 'khien_trach', fromDate: '2024-07-01', toDate: '2025-06-30' }],
          }),
          'CSTDCS',
        ),
      ),
    expected: blocked('discipline-period'),
  },
  {
    no: 26,
    summary: '6 months maternity leave in 2025, HT tốt → LĐTT eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            attributes: { sex: 'female' },
            leaves: [{ kind: 'maternity', fromDate: '2025-03-01', toDate: '2025-08-31' }],
          }),
          'LDTT',
        ),
      ),
    expected: eligible,
  },
  {
    no: 27,
    summary: 'one slot, two equal candidates → the woman; collectives → ≥ 70 % women',
    run: () => [
      pickByPriority(
        [
          { id: 'an', score: 90, sex: 'male' },
          { id: 'binh', score: 90, sex: 'female' },
        ],
        1,
      ).map((c) => c.id),
      pickByPriority(
        [
          { id: 'to-1', score: 80, members: 10, femaleMembers: 6 },
          { id: 'to-2', score: 80, members: 10, femaleMembers: 7 },
        ],
        1,
      ).map((c) => c.id),
    ],
    expected: [['binh'], ['to-2']],
  },
  {
    no: 28,
    summary: 'thematic provincial Bằng khen as basis of PM Bằng khen → rejected',
    run: () => {
      const v = evaluateEligibility(
        individualCase({
          targetYear: 2025,
          awards: [award('BK_TINH', 2020, 'thematic', 'province')],
          ratings: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, rating: 'HTXS' as const })),
          initiatives: [2021, 2022, 2023, 2024, 2025].map((y) => initiative(`sk-${y}`, 'unit', `${y}-06-01`)),
        }),
        'BK_TTG',
      );
      return [summarize(v), v.reasons.find((r) => r.ruleId === 'merit-basis-kind')?.passed];
    },
    expected: [blocked('bk-ttg-merit'), false],
  },
  {
    no: 29,
    summary: 'LĐTT decided 20/12/2025 → 702,000 rounded up to 710,000',
    run: () => {
      const r = computeRewardAmount('LDTT', 'individual', '2025-12-20');
      return [r?.raw, r?.amount];
    },
    expected: [702_000, 710_000],
  },
  {
    no: 30,
    summary: 'LĐTT + CSTĐCS for the same year → only CSTĐCS is paid',
    run: () =>
      computeRewardBatch([
        { code: 'LDTT', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
        { code: 'CSTDCS', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
      ]).total,
    expected: 2_340_000,
  },
  {
    no: 31,
    summary: 'CSTĐCS 2025 + provincial Bằng khen → both paid',
    run: () =>
      computeRewardBatch([
        { code: 'CSTDCS', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
        { code: 'BK_TINH', subjectKind: 'individual', decisionDate: '2025-12-20', period: '2025' },
      ]).total,
    expected: 2_340_000 + 3_510_000,
  },
  {
    no: 32,
    summary: 'forged initiative certificate → cancel, recover object and money, by the conferring authority',
    run: () => {
      const r = decideRevocation('forged_documents', 'commune');
      return [r.cancelDecision, r.recoverObject, r.recoverMoney, r.cancellingAuthority];
    },
    expected: [true, true, true, 'commune'],
  },
  {
    no: 33,
    summary: 'unit in no province-run bloc → provincial Flag (annual route) not eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({ ratings: [{ year: 2025, rating: 'HTXS' }], bloc: null }),
          'CO_TINH',
        ),
      ),
    expected: blocked('flag-bloc-leader'),
  },
  {
    no: 34,
    summary: 'bloc leader, exceeded targets, outstanding; council 16/20 → 80 % passed, Flag eligible',
    run: () =>
      summarize(
        evaluateEligibility(
          collectiveCase({
            bloc: {
              blocId: 'k-1',
              organisedBy: 'province',
              rank: 1,
              exceededTargets: true,
              outstandingInProvince: true,
            },
          }),
          'CO_TINH',
          { councilVote: { totalMembers: 20, present: 20, yesPresent: 16 } },
        ),
      ),
    expected: eligible,
  },
  {
    no: 35,
    summary: 'Bắc Ninh council 15: 11 present (73 %), no written opinions → session invalid for awards',
    run: () =>
      evaluateCouncilVote({ totalMembers: 15, present: 11, yesPresent: 11 }, 'CO_TINH', {
        parameters: resolveParameters(BAC_NINH_PROFILE, '2026-01-10').values,
        date: '2026-01-10',
      }).outcome,
    expected: 'invalid_session',
  },
  {
    no: 36,
    summary: 'female director, general rule 60 months → 40; higher-retirement-age group keeps 60',
    run: () => [
      requiredCareerMonths({ requiredMonths: 60, isWoman: true }),
      requiredCareerMonths({ requiredMonths: 60, isWoman: true, inHigherRetirementAgeGroup: true }),
      meetsCareerTime(40, { requiredMonths: 60, isWoman: true }),
      meetsCareerTime(40, { requiredMonths: 60, isWoman: false }),
    ],
    expected: [40, 60, true, false],
  },
  {
    no: 37,
    summary: 'Bắc Ninh annual dossier 12/12/2025 late; education dossier 08/07/2026 on time',
    run: () => {
      const p25 = resolveParameters(bacNinhFromJan2025, '2025-12-12').values;
      const p26 = resolveParameters(bacNinhFromJan2025, '2026-07-08').values;
      return [
        checkDossierTimeliness('2025-12-12', annualDossierDeadline(2025, false, p25)),
        checkDossierTimeliness('2026-07-08', annualDossierDeadline(2026, true, p26)),
      ];
    },
    expected: [
      { deadline: '2025-12-10', onTime: false },
      { deadline: '2026-07-10', onTime: true },
    ],
  },
  {
    no: 38,
    summary: 'BNV receives Monday 01/12/2025 → return by 08/12/2025; appraisal within 20 working days',
    run: () => [
      addWorkingDays('2025-12-01', ND152.deadlineCentralReturnWorkingDays),
      addWorkingDays('2025-12-01', ND152.deadlineCentralAppraisalWorkingDays),
    ],
    expected: ['2025-12-08', '2025-12-29'],
  },
  {
    no: 39,
    summary: 'initiative used for CSTĐCS 2025 cited again for a provincial Bằng khen → not allowed',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({
            ratings: [
              { year: 2024, rating: 'HTXS' },
              { year: 2025, rating: 'HTXS' },
            ],
            initiatives: [
              initiative('sk-a', 'unit', '2025-02-01', { usedFor: [{ code: 'CSTDCS', year: 2025 }] }),
              initiative('sk-b', 'unit', '2024-05-01'),
            ],
          }),
          'BK_TINH',
          { citedInitiativeIds: ['sk-a', 'sk-b'] },
        ),
      ),
    expected: blocked('bk-tinh-individual-criteria', 'initiative-single-use'),
  },
  {
    no: 40,
    summary: 'two titles in one dossier citing the same achievement → duplicate, not allowed',
    run: () =>
      summarize(
        evaluateEligibility(
          individualCase({ pendingProposals: [{ code: 'CSTDCS', year: 2025, achievementIds: ['ach-1'] }] }),
          'LDTT',
          { achievementIds: ['ach-1'] },
        ),
      ),
    expected: blocked('one-achievement-one-award'),
  },
];

describe('legal-rules.md §10 cases', () => {
  it('covers all 40 cases', () => {
    expect(rows.map((r) => r.no)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it.each(rows)('case $no: $summary', ({ run, expected }) => {
    expect(run()).toEqual(expected);
  });
});
