/**
 * Lifecycle of an emulation movement (phong trào thi đua): drafted from its plan, launched (phát động),
 * carried out, reviewed at the final review (tổng kết), closed. Going back needs a written reason so the
 * audit trail says why a launched movement was withdrawn or a reviewed one reopened.
 */

export const MOVEMENT_STATUSES = ['draft', 'launched', 'in_progress', 'reviewed', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export type MovementAction = 'launch' | 'start' | 'review' | 'close' | 'withdraw' | 'reopen';

/**
 * Who may take a step: `manage` = the launching unit's officers (write on the movement's unit);
 * `supervise` = write from a level above the launching unit (or an administrator), needed to reopen a
 * closed movement whose results others already rely on.
 */
export type MovementCapability = 'manage' | 'supervise';

export interface MovementTransition {
  from: MovementStatus;
  to: MovementStatus;
  action: MovementAction;
  requires: MovementCapability;
  reasonRequired: boolean;
}

export const MOVEMENT_TRANSITIONS: readonly MovementTransition[] = [
  { from: 'draft', to: 'launched', action: 'launch', requires: 'manage', reasonRequired: false },
  { from: 'launched', to: 'in_progress', action: 'start', requires: 'manage', reasonRequired: false },
  { from: 'launched', to: 'draft', action: 'withdraw', requires: 'manage', reasonRequired: true },
  { from: 'in_progress', to: 'reviewed', action: 'review', requires: 'manage', reasonRequired: false },
  { from: 'reviewed', to: 'in_progress', action: 'reopen', requires: 'manage', reasonRequired: true },
  { from: 'reviewed', to: 'closed', action: 'close', requires: 'manage', reasonRequired: false },
  { from: 'closed', to: 'reviewed', action: 'reopen', requires: 'supervise', reasonRequired: true },
];

/** What the guards need to know about the movement, read by the caller inside its transaction. */
export interface MovementFacts {
  hasName: boolean;
  /** A start of the time span (any precision): nobody can take part in a movement with no period. */
  hasTimeSpan: boolean;
  /** Implementing movements of lower units that are already launched (not drafts). */
  launchedChildren: number;
}

export interface MovementTransitionInput {
  from: MovementStatus;
  to: MovementStatus;
  note: string | null | undefined;
  capabilities: { manage: boolean; supervise: boolean };
  facts: MovementFacts;
}

export type MovementTransitionVerdict =
  | { ok: true; transition: MovementTransition }
  | { ok: false; code: 'MOVEMENT_INVALID_TRANSITION'; reason: 'no-such-step' }
  | { ok: false; code: 'FORBIDDEN'; reason: 'capability'; requires: MovementCapability }
  | { ok: false; code: 'NOTE_REQUIRED'; reason: 'note' }
  | { ok: false; code: 'MOVEMENT_NOT_READY'; reason: 'no-name' | 'no-time-span' | 'children-launched' };

export function findMovementTransition(
  from: MovementStatus,
  to: MovementStatus,
): MovementTransition | undefined {
  return MOVEMENT_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

const holds = (c: MovementTransitionInput['capabilities'], r: MovementCapability) =>
  r === 'manage' ? c.manage || c.supervise : c.supervise;

/** Decides whether a status change may happen; the caller throws the code it returns. */
export function checkMovementTransition(input: MovementTransitionInput): MovementTransitionVerdict {
  const t = findMovementTransition(input.from, input.to);
  if (!t) return { ok: false, code: 'MOVEMENT_INVALID_TRANSITION', reason: 'no-such-step' };
  if (!holds(input.capabilities, t.requires))
    return { ok: false, code: 'FORBIDDEN', reason: 'capability', requires: t.requires };
  if (t.reasonRequired && !input.note?.trim()) return { ok: false, code: 'NOTE_REQUIRED', reason: 'note' };
  if (t.action === 'launch') {
    if (!input.facts.hasName) return { ok: false, code: 'MOVEMENT_NOT_READY', reason: 'no-name' };
    if (!input.facts.hasTimeSpan) return { ok: false, code: 'MOVEMENT_NOT_READY', reason: 'no-time-span' };
  }
  // Units below already run their own movements under this one: withdrawing would orphan them.
  if (t.action === 'withdraw' && input.facts.launchedChildren > 0)
    return { ok: false, code: 'MOVEMENT_NOT_READY', reason: 'children-launched' };
  return { ok: true, transition: t };
}

/** The statuses the actor could move to now (guards aside), for the `abilities` of a movement. */
export function availableMovementTransitions(
  from: MovementStatus,
  capabilities: MovementTransitionInput['capabilities'],
): MovementTransition[] {
  return MOVEMENT_TRANSITIONS.filter((t) => t.from === from && holds(capabilities, t.requires));
}

/** Content may be edited until the movement is closed. */
export function isMovementEditable(status: MovementStatus): boolean {
  return status !== 'closed';
}
