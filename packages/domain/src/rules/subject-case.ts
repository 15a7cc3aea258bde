/**
 * The input of eligibility: one subject's stored history, shaped so a server can build it with a few
 * queries (people, year records, awards, initiatives, disciplines, leaves; legal-rules.md §8). Arrays are
 * small (a handful of years), so rules scan them directly instead of building indexes per call.
 */
import type {
  AwardKind,
  DisciplineLevel,
  IsoDate,
  IssuerLevel,
  LeaveKind,
  Rating,
  RecognitionLevel,
  Sex,
  StaffCategory,
  SubjectKind,
} from './types.ts';

export interface SubjectAttributes {
  readonly sex?: Sex;
  readonly isDirectWorker?: boolean;
  readonly staffCategory?: StaffCategory;
  readonly leadershipPost?: string | null;
  /** Military, militia or police: gets CSTT / ĐVTT / ĐVQT instead of the civilian titles (Art. 24.2). */
  readonly isArmedForces?: boolean;
  /** First day of service in the unit; feeds the [M] 10-month exclusion for LĐTT. */
  readonly employmentStartDate?: IsoDate;
}

export interface YearRating {
  readonly year: number;
  readonly rating: Rating;
}

export interface AwardRecord {
  readonly code: string;
  readonly year: number;
  readonly kind: AwardKind;
  readonly issuerLevel: IssuerLevel;
  readonly decisionDate?: IsoDate;
  /** Achievements this award was granted for (one achievement, one form: Law Art. 5.2(c)). */
  readonly achievementIds?: readonly string[];
}

export interface InitiativeUse {
  readonly code: string;
  readonly year: number;
}

export interface InitiativeRecord {
  readonly id: string;
  readonly kind: 'initiative' | 'research' | 'combat_ingenuity';
  readonly level: RecognitionLevel;
  readonly recognisedDate: IsoDate;
  /** "áp dụng hiệu quả": false excludes it where the law asks for effective application. */
  readonly appliedEffectively?: boolean;
  /** Awards this initiative already grounded (CV 5007/BNV-TĐKT: one use only). */
  readonly usedFor?: readonly InitiativeUse[];
}

export interface DisciplineRecord {
  readonly level: DisciplineLevel;
  readonly fromDate: IsoDate;
  /** End of the discipline period; null while open-ended. */
  readonly toDate: IsoDate | null;
}

/** Disciplinary review, investigation, inspection, audit, complaint or press report being verified. */
export interface InvestigationRecord {
  readonly kind:
    | 'disciplinary_review'
    | 'investigation'
    | 'inspection'
    | 'audit'
    | 'complaint'
    | 'press_report';
  readonly openedDate: IsoDate;
  readonly resolvedDate: IsoDate | null;
}

export interface LeaveRecord {
  readonly kind: LeaveKind;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
}

export interface CollectiveFacts {
  readonly members: number;
  readonly completedTasks: number;
  readonly ldttCount: number;
  readonly cstdcsCount: number;
  readonly femaleMembers?: number;
  /** Heaviest discipline of any member in the target year; null when none. */
  readonly worstMemberDiscipline: DisciplineLevel | null;
}

export interface BlocStanding {
  readonly blocId: string;
  readonly organisedBy: 'province' | 'ministry' | 'central';
  /** 1 = leading unit after the bloc's review. */
  readonly rank: number;
  readonly exceededTargets: boolean;
  readonly outstandingInProvince: boolean;
}

/**
 * Qualitative facts only people can judge (solidarity, achievements in a movement…). Undefined means
 * "not attested either way": the engine does not fail on it but the council still checks it.
 */
export interface Attestations {
  readonly participatesInMovements?: boolean;
  readonly solidarity?: boolean;
  readonly movementAchievement?: boolean;
  readonly adhocAchievement?: boolean;
  readonly manyAchievements?: boolean;
  readonly socioEconomicContribution?: boolean;
  readonly grassrootsDemocracy?: boolean;
  readonly thriftAndAntiCorruption?: boolean;
  /** Years a thematic movement this collective leads has run (Cờ thi đua thematic route). */
  readonly thematicMovementLeaderYears?: number;
  /** Ids of province extra criteria (parameters `extraCriteria`) the subject meets. */
  readonly extraCriteriaMet?: readonly string[];
}

export interface PendingProposal {
  readonly code: string;
  readonly year: number;
  readonly achievementIds: readonly string[];
}

export interface SubjectCase {
  readonly subjectId?: string | number;
  readonly kind: SubjectKind;
  readonly targetYear: number;
  readonly asOfDate: IsoDate;
  readonly attributes?: SubjectAttributes;
  /** đăng ký thi đua: null/undefined = no registration on file. `targets` narrows it to named titles. */
  readonly registration?: { readonly registered: boolean; readonly targets?: readonly string[] } | null;
  readonly ratings: readonly YearRating[];
  readonly awards: readonly AwardRecord[];
  readonly initiatives?: readonly InitiativeRecord[];
  readonly disciplines?: readonly DisciplineRecord[];
  readonly investigations?: readonly InvestigationRecord[];
  readonly leaves?: readonly LeaveRecord[];
  readonly collective?: CollectiveFacts;
  readonly bloc?: BlocStanding | null;
  readonly attestations?: Attestations;
  /** Other proposals in the same dossier or round (for the one-achievement-one-form check). */
  readonly pendingProposals?: readonly PendingProposal[];
}
