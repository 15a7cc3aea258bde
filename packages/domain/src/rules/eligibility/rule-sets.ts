/**
 * Rule sets: which rules judge which target, per regime. Both regimes share the Law 06/2022 standards;
 * what differs by regime lives in the rules' citations/confidence (NĐ 98 vs NĐ 152 text), in the
 * parameters' national defaults and in the authority grants. A future regime (e.g. the claimed
 * Luật 06/2026) adds a new map here without touching the old one, so old dossiers keep their rules.
 */
import type { RegimeId } from '../types.ts';
import { alreadyConferredRule } from './already-conferred.ts';
import { bkTinhCollectiveRule } from './bk-tinh-collective.ts';
import { bkTinhIndividualRule } from './bk-tinh-individual.ts';
import { bkTtgRule } from './bk-ttg.ts';
import { collectiveAdvancedRule } from './collective-advanced.ts';
import { collectiveExcellentRule } from './collective-excellent.ts';
import { collectiveSolidarityRule } from './collective-solidarity.ts';
import { threeConsecutiveCstdcsRule, twoConsecutiveCstdTinhRule } from './consecutive-years.ts';
import type { EligibilityRule } from './context.ts';
import { councilRequiredRule } from './council-required.ts';
import { cstdcsStandardRule } from './cstdcs-standard.ts';
import { disciplineDeferralRule } from './discipline-deferral.ts';
import { disciplinePeriodRule } from './discipline-period.ts';
import { extraCriteriaRule } from './extra-criteria.ts';
import { flagBlocLeaderRule } from './flag-bloc-leader.ts';
import { giayKhenRule } from './giay-khen.ts';
import { initiativeSingleUseRule } from './initiative-single-use.ts';
import { nationalScopeInitiativeRule, provinceScopeInitiativeRule } from './initiative-scope.ts';
import { ldttAbsenceRule } from './ldtt-absence.ts';
import { ldttRatingRule } from './ldtt-rating.ts';
import { ldttServicePeriodRule } from './ldtt-service-period.ts';
import { meritBasisRule } from './merit-basis.ts';
import { movementParticipationRule } from './movement-participation.ts';
import { oneAchievementOneAwardRule } from './one-achievement.ts';
import { registrationRequiredRule } from './registration-required.ts';
import { subjectKindRule } from './subject-kind.ts';

export interface TargetRules {
  readonly rules: readonly EligibilityRule[];
  /** Emulation years the achievements span (discipline counting and initiative windows). */
  readonly windowYears: number | 'bkTtg';
}

const GATE = [subjectKindRule, registrationRequiredRule, disciplineDeferralRule, disciplinePeriodRule];
const TAIL = [alreadyConferredRule, initiativeSingleUseRule, oneAchievementOneAwardRule, extraCriteriaRule];
const LDTT = [...GATE, ldttRatingRule, movementParticipationRule, ldttServicePeriodRule, ldttAbsenceRule];
const CSTDCS = [...LDTT, cstdcsStandardRule];

function set(rules: readonly EligibilityRule[], windowYears: TargetRules['windowYears'] = 1): TargetRules {
  return { rules: [...rules, ...TAIL, councilRequiredRule], windowYears };
}

function buildRuleSet(): ReadonlyMap<string, TargetRules> {
  const ttldtt = set([...GATE, collectiveAdvancedRule, collectiveSolidarityRule]);
  const ttldxs = set([...GATE, collectiveExcellentRule, collectiveSolidarityRule]);
  return new Map<string, TargetRules>([
    ['LDTT', set(LDTT)],
    ['CSTT', set(LDTT)],
    ['CSTDCS', set(CSTDCS)],
    ['CSTD_TINH', set([...GATE, threeConsecutiveCstdcsRule, provinceScopeInitiativeRule, meritBasisRule], 3)],
    ['CSTDTQ', set([...GATE, twoConsecutiveCstdTinhRule, nationalScopeInitiativeRule, meritBasisRule], 2)],
    ['TTLDTT', ttldtt],
    ['DVTT', ttldtt],
    ['TTLDXS', ttldxs],
    ['DVQT', ttldxs],
    ['CO_TINH', set([...GATE, flagBlocLeaderRule, collectiveSolidarityRule])],
    ['BK_TINH', set([...GATE, bkTinhIndividualRule, bkTinhCollectiveRule, meritBasisRule], 2)],
    ['BK_TTG', set([...GATE, bkTtgRule, meritBasisRule], 'bkTtg')],
    ['GIAY_KHEN', set([...GATE, giayKhenRule])],
  ]);
}

export const RULE_SETS: Readonly<Record<RegimeId, ReadonlyMap<string, TargetRules>>> = {
  ND98_2023: buildRuleSet(),
  ND152_2025: buildRuleSet(),
};

/** Targets with modelled eligibility rules (others are catalogued but judged by people). */
export function modelledTargets(regime: RegimeId): readonly string[] {
  return [...RULE_SETS[regime].keys()];
}
