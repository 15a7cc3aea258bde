/**
 * One declarative workflow for every kind of nomination dossier (hồ sơ đề nghị khen thưởng): regular,
 * campaign, thematic, ad-hoc, career, seniority and foreign dossiers all move through the same states.
 * Law 06/2022 Art. 84 (dossier), NĐ 152/2025 (procedure): the proposing unit submits, the receiving
 * body's commendation office (cơ quan thường trực) receives it, appraises it within a time limit
 * (20 working days from a complete dossier, legal-rules.md §4.3 [V-Q S19]) or returns it for completion,
 * then hands the appraised list to the council. Later states belong to the council/decision stage.
 *
 * Kinds differ only by data (which documents, which deadline), never by a copied state machine.
 */

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'received',
  'in_appraisal',
  'returned',
  'appraised',
  // Handed to the council stage (council, disclosure, decision); owned by that stage's workflow.
  'in_council',
  'decided',
  'closed',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_KINDS = [
  'regular',
  'campaign',
  'thematic',
  'adhoc',
  'career',
  'seniority',
  'foreign',
] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/** The level of the body the dossier is addressed to (whose head confers the award). */
export const DOSSIER_TARGET_LEVELS = ['unit', 'commune', 'province', 'central'] as const;
export type DossierTargetLevel = (typeof DOSSIER_TARGET_LEVELS)[number];

export type DossierAction =
  | 'submit'
  | 'recall'
  | 'receive'
  | 'assign'
  | 'start_appraisal'
  | 'return'
  | 'complete_appraisal'
  | 'reopen_appraisal';

/**
 * `proposer`: an officer of the proposing unit (dossier.write there).
 * `appraiser`: an appraiser of the body the dossier is addressed to (dossier.appraise there).
 */
export type DossierRole = 'proposer' | 'appraiser';

/** Conditions a step needs, checked against facts the caller reads inside its locked transaction. */
export type DossierGuard =
  /** At least one nominee who has not been removed. */
  | 'has_nominees'
  /** Every ineligible nominee kept in the dossier carries a written justification. */
  | 'justified'
  /** Every nominee still in the dossier has an appraisal outcome other than "needs information". */
  | 'all_appraised'
  /** The dossier has an assignee (named appraiser). */
  | 'assigned';

export interface DossierStep {
  readonly action: DossierAction;
  readonly from: readonly DossierStatus[];
  /** null: the status stays (assignment is a hand-off without a state change). */
  readonly to: DossierStatus | null;
  readonly by: readonly DossierRole[];
  readonly noteRequired: boolean;
  readonly guards: readonly DossierGuard[];
  /** Who receives the hand-off, for the history and the notifications. */
  readonly handsTo: 'addressee' | 'proposer' | 'assignee' | null;
}

export const DOSSIER_STEPS: readonly DossierStep[] = [
  {
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    by: ['proposer'],
    noteRequired: false,
    guards: ['has_nominees', 'justified'],
    handsTo: 'addressee',
  },
  {
    action: 'recall',
    from: ['submitted'],
    to: 'draft',
    by: ['proposer'],
    noteRequired: true,
    guards: [],
    handsTo: null,
  },
  {
    action: 'receive',
    from: ['submitted'],
    to: 'received',
    by: ['appraiser'],
    noteRequired: false,
    guards: [],
    handsTo: null,
  },
  {
    action: 'assign',
    from: ['received', 'in_appraisal'],
    to: null,
    by: ['appraiser'],
    noteRequired: false,
    guards: [],
    handsTo: 'assignee',
  },
  {
    action: 'start_appraisal',
    from: ['received'],
    to: 'in_appraisal',
    by: ['appraiser'],
    noteRequired: false,
    guards: ['assigned'],
    handsTo: null,
  },
  {
    action: 'return',
    from: ['submitted', 'received', 'in_appraisal'],
    to: 'returned',
    by: ['appraiser'],
    noteRequired: true,
    guards: [],
    handsTo: 'proposer',
  },
  {
    action: 'complete_appraisal',
    from: ['in_appraisal'],
    to: 'appraised',
    by: ['appraiser'],
    noteRequired: false,
    guards: ['has_nominees', 'all_appraised'],
    handsTo: null,
  },
  {
    action: 'reopen_appraisal',
    from: ['appraised'],
    to: 'in_appraisal',
    by: ['appraiser'],
    noteRequired: true,
    guards: [],
    handsTo: null,
  },
];

const STEP_BY_ACTION: ReadonlyMap<DossierAction, DossierStep> = new Map(
  DOSSIER_STEPS.map((s) => [s.action, s]),
);

export interface DossierFacts {
  activeNominees: number;
  unjustifiedIneligible: number;
  unappraised: number;
  hasAssignee: boolean;
}

export interface DossierStepInput {
  action: DossierAction;
  from: DossierStatus;
  roles: readonly DossierRole[];
  facts: DossierFacts;
  note?: string | null;
}

export type DossierStepFailure =
  | 'DOSSIER_INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'NOTE_REQUIRED'
  | 'DOSSIER_NO_NOMINEES'
  | 'DOSSIER_UNJUSTIFIED'
  | 'DOSSIER_NOT_APPRAISED'
  | 'DOSSIER_NOT_ASSIGNED';

export type DossierStepVerdict =
  | { ok: true; to: DossierStatus; step: DossierStep }
  | { ok: false; code: DossierStepFailure; guard?: DossierGuard };

const GUARD_FAILURE: Record<DossierGuard, DossierStepFailure> = {
  has_nominees: 'DOSSIER_NO_NOMINEES',
  justified: 'DOSSIER_UNJUSTIFIED',
  all_appraised: 'DOSSIER_NOT_APPRAISED',
  assigned: 'DOSSIER_NOT_ASSIGNED',
};

function guardHolds(g: DossierGuard, f: DossierFacts): boolean {
  switch (g) {
    case 'has_nominees':
      return f.activeNominees > 0;
    case 'justified':
      return f.unjustifiedIneligible === 0;
    case 'all_appraised':
      return f.unappraised === 0;
    case 'assigned':
      return f.hasAssignee;
  }
}

/** Decides one step: state, role, note, then guards, in that order (the first failure is reported). */
export function checkDossierStep(input: DossierStepInput): DossierStepVerdict {
  const step = STEP_BY_ACTION.get(input.action);
  if (!step?.from.includes(input.from)) return { ok: false, code: 'DOSSIER_INVALID_TRANSITION' };
  if (!step.by.some((r) => input.roles.includes(r))) return { ok: false, code: 'FORBIDDEN' };
  if (step.noteRequired && !input.note?.trim()) return { ok: false, code: 'NOTE_REQUIRED' };
  for (const g of step.guards)
    if (!guardHolds(g, input.facts)) return { ok: false, code: GUARD_FAILURE[g], guard: g };
  return { ok: true, to: step.to ?? input.from, step };
}

/** The actions the roles could take from a status (guards not applied: the UI explains them). */
export function availableDossierActions(from: DossierStatus, roles: readonly DossierRole[]): DossierAction[] {
  return DOSSIER_STEPS.filter((s) => s.from.includes(from) && s.by.some((r) => roles.includes(r))).map(
    (s) => s.action,
  );
}

/** The proposing unit may change nominees and documents only while the dossier is in its hands. */
export function proposerMayEdit(status: DossierStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Appraisers record per-nominee outcomes only while appraising; the appraised list is frozen. */
export function appraiserMayAppraise(status: DossierStatus): boolean {
  return status === 'in_appraisal';
}

/** The appraised list is frozen for the council from 'appraised' on. */
export function isFrozen(status: DossierStatus): boolean {
  return status === 'appraised' || status === 'in_council' || status === 'decided' || status === 'closed';
}

export const NOMINEE_APPRAISALS = ['eligible', 'not_eligible', 'needs_information'] as const;
export type NomineeAppraisal = (typeof NOMINEE_APPRAISALS)[number];

/** A negative or pending appraisal needs its reason on record (the proposer and council read it). */
export function appraisalNeedsReason(outcome: NomineeAppraisal): boolean {
  return outcome !== 'eligible';
}

/**
 * A nominee whose computed verdict is not proposable (not eligible, or deferred while under discipline
 * or investigation) may stay in the dossier only with a written justification the appraisers see.
 */
export function nomineeNeedsJustification(outcome: string | null | undefined): boolean {
  return outcome === 'not_eligible' || outcome === 'deferred';
}

/** Working days the receiving body has to appraise a complete dossier (legal-rules.md §4.3 [V-Q S19]). */
export const DEFAULT_APPRAISAL_WORKING_DAYS = 20;
/** Working days before the due date from which a dossier counts as due soon (house default). */
export const DUE_SOON_WORKING_DAYS = 3;

export type DueState = 'none' | 'on_track' | 'due_soon' | 'overdue' | 'done';

/**
 * Where a dossier stands against its due date. `workingDaysLeft` is the number of working days from
 * today (exclusive) up to the due date (inclusive); 0 on the due day itself.
 */
export function dossierDueState(input: {
  status: DossierStatus;
  dueDate: string | null;
  today: string;
  workingDaysLeft: number | null;
}): DueState {
  if (isFrozen(input.status)) return 'done';
  if (!input.dueDate || input.workingDaysLeft === null) return 'none';
  if (input.today > input.dueDate) return 'overdue';
  return input.workingDaysLeft <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track';
}

/**
 * Working days the receiving body has to appraise a complete dossier: 20 at commune and province level
 * (QĐ 638/QĐ-BNV [V-Q]), the central figure for dossiers going to the State level (QĐ 311/QĐ-BNV [V-Q]).
 * Both are province-profile parameters.
 */
export function appraisalWorkingDays(
  level: DossierTargetLevel,
  params: { deadlineCommuneCstdcsWorkingDays: number; deadlineCentralAppraisalWorkingDays: number },
): number {
  return level === 'central'
    ? params.deadlineCentralAppraisalWorkingDays
    : params.deadlineCommuneCstdcsWorkingDays;
}
